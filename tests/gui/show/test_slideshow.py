"""Which photo is current, and autoplay that waits for each photo to be on screen.

Autoplay runs with a 10 ms interval. "Nothing happens" is checked by waiting
out several intervals with ``assertNotEmitted``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from viewer.gui.show.slideshow import Slideshow

TICK = 0.01  # seconds between photos in autoplay tests
QUIET_MS = 100  # ten ticks: long enough that a wrong advance would show
TIMEOUT = 2000


@pytest.fixture
def show() -> Slideshow:
    slideshow = Slideshow()
    slideshow.seconds_for = lambda _index: TICK
    slideshow.reset(5, 0)
    return slideshow


@pytest.fixture
def changes(show: Slideshow) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    show.currentChanged.connect(lambda index, direction: found.append((index, direction)))
    return found


@pytest.mark.parametrize(
    ("move", "start", "expected"),
    [
        (Slideshow.next, 2, (3, 1)),
        (Slideshow.previous, 2, (1, -1)),
        (Slideshow.first, 3, (0, -1)),
        (Slideshow.last, 1, (4, 1)),
        (lambda show: show.go(3), 0, (3, 1)),
        (lambda show: show.go(1), 4, (1, -1)),
        (lambda show: show.go(99), 2, (4, 1)),
        (lambda show: show.go(-5), 2, (0, -1)),
    ],
    ids=["next", "previous", "first", "last", "go-forward", "go-back", "go-past-end", "go-before-start"],
)
def test_moves_change_the_photo_and_tell_the_direction(
    show: Slideshow,
    changes: list[tuple[int, int]],
    move: Callable[[Slideshow], None],
    start: int,
    expected: tuple[int, int],
) -> None:
    show.go(start)
    changes.clear()
    move(show)
    assert changes == [expected]
    assert show.current == expected[0]


@pytest.mark.parametrize(
    ("move", "start"),
    [(Slideshow.next, 4), (Slideshow.last, 4), (Slideshow.previous, 0), (Slideshow.first, 0)],
    ids=["next-at-last", "last-at-last", "previous-at-first", "first-at-first"],
)
def test_moves_past_an_end_stay_put_silently(
    show: Slideshow, changes: list[tuple[int, int]], move: Callable[[Slideshow], None], start: int
) -> None:
    show.go(start)
    changes.clear()
    move(show)
    assert changes == []
    assert show.current == start


def test_reset_starts_a_new_trip_at_the_given_photo(show: Slideshow, changes: list[tuple[int, int]]) -> None:
    show.reset(3, 2)
    assert (show.count, show.current) == (3, 2)
    assert changes == [(2, 1)]
    show.reset(8, 2)  # the same index of another trip is still news for the window
    assert changes == [(2, 1), (2, 1)]


def test_an_empty_trip_ignores_moves() -> None:
    show = Slideshow()
    found: list[int] = []
    show.currentChanged.connect(lambda index, direction: found.append(index))
    show.next()
    show.last()
    assert found == []


def test_autoplay_waits_until_the_photo_is_on_screen(qtbot: QtBot, show: Slideshow) -> None:
    show.start()
    with qtbot.assertNotEmitted(show.currentChanged, wait=QUIET_MS):
        pass  # the photo is still loading: no photo_shown, no advance
    with qtbot.waitSignal(show.currentChanged, timeout=TIMEOUT) as blocker:
        show.photo_shown(0)
    assert blocker.args == [1, 1]


def test_autoplay_ignores_a_photo_shown_that_is_not_current(qtbot: QtBot, show: Slideshow) -> None:
    show.go(2)
    show.start()
    with qtbot.assertNotEmitted(show.currentChanged, wait=QUIET_MS):
        show.photo_shown(1)  # a late paint of the photo before


def test_autoplay_shows_each_photo_in_turn_then_stops(qtbot: QtBot, show: Slideshow) -> None:
    show.photo_shown(0)  # painted before autoplay started: toggling on counts from now
    show.currentChanged.connect(lambda index, direction: show.photo_shown(index))  # instant paints
    with qtbot.waitSignal(show.playingChanged, timeout=TIMEOUT) as stopped:
        show.toggle_playing()
    assert stopped.args == [True]
    with qtbot.waitSignal(show.playingChanged, timeout=TIMEOUT) as stopped:
        pass
    assert stopped.args == [False]
    assert show.current == 4


def test_autoplay_without_loop_or_play_once_stops_quietly_at_the_end(qtbot: QtBot, show: Slideshow) -> None:
    show.go(4)
    show.start()
    with qtbot.assertNotEmitted(show.finished), qtbot.waitSignal(show.playingChanged, timeout=TIMEOUT):
        show.photo_shown(4)
    assert not show.playing
    assert show.current == 4


def test_loop_wraps_round_to_the_first_photo(qtbot: QtBot, show: Slideshow) -> None:
    show.go(4)
    show.start(loop=True)
    with qtbot.waitSignal(show.currentChanged, timeout=TIMEOUT) as moved:
        show.photo_shown(4)
    assert moved.args[0] == 0
    assert show.playing


def test_play_once_finishes_after_the_last_photo(qtbot: QtBot, show: Slideshow) -> None:
    show.go(3)
    show.start(play_once=True)
    with qtbot.waitSignal(show.currentChanged, timeout=TIMEOUT):
        show.photo_shown(3)
    with qtbot.assertNotEmitted(show.finished, wait=QUIET_MS):
        pass  # the last photo is not on screen yet
    with qtbot.waitSignal(show.finished, timeout=TIMEOUT):
        show.photo_shown(4)
    assert not show.playing
    assert show.current == 4


def test_pause_stops_advancing_and_resume_carries_on(qtbot: QtBot, show: Slideshow) -> None:
    show.start()
    show.photo_shown(0)
    with qtbot.waitSignal(show.playingChanged, timeout=TIMEOUT) as paused:
        show.toggle_playing()
    assert paused.args == [False]
    with qtbot.assertNotEmitted(show.currentChanged, wait=QUIET_MS):
        show.photo_shown(0)  # a repaint while paused starts nothing
    with qtbot.waitSignal(show.currentChanged, timeout=TIMEOUT) as moved:
        show.toggle_playing()
    assert moved.args == [1, 1]


def test_moving_by_hand_restarts_the_interval(qtbot: QtBot, show: Slideshow) -> None:
    show.start()
    show.photo_shown(0)
    show.go(3)  # the person jumps; the new photo is not painted yet
    with qtbot.assertNotEmitted(show.currentChanged, wait=QUIET_MS):
        pass
    assert show.current == 3


def test_autoplay_waits_while_the_photo_is_zoomed(qtbot: QtBot, show: Slideshow) -> None:
    show.start()
    show.photo_shown(0)
    show.hold(True)  # zoomed before the interval ran out
    with qtbot.assertNotEmitted(show.currentChanged, wait=QUIET_MS):
        pass
    with qtbot.waitSignal(show.currentChanged, timeout=TIMEOUT) as moved:
        show.hold(False)  # back to fit: the interval counts again
    assert moved.args == [1, 1]
