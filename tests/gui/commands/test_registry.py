"""The command registry: menus, keys and help made from one table, and commands run on a show.

Most tests here build a show (``Presentation``) and no main window: a command needs
only the show, the audience window's few abilities (:class:`Audience`) and the view
it was asked in (:class:`Asker`), which a small recorder stands in for.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from tests.gui.conftest import bare_show, show_trip
from viewer.gui.commands import menus
from viewer.gui.commands.dispatch import Dispatcher, Reading
from viewer.gui.commands.menus import build_menus
from viewer.gui.commands.registry import COMMANDS, SPECS, Command
from viewer.gui.panels.keyhelp import help_rows
from viewer.gui.show.presentation import Presentation
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.trip import Trip

Key = Qt.Key


class Recorder:
    """Stands in for the audience window and the view a key was pressed in: notes what was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __getattr__(self, name: str) -> Callable[..., object]:
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *args, **kwargs: self.asked.append(name)

    def reading_overlay(self) -> Reading | None:
        return None


@pytest.fixture
def show(qtbot: QtBot, make_trip: Callable[..., Trip]) -> Iterator[Presentation]:
    """A show of six photos, decoding for a photo area of its own, with no window."""
    presentation = bare_show(qtbot)
    with qtbot.waitSignal(presentation.pictureChanged, timeout=10000):
        presentation.set_trip(make_trip(6), 2)
    yield presentation
    presentation.close()


def key(
    code: Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, text: str = ""
) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, code, modifiers, text)


def test_keys_move_a_show_that_has_no_window(show: Presentation) -> None:
    recorder = Recorder()
    dispatcher = Dispatcher(show, recorder)
    assert dispatcher.handle_key(key(Key.Key_PageDown), recorder)
    assert show.current == 3
    assert dispatcher.handle_key(key(Key.Key_End), recorder)
    assert show.current == 5
    for typed in (Key.Key_2, Key.Key_Return):
        dispatcher.handle_key(key(typed, text="2" if typed == Key.Key_2 else ""), recorder)
    assert show.current == 1
    assert not dispatcher.handle_key(key(Key.Key_Y, text="y"), recorder)  # bound to nothing
    assert recorder.asked == []


def test_blanking_is_the_shows_and_any_key_brings_the_photo_back(qtbot: QtBot, show: Presentation) -> None:
    recorder = Recorder()
    dispatcher = Dispatcher(show, recorder)
    with qtbot.waitSignal(show.blankChanged) as blanked:
        dispatcher.handle_key(key(Key.Key_B, text="b"), recorder)
    assert blanked.args == [QColor("black")]
    assert show.blanked == QColor("black")
    dispatcher.handle_key(key(Key.Key_PageDown), recorder)  # the clicker's "next" only unblanks
    assert show.blanked is None
    assert show.current == 2


@pytest.mark.parametrize(
    ("command", "audience_asked", "here_asked"),
    [
        (Command.FULL_SCREEN, ["toggle_full_screen"], []),
        (Command.STRIP, ["toggle_strip"], []),
        (Command.MAP, ["toggle_map"], []),
        (Command.PRESENTER, ["toggle_presenter"], []),
        (Command.SWAP_SCREENS, ["swap_screens"], []),
        (Command.OPEN, ["choose_trip"], []),
        (Command.QUIT, ["close"], []),
        (Command.HELP, [], ["toggle_help"]),
        (Command.FIND, [], ["open_find"]),
        (Command.OVERVIEW, [], ["open_overview"]),
        (Command.SOURCES, [], ["toggle_photo_info"]),
        (Command.ESCAPE, [], ["escape"]),
    ],
    ids=lambda value: value.value if isinstance(value, Command) else None,
)
def test_window_commands_go_to_the_audience_and_panels_open_where_asked(
    show: Presentation, command: Command, audience_asked: list[str], here_asked: list[str]
) -> None:
    audience, here = Recorder(), Recorder()
    Dispatcher(show, audience).run(command, here)
    assert (audience.asked, here.asked) == (audience_asked, here_asked)
    assert show.current == 2


def test_every_command_but_a_typed_number_has_a_key_and_every_key_one_command() -> None:
    """One command a key, and at most one more while the photo is zoomed (the arrows pan then)."""
    for zoomed in (False, True):
        keys = [
            (pressed.value, modifiers.value)
            for spec in COMMANDS
            if spec.zoomed_only == zoomed
            for pressed, modifiers in spec.keys
        ]
        assert len(keys) == len(set(keys))
    assert [spec.command for spec in COMMANDS if not spec.keys] == [Command.JUMP]
    assert set(SPECS) == set(Command)


def test_the_key_help_is_the_registry(qapp: object) -> None:
    rows = help_rows()
    named = [(spec.key_label, spec.description) for spec in COMMANDS if spec.key_label]
    assert rows[: len(named)] == named
    # The four arrows' pans are one row, on the first of them.
    assert [spec.command for spec in COMMANDS if not spec.key_label] == [
        Command.PAN_RIGHT,
        Command.PAN_UP,
        Command.PAN_DOWN,
    ]


def test_a_key_changed_in_the_registry_changes_the_menu(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    changed = tuple(
        dataclasses.replace(spec, key_label="F12") if spec.command is Command.FULL_SCREEN else spec
        for spec in COMMANDS
    )
    monkeypatch.setattr(menus, "COMMANDS", changed)
    window = QMainWindow()
    qtbot.addWidget(window)
    ran: list[Command] = []
    _, actions = build_menus(window, ran.append)
    assert actions[Command.FULL_SCREEN].text() == "&Full Screen (F12)"
    actions[Command.FULL_SCREEN].trigger()
    assert ran == [Command.FULL_SCREEN]


def test_the_menus_read_as_before_and_run_their_commands(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    show_trip(qtbot, window, make_trip(3))
    entries = {
        menu.title(): [action.text() for action in menu.actions()]
        for menu in (action.menu() for action in window.menuBar().actions())
        if menu is not None
    }
    assert entries == {
        "&Trip": ["&Open…", "Export &Handout… (Ctrl+P)", "Open &Recent", "", "&Quit"],
        "&View": [
            "&Full Screen (F11)",
            "Timeline &Strip (T)",
            "Route &Map (M)",
            "&Autoplay (S)",
            "&Keys (? or F1)",
            "&Zoom to 100 % (Z, double-click)",
            "",
            "&Language",
        ],
        "&Present": [
            "&Presenter View (Alt+F5)",
            "&Swap Screens (X)",
            "&Laser Pointer (L)",
            "Sp&otlight (Shift+L)",
            "Start in Presenter View With &Two Screens",
            "&Transitions",
        ],
    }
    window.menu_actions[Command.AUTOPLAY].trigger()
    assert window.presentation.playing
    assert window.menu_actions[Command.AUTOPLAY].isChecked()
    window.menu_actions[Command.STRIP].trigger()
    assert window.strip.isHidden()
    assert not window.menu_actions[Command.STRIP].isChecked()
    window.menu_actions[Command.HELP].trigger()
    assert window.help_overlay.isVisible()
