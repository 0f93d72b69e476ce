"""A long manifest with every field a newsroom fills, for the benchmark and the tests.

``bench/manifest_load.py`` times loading one of 10,000 photos (P6), and
``tests/model/test_blockyaml.py`` checks the fast block reader against PyYAML on
the same text; the photo files need not exist, as loading only reads the manifest.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

PLACES = ("Pyongyang", "Dandong", "Nanning", "Dong Dang", "Hanoi")
POSITIONS = ("39.0392, 125.7625", "40.1292, 124.3947", "22.817, 108.3665", "21.9536, 106.71", "21.03, 105.85")


def write_manifest(folder: Path, count: int) -> Path:
    """A ``trip.yaml`` of ``count`` photos in ``folder``: file, caption, credit, time, place, position."""
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
            f"    at: [{POSITIONS[number % len(POSITIONS)]}]",
        ]
    path = folder / "trip.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
