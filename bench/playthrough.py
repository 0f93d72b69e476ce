"""P1 and P4: playing a whole trip as fast as it paints, against feh on the same files.

P1 times the play-through of the photo set; P4 plays 500 photos (hard links) and
compares peak memory, and checks that memory stays flat once the caches are full.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.processes import App, BenchError, Event, Exited, events_named, feh, reap, start_app
from bench.report import Row
from bench.stats import median
from tools.xsession import XServer

PLAY = ("--play-once", "--autoplay", "0")
SPEED_GOAL = 0.30  # the app's wall time over feh's
RSS_GOAL = 2.0  # the app's peak RSS over feh's
GROWTH_GOAL = 0.05  # RSS growth from photo 100 to photo 500
MB = 1024 * 1024


@dataclass(frozen=True)
class Played:
    """One play-once run of the app: how it exited and its trace."""

    exited: Exited
    events: list[Event]

    def rss_at(self, index: int) -> int:
        for event in events_named(self.events, "shown"):
            if event["index"] == index and event["sharp"]:
                return int(event["rss"])
        raise BenchError(f"photo {index + 1} was never painted sharp")


def play_app(server: XServer, folder: Path, count: int, timeout: float) -> Played:
    """Play ``folder`` once with a fresh basedir; check every photo was painted sharp."""
    with tempfile.TemporaryDirectory(prefix="trip-viewer-bench-") as basedir:
        app: App = start_app(server, folder, PLAY, Path(basedir))
        try:
            exited = reap(app.process, app.started, timeout)
        finally:
            app.stop()
        events = app.read()
        if exited.status != 0:
            raise app.viewer.fail(f"play-once exited with status {exited.status}")
    sharp = {event["index"] for event in events_named(events, "shown") if event["sharp"]}
    if sharp != set(range(count)):
        raise BenchError(f"play-once painted {len(sharp)} of {count} photos sharp")
    return Played(exited, events)


def measure_p1(server: XServer, folder: Path, photos: Sequence[Path], runs: int) -> list[Row]:
    count = len(photos)
    app_walls: list[float] = []
    feh_walls: list[float] = []
    have_feh = shutil.which("feh") is not None
    for run in range(runs):
        app_walls.append(play_app(server, folder, count, timeout=30 + count * 2).exited.wall)
        if have_feh:
            feh_walls.append(feh(server, photos, timeout=30 + count * 2).wall)
        print(f"  P1 run {run + 1}: app {app_walls[-1]:.2f} s, feh {feh_walls[-1] if feh_walls else 0:.2f} s")
    app_wall = median(app_walls)
    rows = [
        Row(
            "P1",
            f"play-through of {count} photos, trip-viewer",
            f"{app_wall:.2f} s ({app_wall / count * 1000:.0f} ms/photo)",
            detail=_runs(app_walls, "s"),
        )
    ]
    if not have_feh:
        rows.append(Row("P1", "feh", "skipped: feh is not installed", f"≤ {SPEED_GOAL:.2f}× feh"))
        return rows
    feh_wall = median(feh_walls)
    ratio = app_wall / feh_wall
    rows += [
        Row(
            "P1",
            f"play-through of {count} photos, feh 3.9",
            f"{feh_wall:.2f} s ({feh_wall / count * 1000:.0f} ms/photo)",
            detail=_runs(feh_walls, "s"),
        ),
        Row(
            "P1",
            "play-through, trip-viewer / feh",
            f"{ratio:.2f}×",
            f"≤ {SPEED_GOAL:.2f}×",
            ratio <= SPEED_GOAL,
            "ratio of the medians",
        ),
    ]
    return rows


def measure_p4(server: XServer, folder: Path, photos: Sequence[Path], runs: int, feh_runs: int) -> list[Row]:
    count = len(photos)
    played: list[Played] = []
    feh_rss: list[int] = []
    for run in range(runs):
        played.append(play_app(server, folder, count, timeout=60 + count))
        print(
            f"  P4 run {run + 1}: app {played[-1].exited.wall:.1f} s, "
            f"peak {played[-1].exited.max_rss / MB:.0f} MB"
        )
    have_feh = shutil.which("feh") is not None
    for run in range(feh_runs if have_feh else 0):
        exited = feh(server, photos, timeout=60 + count)
        feh_rss.append(exited.max_rss)
        print(f"  P4 feh run {run + 1}: {exited.wall:.1f} s, peak {exited.max_rss / MB:.0f} MB")
    peaks = [run.exited.max_rss for run in played]
    peak = median(peaks)
    early, late = min(99, count // 5), count - 1
    growths = [run.rss_at(late) / run.rss_at(early) - 1 for run in played]
    growth = median(growths)
    walls = [run.exited.wall for run in played]
    rows = [
        Row(
            "P4",
            f"peak RSS over {count} photos, trip-viewer",
            f"{peak / MB:.0f} MB",
            detail=_runs([value / MB for value in peaks], "MB", 0) + f"; play-through {median(walls):.1f} s",
        )
    ]
    if feh_rss:
        ratio = peak / median(feh_rss)
        rows += [
            Row(
                "P4",
                f"peak RSS over {count} photos, feh 3.9",
                f"{median(feh_rss) / MB:.0f} MB",
                detail=_runs([value / MB for value in feh_rss], "MB", 0),
            ),
            Row(
                "P4", "peak RSS, trip-viewer / feh", f"{ratio:.2f}×", f"≤ {RSS_GOAL:.0f}×", ratio <= RSS_GOAL
            ),
        ]
    else:
        rows.append(Row("P4", "peak RSS, feh", "skipped: feh is not installed", f"≤ {RSS_GOAL:.0f}× feh"))
    rows.append(
        Row(
            "P4",
            f"RSS growth, photo {early + 1} → {late + 1}",
            f"{growth * 100:+.1f} %",
            f"≤ {GROWTH_GOAL * 100:.0f} %",
            growth <= GROWTH_GOAL,
            ", ".join(f"{run.rss_at(early) / MB:.0f} → {run.rss_at(late) / MB:.0f} MB" for run in played),
        )
    )
    return rows


def _runs(values: Sequence[float], unit: str, digits: int = 2) -> str:
    return ", ".join(f"{value:.{digits}f}" for value in values) + f" {unit}"
