"""Every command of the viewer, declared once: what it does, what it is called, and its keys.

The key reader (``viewer.gui.commands.keys``), the menus
(``viewer.gui.commands.menus``) and the key help (``viewer.gui.panels.keyhelp``) are
all made from :data:`COMMANDS`, so a key changed here changes everywhere it is
shown. The keys follow PowerPoint's habits so presentation clickers work: clickers
send Page Down / Page Up, B or period, F5 and Escape.

A command runs against the open show and two small protocols: the audience
window (full screen, the strip, presenter view) and the view the key was pressed
in (:class:`Asker`), which opens help, find and the overview where they were asked
for, so the room never sees the presenter searching.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence

from viewer.gui import theme
from viewer.gui.language import QT_TRANSLATE_NOOP
from viewer.gui.show.pointer import PointerMode
from viewer.gui.show.presentation import Presentation

Key = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


class Command(enum.Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    FIRST = "first"
    LAST = "last"
    JUMP = "jump"  # a typed number, then Enter
    START_SHOW = "start show"
    START_HERE = "start here"
    FULL_SCREEN = "full screen"
    ESCAPE = "escape"
    BLACK = "black"
    WHITE = "white"
    AUTOPLAY = "autoplay"
    STRIP = "strip"
    MAP = "map"
    OVERVIEW = "overview"
    FIND = "find"
    SOURCES = "sources"
    ZOOM = "zoom"
    ZOOM_IN = "zoom in"
    ZOOM_OUT = "zoom out"
    ZOOM_FIT = "zoom fit"
    PAN_LEFT = "pan left"
    PAN_RIGHT = "pan right"
    PAN_UP = "pan up"
    PAN_DOWN = "pan down"
    POINTER = "pointer"
    SPOTLIGHT = "spotlight"
    HELP = "help"
    CAPTION_BIGGER = "caption bigger"
    CAPTION_SMALLER = "caption smaller"
    OPEN = "open"
    PRESENTER = "presenter"
    SWAP_SCREENS = "swap screens"
    RELOAD = "reload"
    QUIT = "quit"
    EXPORT_HANDOUT = "export handout"


class Audience(Protocol):
    """What commands ask of the audience window."""

    def start_show(self, from_first: bool) -> None: ...
    def toggle_full_screen(self) -> None: ...
    def toggle_strip(self) -> None: ...
    def toggle_map(self) -> None: ...
    def step_caption(self, steps: int) -> None: ...
    def choose_trip(self) -> None: ...
    def toggle_presenter(self) -> None: ...
    def swap_screens(self) -> None: ...
    def close(self) -> bool: ...
    def export_handout(self) -> None: ...


class Asker(Protocol):
    """What commands ask of the view a key was pressed in: its panels (``viewer.gui.panels.host``)."""

    def escape(self) -> None: ...
    def toggle_help(self) -> None: ...
    def toggle_photo_info(self) -> None: ...
    def open_find(self) -> None: ...
    def open_overview(self) -> None: ...


@dataclass(frozen=True)
class Asked:
    """One command being carried out: the show, its audience window, where it was asked, a number."""

    show: Presentation
    audience: Audience
    here: Asker
    number: int = 0


@dataclass(frozen=True)
class MenuEntry:
    """Where a command sits in the menu bar: ``menu``'s title, the entry's text with its ``&`` key."""

    menu: str  # the title in English, as ``viewer.gui.commands.menus.MENU_BAR`` has it
    text: str  # in English: translated where the entry is made
    place: int  # its place in that menu, from the top
    checkable: bool = False
    # A platform's own shortcut (Ctrl+O, Cmd+Q) set on the action itself; the entry then
    # does not name its key, as the platform shows the shortcut beside it.
    standard: QKeySequence.StandardKey | None = None


@dataclass(frozen=True)
class CommandSpec:
    command: Command
    run: Callable[[Asked], object]
    keys: tuple[tuple[Key, Qt.KeyboardModifier], ...]
    key_label: str  # how the help and the menus name the keys (in English: see keys_shown)
    description: str  # in English: see described
    menu: MenuEntry | None = None
    # Its keys mean this only while the photo is zoomed (the arrows pan then, and step
    # photos otherwise); the help names them once, on the first of such a group.
    zoomed_only: bool = False

    @property
    def keys_shown(self) -> str:
        """The keys as the help and the menus name them, in the interface's language ("Bild ab")."""
        return QCoreApplication.translate("Keys", self.key_label) if self.key_label else ""

    @property
    def described(self) -> str:
        """What the command does, in the interface's language."""
        return QCoreApplication.translate("Commands", self.description) if self.description else ""

    def labelled(self, text: str) -> str:
        """``text`` with the command's keys after it, as menu entries and buttons name them."""
        return f"{text} ({self.keys_shown})"


