"""P6: loading a 10,000-photo manifest, in the bench's own process.

The manifest has every field a newsroom fills (file, caption, credit, time,
place); the photo files need not exist, as loading only reads the manifest.
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.report import Row
from bench.stats import median

GOAL = 0.3  # seconds
PLACES = ("Pyongyang", "Dandong", "Nanning", "Dong Dang", "Hanoi")


def write_manifest(folder: Path, count: int) -> Path:
    """A ``trip.yaml`` of ``count`` photos in ``folder``."""
    start = datetime(2019, 2, 23, 8, 0, tzinfo=UTC)
    lines = [
        "format: trip-viewer/1",
        "title: A long benchmark trip",
        "timezone: Asia/Ho_Chi_Minh",
        "photos:",
    ]
    for number in range(count):
        when = (start + timedelta(minutes=7 * number)).strftime("%Y-%m-%dT%H:%M+00:00")
        lines += [
            f"  - file: photos/{number:05d}.jpg",
            f"    caption: Photo {number + 1} of the journey, seen from the train near the border.",
            "    credit: Reuters/Stringer",
            f"    time: {when}",
            f"    place: {PLACES[number % len(PLACES)]}",
        ]
    path = folder / "trip.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def measure_p6(count: int = 10_000, runs: int = 5) -> list[Row]:
    from viewer.model.folder import load_trip

    times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="trip-viewer-bench-") as scratch:
        path = write_manifest(Path(scratch), count)
        for _ in range(runs):
            started = time.perf_counter()
            trip = load_trip(path)
            times.append(time.perf_counter() - started)
        if len(trip.photos) != count:
            raise RuntimeError(f"the manifest loaded {len(trip.photos)} of {count} photos")
    took = median(times)
    print(f"  P6: {', '.join(f'{value:.3f}' for value in times)} s")
    return [
        Row(
            "P6",
            f"load a {count:,}-photo manifest",
            f"{took:.3f} s",
            f"≤ {GOAL:.1f} s",
            took <= GOAL,
            ", ".join(f"{value:.3f}" for value in times) + " s",
        )
    ]
