"""P5: filling the timeline strip of a 500-photo trip, cold and from the disk cache.

Cold: an empty ``--basedir``, so every thumbnail is decoded from its photo. Warm:
the same basedir again, so every thumbnail is read back from the disk cache the
cold start wrote. Each runs from the trace's ``trip`` event to its ``thumbnails``
event (every strip thumbnail in).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.processes import App, app_session
from bench.report import Row
from bench.stats import median
from tools.xsession import XServer

WARM_GOAL = 0.2  # seconds


def measure_p5(server: XServer, folder: Path, count: int, runs: int) -> list[Row]:
    colds: list[float] = []
    warms: list[float] = []
    for run in range(runs):
        with tempfile.TemporaryDirectory(prefix="trip-viewer-bench-") as scratch:
            basedir = Path(scratch)
            with app_session(server, folder, basedir=basedir) as app:
                colds.append(_fill_time(app, timeout=60 + count * 0.5))
            with app_session(server, folder, basedir=basedir) as app:
                warms.append(_fill_time(app, timeout=60))
        print(f"  P5 run {run + 1}: cold {colds[-1]:.2f} s, warm {warms[-1]:.3f} s")
    warm = median(warms)
    return [
        Row(
            "P5",
            f"strip of {count} photos, cold fill",
            f"{median(colds):.2f} s",
            detail=", ".join(f"{value:.2f}" for value in colds) + " s",
        ),
        Row(
            "P5",
            f"strip of {count} photos, warm start from the disk cache",
            f"{warm:.3f} s",
            f"≤ {WARM_GOAL:.1f} s",
            warm <= WARM_GOAL,
            ", ".join(f"{value:.3f}" for value in warms) + " s",
        ),
    ]


def _fill_time(app: App, timeout: float) -> float:
    """Seconds from the trip being set to the last strip thumbnail; then quit as a person does."""
    app.viewer.find_window()
    filled = app.wait_event(lambda event: event["event"] == "thumbnails", timeout, "all strip thumbnails")
    trip = next(event for event in app.read() if event["event"] == "trip")
    app.quit()
    return float(filled["t"] - trip["t"])
