"""Guards against a Qt binding that would crash the viewer at exit.

PySide6 6.12.0 under Python 3.11 drops a reference to ``None`` on every call
to a method returning nothing; after a few thousand paints the interpreter
aborts. pyproject.toml excludes that release; this test catches a repeat.
"""

from __future__ import annotations

import os
import subprocess
import sys

# Counted in a fresh interpreter: in the test process, the worker threads of earlier
# tests free whole trips meanwhile (a list of 100,000 Nones moves the count as much as
# the broken binding does), so the count there says nothing.
PROBE = """
import sys
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

image = QImage(16, 16, QImage.Format.Format_RGB32)
painter = QPainter(image)
before = sys.getrefcount(None)
for _ in range(5000):
    painter.fillRect(QRectF(0, 0, 4, 4), QColor("red"))
    painter.setPen(QColor("white"))
after = sys.getrefcount(None)
painter.end()
print(before - after)
"""


def test_void_qt_calls_keep_none_alive() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    dropped = int(done.stdout.strip())
    # A healthy binding leaves None's count where it was, give or take a few; the
    # broken one drops it by one a call: 10,000.
    assert dropped < 100, f"None lost {dropped} references over 10,000 void Qt calls"
