"""P7 and P8: big shoots. A folder of 20,000 photos and a manifest of 100,000 stay responsive.

P7 opens a folder of small photos straight from a "shoot" (``bench/bigtrip.py``):
the window with its first photo (the folder opens in file-time order at once),
the longest UI stall from that photo until every photo's capture time is read
and the order has settled (the trace's ``settled``), and End → the last photo
painted sharp, pressed once the order has settled. P8 opens a manifest of
100,000 entries over the same few files: its first photo, and the longest stall
until every photo's metadata is read (the trace's ``read``).

Each is measured at the goal's size for the figure's runs, and once at 1,000,
10,000 and 100,000 photos, to say how it grows: the growth exponent ``k`` of
``t ∝ n^k`` from 1,000 to 100,000 photos (1 is linear; below 1, better).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path

from bench import bigtrip
from bench.processes import Event, app_session, events_named
from bench.report import Row
from bench.stats import median
from tools.xsession import XServer

FOLDER_PHOTOS = 20_000
MANIFEST_PHOTOS = 100_000
SIZES = (1_000, 10_000, 100_000)
FIRST_GOAL = 1.0  # seconds: the folder's window with its first photo
END_GOAL_MS = 150.0
STALL_GOAL_MS = 50.0
MANIFEST_FIRST_GOAL = 2.0  # seconds
LINEAR = 1.1  # a growth exponent above this is worse than linear (1.0, with room for a noisy machine)
FILL_TIMEOUT = 600.0  # seconds for 100,000 photos' metadata on a busy machine


@dataclass(frozen=True)
class Opened:
    """One app session on a big trip, in seconds and milliseconds."""

    photos: int
    first: float  # spawn → first photo painted sharp, s
    fill: float  # first photo → every photo read (and, for a folder, the order settled), s
    stall: float  # the longest UI stall meanwhile, ms (0: none over 20 ms)
    where: str  # where the UI thread was during that stall, as the trace saw it
    stall_cpu: float  # how much of that stall the UI thread ran, ms (the rest it was kept waiting)
    stall_queued: float  # how much of it the UI thread waited for a core, ms (the rest it slept)
    end: float | None  # End → the last photo painted sharp, ms (folders)


def measure_p7(
    server: XServer, runs: int, sizes: tuple[int, ...] = SIZES, goal: int = FOLDER_PHOTOS
) -> list[Row]:
    at_goal = [_open(server, bigtrip.shoot_folder(goal), goal, folder=True) for _ in range(runs)]
    for found in at_goal:
        _say("P7", found)
    growth = {count: _open(server, bigtrip.shoot_folder(count), count, folder=True) for count in sizes}
    for found in growth.values():
        _say("P7", found)
    first, stall = median([o.first for o in at_goal]), median([o.stall for o in at_goal])
    end = median([o.end for o in at_goal if o.end is not None])
    name = f"{goal:,}-photo folder"
    return [
        Row(
            "P7",
            f"{name}: spawn → window with its first photo",
            f"{first:.2f} s",
            f"≤ {FIRST_GOAL:.0f} s",
            first <= FIRST_GOAL,
            _list([o.first for o in at_goal], "s", 2),
        ),
        Row(
            "P7",
            f"{name}: End → last photo painted (order settled)",
            f"{end:.0f} ms",
            f"≤ {END_GOAL_MS:.0f} ms",
            end <= END_GOAL_MS,
            _list([o.end or math.nan for o in at_goal], "ms", 0),
        ),
        Row(
            "P7",
            f"{name}: longest UI stall while its capture times are read and the order settles",
            f"{stall:.0f} ms" if stall else "none over 20 ms",
            f"≤ {STALL_GOAL_MS:.0f} ms",
            stall <= STALL_GOAL_MS,
            _stall_detail(at_goal),
        ),
        *_growth_rows("P7", "folder", growth, with_end=True),
    ]


def measure_p8(
    server: XServer, runs: int, sizes: tuple[int, ...] = SIZES, goal: int = MANIFEST_PHOTOS
) -> list[Row]:
    at_goal = [_open(server, bigtrip.shoot_manifest(goal), goal, folder=False) for _ in range(runs)]
    for found in at_goal:
        _say("P8", found)
    growth = {count: _open(server, bigtrip.shoot_manifest(count), count, folder=False) for count in sizes}
    for found in growth.values():
        _say("P8", found)
    first, stall = median([o.first for o in at_goal]), median([o.stall for o in at_goal])
    return [
        Row(
            "P8",
            f"{goal:,}-photo manifest: spawn → first photo painted",
            f"{first:.2f} s",
            f"≤ {MANIFEST_FIRST_GOAL:.0f} s",
            first <= MANIFEST_FIRST_GOAL,
            _list([o.first for o in at_goal], "s", 2),
        ),
        Row(
            "P8",
            f"{goal:,}-photo manifest: longest UI stall while its metadata is read (no goal)",
            f"{stall:.0f} ms" if stall else "none over 20 ms",
            detail=_stall_detail(at_goal),
        ),
        *_growth_rows("P8", "manifest", growth, with_end=False),
    ]


def growth_exponent(small: tuple[int, float], big: tuple[int, float]) -> float:
    """``k`` in ``t ∝ n^k`` through two (photos, time) points: 1 is linear, 0 constant."""
    (n1, t1), (n2, t2) = small, big
    if t1 <= 0 or t2 <= 0:
        return 0.0 if t2 <= t1 else math.inf
    return math.log(t2 / t1) / math.log(n2 / n1)


def _growth_rows(figure: str, kind: str, growth: dict[int, Opened], with_end: bool) -> list[Row]:
    sizes = sorted(growth)
    low, high = sizes[0], sizes[-1]
    measures: list[tuple[str, str, float]] = [("first photo", "s", 1.0), ("fill", "s", 1.0)]
    if with_end:
        measures.append(("End → last photo", "ms", 1.0))
    rows = []
    for label, unit, _ in measures:
        values = {count: _pick(growth[count], label) for count in sizes}
        exponent = growth_exponent((low, values[low]), (high, values[high]))
        digits = 0 if unit == "ms" else 2
        shown = " / ".join(f"{values[count]:.{digits}f}" for count in sizes) + f" {unit}"
        rows.append(
            Row(
                figure,
                f"{kind}, {label} at {' / '.join(f'{count:,}' for count in sizes)} photos: growth n^k",
                f"k = {exponent:.2f}",
                f"k ≤ {LINEAR:.1f} (linear or better, and noise)",
                exponent <= LINEAR,
                shown,
            )
        )
    stalls = " / ".join(f"{growth[count].stall:.0f}" for count in sizes)
    rows.append(
        Row(figure, f"{kind}, longest UI stall while filling at the same sizes (no goal)", stalls + " ms")
    )
    return rows


def _pick(opened: Opened, label: str) -> float:
    if label == "first photo":
        return opened.first
    if label == "fill":
        return opened.fill
    return opened.end if opened.end is not None else math.nan


def _open(server: XServer, trip: Path, count: int, folder: bool) -> Opened:
    """Open ``trip`` (``count`` photos) in a fresh app; time its first photo, its filling, End."""
    with app_session(server, trip) as app:  # ended by the session, not Ctrl+Q: no packs written for it
        first = app.wait_shown(0, timeout=120)
        filled = app.wait_event(
            lambda e: e["event"] == ("settled" if folder else "read"), FILL_TIMEOUT, "filled"
        )
        end = None
        if folder:
            app.viewer.find_window()
            pressed = time.monotonic()
            app.xdotool_key("End")
            last = app.wait_shown(count - 1, timeout=30)
            key = next(e for e in events_named(app.read(), "key") if e["t"] >= pressed)
            end = (last["t"] - key["t"]) * 1000
        stall, cpu, queued, where = _longest_stall(app.read(), first["t"], filled["t"])
    return Opened(count, first["t"] - app.started, filled["t"] - first["t"], stall, where, cpu, queued, end)


def _longest_stall(events: list[Event], start: float, end: float) -> tuple[float, float, float, str]:
    """The longest stall that ended after ``start`` and began before ``end``: its length,
    the UI thread's CPU time in it, its wait for a core, and where the UI thread was."""
    found = [e for e in events_named(events, "stall") if e["t"] >= start and e["t"] - e["ms"] / 1000 <= end]
    if not found:
        return 0.0, 0.0, 0.0, ""
    worst = max(found, key=lambda e: e["ms"])
    where = "; ".join(worst.get("where", [])[:1])
    return float(worst["ms"]), float(worst.get("cpu", math.nan)), float(worst.get("queued", math.nan)), where


