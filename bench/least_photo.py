"""A reference for P3: the least a PySide6 + Pillow program can do to show one photo sharp.

No trip, no settings, no caption or strip: one JPEG, decoded with libjpeg's DCT
scaling on a thread of its own while PySide is imported (the interpreter lock is
released inside libjpeg for the whole file), sized with Pillow to fit the box the
app decodes its first photo for (its full-screen window less the strip: the same
DCT scale), painted centred on black. It prints ``time.monotonic()`` at its first
paint and quits, like ``bench/bare_window.py``.
Run as ``python bench/least_photo.py PHOTO WIDTH HEIGHT``.

It shows how much of the app's start any program of this kind pays, beyond the
bare window, just to have the photo: the imports of Pillow, the decode, and the
wait for it.
"""

from __future__ import annotations

import sys
import threading
import time

from PIL import Image


def open_for(path: str, box: tuple[int, int]) -> Image.Image:
    """The photo opened and set to decode at the DCT scale that still covers ``box``."""
    image = Image.open(path)
    image.draft("RGB", box)
    image.decodermaxblock = 1 << 26  # the whole file in one chunk
    return image


def decode(image: Image.Image, box: tuple[int, int], into: list[tuple[bytes, tuple[int, int]]]) -> None:
    image.load()
    scale = min(box[0] / image.width, box[1] / image.height, 1.0)
    size = (round(image.width * scale), round(image.height * scale))
    image = image.resize(size, Image.Resampling.BILINEAR, reducing_gap=3.0)
    into.append((image.tobytes("raw", "RGBX"), image.size))


def main() -> int:
    box = (int(sys.argv[2]), int(sys.argv[3]))
    pixels: list[tuple[bytes, tuple[int, int]]] = []
    thread = threading.Thread(target=decode, args=(open_for(sys.argv[1], box), box, pixels))
    thread.start()

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QImage, QPainter, QPaintEvent
    from PySide6.QtWidgets import QApplication, QWidget

    class PhotoWindow(QWidget):
        """Waits for the decode in its first paint, paints the photo, reports the time, quits."""

        def __init__(self) -> None:
            super().__init__()
            self._painted = False

        def paintEvent(self, event: QPaintEvent) -> None:
            thread.join()
            data, (width, height) = pixels[0]
            image = QImage(data, width, height, width * 4, QImage.Format.Format_RGBX8888)
            painter = QPainter(self)
            painter.fillRect(self.rect(), 0)
            painter.drawImage((self.width() - width) // 2, (self.height() - height) // 2, image)
            painter.end()
            if not self._painted:
                self._painted = True
                print(time.monotonic(), flush=True)
                QTimer.singleShot(0, QApplication.quit)

    app = QApplication(sys.argv[:1])
    window = PhotoWindow()
    window.setGeometry(app.primaryScreen().geometry())
    window.showFullScreen()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
