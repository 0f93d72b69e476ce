"""Painting a zoomed photo, the pointer and the spotlight, in a photo view's device pixels.

A zoomed photo is drawn from whatever pixels of it there are: its full-resolution
ones once decoded, else the fitted image on screen, enlarged (so the key answers
at once). Only the part in view is handed to Qt. The photo's own pixels at 100 %
or more are drawn as they are, each on whole device pixels: one photo pixel to
one device pixel at 100 %, sharp, never resampled.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath

from viewer.gui import theme
from viewer.gui.show.pointer import PointerMode
from viewer.model.zoom import Frame, Point

DOT_SHARE = 1 / 70  # the dot's radius, of the photo area's shorter side (a dozen pixels on a projector)
SPOT_SHARE = 1 / 7  # the spotlight's radius, likewise


def paint_zoomed(
    painter: QPainter,
    image: QImage,
    frame: Frame,
    photo: tuple[int, int],
    device: tuple[int, int],
    ratio: float,
) -> None:
    """``image`` (all of the photo, at any resolution) where ``frame`` puts the photo in the view.

    ``frame`` maps photo points to the view's device pixels, ``device`` is the view's
    size in them and ``ratio`` its device pixels per logical pixel.
    """
    if image.isNull() or photo[0] <= 0 or photo[1] <= 0:
        return
    per_photo = image.width() / photo[0]  # image pixels per photo pixel
    left, top = frame.to_photo((0, 0))
    right, bottom = frame.to_photo((float(device[0]), float(device[1])))
    # The image pixels in view, whole ones, within the image.
    x0 = max(0, math.floor(left * per_photo))
    y0 = max(0, math.floor(top * per_photo))
    x1 = min(image.width(), math.ceil(right * per_photo))
    y1 = min(image.height(), math.ceil(bottom * per_photo))
    if x1 <= x0 or y1 <= y0:
        return
    near = frame.to_area((x0 / per_photo, y0 / per_photo))
    far = frame.to_area((x1 / per_photo, y1 / per_photo))
    target = QRectF(near[0] / ratio, near[1] / ratio, (far[0] - near[0]) / ratio, (far[1] - near[1]) / ratio)
    own_pixels = frame.scale / per_photo >= 1.0 and per_photo >= 1.0
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, not own_pixels)
    painter.drawImage(target, image, QRectF(x0, y0, x1 - x0, y1 - y0))


def paint_pointer(painter: QPainter, mode: PointerMode, at: Point, reach: float, bounds: QRectF) -> None:
    """The pointer at ``at`` (logical pixels of the view, ``bounds``); ``reach``: the shorter side
    of the audience's photo area as this view shows it, so the dot and the circle cover the same
    part of the photo in every view."""
    centre = QPointF(at[0], at[1])
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mode is PointerMode.SPOTLIGHT:
        shade = QPainterPath()
        shade.addRect(bounds)
        radius = max(24.0, reach * SPOT_SHARE)
        hole = QPainterPath()
        hole.addEllipse(centre, radius, radius)
        painter.fillPath(shade.subtracted(hole), theme.SPOTLIGHT_SHADE)
        return
    radius = max(5.0, reach * DOT_SHARE)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.POINTER_RING)
    painter.drawEllipse(centre, radius * 1.35, radius * 1.35)
    painter.setBrush(theme.POINTER_DOT)
    painter.drawEllipse(centre, radius, radius)
