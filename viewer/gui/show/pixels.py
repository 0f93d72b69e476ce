"""Decoded pixels into Qt's hands: QImages for the screen and the strip, and Qt's scaling.

Everything here runs on the loader's worker threads except painting itself.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from viewer.imaging.decode import Decoded, Scaler


def to_qimage(decoded: Decoded) -> QImage:
    """Decoded pixels as a QImage in the format Qt paints without converting.

    The one conversion (a byte swap) happens here on the
    worker thread, so painting on the UI thread is a plain copy to the screen.
    """
    if decoded.has_alpha:
        source, native = QImage.Format.Format_RGBA8888, QImage.Format.Format_ARGB32_Premultiplied
    else:
        source, native = QImage.Format.Format_RGBX8888, QImage.Format.Format_RGB32
    borrowed = QImage(decoded.data, decoded.width, decoded.height, decoded.width * 4, source)
    return borrowed.convertToFormat(native)  # owns its pixels: the bytes may go


CONVERT_ROWS = 96  # rows converted a call by :func:`to_qimage_in_bands`


def to_qimage_in_bands(decoded: Decoded) -> QImage:
    """:func:`to_qimage` for a big image (a photo's full 24 MP), a band of rows at a time.

    Qt's conversion keeps the interpreter lock for all of its call: for a photo's full
    pixels, a stall of the window far over 50 ms (``docs/performance.md``). A band at a
    time it is a few milliseconds a call, and the bands are copied into place quickly.
    """
    if decoded.has_alpha:
        source, native = QImage.Format.Format_RGBA8888, QImage.Format.Format_ARGB32_Premultiplied
    else:
        source, native = QImage.Format.Format_RGBX8888, QImage.Format.Format_RGB32
    width, height, stride = decoded.width, decoded.height, decoded.width * 4
    image = QImage(width, height, native)
    target, data = cast(memoryview, image.bits()), memoryview(decoded.data)
    for top in range(0, height, CONVERT_ROWS):
        rows = min(CONVERT_ROWS, height - top)
        band = slice(top * stride, (top + rows) * stride)
        converted = QImage(data[band], width, rows, stride, source).convertToFormat(native)
        target[band] = converted.constBits()  # (its bits live as long as it does: kept till copied)
    return image


def stored_qimage(decoded: Decoded) -> QImage:
    """Small stored pixels (a thumbnail) as a QImage over their own bytes, not converted.

    Converting releases the interpreter lock, and getting it back while other threads
    run Python can take milliseconds a call, which for a strip of hundreds of
    thumbnails adds up. A thumbnail this small is converted as it is painted, cheaply.
    """
    source = QImage.Format.Format_RGBA8888 if decoded.has_alpha else QImage.Format.Format_RGBX8888
    return QImage(decoded.data, decoded.width, decoded.height, decoded.width * 4, source)  # holds the bytes


def _scale_rgbx(data: bytes, size: tuple[int, int], target: tuple[int, int]) -> bytes:
    """Qt's smooth (area-averaging) scaling of R, G, B, X pixels; see :class:`Scaler`."""
    source = QImage(data, size[0], size[1], size[0] * 4, QImage.Format.Format_RGBX8888)
    scaled = source.scaled(
        target[0], target[1], Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    if scaled.format() != QImage.Format.Format_RGBX8888:
        scaled = scaled.convertToFormat(QImage.Format.Format_RGBX8888)
    return bytes(scaled.constBits())[: target[0] * target[1] * 4]


# Up to 1920×1200: bigger boxes hold the interpreter lock too long (see ``Scaler``).
SCREEN_SCALER = Scaler(_scale_rgbx, most_pixels=1920 * 1200)
