"""Reading key presses into the commands of the registry (``viewer.gui.commands.registry``).

A number typed before Enter is collected here and becomes a jump to that photo.
While the photo is zoomed, some keys mean another command (the arrows pan, 0 goes
back to fit): 0 does so only as the first key, so a number with a 0 in it (10,
20) still jumps, zoomed or not.
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
    (key.value, modifiers.value): spec.command
    for spec in COMMANDS
    if not spec.zoomed_only
    for key, modifiers in spec.keys
}
_ZOOMED: dict[tuple[int, int], Command] = {
    (key.value, modifiers.value): spec.command
    for spec in COMMANDS
    if spec.zoomed_only
    for key, modifiers in spec.keys
}
_DIGITS = {getattr(Key, f"Key_{n}").value: str(n) for n in range(10)}
_ENTER = {Key.Key_Return.value, Key.Key_Enter.value}
_MAX_DIGITS = 6


def command_for(key: int, modifiers: Qt.KeyboardModifier, zoomed: bool = False) -> Command | None:
    """The command bound to a key (``zoomed``: as the photo is zoomed).

    Shift on a printable key counts only where it is bound (Shift+L); elsewhere it is
    ignored, as ``?`` and ``+`` need it on most layouts.
    """
    held = modifiers & _MEANINGFUL
    tables = (_ZOOMED, _LOOKUP) if zoomed else (_LOOKUP,)
    keys = [(key, held.value)]
    if Key.Key_Space.value < key <= Key.Key_AsciiTilde.value and held & SHIFT:
        keys.append((key, (held & ~SHIFT).value))
    for wanted in keys:
        for table in tables:
            if wanted in table:
                return table[wanted]
    return None


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

    def read(self, event: QKeyEvent, zoomed: bool = False) -> tuple[Command, int] | None:
        """The command of ``event`` and its number (for a jump), or None if unbound.

        ``zoomed``: the photo is zoomed, so its zoomed-only keys apply.
        """
        key, modifiers = event.key(), event.modifiers()
        plain = not (modifiers & (CTRL | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier))
        if plain and zoomed and not self._digits and (key, 0) in _ZOOMED:
            return _ZOOMED[(key, 0)], 0  # 0 as the first key: back to fit
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
        command = command_for(key, modifiers, zoomed)
        return (command, 0) if command is not None else None

    def _set_digits(self, digits: str) -> None:
        self._digits = digits
        self.digitsChanged.emit(digits)
