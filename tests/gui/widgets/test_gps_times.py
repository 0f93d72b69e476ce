"""A folder of GPS photos whose camera wrote no UTC offset opens at the local times where they were taken."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip
from tests.photos import exif, photo
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.gui.widgets.strip import MARK, MARK_TOP
from viewer.model.folder import load_trip
from viewer.model.geo import LatLon
from viewer.model.metadata import gpszone


def test_noon_in_hanoi_is_05_utc_on_the_strip_and_12_00_in_the_caption(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    hanoi = (21.0285, "N", 105.8542, "E")
    for name, taken in (("a.jpg", "2019:02:26 12:00:00"), ("b.jpg", "2019:02:26 15:00:00")):
        photo(tmp_path / name, size=(320, 200), exif_block=exif(taken=taken, gps=hanoi))
    show_trip(qtbot, window, load_trip(tmp_path), start=0)

    qtbot.waitUntil(lambda: window.caption.details.text().endswith("26 Feb 12:00 (UTC+7)"))

    def placed() -> None:
        trip = window.strip.trip
        assert trip is not None
        assert [p.time.moment.astimezone(UTC) if p.time else None for p in trip.photos] == [
            datetime(2019, 2, 26, 5, tzinfo=UTC),
            datetime(2019, 2, 26, 8, tzinfo=UTC),
        ]

    qtbot.waitUntil(placed)
    first = min(window.strip.mark_clusters(), key=lambda cluster: cluster.x)
    assert "26 Feb 12:00 (UTC+7)" in window.strip.hover_text(QPointF(first.x, MARK_TOP + MARK.height() / 2))


def test_the_zone_data_is_not_looked_at_before_the_first_photo_is_painted(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the zone data holds the interpreter lock for some 80 ms: never beside the first paint."""
    hanoi = (21.0285, "N", 105.8542, "E")
    for name in ("a.jpg", "b.jpg"):
        photo(tmp_path / name, size=(320, 200), exif_block=exif(taken="2019:02:26 12:00:00", gps=hanoi))
    looked_up: list[int] = []  # the photo on screen at each lookup
    real = gpszone.zone_at

    def noting(where: LatLon) -> str | None:
        looked_up.append(window.photo_view.shown_index)
        return real(where)

    monkeypatch.setattr(gpszone, "zone_at", noting)
    show_trip(qtbot, window, load_trip(tmp_path, listed=True))

    qtbot.waitUntil(lambda: window.caption.details.text().endswith("(UTC+7)"))
    assert looked_up and -1 not in looked_up