def _blank(colour: QColor) -> Callable[[Asked], object]:
    return lambda asked: asked.show.blank(colour)


def _pan(right: int, down: int) -> Callable[[Asked], object]:
    return lambda asked: asked.show.zoom.pan_step(right, down)


def _zoom_step(steps: int) -> Callable[[Asked], object]:
    """Zoom a step around the mouse, if it is over the photo, else around the centre."""
    return lambda asked: asked.show.zoom.step(steps, asked.show.pointer.position)


COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        Command.NEXT,
        lambda asked: asked.show.next(),
        (
            (Key.Key_Right, NONE),
            (Key.Key_Space, NONE),
            (Key.Key_PageDown, NONE),
            (Key.Key_N, NONE),
            (Key.Key_Return, NONE),
            (Key.Key_Enter, NONE),
            (Key.Key_Down, NONE),
        ),
        QT_TRANSLATE_NOOP("Keys", "Right, Down, Space, Page Down, N, Enter"),
        QT_TRANSLATE_NOOP("Commands", "Next photo"),
    ),
    CommandSpec(
        Command.PREVIOUS,
        lambda asked: asked.show.previous(),
        (
            (Key.Key_Left, NONE),
            (Key.Key_Backspace, NONE),
            (Key.Key_PageUp, NONE),
            (Key.Key_P, NONE),
            (Key.Key_Up, NONE),
        ),
        QT_TRANSLATE_NOOP("Keys", "Left, Up, Backspace, Page Up, P"),
        QT_TRANSLATE_NOOP("Commands", "Previous photo"),
    ),
    CommandSpec(
        Command.FIRST,
        lambda asked: asked.show.first(),
        ((Key.Key_Home, NONE),),
        QT_TRANSLATE_NOOP("Keys", "Home"),
        QT_TRANSLATE_NOOP("Commands", "First photo"),
    ),
    CommandSpec(
        Command.LAST,
        lambda asked: asked.show.last(),
        ((Key.Key_End, NONE),),
        QT_TRANSLATE_NOOP("Keys", "End"),
        QT_TRANSLATE_NOOP("Commands", "Last photo"),
    ),
    CommandSpec(
        Command.JUMP,
        lambda asked: asked.show.go(asked.number - 1),
        (),
        QT_TRANSLATE_NOOP("Keys", "Number, then Enter"),
        QT_TRANSLATE_NOOP("Commands", "Go to that photo"),
    ),
    CommandSpec(
        Command.START_SHOW,
        lambda asked: asked.audience.start_show(from_first=True),
        ((Key.Key_F5, NONE),),
        "F5",
        QT_TRANSLATE_NOOP("Commands", "Start the show from the first photo"),
    ),
    CommandSpec(
        Command.START_HERE,
        lambda asked: asked.audience.start_show(from_first=False),
        ((Key.Key_F5, SHIFT),),
        QT_TRANSLATE_NOOP("Keys", "Shift+F5"),
        QT_TRANSLATE_NOOP("Commands", "Start the show from this photo"),
    ),
    CommandSpec(
        Command.PRESENTER,
        lambda asked: asked.audience.toggle_presenter(),
        ((Key.Key_F5, ALT),),
        "Alt+F5",
        QT_TRANSLATE_NOOP("Commands", "Presenter view on / off (console + audience)"),
        MenuEntry("&Present", QT_TRANSLATE_NOOP("Menus", "&Presenter View"), 0, checkable=True),
    ),
    CommandSpec(
        Command.SWAP_SCREENS,
        lambda asked: asked.audience.swap_screens(),
        ((Key.Key_X, NONE),),
        "X",
        QT_TRANSLATE_NOOP("Commands", "Presenter view: swap the two screens"),
        MenuEntry("&Present", QT_TRANSLATE_NOOP("Menus", "&Swap Screens"), 1),
    ),
    CommandSpec(
        Command.FULL_SCREEN,
        lambda asked: asked.audience.toggle_full_screen(),
        ((Key.Key_F11, NONE),),
        "F11",
        QT_TRANSLATE_NOOP("Commands", "Full screen on / off"),
        MenuEntry("&View", QT_TRANSLATE_NOOP("Menus", "&Full Screen"), 0, checkable=True),
    ),
    CommandSpec(
        Command.ESCAPE,
        lambda asked: asked.here.escape(),
        ((Key.Key_Escape, NONE),),
        QT_TRANSLATE_NOOP("Keys", "Escape"),
        QT_TRANSLATE_NOOP("Commands", "Close this help, leave zoom, leave full screen"),
    ),
    CommandSpec(
        Command.BLACK,
        _blank(theme.BLACK_SCREEN),
        ((Key.Key_B, NONE), (Key.Key_Period, NONE)),
        QT_TRANSLATE_NOOP("Keys", "B or ."),
        QT_TRANSLATE_NOOP("Commands", "Black screen (again to return)"),
    ),
    CommandSpec(
        Command.WHITE,
        _blank(theme.WHITE_SCREEN),
        ((Key.Key_W, NONE), (Key.Key_Comma, NONE)),
        QT_TRANSLATE_NOOP("Keys", "W or ,"),
        QT_TRANSLATE_NOOP("Commands", "White screen (again to return)"),
    ),
    CommandSpec(
        Command.AUTOPLAY,
        lambda asked: asked.show.toggle_playing(),
        ((Key.Key_S, NONE),),
        "S",
        QT_TRANSLATE_NOOP("Commands", "Pause or resume autoplay"),
        MenuEntry("&View", QT_TRANSLATE_NOOP("Menus", "&Autoplay"), 2, checkable=True),
    ),
    CommandSpec(
        Command.STRIP,
        lambda asked: asked.audience.toggle_strip(),
        ((Key.Key_T, NONE),),
        "T",
        QT_TRANSLATE_NOOP("Commands", "Hide or show the timeline strip"),
        MenuEntry("&View", QT_TRANSLATE_NOOP("Menus", "Timeline &Strip"), 1, checkable=True),
    ),
    CommandSpec(
        Command.MAP,
        lambda asked: asked.audience.toggle_map(),
        ((Key.Key_M, NONE),),
        "M",
        QT_TRANSLATE_NOOP("Commands", "Hide or show the route map beside the photo"),
        MenuEntry(
            "&View", QT_TRANSLATE_NOOP("Menus", "Route &Map"), 1, checkable=True
        ),  # after the strip: same place, listed later
    ),
    CommandSpec(
        Command.OVERVIEW,
        lambda asked: asked.here.open_overview(),
        ((Key.Key_G, NONE),),
        "G",
        QT_TRANSLATE_NOOP("Commands", "Overview of every photo (Enter picks)"),
    ),
    CommandSpec(
        Command.FIND,
        lambda asked: asked.here.open_find(),
        ((Key.Key_F, CTRL), (Key.Key_Slash, NONE)),
        QT_TRANSLATE_NOOP("Keys", "Ctrl+F or /"),
        QT_TRANSLATE_NOOP("Commands", "Find a photo by words, place, date or time"),
    ),
    CommandSpec(
        Command.SOURCES,
        lambda asked: asked.here.toggle_photo_info(),
        ((Key.Key_I, NONE),),
        "I",
        QT_TRANSLATE_NOOP("Commands", "The photo's words in full, and where they came from"),
    ),
    CommandSpec(
        Command.HELP,
        lambda asked: asked.here.toggle_help(),
        ((Key.Key_Question, NONE), (Key.Key_F1, NONE)),
        QT_TRANSLATE_NOOP("Keys", "? or F1"),
        QT_TRANSLATE_NOOP("Commands", "Show every key"),
        MenuEntry("&View", QT_TRANSLATE_NOOP("Menus", "&Keys"), 3),
    ),
    CommandSpec(
        Command.CAPTION_BIGGER,
        lambda asked: asked.audience.step_caption(+1),
        ((Key.Key_Plus, CTRL), (Key.Key_Equal, CTRL)),
        QT_TRANSLATE_NOOP("Keys", "Ctrl+Plus"),
        QT_TRANSLATE_NOOP("Commands", "Larger caption"),
    ),
    CommandSpec(
        Command.CAPTION_SMALLER,
        lambda asked: asked.audience.step_caption(-1),
        ((Key.Key_Minus, CTRL),),
        QT_TRANSLATE_NOOP("Keys", "Ctrl+Minus"),
        QT_TRANSLATE_NOOP("Commands", "Smaller caption"),
    ),
    CommandSpec(
        Command.ZOOM,
        lambda asked: asked.show.zoom.toggle(asked.show.pointer.position),
        ((Key.Key_Z, NONE),),
        QT_TRANSLATE_NOOP("Keys", "Z, double-click"),
        QT_TRANSLATE_NOOP("Commands", "Zoom to the photo's own pixels (100 %) at the mouse; again: fit"),
        MenuEntry("&View", QT_TRANSLATE_NOOP("Menus", "&Zoom to 100 %"), 5),
    ),
    CommandSpec(
        Command.ZOOM_IN,
        _zoom_step(+1),
        ((Key.Key_Plus, NONE), (Key.Key_Equal, NONE)),
        QT_TRANSLATE_NOOP("Keys", "+ or Ctrl+wheel"),
        QT_TRANSLATE_NOOP("Commands", "Zoom in a step, at the mouse"),
    ),
    CommandSpec(
        Command.ZOOM_OUT,
        _zoom_step(-1),
        ((Key.Key_Minus, NONE),),
        QT_TRANSLATE_NOOP("Keys", "−"),
        QT_TRANSLATE_NOOP("Commands", "Zoom out a step, down to fit"),
    ),
    CommandSpec(
        Command.ZOOM_FIT,
        lambda asked: asked.show.zoom.fit(),
        ((Key.Key_0, NONE),),
        QT_TRANSLATE_NOOP("Keys", "0 or Escape"),
        QT_TRANSLATE_NOOP("Commands", "Zoomed: back to fit (a 0 after a digit is part of a number)"),
        zoomed_only=True,
    ),
    CommandSpec(
        Command.PAN_LEFT,
        _pan(-1, 0),
        ((Key.Key_Left, NONE),),
        QT_TRANSLATE_NOOP("Keys", "Arrows, drag, wheel"),
        QT_TRANSLATE_NOOP("Commands", "Zoomed: move about the photo (arrows step photos when not zoomed)"),
        zoomed_only=True,
    ),
    CommandSpec(Command.PAN_RIGHT, _pan(+1, 0), ((Key.Key_Right, NONE),), "", "", zoomed_only=True),
    CommandSpec(Command.PAN_UP, _pan(0, -1), ((Key.Key_Up, NONE),), "", "", zoomed_only=True),
    CommandSpec(Command.PAN_DOWN, _pan(0, +1), ((Key.Key_Down, NONE),), "", "", zoomed_only=True),
    CommandSpec(
        Command.POINTER,
        lambda asked: asked.show.pointer.toggle(PointerMode.DOT),
        ((Key.Key_L, NONE),),
        "L",
        QT_TRANSLATE_NOOP("Commands", "Pointer: a red dot at the mouse, on the room's screen too"),
        MenuEntry("&Present", QT_TRANSLATE_NOOP("Menus", "&Laser Pointer"), 5),
    ),
    CommandSpec(
        Command.SPOTLIGHT,
        lambda asked: asked.show.pointer.toggle(PointerMode.SPOTLIGHT),
        ((Key.Key_L, SHIFT),),
        QT_TRANSLATE_NOOP("Keys", "Shift+L"),
        QT_TRANSLATE_NOOP("Commands", "Spotlight: all dimmed but a circle at the mouse"),
        MenuEntry("&Present", QT_TRANSLATE_NOOP("Menus", "Sp&otlight"), 6),
    ),
    CommandSpec(
        Command.OPEN,
        lambda asked: asked.audience.choose_trip(),
        ((Key.Key_O, CTRL),),
        QT_TRANSLATE_NOOP("Keys", "Ctrl+O"),
        QT_TRANSLATE_NOOP("Commands", "Open a trip (manifest or folder)"),
        MenuEntry("&Trip", QT_TRANSLATE_NOOP("Menus", "&Open…"), 0, standard=QKeySequence.StandardKey.Open),
    ),
    CommandSpec(
        Command.RELOAD,
        lambda asked: asked.show.reload(),
        ((Key.Key_R, CTRL),),
        QT_TRANSLATE_NOOP("Keys", "Ctrl+R"),
        QT_TRANSLATE_NOOP("Commands", "Reload the trip from disk now"),
    ),
    CommandSpec(
        Command.QUIT,
        lambda asked: asked.audience.close(),
        ((Key.Key_Q, CTRL),),
        QT_TRANSLATE_NOOP("Keys", "Ctrl+Q"),
        QT_TRANSLATE_NOOP("Commands", "Quit"),
        MenuEntry("&Trip", QT_TRANSLATE_NOOP("Menus", "&Quit"), 9, standard=QKeySequence.StandardKey.Quit),
    ),
    CommandSpec(
        Command.EXPORT_HANDOUT,
        lambda asked: asked.audience.export_handout(),
        ((Key.Key_P, CTRL),),
        QT_TRANSLATE_NOOP("Keys", "Ctrl+P"),
        QT_TRANSLATE_NOOP("Commands", "Export the trip as a PDF handout"),
        MenuEntry("&Trip", QT_TRANSLATE_NOOP("Menus", "Export &Handout…"), 1),
    ),
)

SPECS: dict[Command, CommandSpec] = {spec.command: spec for spec in COMMANDS}


def run_command(command: Command, asked: Asked) -> None:
    """Carry out ``command`` as ``asked``."""
    SPECS[command].run(asked)
