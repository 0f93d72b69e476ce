"""Kiosk mode: the window full screen and deaf to passers-by, looping, passing over broken photos.

Autoplay runs on shrunk times (``ShowTiming(seconds=...)``); "nothing happens" is
checked with ``assertNotEmitted`` over several of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, wait_for_photo
from viewer.gui.app import report_exception
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.timing import ShowTiming
from viewer.model.trip import Trip

QUIET_MS = 150


@pytest.fixture
def kiosk(qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]) -> MainWindow:
    show_trip(qtbot, window, make_trip(3), start=0)
    window.presentation.timing = ShowTiming(seconds=30.0)  # no step of its own during a test
    window.start_kiosk(None)
    window.presentation.slideshow.start(loop=True)
    yield window
    if window.kiosk is not None:
        window.kiosk.stop()


def test_the_kiosk_takes_the_whole_screen_without_cursor_or_menus(kiosk: MainWindow) -> None:
    assert kiosk.isFullScreen()
    assert kiosk.geometry() == kiosk.screen().geometry()
    assert not kiosk.menuBar().isVisible()
    assert not kiosk.statusBar().isVisible()
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),  # the usual quit
        (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier),  # open another trip
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_keys_change_nothing(
    qtbot: QtBot, kiosk: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    show = kiosk.presentation
    with qtbot.assertNotEmitted(show.currentChanged, wait=QUIET_MS):
        QTest.keyClick(kiosk, key, modifiers)
    assert kiosk.isVisible() and kiosk.isFullScreen()
    assert show.blanked is None
    assert kiosk.panels.reading_overlay() is None
    assert show.playing


def test_clicks_and_the_wheel_change_nothing(qtbot: QtBot, kiosk: MainWindow) -> None:
    show = kiosk.presentation
    with qtbot.assertNotEmitted(show.currentChanged, wait=QUIET_MS):
        strip = kiosk.strip
        QTest.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() - 5, strip.height() // 2))
        centre = QPointF(kiosk.photo_view.rect().center())
        wheel = QWheelEvent(
            centre,
            kiosk.photo_view.mapToGlobal(centre),
            QPoint(),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(kiosk.photo_view, wheel)
        QTest.mouseDClick(kiosk.photo_view, Qt.MouseButton.LeftButton)
    assert not show.zoom.active


def test_the_quit_chord_closes_it(qtbot: QtBot, kiosk: MainWindow) -> None:
    QTest.keyClick(
        kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: not kiosk.isVisible())


def test_it_loops_from_the_last_photo_to_the_first(qtbot: QtBot, kiosk: MainWindow) -> None:
    show = kiosk.presentation
    show.timing = ShowTiming(seconds=0.01)
    painted: list[int] = []
    kiosk.photo_view.shown.connect(painted.append)
    show.slideshow.photo_shown(0)
    qtbot.waitUntil(lambda: [2, 0, 1] in [painted[i : i + 3] for i in range(len(painted))], timeout=5000)


def test_a_photo_that_cannot_be_shown_is_passed_over(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    show_trip(qtbot, window, make_trip(4, missing=(1,)), start=0)
    show = window.presentation
    show.timing = ShowTiming(seconds=30.0)  # a good photo would stay far longer than this test
    window.start_kiosk(None)
    show.slideshow.start(loop=True)
    painted: list[int] = []
    window.photo_view.shown.connect(painted.append)
    show.go(1)  # the loop reaches the missing photo
    wait_for_photo(qtbot, window, 2)  # its error slide flashes by, and the next photo stays
    assert painted == [1, 2]
    assert show.slideshow.time_left() > 20
    window.kiosk.stop()


def test_a_trip_of_only_broken_photos_shows_each_error_its_time(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    show_trip(qtbot, window, make_trip(2, missing=(0, 1)), start=0)
    show = window.presentation
    show.timing = ShowTiming(seconds=30.0)
    window.start_kiosk(None)
    show.slideshow.start(loop=True)
    show.slideshow.photo_shown(0, failed=True)
    wait_for_photo(qtbot, window, 1)
    qtbot.waitUntil(lambda: show.slideshow.counting)  # the second failure in a row: no more hurrying
    assert show.slideshow.time_left() > 20
    window.kiosk.stop()


def test_a_half_saved_manifest_goes_to_the_log_not_over_the_photo(
    qtbot: QtBot, kiosk: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    trip = kiosk.presentation.trip
    assert trip is not None
    with caplog.at_level(logging.WARNING, logger="viewer.gui.widgets.banner"):
        kiosk.presentation.invalid.emit(f"{trip.source}:3:1: the manifest is empty")
    assert not kiosk.banner.isVisible()
    assert "the manifest is empty" in caplog.text


def test_an_unexpected_error_is_logged_without_a_dialog(
    kiosk: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.CRITICAL, logger="viewer"):
        try:
            raise RuntimeError("a bug")
        except RuntimeError as error:
            assert report_exception(type(error), error, error.__traceback__) is None
    assert "a bug" in caplog.text


def test_leaving_the_kiosk_gives_the_cursor_back(kiosk: MainWindow, tmp_path: Path) -> None:
    assert kiosk.kiosk is not None
    kiosk.kiosk.stop()
    assert QApplication.overrideCursor() is None
