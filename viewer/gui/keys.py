"""Every key of the viewer in one table, and the reading of key presses into commands.

The keys follow PowerPoint's habits so presentation clickers work: clickers send
Page Down / Page Up, B or period, F5 and Escape. The help overlay (``?``/F1) is
drawn from this same table, so it always lists exactly what works.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

Key = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
_MEANINGFUL = SHIFT | CTRL | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


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
    OVERVIEW = "overview"
    FIND = "find"
    SOURCES = "sources"
    HELP = "help"
    CAPTION_BIGGER = "caption bigger"
    CAPTION_SMALLER = "caption smaller"
    OPEN = "open"
    PRESENTER = "presenter"
    SWAP_SCREENS = "swap screens"
    RELOAD = "reload"
    QUIT = "quit"


@dataclass(frozen=True)
class Binding:
    command: Command
    keys: tuple[tuple[Key, Qt.KeyboardModifier], ...]
    label: str  # how the help overlay names the keys
    description: str


BINDINGS: tuple[Binding, ...] = (
    Binding(
        Command.NEXT,
        (
            (Key.Key_Right, NONE),
            (Key.Key_Space, NONE),
            (Key.Key_PageDown, NONE),
            (Key.Key_N, NONE),
            (Key.Key_Return, NONE),
            (Key.Key_Enter, NONE),
            (Key.Key_Down, NONE),
        ),
        "Right, Down, Space, Page Down, N, Enter",
        "Next photo",
    ),
    Binding(
        Command.PREVIOUS,
        (
            (Key.Key_Left, NONE),
            (Key.Key_Backspace, NONE),
            (Key.Key_PageUp, NONE),
            (Key.Key_P, NONE),
            (Key.Key_Up, NONE),
        ),
        "Left, Up, Backspace, Page Up, P",
        "Previous photo",
    ),
    Binding(Command.FIRST, ((Key.Key_Home, NONE),), "Home", "First photo"),
    Binding(Command.LAST, ((Key.Key_End, NONE),), "End", "Last photo"),
    Binding(Command.JUMP, (), "Number, then Enter", "Go to that photo"),
    Binding(Command.START_SHOW, ((Key.Key_F5, NONE),), "F5", "Start the show from the first photo"),
    Binding(Command.START_HERE, ((Key.Key_F5, SHIFT),), "Shift+F5", "Start the show from this photo"),
    Binding(
        Command.PRESENTER, ((Key.Key_F5, ALT),), "Alt+F5", "Presenter view on / off (console + audience)"
    ),
    Binding(Command.SWAP_SCREENS, ((Key.Key_X, NONE),), "X", "Presenter view: swap the two screens"),
    Binding(Command.FULL_SCREEN, ((Key.Key_F11, NONE),), "F11", "Full screen on / off"),
    Binding(Command.ESCAPE, ((Key.Key_Escape, NONE),), "Escape", "Leave full screen, close this help"),
    Binding(
        Command.BLACK, ((Key.Key_B, NONE), (Key.Key_Period, NONE)), "B or .", "Black screen (again to return)"
    ),
    Binding(
        Command.WHITE, ((Key.Key_W, NONE), (Key.Key_Comma, NONE)), "W or ,", "White screen (again to return)"
    ),
    Binding(Command.AUTOPLAY, ((Key.Key_S, NONE),), "S", "Pause or resume autoplay"),
    Binding(Command.STRIP, ((Key.Key_T, NONE),), "T", "Hide or show the timeline strip"),
    Binding(Command.OVERVIEW, ((Key.Key_G, NONE),), "G", "Overview of every photo (Enter picks)"),
    Binding(
        Command.FIND,
        ((Key.Key_F, CTRL), (Key.Key_Slash, NONE)),
        "Ctrl+F or /",
        "Find a photo by words, place, date or time",
    ),
    Binding(
        Command.SOURCES, ((Key.Key_I, NONE),), "I", "The photo's words in full, and where they came from"
    ),
    Binding(Command.HELP, ((Key.Key_Question, NONE), (Key.Key_F1, NONE)), "? or F1", "Show every key"),
    Binding(
        Command.CAPTION_BIGGER,
        ((Key.Key_Plus, CTRL), (Key.Key_Equal, CTRL)),
        "Ctrl+Plus",
        "Larger caption",
    ),
    Binding(Command.CAPTION_SMALLER, ((Key.Key_Minus, CTRL),), "Ctrl+Minus", "Smaller caption"),
    Binding(Command.OPEN, ((Key.Key_O, CTRL),), "Ctrl+O", "Open a trip (manifest or folder)"),
    Binding(Command.RELOAD, ((Key.Key_R, CTRL),), "Ctrl+R", "Reload the trip from disk now"),
    Binding(Command.QUIT, ((Key.Key_Q, CTRL),), "Ctrl+Q", "Quit"),
)

_LOOKUP: dict[tuple[int, int], Command] = {
    (key.value, modifiers.value): binding.command for binding in BINDINGS for key, modifiers in binding.keys
}
_DIGITS = {getattr(Key, f"Key_{n}").value: str(n) for n in range(10)}
_ENTER = {Key.Key_Return.value, Key.Key_Enter.value}
_MAX_DIGITS = 6


def command_for(key: int, modifiers: Qt.KeyboardModifier) -> Command | None:
    """The command bound to a key, ignoring Shift on printable keys (``?`` needs it)."""
    held = modifiers & _MEANINGFUL
    if Key.Key_Space.value < key <= Key.Key_AsciiTilde.value:
        held &= ~SHIFT
    return _LOOKUP.get((key, held.value))


class KeyReader(QObject):
    """Turns key presses into commands, collecting typed digits for a jump.

    Signals:
        digitsChanged(str): the number typed so far ("" once it is used or dropped).
    """

    digitsChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._digits = ""

    @property
    def digits(self) -> str:
        return self._digits

    def read(self, event: QKeyEvent) -> tuple[Command, int] | None:
        """The command of ``event`` and its number (for a jump), or None if unbound."""
        key, modifiers = event.key(), event.modifiers()
        plain = not (modifiers & (CTRL | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier))
        if plain and key in _DIGITS:
            if len(self._digits) < _MAX_DIGITS:
                self._set_digits(self._digits + _DIGITS[key])
            return None
        if self._digits:
            if key in _ENTER:
                number = int(self._digits)
                self._set_digits("")
                return Command.JUMP, number
            if key == Key.Key_Backspace.value:
                self._set_digits(self._digits[:-1])
                return None
            self._set_digits("")  # any other key drops the half-typed number
            if key == Key.Key_Escape.value:
                return None
        command = command_for(key, modifiers)
        return (command, 0) if command is not None else None

    def _set_digits(self, digits: str) -> None:
        self._digits = digits
        self.digitsChanged.emit(digits)
