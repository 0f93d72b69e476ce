"""The floor for P3: a bare PySide6 window of the screen's size that paints nothing.

It prints ``time.monotonic()`` at its first paint and quits, so the bench can
subtract the moment it spawned this script. Run as ``python bench/bare_window.py``.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget


class BareWindow(QWidget):
    """Fills itself black once, reports the time, and ends the application."""

    def __init__(self) -> None:
        super().__init__()
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), 0)
        painter.end()
        if not self._painted:
            self._painted = True
            print(time.monotonic(), flush=True)
            QTimer.singleShot(0, QApplication.quit)  # after this frame reaches the screen


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = BareWindow()
    window.setGeometry(app.primaryScreen().geometry())  # no window manager to make it full screen
    window.showFullScreen()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
