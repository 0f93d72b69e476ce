"""Handing a worker thread's result to the UI thread, safely even once its receiver is gone.

Workers report through a small QObject's signal, queued to the UI thread. That
object is a child of the one it reports to, so Qt deletes it with its parent; a
worker still running then (a map being drawn for a console just closed) would emit
on a deleted object and crash the process. :class:`Relay` is retired when its parent
starts to be destroyed, while it is still whole, and a worker's :meth:`Relay.send`
after that does nothing.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Slot


class Relay(QObject):
    """A child of ``parent`` whose signals (declared by subclasses) workers emit through :meth:`send`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._open = True
        parent.destroyed.connect(self.retire)

    def send(self, signal: str, *args: object) -> bool:
        """Emit this relay's signal ``signal`` with ``args``, unless retired; whether it was sent."""
        with self._lock:
            if self._open:
                getattr(self, signal).emit(*args)
            return self._open

    @Slot()
    def retire(self) -> None:
        """No more sending: waits for a send under way to finish."""
        with self._lock:
            self._open = False
