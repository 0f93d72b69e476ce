"""Files the desktop asks the running app to open: macOS sends them as events, not arguments.

On Windows and Linux, "Open with Trip Viewer" starts ``trip-viewer PATH`` and
``viewer.cli`` reads the path. On macOS, double-clicking a manifest in Finder,
choosing Open With, or dropping a trip on the Dock icon starts the app with no
path in ``argv`` (or reaches the copy already running), and the path arrives as
a ``QFileOpenEvent`` sent to the application object.
:class:`TripViewerApplication` takes it in its own ``event()`` and hands the path
on as a signal, which the main window connects to ``open_trip``.

Why not an event filter on the application: a filter installed there sees every
event of every widget, so each one would call into Python, wait for the
interpreter lock held by the decoding threads, and have PySide build Python
classes for every kind of event. ``event()`` of the application object sees only
the application's own events.

Connect before ``app.exec()``: macOS delivers the file a launch was for once the
event loop runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication


class TripViewerApplication(QApplication):
    """The application object, which turns the system's ``QFileOpenEvent`` into :attr:`fileOpened`.

    Signals:
        fileOpened(Path): a local manifest or folder the system asked the app to open.
    """

    fileOpened = Signal(object)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent):
            local = event.file() or event.url().toLocalFile()
            if local:
                self.fileOpened.emit(Path(local))
                return True  # handled: Qt has nothing else to do with it
        return super().event(event)