def _say(figure: str, found: Opened) -> None:
    end = f", End {found.end:.0f} ms" if found.end is not None else ""
    print(
        f"  {figure} {found.photos:,} photos: first photo {found.first:.2f} s, filled in {found.fill:.1f} s, "
        f"longest stall {found.stall:.0f} ms (UI thread ran {found.stall_cpu:.0f} ms of it, "
        f"waited {found.stall_queued:.0f} ms for a core){end}"
        + (f", at {found.where}" if found.where else ""),
        flush=True,
    )


def _stall_detail(runs: list[Opened]) -> str:
    """Each run's longest stall, how much of it the UI thread ran and waited for a core, and
    how long filling took."""
    stalls = ", ".join(f"{o.stall:.0f} (ran {o.stall_cpu:.0f}, queued {o.stall_queued:.0f})" for o in runs)
    return f"{stalls} ms; filled in {_list([o.fill for o in runs], 's', 1)}"


def _list(values: list[float], unit: str, digits: int = 1) -> str:
    return ", ".join(f"{value:.{digits}f}" for value in values) + f" {unit}"


def main() -> None:
    """Run P7 and P8 alone on a private Xvfb: ``python -m bench.bigshoot [runs]``."""
    import sys

    from bench.processes import x_server
    from bench.report import text_table

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    with x_server() as server:
        rows = measure_p7(server, runs) + measure_p8(server, runs)
    print(text_table(rows))


if __name__ == "__main__":
    main()
