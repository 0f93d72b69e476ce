"""Trip → Export Handout…: the file dialog, the progress in the status bar, and what the end says.

The PDF is written by a process of its own (``viewer.gui.handout.export``) while the show goes on:
the status bar shows how far it is, with a button to cancel. When it is done the
status bar says where it went; photos printed as placeholders (missing or broken
files) and a handout that could not be written get a dialog naming the files, the
window staying usable. The window's handout has the locale's paper, two photos a
page and no presenter's notes (``trip-viewer handout`` has the options).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from viewer.gui.handout.export import HandoutExport
from viewer.gui.handout.writer import HandoutOptions, HandoutReport, locale_paper
from viewer.gui.language import count_text
from viewer.gui.show.presentation import Presentation
from viewer.gui.widgets.problembox import problem_box
from viewer.gui.widgets.textfit import clip_middle
from viewer.model.handout import default_output

STATUS_CHARACTERS = 90  # of a path in the status bar
DONE_MS = 15000  # how long the status bar says where the handout went
CLOSING_WAIT = 3.0  # seconds a closing window waits for a cancelled handout to clear its file away


class HandoutExporting(QObject):
    """Export Handout… for one window: asks where, writes in the background, tells how it went."""

    def __init__(self, window: QMainWindow, show: Presentation) -> None:
        super().__init__(window)
        self._window = window
        self._show = show
        self.export = HandoutExport(self)
        self.label = QLabel(window)
        self.bar = QProgressBar(window)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(QCoreApplication.translate("HandoutExport", "Cancel"), window)
        for widget in (self.label, self.bar, self.cancel_button):
            widget.hide()
        self._in_status_bar = False  # the window has no status bar until it has something to say
        self.cancel_button.clicked.connect(self.export.cancel)
        self.export.progressed.connect(self._on_progress)
        self.export.written.connect(self._on_written)
        self.export.failed.connect(self._on_failed)
        self.export.cancelled.connect(self._on_cancelled)

    @Slot()
    def choose(self) -> None:
        """Ask where to write the handout of the trip on screen, then write it."""
        trip = self._show.trip
        if trip is None:
            return
        if self.export.busy:
            self._window.statusBar().showMessage(
                QCoreApplication.translate("HandoutExport", "A handout is being written: wait, or cancel it"),
                5000,
            )
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self._asker(),
            QCoreApplication.translate("HandoutExport", "Export handout"),
            str(default_output(trip.source)),
            QCoreApplication.translate("HandoutExport", "PDF documents (*.pdf)"),
        )
        if chosen:
            path = Path(chosen)
            self.write(path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf"))

    def write(self, path: Path) -> None:
        """Write the handout of the trip on screen to ``path``, in the background."""
        trip = self._show.trip
        if trip is None or not self.export.start(trip, HandoutOptions(path, locale_paper())):
            return
        self.bar.setRange(0, max(1, 2 * len(trip.photos)))
        self.bar.setValue(0)
        self.label.setText(
            QCoreApplication.translate("HandoutExport", "Writing the handout of {count} photos").format(
                count=count_text(len(trip.photos))
            )
        )
        if not self._in_status_bar:
            self._in_status_bar = True
            for widget in (self.label, self.bar, self.cancel_button):
                self._window.statusBar().addPermanentWidget(widget)
        for widget in (self.label, self.bar, self.cancel_button):
            widget.show()

    def stop(self) -> None:
        """The window is closing: cancel a handout being written, so no half file is left."""
        if self.export.busy:
            self.export.stop(CLOSING_WAIT)

    def _asker(self) -> QWidget:
        """Where dialogs go: the window in use, so in presenter view the console, not the room's screen."""
        return QApplication.activeWindow() or self._window

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(1, total))
        self.bar.setValue(done)

    def _finish(self) -> None:
        for widget in (self.label, self.bar, self.cancel_button):
            widget.hide()

    @Slot(object)
    def _on_written(self, report: HandoutReport) -> None:
        self._finish()
        where = clip_middle(str(report.path), STATUS_CHARACTERS)
        self._window.statusBar().showMessage(
            QCoreApplication.translate("HandoutExport", "Handout written: {file} ({pages} pages)").format(
                file=where, pages=count_text(report.pages)
            ),
            DONE_MS,
        )
        if report.placeholders:
            lines = [
                QCoreApplication.translate(
                    "HandoutExport", "Photo {number}, {file}: {reason} (page {page})"
                ).format(number=missing.number, file=missing.file, reason=missing.reason, page=missing.page)
                for missing in report.placeholders
            ]
            message = QCoreApplication.translate(
                "HandoutExport",
                "The handout {file} is written, but these photos could not be printed "
                "and have a marked placeholder instead:",
            ).format(file=report.path)
            self._tell(
                QCoreApplication.translate("HandoutExport", "Photos missing from the handout"),
                message + "\n" + "\n".join(lines),
            )

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish()
        self._window.statusBar().clearMessage()
        self._tell(QCoreApplication.translate("HandoutExport", "Cannot write the handout"), message)

    def _tell(self, title: str, message: str) -> None:
        """A dialog that leaves the window usable behind it, and is deleted once closed."""
        box = problem_box(self._asker(), QMessageBox.Icon.Warning, title, message)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()
        self._window.statusBar().showMessage(
            QCoreApplication.translate("HandoutExport", "Handout cancelled: nothing was written"), DONE_MS
        )
