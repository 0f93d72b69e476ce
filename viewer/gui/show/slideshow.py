"""Which photo is on screen, and autoplay: the state both keys and timers drive.

Autoplay counts from the moment a photo has really been painted (the window
calls :meth:`Slideshow.photo_shown`), never from when it was asked for, so a
slow photo is never skipped. Each photo stays up for its own time
(:attr:`Slideshow.seconds_for`, the manifest's ``duration:`` or ``--autoplay``);
with 0 the show advances as soon as each photo is on screen. ``play_once`` ends
the show after the last one; ``loop`` starts it again from the first.

A show left alone (a kiosk) passes over photos that cannot be shown
(``skip_failed``) instead of holding their error slide up for a photo's time,
unless no photo of the trip can be shown: then each error slide stays its time,
rather than the show spinning through them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from viewer.model.timing import DEFAULT_SECONDS


class Slideshow(QObject):
    """The current photo of a trip of ``count`` photos, and autoplay.

    Signals:
        currentChanged(int, int): the new index and the direction of travel (+1/-1).
        playingChanged(bool): autoplay started or paused.
        finished(): a play-once show has shown its last photo.
    """

    currentChanged = Signal(int, int)
    playingChanged = Signal(bool)
    finished = Signal()

    def __init__(self, count: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._count = count
        self._current = 0
        self._playing = False
        self.seconds_for: Callable[[int], float] = lambda _index: DEFAULT_SECONDS
        self.loop = False
        self.play_once = False
        self.skip_failed = False  # pass over photos that cannot be shown (a kiosk)
        self._failed_in_row = 0  # photos in a row whose error slide was painted
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._advance)
        self._held = False  # autoplay waits (the photo is zoomed)
        self._shown = -1  # the last photo painted

    # -- navigation ----------------------------------------------------------------

    @property
    def count(self) -> int:
        return self._count

    @property
    def current(self) -> int:
        return self._current

    def reset(self, count: int, current: int = 0) -> None:
        """A new trip of ``count`` photos, starting at ``current``."""
        self._timer.stop()
        self._count = count
        self._current = self._shown = -1
        self._failed_in_row = 0
        self.go(current)

    @Slot(int)
    def go(self, index: int, direction: int = 0) -> None:
        """Show photo ``index``; ``direction`` says which way the show travels (0: infer)."""
        if self._count == 0:
            return
        index = max(0, min(self._count - 1, index))
        if index == self._current:
            return
        if direction == 0:
            direction = 1 if index > self._current else -1
        self._current = index
        self._timer.stop()  # the interval restarts once the new photo is shown
        self.currentChanged.emit(index, direction)

    @Slot()
    def next(self) -> None:
        self.go(self._current + 1)

    @Slot()
    def previous(self) -> None:
        self.go(self._current - 1)

    @Slot()
    def first(self) -> None:
        self.go(0)

    @Slot()
    def last(self) -> None:
        self.go(self._count - 1)

    # -- autoplay ------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self._playing

    def start(self, loop: bool = False, play_once: bool = False) -> None:
        """Autoplay from now: each photo for its :attr:`seconds_for` once it is on screen."""
        self.loop, self.play_once = loop, play_once
        self.set_playing(True)

    def set_playing(self, playing: bool) -> None:
        if playing == self._playing:
            return
        self._playing = playing
        if not playing:
            self._timer.stop()
        self.playingChanged.emit(playing)

    @Slot()
    def toggle_playing(self) -> None:
        self.set_playing(not self._playing)
        if self._playing:
            self._schedule()

    @property
    def counting(self) -> bool:
        """Autoplay is counting down this photo's time (not waiting for it to be painted, or held)."""
        return self._timer.isActive()

    def time_left(self) -> float | None:
        """Seconds until autoplay moves on, while it counts (None while it waits or is off)."""
        if not self._timer.isActive():
            return None
        return max(0, self._timer.remainingTime()) / 1000

    @property
    def held(self) -> bool:
        return self._held

    @Slot(int)
    def photo_shown(self, index: int, failed: bool = False) -> None:
        """The photo at ``index`` is on screen (``failed``: its error slide): count towards the next."""
        if index == self._current and index != self._shown:  # each photo counted once
            self._failed_in_row = self._failed_in_row + 1 if failed else 0
        self._shown = index
        if self._playing and index == self._current:
            passing = self.skip_failed and failed and self._failed_in_row < self._count
            self._schedule(0.0 if passing else None)

    def hold(self, held: bool) -> None:
        """Autoplay waits while ``held`` (the photo is zoomed), then counts its interval afresh."""
        if held == self._held:
            return
        self._held = held
        if held:
            self._timer.stop()
        elif self._playing and self._shown == self._current:
            self._schedule()

    def _schedule(self, seconds: float | None = None) -> None:
        if not self._held and 0 <= self._current < self._count:
            seconds = self.seconds_for(self._current) if seconds is None else seconds
            self._timer.start(round(seconds * 1000))

    @Slot()
    def _advance(self) -> None:
        if not self._playing:
            return
        if self._current < self._count - 1:
            self.next()
        elif self.loop:
            self.go(0, direction=1)  # wrapping round still travels forwards
        elif self.play_once:
            self.set_playing(False)
            self.finished.emit()
        else:
            self.set_playing(False)
