"""The presenter console as a view of a show: built on a ``Presentation``, with no main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.gui.commands.test_registry import Recorder
from tests.gui.conftest import bare_show
from viewer.gui.commands.dispatch import Dispatcher
from viewer.gui.views.presenter.clock import SpeakingClock, format_left
from viewer.gui.views.presenter.console import PresenterConsole
from viewer.model.timing import ShowTiming
from viewer.model.trip import Trip


@pytest.fixture
def console(qtbot: QtBot, make_trip: Callable[..., Trip]) -> Iterator[PresenterConsole]:
    """A console following a show of four photos; the audience's photo area is a bare photo view."""
    show = bare_show(qtbot)
    show.set_trip(make_trip(4), 1)
    made = PresenterConsole(show, SpeakingClock(), Dispatcher(show, Recorder()).handle_key)
    qtbot.addWidget(made)
    made.resize(1000, 700)
    made.show()
    qtbot.waitExposed(made)
    yield made
    show.close()


def test_it_shows_the_current_and_next_photo_as_they_are_decoded(
    qtbot: QtBot, console: PresenterConsole
) -> None:
    assert console.position.text() == "2 / 4"
    assert console.caption.caption.text() == "Caption number 2"
    assert console.next_heading.text() == "Next · 3 / 4"
    assert console.next_caption.text() == "Caption number 3"
    qtbot.waitUntil(lambda: console.current_view.image is not None and console.current_view.index == 1)
    qtbot.waitUntil(lambda: console.next_view.image is not None and console.next_view.index == 2)


def test_its_keys_and_its_strip_move_the_show(qtbot: QtBot, console: PresenterConsole) -> None:
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    assert console.presentation.current == 2
    assert console.position.text() == "3 / 4"
    assert console.next_heading.text() == "Next · 4 / 4"
    qtbot.keyClick(console, Qt.Key.Key_End)
    assert console.next_heading.text() == "Next · end of the trip"
    qtbot.waitUntil(lambda: console.strip.placed is not None)
    console.strip.photoChosen.emit(0)
    assert console.presentation.current == 0
    assert console.strip.current == 0


def test_it_says_when_the_audience_sees_a_blank_screen(qtbot: QtBot, console: PresenterConsole) -> None:
    qtbot.keyClick(console, Qt.Key.Key_W)
    assert console.presentation.blanked == QColor("white")
    assert console.audience_state.isVisible()
    assert "white screen" in console.audience_state.text()
    qtbot.keyClick(console, Qt.Key.Key_Space)  # any key brings the photo back, and only that
    assert not console.audience_state.isVisible()
    assert console.presentation.current == 1


def test_help_and_the_photo_panel_open_over_the_console(qtbot: QtBot, console: PresenterConsole) -> None:
    qtbot.keyClick(console, Qt.Key.Key_F1)
    assert console.help_overlay.isVisible()
    qtbot.keyClick(console, Qt.Key.Key_I)
    assert console.photo_info.isVisible()
    assert "Caption number 2" in console.photo_info.text
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert not console.photo_info.isVisible() and console.help_overlay.isVisible()
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert not console.help_overlay.isVisible()


def test_it_shows_autoplays_time_left_on_this_photo(qtbot: QtBot, console: PresenterConsole) -> None:
    show = console.presentation
    assert not console.autoplay.isVisible()  # autoplay off: nothing said
    show.timing = ShowTiming(seconds=90.0)
    show.slideshow.start()
    assert console.autoplay.isVisible()
    assert console.autoplay.text() == "Autoplay waits for the photo"
    show.photo_shown(1)  # the room's screen painted it: the count begins
    qtbot.waitUntil(
        lambda: console.autoplay.text() in ("Next photo in 1:30", "Next photo in 1:29"), timeout=2000
    )
    show.go(3)
    show.photo_shown(3)
    qtbot.waitUntil(lambda: console.autoplay.text().startswith("Autoplay ends in 1:"), timeout=2000)
    show.toggle_playing()
    assert not console.autoplay.isVisible()


@pytest.mark.parametrize(
    ("seconds", "shown"), [(7.0, "0:07"), (6.2, "0:07"), (0.0, "0:00"), (90, "1:30"), (3725, "1:02:05")]
)
def test_time_left_reads_as_minutes_and_seconds(seconds: float, shown: str) -> None:
    assert format_left(seconds) == shown
