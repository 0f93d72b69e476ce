"""P10: ``trip-viewer handout`` of the 500-photo trip: wall time and peak RSS, and the PDF it makes.

The trip is a manifest over hard links to the bench's 24 MP photos, each entry with a
caption, a credit, a time and a place, so every page has its words. The real command
runs with no display (Qt's offscreen platform), two photos a page, as a person would
run it before a meeting; it is reaped with ``os.wait4`` for its peak RSS. The same
command on a tenth of the trip shows whether memory grows with the trip (it must not:
one photo is decoded at a time).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.photos import PhotoSet
from bench.processes import BenchError, Exited, reap
from bench.report import Row
from bench.stats import median

REPO = Path(__file__).resolve().parents[1]
START = datetime(2019, 2, 23, 8, 0, tzinfo=UTC)
MB = 1e6


def trip_folder(photos: PhotoSet, count: int) -> Path:
    """A manifest of ``count`` captioned photos (hard links to the set) in a folder of its own."""
    folder, paths = photos.linked(count, name=f"handout-{count}")
    lines = [
        "format: trip-viewer/1",
        f"title: A trip of {count} photos",
        "source: The benchmark",
        "timezone: Asia/Ho_Chi_Minh",
        "photos:",
    ]
    for number, path in enumerate(paths):
        when = (START + timedelta(minutes=7 * number)).isoformat()
        lines += [
            f"  - file: {path.name}",
            f"    caption: Photo {number + 1} of the trip, with a caption as long as a wire photo's.",
            "    credit: Bench/Photographer",
            f"    time: {when}",
            "    place: Somewhere on the way",
        ]
    (folder / "trip.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def run_handout(folder: Path, out: Path, timeout: float = 1800) -> Exited:
    """``trip-viewer handout FOLDER -o OUT`` with no display; its wall time, peak RSS and status."""
    env = {key: value for key, value in os.environ.items() if key not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    argv = [sys.executable, "-m", "viewer", "handout", str(folder), "-o", str(out), "--paper", "A4"]
    started = time.monotonic()
    process = subprocess.Popen(
        argv, cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    exited = reap(process, started, timeout)
    if exited.status != 0:
        error = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
        raise BenchError(f"trip-viewer handout exited with status {exited.status}: {error.strip()[:300]}")
    return exited


def measure_p10(photos: PhotoSet, count: int, runs: int) -> list[Row]:
    small_count = max(1, count // 10)
    big, small = trip_folder(photos, count), trip_folder(photos, small_count)
    with tempfile.TemporaryDirectory(prefix="trip-viewer-bench-") as scratch:
        out = Path(scratch) / "handout.pdf"
        small_rss = run_handout(small, out).max_rss
        done = [run_handout(big, out) for _ in range(runs)]
        size = out.stat().st_size
    walls = [run.wall for run in done]
    rss = [run.max_rss for run in done]
    seconds, megabytes = ", ".join(f"{wall:.1f}" for wall in walls), ", ".join(f"{r / MB:.0f}" for r in rss)
    print(f"  P10: {seconds} s; {megabytes} MB")
    took = median(walls)
    return [
        Row(
            "P10",
            f"handout of the {count}-photo trip (2 a page): time",
            f"{took:.1f} s",
            detail=f"{seconds} s; {took / count * 1000:.0f} ms a photo; PDF {size / MB:.0f} MB",
        ),
        Row(
            "P10",
            f"handout of the {count}-photo trip: peak RSS",
            f"{max(rss) / MB:.0f} MB",
            detail=f"{megabytes} MB; {small_rss / MB:.0f} MB for {small_count} photos",
        ),
    ]
