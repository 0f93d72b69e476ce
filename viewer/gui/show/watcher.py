"""Notice when the photo desk changes the trip on disk: the manifest or its photos.

Qt's file watcher gives the first hint; a short quiet period (debounce) lets an
editor finish saving; then a worker thread compares what is on disk with what
was seen last: the manifest's bytes and each photo's size and modification
time. Editors that save by writing a new file and renaming it over the old one
drop the file from Qt's watch, so the folders are watched too and the file is
watched again. Network shares may send no events at all, so the same check also
runs on a slow timer: every ``POLL_MS``, or less often for a trip whose look
takes long (a big trip's stats hold the interpreter lock, the window's turns
included), so that looking takes at most
one part in ``POLL_SHARE`` of the time.
"""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from viewer.files.regularfile import read_capped
from viewer.gui.show.relay import Relay
from viewer.imaging.jobs import JobQueue
from viewer.model.manifest import MAX_MANIFEST_BYTES

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
POLL_MS = 2000
POLL_SHARE = 20  # the slow timer waits at least this many times as long as a look took

Stats = dict[Path, tuple[int, int] | None]


def fingerprint(source: Path) -> bytes:
    """What a trip's source holds now: its manifest's bytes, or its folder's listing."""
    try:
        if source.is_dir():  # a folder trip: a photo dropped in is a change
            data = "\n".join(sorted(entry.name for entry in source.iterdir())).encode("utf-8", "replace")
        else:  # a plain file only, and no more than a manifest may hold: a pipe would stall the watch
            data = read_capped(source, MAX_MANIFEST_BYTES)
    except OSError as exc:
        data = f"unreadable: {exc}".encode()
    return hashlib.sha1(data).digest()


def photo_stats(photos: list[Path]) -> Stats:
    stats: Stats = {}
    for path in photos:
        try:
            stat = path.stat()
            stats[path] = (stat.st_size, stat.st_mtime_ns)
        except OSError:
            stats[path] = None
    return stats


def photo_folders(photos: list[Path]) -> list[str]:
    """The folders that hold ``photos`` and exist."""
    folders = {path.parent for path in dict.fromkeys(photos)}  # on a worker: Path's cost is fine
    return [str(folder) for folder in folders if folder.is_dir()]


def poll_interval(look_seconds: float) -> int:
    """Milliseconds between two looks on the slow timer, after a look that took ``look_seconds``."""
    return max(POLL_MS, round(look_seconds * 1000 * POLL_SHARE))


class _Relay(Relay):
    scanned = Signal(int, bytes, object, object, float)  # generation, fingerprint, changed, folders, s


class TripWatcher(QObject):
    """Watches one trip's files.

    Signals:
        manifestChanged(): the manifest's content (or a folder trip's listing) differs
            from what was last loaded or tried.
        photosChanged(list): these photo files changed, appeared or vanished.
    """

    manifestChanged = Signal()
    photosChanged = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_now)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.check_now)
        self._jobs = JobQueue(1, "watch")
        self._relay = _Relay(self)
        self._relay.scanned.connect(self._on_scanned)
        self.destroyed.connect(self._jobs.close)
        self._source: Path | None = None
        self._manifest: Path | None = None
        self._photos: list[Path] = []
        self._seen: bytes | None = None  # the source as last loaded (or tried)
        self._looks: dict[int, Stats] = {}  # the last look at the photos, by generation: the worker's
        self._generation = 0
        self._scans = 0
        self._forced = False
        self._folders_wanted = False

    def watch(self, source: Path, photos: list[Path], seen: bytes | None = None) -> None:
        """Watch a trip: ``source`` is its manifest file, or the folder opened as a trip.

        ``seen`` is the fingerprint of the source as it was loaded; without it the
        first look at the disk is taken as the baseline.
        """
        self._generation += 1
        self._source = source
        self._manifest = None if source.is_dir() else source
        self._photos = list(photos)
        self._seen = seen
        old = self._watcher.files() + self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        wanted = [str(source if source.is_dir() else source.parent)]
        if self._manifest is not None:
            wanted.append(str(self._manifest))
        self._watcher.addPaths([path for path in wanted if Path(path).exists()])
        self._folders_wanted = True  # the photos' folders: found by the first scan, on the worker
        self._poll.start()
        self.check_now()  # the baseline to compare with

    def look_again(self) -> None:
        """Forget what was seen: the next look reports the source as changed.

        After a failed load: the file may have been mid-save when it was read.
        """
        self._seen = None
        self._forced = True

    def wait_idle(self, seconds: float | None = None) -> bool:
        """Block until no look at the disk waits or runs (for tests)."""
        return self._jobs.wait_idle(seconds)

    def stop(self) -> None:
        self._poll.stop()
        self._debounce.stop()
        self._generation += 1

    @Slot(str)
    def _on_event(self, path: str) -> None:
        if self._manifest is not None and path == str(self._manifest) and self._manifest.exists():
            self._watcher.addPath(path)  # renamed over: watch the new file
        self._debounce.start()

    @Slot()
    def check_now(self) -> None:
        """Compare the trip on disk with the last look, on a worker thread."""
        if self._source is None:
            return
        generation, source, photos, relay = self._generation, self._source, self._photos, self._relay
        folders_wanted, self._folders_wanted = self._folders_wanted, False

        looks = self._looks

        def scan() -> None:
            # The photos' folders, once per trip, and what changed since the last look: for
            # 100,000 photos that is work for this thread, not the UI's.
            started = time.monotonic()
            folders = photo_folders(photos) if folders_wanted else None
            stats = photo_stats(photos)
            last = looks.get(generation)
            looks.clear()
            looks[generation] = stats
            changed = (
                None if last is None else [path for path, stat in stats.items() if last.get(path) != stat]
            )
            found = fingerprint(source)
            relay.send("scanned", generation, found, changed, folders, time.monotonic() - started)

        # One scan at a time; a look asked for while one runs is queued behind it.
        self._jobs.submit(("scan", generation, self._scans), scan)
        self._scans += 1

    @property
    def poll_ms(self) -> int:
        """The slow timer's interval now."""
        return self._poll.interval()

    @Slot(int, bytes, object, object, float)
    def _on_scanned(
        self,
        generation: int,
        found: bytes,
        changed: list[Path] | None,
        folders: list[str] | None,
        took: float,
    ) -> None:
        if generation != self._generation:
            return
        self._poll.setInterval(poll_interval(took))
        if folders:
            watched = set(self._watcher.directories())
            wanted = [folder for folder in folders if folder not in watched]
            if wanted:
                self._watcher.addPaths(wanted)
        if self._manifest is not None and not self._watcher.files() and self._manifest.exists():
            self._watcher.addPath(str(self._manifest))
        forced, self._forced = self._forced, False
        if self._seen is None and not forced:
            self._seen = found  # no load to compare with: this look is the baseline
        elif found != self._seen:
            self._seen = found
            self.manifestChanged.emit()
        if changed:
            self.photosChanged.emit(changed)
