"""Guards against a Qt binding that would crash the viewer at exit.

PySide6 6.12.0 under Python 3.11 drops a reference to ``None`` on every call
to a method returning nothing; after a few thousand paints the interpreter
aborts. pyproject.toml excludes that release; this test catches a repeat.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter


def test_void_qt_calls_keep_none_alive() -> None:
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(5000):
        painter.fillRect(QRectF(0, 0, 4, 4), QColor("red"))
        painter.setPen(QColor("white"))
    after = sys.getrefcount(None)
    painter.end()
    # A healthy binding leaves None's count where it was, give or take what worker
    # threads of earlier tests hold meanwhile (hundreds); the broken one drops it by 10,000.
    assert after > before - 2000
