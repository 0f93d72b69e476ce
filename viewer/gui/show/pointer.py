"""The show's pointer: a bright dot, or a spotlight, at a point of the current photo.

It belongs to the show, not to a widget: the presenter moves it over the
console's pane and the audience sees it at the same spot of the photo, because
its place is a photo point (the photo's own pixels), which every view maps to
its own screen. Views tell it where the mouse is over the photo (None when the
mouse leaves it); the zoom uses the same point to zoom around the mouse.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, Signal

from viewer.model.zoom import Point


class PointerMode(enum.Enum):
    OFF = "off"
    DOT = "dot"  # L: a bright dot where the mouse is
    SPOTLIGHT = "spotlight"  # Shift+L: everything dimmed but a circle there


class Pointer(QObject):
    """Where the mouse is over the current photo, and whether the audience sees it.

    Signals:
        changed(): the pointer moved, appeared or went.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = PointerMode.OFF
        self.position: Point | None = None  # a photo point; None: the mouse is off the photo

    @property
    def visible(self) -> bool:
        return self.mode is not PointerMode.OFF and self.position is not None

    def toggle(self, mode: PointerMode) -> None:
        """``mode`` on, or off if it is on already."""
        self.mode = PointerMode.OFF if self.mode is mode else mode
        self.changed.emit()

    def move(self, position: Point | None) -> None:
        """The mouse is at photo point ``position`` (None: it left the photo)."""
        if position == self.position:
            return
        self.position = position
        if self.mode is not PointerMode.OFF:
            self.changed.emit()

    def photo_changed(self) -> None:
        """Another photo: the pointer waits for the mouse to move over it."""
        self.move(None)
