"""A folder opened before its photos' capture times were read, put in capture-time order behind.

The window opens a folder in modification-time order (``load_trip(listed=True)``),
shows its first photo, and reads every photo's metadata on a worker meanwhile
(``viewer.gui.show.metastore``). Once all is read, the order is settled here, on a
worker too: sorting 20,000 photos and finding where each file now stands is no
work for the UI thread. The window then shows the settled trip as it shows a
reloaded one, keeping the photo on screen by its file.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from viewer.gui.show.loader import positions
from viewer.gui.show.relay import Relay
from viewer.imaging.jobs import JobQueue
from viewer.model.folder import settle_order
from viewer.model.metadata import PhotoMetadata
from viewer.model.trip import Trip


class _Relay(Relay):
    done = Signal(object, object, object)  # provisional Trip, settled Trip, {path: [indexes]}


class OrderSettler(QObject):
    """Settles provisional folder trips.

    Signals:
        settled(Trip, Trip, dict): the provisional trip, the same photos in capture-time
            order, and where each file stands in it.
    """

    settled = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = JobQueue(1, "settle-order")
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self.destroyed.connect(self._jobs.close)

    def settle(self, trip: Trip, found: Mapping[Path, PhotoMetadata]) -> None:
        """Order ``trip`` by the capture times in ``found`` (metadata by file, not changed afterwards)."""
        relay = self._relay

        def job() -> None:
            moments = {path: metadata.sort_moment for path, metadata in found.items()}
            settled = settle_order(trip, moments)
            relay.send("done", trip, settled, positions([photo.path for photo in settled.photos]))

        self._jobs.withdraw(lambda key: False)
        self._jobs.submit(("settle", id(trip)), job)

    def wait_idle(self, seconds: float | None = None) -> bool:
        return self._jobs.wait_idle(seconds)

    @Slot(object, object, object)
    def _on_done(self, trip: Trip, settled: Trip, indexes: dict[Path, list[int]]) -> None:
        self.settled.emit(trip, settled, indexes)
