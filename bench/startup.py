"""P3: cold start, from spawning the app to its first 24 MP photo painted sharp.

The goal is set against the decode-only reference (``bench/least_photo.py``): the
least a PySide6 + Pillow program can do to show the photo from its JPEG. What the
app takes beyond it is the app's own start. The other rows say where a start goes:
the floor, a bare PySide6 window (``bench/bare_window.py``) spawned the same way,
which paints once and quits (what any Qt app pays before it can show anything),
and the bare window painting the same photo already decoded
(``bench/decoded_photo.py``: what showing its pixels costs).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.processes import REPO, BenchError, app_session, reap
from bench.report import Row
from bench.stats import median
from tools.xsession import XServer
from viewer.gui import ScreenShape, first_window_box
from viewer.imaging.decode import decode_photo

GOAL = 1.35  # the app's start over the decode-only reference's (bench/least_photo.py)
# A start takes a third of a second and varies by ±40 ms, the floor's as much: the ratio
# of two medians of 5 swung from 1.37× to 1.74× on one day. Each is cheap, so P3 takes
# three times the runs of the other figures.
RUNS_PER_RUN = 3


def measure_p3(server: XServer, folder: Path, size: tuple[int, int], runs: int) -> list[Row]:
    apps: list[float] = []
    bares: list[float] = []
    decodeds: list[float] = []
    leasts: list[float] = []
    photo = next(path for path in sorted(folder.iterdir()) if path.suffix == ".jpg")
    # The box the app decodes its first photo for: its full-screen window less the strip.
    width, height = server.size
    box = first_window_box(ScreenShape(width, height, width, height, 1.0), True, True)
    with tempfile.TemporaryDirectory(prefix="trip-viewer-bench-") as scratch:
        pixels = _decoded_beforehand(photo, box, Path(scratch))
        for run in range(runs):
            bares.append(_first_paint(server, REPO / "bench" / "bare_window.py"))
            decodeds.append(_first_paint(server, REPO / "bench" / "decoded_photo.py", *pixels))
            leasts.append(_first_paint(server, REPO / "bench" / "least_photo.py", str(photo), *map(str, box)))
            with app_session(server, folder) as app:
                shown = app.wait_shown(0, timeout=30)
                apps.append(shown["t"] - app.started)
            print(
                f"  P3 run {run + 1}: bare window {bares[-1] * 1000:.0f} ms, "
                f"decoded photo {decodeds[-1] * 1000:.0f} ms, "
                f"least photo program {leasts[-1] * 1000:.0f} ms, app {apps[-1] * 1000:.0f} ms"
            )
    start, bare, decoded, least = median(apps), median(bares), median(decodeds), median(leasts)
    ratio = start / least
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
        Row("P3", "cold start, trip-viewer / floor (no goal)", f"{start / bare:.2f}×"),
        Row(
            "P3",
            "reference, no goal: the bare window painting the photo already decoded (raw pixels) / floor",
            f"{decoded * 1000:.0f} ms = {decoded / bare:.2f}×",
            detail=_list(decodeds),
        ),
        Row(
            "P3",
            "reference, no goal: a minimal PySide6 + Pillow program decoding and showing the photo / floor",
            f"{least * 1000:.0f} ms = {least / bare:.2f}×",
            detail=_list(leasts),
        ),
        Row(
            "P3",
            "cold start, trip-viewer / decode-only reference (the minimal program above)",
            f"{ratio:.2f}×",
            f"≤ {GOAL:.2f}×",
            ratio <= GOAL,
        ),
    ]


def _decoded_beforehand(photo: Path, box: tuple[int, int], folder: Path) -> tuple[str, str, str]:
    """``photo`` decoded to fit ``box`` and written raw: the arguments of ``bench/decoded_photo.py``."""
    decoded = decode_photo(photo, box)
    pixels = folder / "photo.rgbx"
    pixels.write_bytes(decoded.data)
    return str(pixels), str(decoded.width), str(decoded.height)


def _first_paint(server: XServer, script: Path, *args: str) -> float:
    """Seconds from spawning ``script`` (which prints the moment of its first paint) to that paint."""
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, str(script), *args],
        env=server.env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
    )
    assert process.stdout is not None
    painted = process.stdout.readline()
    exited = reap(process, started, timeout=30)
    if exited.status != 0 or not painted.strip():
        raise BenchError(f"{script.name} exited with status {exited.status} before painting")
    return float(painted) - started


def _list(values: list[float]) -> str:
    return ", ".join(f"{value * 1000:.0f}" for value in values) + " ms"
