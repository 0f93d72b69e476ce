"""Present → Transitions: the choice holds for every photo, is remembered, and follows the command line."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip
from viewer.gui.show.persist import SettingsKeeper
from viewer.gui.show.presentation import Presentation
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.settings import Settings
from viewer.model.timing import CUT, FADE, ShowTiming
from viewer.model.trip import Trip


def test_the_menu_chooses_for_every_photo_and_remembers(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    show_trip(qtbot, window, make_trip(2))
    show, menu = window.presentation, window.transitions
    assert menu.choices[""].isChecked() and menu.lengths[0.3].isChecked()
    assert show.fade_ms(1) == 0  # the trip says nothing: a cut
    assert menu.menuAction() in window.menus["&Present"].actions()

    menu.choices["fade"].trigger()
    assert show.fade_ms(1) == 300
    menu.lengths[1.0].trigger()
    assert show.fade_ms(1) == 1000
    assert (window.keeper.settings.transition, window.keeper.settings.fade_seconds) == ("fade", 1.0)
    assert menu.choices["fade"].isChecked() and not menu.choices[""].isChecked()

    menu.choices["cut"].trigger()
    assert show.fade_ms(1) == 0
    assert window.keeper.settings.transition == "cut"


def test_a_remembered_choice_is_the_next_shows(qtbot: QtBot) -> None:
    settings = Settings(transition="fade", fade_seconds=0.5)
    window = MainWindow(Presentation(SettingsKeeper(settings)))
    qtbot.addWidget(window)
    assert window.transitions.choices["fade"].isChecked()
    assert window.transitions.lengths[0.5].isChecked()
    assert window.presentation.timing.transition == "fade"


def test_a_step_fades_as_the_trip_says_and_a_key_mid_fade_cuts_at_once(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    show_trip(qtbot, window, make_trip(4))
    show, view = window.presentation, window.photo_view
    qtbot.waitUntil(lambda: show.picture(1).image is not None)  # the next photo is decoded ahead
    clock = [100.0]
    show.clock = lambda: clock[0]
    show.timing = ShowTiming(transition=FADE, fade_seconds=5.0)  # long: the test steps mid-fade
    show.next()
    assert view.fading and view.index == 1
    clock[0] += 0.5
    show.next()  # the clicker again, mid-fade: the fade ends, and photo 3 comes at once
    assert view.index == 2 and not view.fading
    assert show.arrival_ms == 0
    clock[0] += 0.5
    show.previous()  # and again: still a burst, though no fade runs now
    assert view.index == 1 and not view.fading
    clock[0] += 6.0
    show.next()  # after a pause: a fade again
    assert view.index == 2 and view.fading
    view.finish_fade()

    clock[0] += 6.0
    show.timing = ShowTiming(transition=CUT)
    show.next()
    assert view.index == 3 and not view.fading
