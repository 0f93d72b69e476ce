"""What changing the current photo costs the timeline strip on the UI thread.

Not one of the P figures: a small harness for the strip on its own (offscreen Qt)
that times ``set_current`` plus a synchronous repaint, photo after photo, for the
sample trip and for made-up trips of 40 and 500 timed photos with thumbnails.

    python bench/strip_paint.py
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.stats import median  # noqa: E402
from viewer import paths  # noqa: E402
from viewer.gui.widgets.strip import HEIGHT, TimelineStrip  # noqa: E402
from viewer.model.folder import load_trip  # noqa: E402
from viewer.model.trip import Photo, Stop, Trip, TripTime  # noqa: E402

STEPS = 200


def made_up_trip(count: int) -> Trip:
    """``count`` photos spread over five days, a stop each day."""
    start = datetime(2024, 5, 1, 8, tzinfo=UTC)
    photos = tuple(
        Photo(
            Path(f"/nowhere/p{n:04d}.jpg"),
            f"p{n:04d}.jpg",
            f"Photo {n}",
            time=TripTime(start + n * timedelta(days=5) / count),
        )
        for n in range(count)
    )
    stops = tuple(Stop(f"Town {day}", TripTime(start + timedelta(days=day))) for day in range(6))
    return Trip(Path("/nowhere"), Path("/nowhere"), f"{count} photos", photos, stops)


def time_changes(strip: TimelineStrip, trip: Trip) -> float:
    """Median milliseconds of one ``set_current`` and its repaint."""
    strip.set_trip(trip)
    thumbnail = QImage(96, 64, QImage.Format.Format_RGB32)
    thumbnail.fill(QColor("#4080c0"))
    for index in range(len(trip.photos)):
        strip.set_thumbnail(index, thumbnail)
    strip.set_progress(len(trip.photos), len(trip.photos))
    strip.set_current(0)
    strip.repaint()
    costs = []
    for step in range(STEPS):
        started = time.perf_counter()
        strip.set_current((step + 1) % len(trip.photos))
        strip.repaint()
        costs.append(time.perf_counter() - started)
    return median(costs) * 1000


def main() -> None:
    app = QApplication([])
    strip = TimelineStrip()
    strip.resize(1920, HEIGHT)
    strip.show()
    app.processEvents()
    trips = [load_trip(paths.sample_trip()), made_up_trip(40), made_up_trip(500)]
    for trip in trips:
        cost = time_changes(strip, trip)
        print(f"{trip.title[:30]:30} {len(trip.photos):4} photos: {cost:6.2f} ms per change")


if __name__ == "__main__":
    main()
