"""Find and overview from the window's keys: the Opera House photo in a few keystrokes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, wait_for_photo
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.trip import Trip


def test_slash_opera_enter_jumps_to_the_opera_house_photo(
    qtbot: QtBot, window: MainWindow, sample_trip: Trip
) -> None:
    show_trip(qtbot, window, sample_trip, start=0)
    qtbot.keyClick(window, Qt.Key.Key_Slash)
    find = window.panels.find
    assert find is not None and find.isVisible()
    qtbot.keyClicks(QApplication.focusWidget(), "opera")  # typing goes straight into the field
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_for_photo(qtbot, window, 7)
    assert "Opera House" in window.caption.caption.text()
    assert not find.isVisible()


def test_ctrl_f_finds_by_time_and_escape_returns(qtbot: QtBot, window: MainWindow, sample_trip: Trip) -> None:
    show_trip(qtbot, window, sample_trip, start=4)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find = window.panels.find
    assert find is not None
    qtbot.keyClicks(QApplication.focusWidget(), "18:0")
    assert find.results == [9, 10]  # the embassy photos at 18:00 and 18:05
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not find.isVisible()
    assert window.presentation.slideshow.current == 4  # nothing moved
    qtbot.keyClick(window, Qt.Key.Key_Right)  # and the keys are the show's again
    wait_for_photo(qtbot, window, 5)


def test_g_shows_every_photo_and_enter_picks(qtbot: QtBot, window: MainWindow, sample_trip: Trip) -> None:
    show_trip(qtbot, window, sample_trip, start=2)
    qtbot.keyClick(window, Qt.Key.Key_G)
    overview = window.panels.overview
    assert overview is not None and overview.isVisible()
    assert overview.model.rowCount() == 13
    assert overview.selected() == 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_for_photo(qtbot, window, 3)
    assert not overview.isVisible()


def test_find_on_the_console_stays_on_the_console(
    qtbot: QtBot, window: MainWindow, sample_trip: Trip
) -> None:
    show_trip(qtbot, window, sample_trip, start=0)
    window.presenter.start()
    console = window.presenter.console
    assert console is not None
    qtbot.addWidget(console)
    qtbot.keyClick(console, Qt.Key.Key_Slash)
    assert console.panels.find is not None and console.panels.find.isVisible()
    assert window.panels.find is None  # the room never sees the search
    field = console.panels.find.field  # the console is the presenter's active window
    qtbot.keyClicks(field, "pompeo airport")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_for_photo(qtbot, window, 11)
    assert console.position.text() == "12 / 13"
    window.presenter.stop()
