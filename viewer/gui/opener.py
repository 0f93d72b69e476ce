"""Open a trip (manifest or folder) on a worker thread, so a big manifest never freezes the window."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from viewer.model.folder import load_trip
from viewer.model.manifest import ManifestError


class _Relay(QObject):
    done = Signal(object, object)  # path, Trip or error message


class TripOpener(QObject):
    """Loads trips in the background.

    Signals:
        opened(Trip): the trip loaded whole.
        failed(Path, str): it could not be loaded; the message names file, line and column.
    """

    opened = Signal(object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._latest: Path | None = None

    def open(self, path: Path) -> None:
        self._latest = path
        relay = self._relay

        def load() -> None:
            try:
                relay.done.emit(path, load_trip(path))
            except ManifestError as exc:
                relay.done.emit(path, str(exc))
            except Exception as exc:  # an unreadable path, a device error, ...
                relay.done.emit(path, f"{path}: cannot open: {exc}")

        threading.Thread(target=load, name="open-trip", daemon=True).start()

    def _on_done(self, path: Path, result: object) -> None:
        if path != self._latest:
            return  # the person has since asked for another trip
        if isinstance(result, str):
            self.failed.emit(path, result)
        else:
            self.opened.emit(result)
