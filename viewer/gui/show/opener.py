"""Open a trip (manifest or folder) on a worker thread, so a big manifest never freezes the window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from viewer.gui.show.relay import Relay
from viewer.gui.show.watcher import fingerprint
from viewer.imaging.jobs import JobQueue
from viewer.model.folder import load_trip
from viewer.model.manifest import ManifestError

log = logging.getLogger(__name__)


class _Relay(Relay):
    done = Signal(object, object, object)  # path, Trip or error message, fingerprint


class TripOpener(QObject):
    """Loads trips in the background.

    Signals:
        opened(Trip, bytes | None): the trip loaded whole, with the fingerprint of the
            source it was loaded from (None if the source changed during the load).
        failed(Path, str): it could not be loaded; the message names file, line and column.
    """

    opened = Signal(object, object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._latest: Path | None = None
        # One long-lived worker, not a thread per load: a show reloaded a thousand
        # times must not leave a trail of threads (and their memory arenas) behind.
        self._jobs = JobQueue(1, "open-trip")
        self.destroyed.connect(self._jobs.close)
        self._loads = 0

    def open(self, path: Path) -> None:
        self._latest = path
        relay = self._relay

        def load() -> None:
            before = fingerprint(path)
            try:
                trip = load_trip(path, listed=True)
            except ManifestError as exc:
                relay.send("done", path, str(exc), None)
            except Exception as exc:  # an unreadable path, a device error, ...
                relay.send("done", path, f"{path}: cannot open: {exc}", None)
            else:
                # Read the source twice: if it changed meanwhile, nobody knows which
                # version was loaded, and the watcher must look again.
                relay.send("done", path, trip, before if fingerprint(path) == before else None)

        self._loads += 1
        self._jobs.submit(("open", self._loads), load)

    def _on_done(self, path: Path, result: object, seen: bytes | None) -> None:
        if path != self._latest:
            return  # the person has since asked for another trip
        if isinstance(result, str):
            log.warning("%s", result)  # whole here: the banner and the dialog may have to cut it
            self.failed.emit(path, result)
        else:
            self.opened.emit(result, seen)
