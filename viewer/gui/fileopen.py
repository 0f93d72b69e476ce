"""Files the desktop asks the running app to open: macOS sends them as events, not arguments.

On Windows and Linux, "Open with Trip Viewer" starts ``trip-viewer PATH`` and
``viewer.cli`` reads the path. On macOS, double-clicking a manifest in Finder,
choosing Open With, or dropping a trip on the Dock icon starts the app with no
path in ``argv`` (or reaches the copy already running), and the path arrives as
a ``QFileOpenEvent`` sent to the application object. :class:`FileOpenFilter`
watches the application for it and hands the path on as a signal, which the
main window connects to ``open_trip``.

Install the filter before ``app.exec()``: macOS delivers the file a launch was
for once the event loop runs, and a filter installed later would miss it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication


class FileOpenFilter(QObject):
    """Turns the application's ``QFileOpenEvent`` into :attr:`opened`.

    Signals:
        opened(Path): a local manifest or folder the system asked the app to open.
    """

    opened = Signal(object)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            local = event.file() or event.url().toLocalFile()
            if local:
                self.opened.emit(Path(local))
                return True  # handled: Qt has nothing else to do with it
        return super().eventFilter(watched, event)


def install_file_open_filter(app: QApplication) -> FileOpenFilter:
    """Watch ``app`` for files the system opens with it; the filter lives as long as ``app``."""
    watcher = FileOpenFilter(app)
    app.installEventFilter(watcher)
    return watcher
