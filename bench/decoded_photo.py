"""A reference for P3: the bare window, painting a photo that needs no decoding.

The photo's pixels were decoded beforehand, at the box the app decodes its first
photo for, and written raw (R, G, B, X) to a file; this program reads that file in its
first paint and draws it centred on black. It imports no Pillow and decodes
nothing. Next to ``bench/bare_window.py`` (nothing painted) and
``bench/least_photo.py`` (the same photo decoded from its JPEG), it splits a
program's start into what showing the pixels costs and what decoding them costs.
It prints ``time.monotonic()`` at its first paint and quits.
Run as ``python bench/decoded_photo.py PIXELS WIDTH HEIGHT``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget


class DecodedPhotoWindow(QWidget):
    """Reads the raw pixels in its first paint, paints them, reports the time, quits."""

    def __init__(self, pixels: Path, size: tuple[int, int]) -> None:
        super().__init__()
        self._pixels, self._size = pixels, size
        self._data: bytes | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        first = self._data is None
        if first:
            self._data = self._pixels.read_bytes()
        width, height = self._size
        image = QImage(self._data, width, height, width * 4, QImage.Format.Format_RGBX8888)
        painter = QPainter(self)
        painter.fillRect(self.rect(), 0)
        painter.drawImage((self.width() - width) // 2, (self.height() - height) // 2, image)
        painter.end()
        if first:
            print(time.monotonic(), flush=True)
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    pixels, width, height = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    app = QApplication(sys.argv[:1])
    window = DecodedPhotoWindow(pixels, (width, height))
    window.setGeometry(app.primaryScreen().geometry())  # no window manager to make it full screen
    window.showFullScreen()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
