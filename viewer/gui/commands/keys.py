"""Reading key presses into the commands of the registry (``viewer.gui.commands.registry``).

A number typed before Enter is collected here and becomes a jump to that photo.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from viewer.gui.commands.registry import COMMANDS, Command

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
_MEANINGFUL = SHIFT | CTRL | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


_LOOKUP: dict[tuple[int, int], Command] = {
    (key.value, modifiers.value): spec.command for spec in COMMANDS for key, modifiers in spec.keys
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
