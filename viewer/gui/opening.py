"""Opening another trip: the file dialog, the recent-trips menu, and what a failure says.

The trip is loaded in the background (``TripOpener``); the one on screen stays
until the new one has loaded whole, and a trip that cannot be loaded gets a
dialog naming the file, line and column, while the show goes on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from viewer.gui.opener import TripOpener
from viewer.model.settings import Settings
from viewer.model.trip import Trip


class TripOpening(QObject):
    """Opens trips for one window and keeps its Open Recent menu.

    Signals:
        opened(Trip, bytes | None): a trip loaded, with its source's fingerprint.
    """

    opened = Signal(object, object)

    def __init__(self, window: QMainWindow, settings: Settings, recent_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.recent_menu = recent_menu
        self.opener = TripOpener(self)
        self.opener.opened.connect(self._on_opened)
        self.opener.failed.connect(self._on_failed)

    @Slot()
    def choose(self, folder: Path | None = None) -> None:
        """Ask for a manifest with the file dialog, starting in ``folder``."""
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            "Open a trip",
            str(folder or Path.home()),
            "Trip manifests (*.yaml *.yml);;All files (*)",
        )
        if path:
            self.open(Path(path))

    def open(self, path: Path) -> None:
        """Open a manifest or folder in the background."""
        self._window.statusBar().showMessage(f"Opening {path} …")
        self.opener.open(path)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for item in self._settings.recent:
            action = self.recent_menu.addAction(item)
            action.triggered.connect(lambda _=False, path=item: self.open(Path(path)))
        self.recent_menu.setEnabled(bool(self._settings.recent))

    @Slot(object, object)
    def _on_opened(self, trip: Trip, seen: bytes | None) -> None:
        self._window.statusBar().clearMessage()
        self.opened.emit(trip, seen)

    @Slot(object, str)
    def _on_failed(self, path: Path, message: str) -> None:
        self._window.statusBar().clearMessage()
        QMessageBox.warning(self._window, "Cannot open the trip", message)
