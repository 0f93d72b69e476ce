"""The clock of a photo view's crossfade: when to paint its next frame, how far it has come.

A fade's progress follows the wall clock (``viewer.model.fade``), so a late frame
shows it further on rather than making it longer. Its frames come from a precise
timer at the screen's refresh, which runs only while a fade does. The moments
the frames were painted, and what each paint cost, are kept for the trace and
the benchmark.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from viewer.model import fade


class Crossfade(QObject):
    """One fade at a time: its length, its start, and the frames painted of it so far.

    ``clock`` (seconds, monotonic) can be replaced by a test to hold a fade at a
    given point.

    Signals:
        frame(): time to paint the fade's next frame.
    """

    frame = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock: Callable[[], float] = time.monotonic
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.frame)
        self._length_ms = 0.0
        self._started = 0.0
        self._last_paint: float | None = None
        self._frames: list[float] = []  # ms between two painted frames
        self._costs: list[float] = []  # ms each paint took

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def done(self) -> bool:
        """The fade has run its length: its next frame is the new photo alone."""
        return self.progress() >= 1.0

    def start(self, length_ms: float, refresh_hz: float) -> None:
        """Begin a fade of ``length_ms`` now, with a frame every refresh of a ``refresh_hz`` screen."""
        self._length_ms = length_ms
        self._started = self.clock()
        self._last_paint = None
        self._frames, self._costs = [], []
        self._timer.setInterval(max(1, int(fade.refresh_interval_ms(refresh_hz))))
        self._timer.start()

    def progress(self) -> float:
        return fade.progress((self.clock() - self._started) * 1000, self._length_ms)

    def opacity(self) -> float:
        """The new photo's opacity now."""
        return fade.eased(self.progress())

    def painted(self, cost_ms: float) -> None:
        """A frame of the fade was painted now, in ``cost_ms``."""
        now = self.clock()
        if self._last_paint is not None:
            self._frames.append(round((now - self._last_paint) * 1000, 2))
        self._last_paint = now
        self._costs.append(round(cost_ms, 2))

    def stop(self) -> tuple[list[float], list[float]]:
        """End the fade: the ms between its frames, and what each of its paints cost."""
        self._timer.stop()
        return self._frames, self._costs
