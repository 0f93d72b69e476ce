"""The presenter's stopwatch: how long they have been speaking.

It runs from the start of the show, can be paused (a question from the room)
and reset (a rehearsal), and is read by the console twice a second.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QObject, Signal


class SpeakingClock(QObject):
    """Elapsed speaking time with start, pause and reset.

    Signals:
        changed(): started, paused or reset.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QElapsedTimer()
        self._banked_ms = 0  # time counted before the last pause

    @property
    def running(self) -> bool:
        return self._timer.isValid()

    def elapsed_ms(self) -> int:
        return self._banked_ms + (self._timer.elapsed() if self._timer.isValid() else 0)

    def start(self) -> None:
        if not self.running:
            self._timer.start()
            self.changed.emit()

    def pause(self) -> None:
        if self.running:
            self._banked_ms += self._timer.elapsed()
            self._timer.invalidate()
            self.changed.emit()

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to zero; keeps running if it was."""
        self._banked_ms = 0
        if self.running:
            self._timer.start()
        self.changed.emit()


def format_elapsed(milliseconds: int) -> str:
    """``0:07:05`` — hours always shown, so the width never jumps."""
    seconds = milliseconds // 1000
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def format_left(seconds: float) -> str:
    """Autoplay's time left on a photo: ``0:07``, or ``1:02:00`` past an hour; whole seconds, rounded up."""
    whole = max(0, math.ceil(seconds - 1e-6))
    if whole >= 3600:
        return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    return f"{whole // 60}:{whole % 60:02d}"
