"""Key presses and menu entries of every view, carried out on the one show.

The audience window and the presenter console both hand their keys here, so a
clicker works whichever has the focus: navigation, blanking and full screen act
on the show and its audience; help, find and the overview open in the view the
key was pressed in.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeyEvent

from viewer.gui.commands.keys import KeyReader
from viewer.gui.commands.registry import Asked, Asker, Audience, Command, run_command
from viewer.gui.show.presentation import Presentation


class Reading(Protocol):
    """A layer being read over a view (the key help, the photo panel): it takes scroll keys."""

    def scroll_key(self, key: int) -> bool: ...


class KeyedView(Asker, Protocol):
    """A view whose keys come here: it says which of its reading layers is open, if one is."""

    def reading_overlay(self) -> Reading | None: ...


class Dispatcher(QObject):
    """Reads each view's keys into commands (``keys``, with the number being typed) and runs them."""

    def __init__(self, show: Presentation, audience: Audience, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show = show
        self.audience = audience
        self.keys = KeyReader(self)

    def handle_key(self, event: QKeyEvent, here: KeyedView) -> bool:
        """A key pressed in ``here``; False if it is bound to nothing."""
        self.show.trace.note("key", key=event.key())
        if self.show.blanked is not None:
            # As in PowerPoint: while the screen is blank, a key only brings it back.
            self.show.blank(None)
            return True
        reading = here.reading_overlay()
        if reading is not None and reading.scroll_key(event.key()):
            return True
        read = self.keys.read(event, zoomed=self.show.zoom.active)
        if read is None:
            return bool(self.keys.digits)  # a digit of a number being typed
        command, number = read
        self.run(command, here, number)
        return True

    def run(self, command: Command, here: Asker, number: int = 0) -> None:
        """Carry out ``command`` (``number``: for a jump) asked for in ``here``."""
        run_command(command, Asked(self.show, self.audience, here, number))
