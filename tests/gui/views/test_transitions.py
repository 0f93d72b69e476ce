"""Present → Transitions: the choice holds for every photo, is remembered, and follows the command line."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip
from viewer.gui.show.persist import SettingsKeeper
from viewer.gui.show.presentation import Presentation
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.settings import Settings
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
