"""Each photo's own metadata, read on a worker thread and handed to the window in batches.

Reading a photo's EXIF, IPTC and XMP opens the file without decoding pixels,
quick for one photo, but it is still file work, so it happens
off the UI thread: the current photo first, then the rest of the trip in order,
a chunk of files per job so that a photo the person moves to is read next. What
a chunk found reaches the window as one signal, however many photos it fills:
a trip that lists a few files 30,000 times is told 30,000 indexes, once each.

A camera time without a UTC offset takes the offset of the zone at the photo's
GPS position; the zone data is built on the first lookup, holding the
interpreter lock for some 80 ms. So photos hurried for before the first sweep
(the window's first photo, before it is painted) are read without that lookup,
and the sweep reads again those it would have changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from viewer.gui.show.loader import positions
from viewer.gui.show.relay import Relay
from viewer.imaging.jobs import JobQueue
from viewer.model.metadata import PhotoMetadata, read_metadata
from viewer.model.resolve import ResolvedPhoto, resolve
from viewer.model.trip import Trip

CHUNK = 128  # files a sweep job reads before the next job (a hurried photo) may go first
SWEEP = -1  # the sweep's priority: behind any photo the person waits for


class _Relay(Relay):
    read = Signal(int, object)  # generation, ([(path, PhotoMetadata)], zones looked up) or the next start


class MetadataStore(QObject):
    """Metadata of the trip's photos, by index, as it arrives.

    Signals:
        arrived(list): the metadata of the photos at these indexes is in.
        finished(): every photo of the trip has been read.
    """

    arrived = Signal(object)  # a list, passed as it is: Signal(list) copies it through Qt
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []
        self._unique: list[Path] = []  # each file once, in trip order
        self._indexes: dict[Path, list[int]] = {}
        self._found: dict[Path, PhotoMetadata] = {}
        self._generation = 0
        self._zones = False  # whether reads look zones up: from the first sweep on
        self._jobs = JobQueue(1, "metadata")
        self._relay = _Relay(self)
        self._relay.read.connect(self._on_read)
        self.destroyed.connect(self._jobs.close)

    def set_photos(
        self,
        paths: list[Path],
        indexes: dict[Path, list[int]] | None = None,
        same_files: bool = False,
        sweep: bool = True,
    ) -> None:
        """A trip's photos (``indexes``: where each file stands, if known); what was read of
        files still in it is kept. ``same_files``: the files already set, in another order
        (a folder's order settling): nothing read is dropped, and nothing is looked up.
        ``sweep``: False to read only the photos hurried for, until :meth:`sweep`."""
        self._paths = list(paths)
        self._indexes = indexes if indexes is not None else positions(self._paths)
        self._unique = list(self._indexes)
        if not same_files and any(path not in self._indexes for path in self._found):
            self._found = {path: meta for path, meta in self._found.items() if path in self._indexes}
        self._generation += 1
        self._jobs.withdraw(lambda key: False)
        if sweep:
            self._sweep(0)

    def sweep(self) -> None:
        """Read every photo of the trip not read yet, in order, behind any hurried one."""
        self._sweep(0)

    def _start_zones(self) -> None:
        """From now on reads look up the zone of a GPS position; what was read without is read again."""
        if self._zones:
            return
        self._zones = True
        unzoned = [path for path, meta in self._found.items() if meta.unzoned_time and meta.position]
        for path in unzoned:
            del self._found[path]
        self._submit([path for path in unzoned if path in self._indexes], 0, ("again", self._generation))

    def forget(self, paths: list[Path]) -> None:
        """These files changed: read them again."""
        for path in paths:
            self._found.pop(path, None)
        self._submit([path for path in paths if path in self._indexes], 0, ("again", self._generation))

    def hurry(self, index: int) -> None:
        """Read this photo before the others."""
        if 0 <= index < len(self._paths) and self._paths[index] not in self._found:
            path = self._paths[index]
            self._submit([path], 1_000_000, ("hurry", self._generation, path))

    def get(self, index: int) -> PhotoMetadata | None:
        if not 0 <= index < len(self._paths):
            return None
        return self._found.get(self._paths[index])

    @property
    def progress(self) -> tuple[int, int]:
        """Files read so far, of how many."""
        return len(self._found), len(self._unique)

    @property
    def complete(self) -> bool:
        return len(self._found) >= len(self._unique)

    def found(self) -> dict[Path, PhotoMetadata]:
        """A copy of what has been read, by file: for work on another thread."""
        return dict(self._found)

    def resolved(self, trip: Trip, index: int) -> ResolvedPhoto:
        """Photo ``index`` of ``trip`` as shown: the manifest's word, else the photo's own.

        Its metadata is found by file, so a panel still showing the trip as it was
        before a reload gets each photo's own.
        """
        photo = trip.photos[index]
        return resolve(photo, self._found.get(photo.path), trip.timezone)

    def wait_idle(self, seconds: float | None = None) -> bool:
        return self._jobs.wait_idle(seconds)

    def _sweep(self, start: int) -> None:
        """Read the files from ``start`` on that are not read yet, a chunk per job."""
        self._start_zones()
        unique, found = self._unique, self._found
        if len(found) >= len(unique):  # all read (a trip reordered): no need to look at each
            self.finished.emit()
            return
        while start < len(unique) and unique[start] in found:
            start += 1
        if start >= len(unique):
            self.finished.emit()
            return
        chunk = [path for path in unique[start : start + CHUNK] if path not in found]
        self._submit(chunk, SWEEP, ("sweep", self._generation, start), then=start + CHUNK)

    def _submit(
        self, paths: list[Path], priority: int, key: tuple[object, ...], then: int | None = None
    ) -> None:
        if not paths:
            return
        relay, generation, zones = self._relay, self._generation, self._zones

        def job() -> None:
            relay.send(
                "read", generation, ([(path, read_metadata(path, zones=zones)) for path in paths], zones)
            )
            if then is not None:
                relay.send("read", generation, then)

        self._jobs.submit(key, job, priority)

    @Slot(int, object)
    def _on_read(self, generation: int, results: tuple[list[tuple[Path, PhotoMetadata]], bool] | int) -> None:
        if generation != self._generation:
            return  # read for another trip
        if isinstance(results, int):
            self._sweep(results)  # the chunk is in: the next one
            return
        read, zoned = results
        indexes: list[int] = []
        again: list[Path] = []  # read without the zone lookup, which has started since
        for path, metadata in read:
            if path in self._indexes and path not in self._found:
                if self._zones and not zoned and metadata.unzoned_time and metadata.position:
                    again.append(path)
                    continue
                self._found[path] = metadata
                indexes += self._indexes[path]
        self._submit(again, 0, ("again", generation))
        if indexes:
            self.arrived.emit(indexes)
