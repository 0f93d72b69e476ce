"""P3: cold start, from spawning the app to its first 24 MP photo painted sharp.

The floor is a bare PySide6 window (``bench/bare_window.py``) spawned the same
way, which paints once and quits: what any Qt app pays before it can show anything.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from bench.processes import REPO, BenchError, app_session, reap
from bench.report import Row
from bench.stats import median
from tools.xsession import XServer

GOAL = 1.4  # the app's start over the bare window's


def measure_p3(server: XServer, folder: Path, size: tuple[int, int], runs: int) -> list[Row]:
    apps: list[float] = []
    bares: list[float] = []
    for run in range(runs):
        bares.append(_bare_window(server))
        with app_session(server, folder) as app:
            shown = app.wait_shown(0, timeout=30)
            apps.append(shown["t"] - app.started)
        print(f"  P3 run {run + 1}: bare window {bares[-1] * 1000:.0f} ms, app {apps[-1] * 1000:.0f} ms")
    start, bare = median(apps), median(bares)
    ratio = start / bare
    return [
        Row(
            "P3",
            f"cold start → first photo painted sharp (one {size[0]}×{size[1]} photo)",
            f"{start * 1000:.0f} ms",
            detail=_list(apps),
        ),
        Row(
            "P3",
            "cold start → first paint, bare PySide6 window (floor)",
            f"{bare * 1000:.0f} ms",
            detail=_list(bares),
        ),
        Row("P3", "cold start, trip-viewer / floor", f"{ratio:.2f}×", f"≤ {GOAL:.1f}×", ratio <= GOAL),
    ]


def _bare_window(server: XServer) -> float:
    """Seconds from spawning the bare window to its first paint."""
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, str(REPO / "bench" / "bare_window.py")],
        env=server.env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
    )
    assert process.stdout is not None
    painted = process.stdout.readline()
    exited = reap(process, started, timeout=30)
    if exited.status != 0 or not painted.strip():
        raise BenchError(f"the bare window exited with status {exited.status} before painting")
    return float(painted) - started


def _list(values: list[float]) -> str:
    return ", ".join(f"{value * 1000:.0f}" for value in values) + " ms"
