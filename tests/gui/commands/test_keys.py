"""Every key of the key table, pressed as a person (or a presentation clicker) would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, wait_for_photo
from viewer.gui import WINDOW_SIZE
from viewer.gui.commands.keys import command_for
from viewer.gui.commands.registry import COMMANDS, Command
from viewer.gui.show.persist import SettingsKeeper
from viewer.gui.show.presentation import Presentation
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.settings import Settings
from viewer.model.trip import Trip

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier

NEXT_KEYS = [Key.Key_Right, Key.Key_Space, Key.Key_PageDown, Key.Key_N, Key.Key_Return, Key.Key_Enter]
PREVIOUS_KEYS = [Key.Key_Left, Key.Key_Backspace, Key.Key_PageUp, Key.Key_P]


@pytest.fixture
def shown(qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]) -> MainWindow:
    show_trip(qtbot, window, make_trip(6), start=2)
    return window


@pytest.mark.parametrize("key", NEXT_KEYS, ids=lambda key: key.name)
def test_next_keys_advance_one_photo(qtbot: QtBot, shown: MainWindow, key: Key) -> None:
    qtbot.keyClick(shown, key)
    wait_for_photo(qtbot, shown, 3)
    assert shown.caption.caption.text() == "Caption number 4"
    assert shown.caption.position.text() == "4 / 6"


@pytest.mark.parametrize("key", PREVIOUS_KEYS, ids=lambda key: key.name)
def test_previous_keys_go_back_one_photo(qtbot: QtBot, shown: MainWindow, key: Key) -> None:
    qtbot.keyClick(shown, key)
    wait_for_photo(qtbot, shown, 1)
    assert shown.caption.position.text() == "2 / 6"


def test_home_and_end(qtbot: QtBot, shown: MainWindow) -> None:
    qtbot.keyClick(shown, Key.Key_End)
    wait_for_photo(qtbot, shown, 5)
    qtbot.keyClick(shown, Key.Key_Home)
    wait_for_photo(qtbot, shown, 0)


def test_next_stops_at_the_last_photo(qtbot: QtBot, shown: MainWindow) -> None:
    qtbot.keyClick(shown, Key.Key_End)
    qtbot.keyClick(shown, Key.Key_PageDown)
    wait_for_photo(qtbot, shown, 5)


def test_number_then_enter_jumps(qtbot: QtBot, shown: MainWindow) -> None:
    qtbot.keyClicks(shown, "5")
    assert shown.caption.number_entry.text() == "Go to 5"
    qtbot.keyClick(shown, Key.Key_Return)
    wait_for_photo(qtbot, shown, 4)
    assert shown.caption.number_entry.isHidden()


def test_number_beyond_the_trip_goes_to_the_last(qtbot: QtBot, shown: MainWindow) -> None:
    qtbot.keyClicks(shown, "99")
    qtbot.keyClick(shown, Key.Key_Enter)
    wait_for_photo(qtbot, shown, 5)


def test_backspace_edits_a_typed_number_and_escape_drops_it(qtbot: QtBot, shown: MainWindow) -> None:
    qtbot.keyClicks(shown, "41")
    qtbot.keyClick(shown, Key.Key_Backspace)
    assert shown.caption.number_entry.text() == "Go to 4"
    assert shown.presentation.slideshow.current == 2  # Backspace edited the number, it did not go back
    qtbot.keyClick(shown, Key.Key_Escape)
    assert shown.caption.number_entry.isHidden()
    qtbot.keyClick(shown, Key.Key_Return)  # a plain Enter again means "next"
    wait_for_photo(qtbot, shown, 3)


def test_f5_starts_from_the_first_photo_full_screen(qtbot: QtBot, shown: MainWindow) -> None:
    qtbot.keyClick(shown, Key.Key_F5)
    wait_for_photo(qtbot, shown, 0)
    qtbot.waitUntil(shown.isFullScreen)
    assert shown.menuBar().isHidden()
    qtbot.keyClick(shown, Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown.isFullScreen())


def test_shift_f5_starts_from_the_current_photo(qtbot: QtBot, shown: MainWindow) -> None:
    qtbot.keyClick(shown, Key.Key_F5, SHIFT)
    qtbot.waitUntil(shown.isFullScreen)
    assert shown.presentation.slideshow.current == 2


def test_f11_toggles_full_screen(qtbot: QtBot, shown: MainWindow) -> None:
    qtbot.keyClick(shown, Key.Key_F11)
    qtbot.waitUntil(shown.isFullScreen)
    assert shown.geometry() == shown.screen().geometry()
    qtbot.keyClick(shown, Key.Key_F11)
    qtbot.waitUntil(lambda: not shown.isFullScreen())
    assert shown.menuBar().isVisible()


def test_a_window_opened_full_screen_leaves_it_at_its_usual_size_centred(
    qtbot: QtBot, make_trip: Callable[..., Trip]
) -> None:
    """A window that was never shown as a window (``--fullscreen``) has no place to go back to."""
    window = MainWindow(Presentation(SettingsKeeper(Settings())))
    qtbot.addWidget(window)
    window.set_full_screen(True)
    qtbot.waitExposed(window)
    assert window.isFullScreen() and window.geometry() == window.screen().geometry()
    show_trip(qtbot, window, make_trip(2))
    qtbot.keyClick(window, Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.size().toTuple() == WINDOW_SIZE
    assert window.geometry().center() == window.screen().availableGeometry().center()
    assert window.menuBar().isVisible()


@pytest.mark.parametrize(
    ("key", "colour"),
    [(Key.Key_B, "black"), (Key.Key_Period, "black"), (Key.Key_W, "white"), (Key.Key_Comma, "white")],
    ids=["B", "period", "W", "comma"],
)
def test_blanking_keys_cover_the_window_and_any_key_returns(
    qtbot: QtBot, shown: MainWindow, key: Key, colour: str
) -> None:
    qtbot.keyClick(shown, key)
    assert shown.blank_screen.isVisible()
    assert shown.blank_screen.geometry() == shown.centralWidget().rect()
    pixel = shown.grab().toImage().pixelColor(shown.width() // 2, shown.height() // 2)
    assert pixel == QColor(colour)
    qtbot.keyClick(shown, Key.Key_PageDown)  # the clicker's "next" only unblanks
    assert not shown.blank_screen.isVisible()
    assert shown.presentation.slideshow.current == 2


def test_s_pauses_and_resumes_autoplay(qtbot: QtBot, shown: MainWindow) -> None:
    assert not shown.presentation.slideshow.playing
    qtbot.keyClick(shown, Key.Key_S)
    assert shown.presentation.slideshow.playing
    qtbot.keyClick(shown, Key.Key_S)
    assert not shown.presentation.slideshow.playing


def test_t_hides_and_shows_the_strip_and_remembers(qtbot: QtBot, shown: MainWindow) -> None:
    qtbot.keyClick(shown, Key.Key_T)
    assert shown.strip.isHidden()
    assert shown.keeper.settings.strip_visible is False
    qtbot.keyClick(shown, Key.Key_T)
    assert shown.strip.isVisible()


@pytest.mark.parametrize("key", [Key.Key_Question, Key.Key_F1], ids=["question", "F1"])
def test_help_overlay_lists_every_key(qtbot: QtBot, shown: MainWindow, key: Key) -> None:
    qtbot.keyClick(shown, key, SHIFT if key == Key.Key_Question else Qt.KeyboardModifier.NoModifier)
    assert shown.help_overlay.isVisible()
    qtbot.keyClick(shown, Key.Key_Escape)
    assert not shown.help_overlay.isVisible()


def test_caption_size_keys_change_and_remember_the_size(qtbot: QtBot, shown: MainWindow) -> None:
    before = shown.caption.caption_pixel_size()
    qtbot.keyClick(shown, Key.Key_Plus, CTRL)
    bigger = shown.caption.caption_pixel_size()
    assert bigger > before
    assert shown.keeper.settings.caption_scale > 1.0
    qtbot.keyClick(shown, Key.Key_Minus, CTRL)
    qtbot.keyClick(shown, Key.Key_Minus, CTRL)
    assert shown.caption.caption_pixel_size() < before


def test_ctrl_q_closes_the_window(qtbot: QtBot, shown: MainWindow) -> None:
    qtbot.keyClick(shown, Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not shown.isVisible())


def test_every_bound_key_reads_as_its_command() -> None:
    for spec in COMMANDS:
        for key, modifiers in spec.keys:
            assert command_for(key.value, modifiers, zoomed=spec.zoomed_only) is spec.command
    # Shift on a printable key does not matter ("?" needs Shift on most layouts) ...
    assert command_for(Key.Key_Question.value, SHIFT) is Command.HELP
    assert command_for(Key.Key_Plus.value, SHIFT) is Command.ZOOM_IN
    # ... unless it is bound (Shift+L), and it does on F5.
    assert command_for(Key.Key_L.value, SHIFT) is Command.SPOTLIGHT
    assert command_for(Key.Key_L.value, Qt.KeyboardModifier.NoModifier) is Command.POINTER
    assert command_for(Key.Key_F5.value, SHIFT) is Command.START_HERE
    assert command_for(Key.Key_Y.value, Qt.KeyboardModifier.NoModifier) is None
    # The arrows step photos, and pan a zoomed one.
    assert command_for(Key.Key_Right.value, Qt.KeyboardModifier.NoModifier) is Command.NEXT
    assert command_for(Key.Key_Right.value, Qt.KeyboardModifier.NoModifier, zoomed=True) is Command.PAN_RIGHT
