"""P6: loading a 10,000-photo manifest, in the bench's own process.

The manifest (``tools/longmanifest.py``) has every field a newsroom fills
(file, caption, credit, time, place, position); the photo files need not exist, as
loading only reads the manifest.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.report import Row
from bench.stats import median
from tools.longmanifest import write_manifest

GOAL = 0.3  # seconds


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
