"""Writing a handout for the window: on a worker thread, with progress, and cancellable.

The writer (``writer.write_handout``) runs on a ``JobQueue`` worker of its own; what it
says comes back to the UI thread through a relay's signals, as the strip's layouts do
(``viewer.gui.show.striplayout``). One handout at a time: a second asked for while
one is written is refused, and the window says so.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal, Slot

from viewer.gui.handout.writer import (
    HandoutCancelled,
    HandoutError,
    HandoutOptions,
    HandoutReport,
    write_handout,
)
from viewer.imaging.jobs import JobQueue
from viewer.model.trip import Trip


class _Relay(QObject):
    progressed = Signal(int, int)
    done = Signal(object)  # HandoutReport, HandoutError's message (str), or None when cancelled


class HandoutExport(QObject):
    """Writes handouts in the background.

    Signals:
        progressed(int, int): steps done and steps in all (reading each photo, then drawing it).
        written(HandoutReport): the PDF is in place.
        failed(str): nothing was written; the message names the file and why.
        cancelled(): cancelled as asked; nothing was written, an older file is as it was.
    """

    progressed = Signal(int, int)
    written = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = JobQueue(1, "handout")
        self._relay = _Relay(self)
        self._relay.progressed.connect(self.progressed)
        self._relay.done.connect(self._on_done)
        self._stop = threading.Event()
        self._running = False
        stop, jobs = self._stop, self._jobs

        def stop_and_close() -> None:
            stop.set()
            jobs.close()

        self.destroyed.connect(stop_and_close)

    @property
    def busy(self) -> bool:
        return self._running

    def start(self, trip: Trip, options: HandoutOptions) -> bool:
        """Begin writing ``trip``'s handout; False if one is being written already."""
        if self._running:
            return False
        self._running = True
        stop, relay = self._stop, self._relay
        stop.clear()

        def job() -> None:
            result: HandoutReport | str | None
            try:
                result = write_handout(trip, options, relay.progressed.emit, stop.is_set)
            except HandoutCancelled:
                result = None
            except HandoutError as exc:
                result = str(exc)
            except Exception as exc:  # a bug must not leave the window waiting for ever
                result = f"{options.output}: the handout could not be written ({exc})"
            relay.done.emit(result)

        self._jobs.submit("handout", job)
        return True

    @Slot()
    def cancel(self) -> None:
        """Ask the handout being written to stop; :attr:`cancelled` says when it has."""
        self._stop.set()

    def wait_idle(self, seconds: float | None = None) -> bool:
        return self._jobs.wait_idle(seconds)

    def stop(self, seconds: float) -> None:
        """Cancel the handout being written and wait up to ``seconds`` for its file to be cleared away."""
        self._stop.set()
        self._jobs.wait_idle(seconds)

    @Slot(object)
    def _on_done(self, result: HandoutReport | str | None) -> None:
        self._running = False
        if result is None:
            self.cancelled.emit()
        elif isinstance(result, str):
            self.failed.emit(result)
        else:
            self.written.emit(result)
