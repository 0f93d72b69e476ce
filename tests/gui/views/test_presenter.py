"""Presenter view on two screens (the offscreen platform is given a laptop and a
projector, see tests/conftest.py): audience on the projector, console on the laptop,
one show driven from either window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from pytestqt.qtbot import QtBot

from tests.gui.conftest import wait_for_photo
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.gui.views.presenter.clock import format_elapsed
from viewer.gui.views.presenter.console import PresenterConsole
from viewer.gui.views.presenter.mode import choose_screens
from viewer.model.trip import Trip


def screen(name: str) -> QScreen:
    return next(found for found in QGuiApplication.screens() if found.name() == name)


def test_two_screens_are_there(qapp: object) -> None:
    assert [found.name() for found in QGuiApplication.screens()] == ["laptop", "projector"]


def test_the_audience_gets_the_projector_and_the_console_the_laptop(
    window: MainWindow, presenting: PresenterConsole
) -> None:
    assert window.screen() is screen("projector")
    assert window.geometry() == screen("projector").geometry()
    assert presenting.screen() is screen("laptop")
    laptop = screen("laptop").availableGeometry()
    assert presenting.size() == laptop.size()  # (the platform's pretend frame shifts it by 2 px)
    assert laptop.contains(presenting.geometry().center())


def test_the_console_shows_this_photo_the_next_one_notes_and_position(
    qtbot: QtBot, window: MainWindow, presenting: PresenterConsole, sample_trip: Trip
) -> None:
    assert presenting.position.text() == "3 / 13"
    assert presenting.caption.caption.text() == sample_trip.photos[2].caption
    assert presenting.next_heading.text() == "Next · 4 / 13"
    assert presenting.next_caption.text() == sample_trip.photos[3].caption
    assert presenting.notes.toPlainText().startswith(sample_trip.photos[2].notes or sample_trip.notes)
    qtbot.waitUntil(lambda: presenting.current_view.image is not None)
    qtbot.waitUntil(lambda: presenting.next_view.image is not None or presenting.next_view.showing_preview)
    assert "credit from manifest" in presenting.caption.details.text()


def test_a_key_in_either_window_drives_both(
    qtbot: QtBot, window: MainWindow, presenting: PresenterConsole, sample_trip: Trip
) -> None:
    qtbot.keyClick(presenting, Qt.Key.Key_PageDown)  # the clicker, with the console focused
    wait_for_photo(qtbot, window, 3)
    assert presenting.position.text() == "4 / 13"
    qtbot.waitUntil(lambda: presenting.current_view.index == 3 and presenting.current_view.image is not None)

    qtbot.keyClick(window, Qt.Key.Key_Left)  # and with the audience window focused
    wait_for_photo(qtbot, window, 2)
    assert presenting.position.text() == "3 / 13"
    assert presenting.caption.caption.text() == sample_trip.photos[2].caption

    qtbot.keyClicks(presenting, "8")
    qtbot.keyClick(presenting, Qt.Key.Key_Return)
    wait_for_photo(qtbot, window, 7)
    assert presenting.next_heading.text() == "Next · 9 / 13"


def test_blanking_covers_only_the_audience(
    qtbot: QtBot, window: MainWindow, presenting: PresenterConsole
) -> None:
    qtbot.keyClick(presenting, Qt.Key.Key_B)
    assert window.blank_screen.isVisible()
    assert presenting.audience_state.isVisible()
    assert "black screen" in presenting.audience_state.text()
    assert presenting.current_view.index == 2  # the presenter still sees the photo
    qtbot.keyClick(presenting, Qt.Key.Key_W)  # any key brings the photo back
    assert not window.blank_screen.isVisible()
    assert not presenting.audience_state.isVisible()
    assert window.presentation.slideshow.current == 2


def test_swapping_puts_each_window_on_the_other_screen(
    qtbot: QtBot, window: MainWindow, presenting: PresenterConsole
) -> None:
    qtbot.keyClick(presenting, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: window.screen() is screen("laptop"))
    assert window.geometry() == screen("laptop").geometry()
    assert presenting.screen() is screen("projector")
    qtbot.mouseClick(presenting.swap_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screen() is screen("projector"))


def test_unplugging_the_projector_keeps_the_place_and_rehearses(
    qtbot: QtBot, window: MainWindow, presenting: PresenterConsole, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClick(presenting, Qt.Key.Key_Right)
    wait_for_photo(qtbot, window, 3)
    laptop_only = [screen("laptop")]
    monkeypatch.setattr(window.presenter, "_screens", lambda: laptop_only)
    window.presenter.place()  # what screenRemoved triggers
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert presenting.isVisible() and not presenting.isFullScreen()
    assert window.presentation.slideshow.current == 3
    assert presenting.position.text() == "4 / 13"
    # ...and plugging it back in puts the audience on it again.
    monkeypatch.setattr(window.presenter, "_screens", QGuiApplication.screens)
    window.presenter.place()
    qtbot.waitUntil(lambda: window.isFullScreen() and window.screen() is screen("projector"))
    assert window.presentation.slideshow.current == 3


def test_the_speaking_clock_pauses_and_resets(qtbot: QtBot, presenting: PresenterConsole) -> None:
    clock = presenting.clock
    assert clock.running
    qtbot.mouseClick(presenting.pause_button, Qt.MouseButton.LeftButton)
    assert not clock.running
    assert presenting.pause_button.text() == "Resume"
    paused_at = clock.elapsed_ms()
    assert clock.elapsed_ms() == paused_at  # paused time does not count
    qtbot.mouseClick(presenting.reset_button, Qt.MouseButton.LeftButton)
    assert clock.elapsed_ms() == 0
    assert presenting.elapsed.text() == "0:00:00"
    qtbot.mouseClick(presenting.pause_button, Qt.MouseButton.LeftButton)
    assert clock.running
    assert presenting.clock_label.text()  # the wall clock, e.g. 14:05


def test_alt_f5_ends_presenter_view(qtbot: QtBot, window: MainWindow, presenting: PresenterConsole) -> None:
    qtbot.keyClick(presenting, Qt.Key.Key_F5, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not presenting.isVisible())
    assert not window.presenter.active


def test_help_opens_in_the_window_where_it_was_asked(
    qtbot: QtBot, window: MainWindow, presenting: PresenterConsole
) -> None:
    qtbot.keyClick(presenting, Qt.Key.Key_F1)
    assert presenting.help_overlay.isVisible()
    assert not window.help_overlay.isVisible()  # the room does not see the key list
    qtbot.keyClick(presenting, Qt.Key.Key_Escape)
    assert not presenting.help_overlay.isVisible()
    assert window.isFullScreen()  # Escape in the console never ends the audience's full screen


@pytest.mark.parametrize(
    ("count", "primary", "asked", "swapped", "expected"),
    [
        (1, 0, None, False, (0, None)),
        (2, 0, None, False, (1, 0)),
        (2, 1, None, False, (0, 1)),
        (2, 0, None, True, (0, 1)),
        (3, 0, 2, False, (2, 0)),
        (3, 0, 7, False, (1, 0)),  # a screen that is not there: the first other one
        (2, 0, 0, False, (0, 1)),
    ],
)
def test_choose_screens(
    count: int, primary: int, asked: int | None, swapped: bool, expected: tuple[int, int | None]
) -> None:
    assert choose_screens(count, primary, asked, swapped) == expected


def test_elapsed_time_reads_as_hours_minutes_seconds() -> None:
    assert format_elapsed(0) == "0:00:00"
    assert format_elapsed(425_999) == "0:07:05"
    assert format_elapsed(3_723_000) == "1:02:03"
