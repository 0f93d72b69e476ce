"""Each photo's own metadata, read on a worker thread and handed to the window.

Reading a photo's EXIF, IPTC and XMP opens the file without decoding pixels
(a fraction of a millisecond a photo), but it is still file work, so it happens
off the UI thread: the current photo first, then the rest of the trip in order.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from viewer.gui.loader import positions
from viewer.imaging.jobs import JobQueue
from viewer.model.metadata import PhotoMetadata, read_metadata
from viewer.model.resolve import ResolvedPhoto, resolve
from viewer.model.trip import Trip


class _Relay(QObject):
    read = Signal(object, object)  # path, PhotoMetadata


class MetadataStore(QObject):
    """Metadata of the trip's photos, by index, as it arrives.

    Signals:
        ready(int): the metadata of the photo at this index is in.
    """

    ready = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []
        self._indexes: dict[Path, list[int]] = {}
        self._found: dict[Path, PhotoMetadata] = {}
        self._jobs = JobQueue(1, "metadata")
        self._relay = _Relay(self)
        self._relay.read.connect(self._on_read)
        self.destroyed.connect(self._jobs.close)

    def set_photos(self, paths: list[Path]) -> None:
        """A trip's photos; what was read of files still in it is kept."""
        self._paths = list(paths)
        self._indexes = positions(self._paths)
        self._found = {path: meta for path, meta in self._found.items() if path in self._indexes}
        self._jobs.withdraw(lambda key: False)
        for index, path in enumerate(self._paths):
            if path not in self._found:
                self._read(path, priority=-index)

    def forget(self, paths: list[Path]) -> None:
        """These files changed: read them again."""
        for path in paths:
            self._found.pop(path, None)
            if path in self._indexes:
                self._read(path, priority=0)

    def hurry(self, index: int) -> None:
        """Read this photo before the others."""
        if 0 <= index < len(self._paths) and self._paths[index] not in self._found:
            self._read(self._paths[index], priority=1_000_000)

    def get(self, index: int) -> PhotoMetadata | None:
        if not 0 <= index < len(self._paths):
            return None
        return self._found.get(self._paths[index])

    def resolved(self, trip: Trip, index: int) -> ResolvedPhoto:
        """Photo ``index`` of ``trip`` as shown: the manifest's word, else the photo's own."""
        return resolve(trip.photos[index], self.get(index), trip.timezone)

    def shown_trip(self, trip: Trip) -> Trip:
        """``trip`` with what its photos' metadata adds, for the strip to place and name."""
        photos = []
        for index, photo in enumerate(trip.photos):
            found = self.resolved(trip, index)
            photos.append(
                replace(photo, caption=found.caption, credit=found.credit, time=found.time, place=found.place)
            )
        return replace(trip, photos=tuple(photos))

    def wait_idle(self, seconds: float | None = None) -> bool:
        return self._jobs.wait_idle(seconds)

    def _read(self, path: Path, priority: int) -> None:
        relay = self._relay
        self._jobs.submit(path, lambda: relay.read.emit(path, read_metadata(path)), priority)

    @Slot(object, object)
    def _on_read(self, path: Path, metadata: PhotoMetadata) -> None:
        if path not in self._indexes:
            return  # no longer in the trip
        self._found[path] = metadata
        for index in self._indexes[path]:
            self.ready.emit(index)
