"""Keep the trip on screen in step with its files while the photo desk edits them.

A changed manifest is loaded again in the background. A version that loads is
handed to the window; one that does not (half-saved, invalid) is reported and
the last valid trip stays on screen, until a later save loads again. Changed
photo files are reported so they are decoded again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from viewer.gui.show.opener import TripOpener
from viewer.gui.show.watcher import TripWatcher
from viewer.model.trip import Trip


class LiveTrip(QObject):
    """Watches the trip on screen and reloads it when it changes.

    Signals:
        reloaded(Trip, bytes | None): a newer valid version of the trip, and the
            fingerprint of what was loaded.
        invalid(str): the trip on disk cannot be loaded now (file:line:col: why).
        photosChanged(list): these photo files changed, appeared or vanished.
    """

    reloaded = Signal(object, object)
    invalid = Signal(str)
    photosChanged = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = TripWatcher(self)
        self._opener = TripOpener(self)
        self._source: Path | None = None
        self.broken: str | None = None  # the current problem with the file on disk
        self.watcher.manifestChanged.connect(self.reload)
        self.watcher.photosChanged.connect(self.photosChanged)
        self._opener.opened.connect(self._on_opened)
        self._opener.failed.connect(self._on_failed)

    def follow(self, trip: Trip, seen: bytes | None = None) -> None:
        """Watch ``trip`` (loaded from a source whose fingerprint was ``seen``)."""
        self._source = trip.source
        self.watcher.watch(trip.source, [photo.path for photo in trip.photos], seen)

    @Slot()
    def reload(self) -> None:
        """Load the trip again now (Ctrl+R, or the manifest changed)."""
        if self._source is not None:
            self._opener.open(self._source)

    @Slot(object, object)
    def _on_opened(self, trip: Trip, seen: bytes | None) -> None:
        if trip.source != self._source:
            return  # another trip was opened meanwhile
        self.broken = None
        self.reloaded.emit(trip, seen)

    @Slot(object, str)
    def _on_failed(self, path: Path, message: str) -> None:
        if path != self._source:
            return
        self.broken = message
        self.watcher.look_again()  # perhaps caught mid-save: try again at the next look
        self.invalid.emit(message)
