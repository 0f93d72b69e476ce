"""Opening another trip: the file dialog, the recent-trips menu, and what a failure says.

The trip is loaded in the background (``TripOpener``); the one on screen stays
until the new one has loaded whole, and a trip that cannot be loaded gets a
dialog naming the file, line and column, while the show goes on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from viewer.gui.show.opener import TripOpener
from viewer.gui.widgets.problembox import problem_box
from viewer.gui.widgets.textfit import TIP_CHARACTERS, clip_middle, elide_middle
from viewer.model.settings import Settings
from viewer.model.trip import Trip

RECENT_EMS = 36  # the widest a recent trip's line gets, in text heights
STATUS_CHARACTERS = 90  # of a path in the status bar


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
            QCoreApplication.translate("Opening", "Open a trip"),
            str(folder or Path.home()),
            QCoreApplication.translate("Opening", "Trip manifests (*.yaml *.yml);;All files (*)"),
        )
        if path:
            self.open(Path(path))

    def open(self, path: Path) -> None:
        """Open a manifest or folder in the background."""
        self._window.statusBar().showMessage(
            QCoreApplication.translate("Opening", "Opening {file} …").format(
                file=clip_middle(str(path), STATUS_CHARACTERS)
            )
        )
        self.opener.open(path)

    def fill_recent_menu(self) -> None:
        """A trip a line, its path cut in the middle to ``RECENT_EMS`` (whole, up to a tip's
        length, in its tool tip): a path deep in folders would make the menu wider than the screen."""
        menu = self.recent_menu
        menu.clear()
        menu.setToolTipsVisible(True)
        width = QFontMetricsF(menu.font()).height() * RECENT_EMS
        for item in self._settings.recent:
            action = menu.addAction(elide_middle(item, menu.font(), width).replace("&", "&&"))
            action.setToolTip(clip_middle(item, TIP_CHARACTERS))
            action.triggered.connect(lambda _=False, path=item: self.open(Path(path)))
        menu.setEnabled(bool(self._settings.recent))

    @Slot(object, object)
    def _on_opened(self, trip: Trip, seen: bytes | None) -> None:
        self._window.statusBar().clearMessage()
        self.opened.emit(trip, seen)

    @Slot(object, str)
    def _on_failed(self, path: Path, message: str) -> None:
        self._window.statusBar().clearMessage()
        problem_box(
            self._window,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Opening", "Cannot open the trip"),
            message,
        ).exec()
