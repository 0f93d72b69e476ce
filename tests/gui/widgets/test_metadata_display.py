"""A folder of wire photos shows their own captions, credits and times, and can say where
each came from; the manifest's word always wins."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip
from tests.photos import exif, photo, xmp
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.gui.widgets.strip import MARK, MARK_TOP
from viewer.model.folder import load_trip


def wire_folder(folder: Path) -> Path:
    photo(
        folder / "a.jpg",
        size=(320, 200),
        exif_block=exif(taken="2019:02:26 08:15:00", offset="+07:00"),
        xmp_packet=xmp(description="Kim arrives by train.", credit="Reuters", creator="Stringer"),
    )
    photo(
        folder / "b.jpg",
        size=(320, 200),
        exif_block=exif(taken="2019:02:26 10:55:00", offset="+07:00", artist="Ann Wang"),
    )
    return folder


def test_a_folder_of_wire_photos_shows_their_embedded_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    show_trip(qtbot, window, load_trip(wire_folder(tmp_path)), start=0)
    qtbot.waitUntil(lambda: window.caption.caption.text() == "Kim arrives by train.")
    assert window.caption.credit.text() == "Image: Reuters/Stringer"
    assert window.caption.details.text() == "26 Feb 08:15 (UTC+7)"

    qtbot.keyClick(window, Qt.Key.Key_I)  # the photo panel says where each word came from
    assert window.photo_info.isVisible()
    assert "CAPTION · PHOTO 1 / 2 (from XMP)\nKim arrives by train." in window.photo_info.text
    assert "CREDIT (from XMP)\nReuters/Stringer" in window.photo_info.text

    qtbot.keyClick(window, Qt.Key.Key_Right)  # ... and follows the show
    qtbot.waitUntil(lambda: window.caption.credit.text() == "Image: Ann Wang")
    assert window.caption.caption.text() == "No caption"
    assert "CREDIT (from EXIF)\nAnn Wang" in window.photo_info.text


def test_the_strip_places_photos_by_their_embedded_times(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    show_trip(qtbot, window, load_trip(wire_folder(tmp_path)), start=0)

    def placed() -> None:
        trip = window.strip.trip
        assert trip is not None
        assert [photo.time is not None for photo in trip.photos] == [True, True]

    qtbot.waitUntil(placed)
    first = min(window.strip.mark_clusters(), key=lambda cluster: cluster.x)
    text = window.strip.hover_text(QPointF(first.x, MARK_TOP + MARK.height() / 2))
    assert "1. Kim arrives by train." in text
    assert "26 Feb 08:15 (UTC+7)" in text


def test_the_manifest_wins_over_the_photo(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    wire_folder(tmp_path)
    (tmp_path / "trip.yaml").write_text(
        "format: trip-viewer/1\nphotos:\n  - file: a.jpg\n    credit: Reuters/Stringer (pool)\n",
        encoding="utf-8",
    )
    show_trip(qtbot, window, load_trip(tmp_path), start=0)
    qtbot.waitUntil(lambda: window.caption.caption.text() == "Kim arrives by train.")
    assert window.caption.credit.text() == "Image: Reuters/Stringer (pool)"
    qtbot.keyClick(window, Qt.Key.Key_I)
    assert "CAPTION · PHOTO 1 / 1 (from XMP)" in window.photo_info.text
    assert "CREDIT (from manifest)" in window.photo_info.text
