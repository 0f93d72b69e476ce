"""Painting the route map: the still picture made off the UI thread, and the current photo's mark.

:func:`render_map` paints everything that does not change as the show steps — sea,
land, lakes, borders, the route, the stops and their names, a dot for every photo —
into a ``QImage`` (painting on an image is safe on a worker thread; on a widget or
pixmap it is not). The view keeps that image and, in its paint, only copies it and
draws :func:`paint_current` on top, so a step costs the few pixels of the mark.

Sizes follow the map's height, so the map reads the same on a laptop and across a
room on a projector. Where a stop's name would cover another's it is left out: the
strip names every stop anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF

from viewer.gui import theme
from viewer.gui.language import QT_TRANSLATE_NOOP, right_to_left
from viewer.model.maplayout import MapLayout, UnitBox, UnitPoint, inset_corner

LEGEND = (
    QT_TRANSLATE_NOOP("RouteMap", "photo"),
    QT_TRANSLATE_NOOP("RouteMap", "place estimated from its time"),
)
ABSOLUTE = Qt.AlignmentFlag.AlignAbsolute  # left means left, in a window right to left too
ROUTE_PIECE = 100  # points of the route stroked in one call
DOTS_PIECE = 200  # photos' dots filled in one call


@dataclass(frozen=True)
class MapSizes:
    """Line widths, dot and text sizes (logical pixels) for a map ``height`` pixels tall."""

    height: float

    @property
    def text(self) -> int:
        return max(11, min(28, round(self.height / 36)))

    @property
    def dot(self) -> float:  # a photo's radius
        return max(2.5, min(7.0, self.height / 170))

    @property
    def stop(self) -> float:  # a stop's radius
        return self.dot * 1.25

    @property
    def route(self) -> float:
        return max(1.5, min(5.0, self.height / 260))

    @property
    def current(self) -> float:  # the current photo's ring
        return max(9.0, min(26.0, self.height / 45))

    @property
    def reach(self) -> float:  # how near a click must be to a dot to pick it
        return max(8.0, self.dot * 2.5)


def fitted(aspect: float, area: QRectF) -> QRectF:
    """The largest rectangle of ``aspect`` (width / height) centred in ``area``."""
    if area.width() <= 0 or area.height() <= 0 or aspect <= 0:
        return QRectF(area.topLeft(), QSizeF(0, 0))
    width = min(area.width(), area.height() * aspect)
    height = width / aspect
    return QRectF(
        area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height
    )


def _polygon(points: tuple[UnitPoint, ...], width: float, height: float) -> QPolygonF:
    return QPolygonF([QPointF(x * width, y * height) for x, y in points])


def render_map(
    layout: MapLayout,
    width: int,
    height: int,
    ratio: float,
    font: QFont,
    avoid: Sequence[UnitBox] | None = (),
) -> QImage:
    """The map of ``layout`` as an image ``width`` × ``height`` logical pixels at ``ratio``; any thread.

    A legend saying what a hollow dot is goes in the emptiest corner clear of ``avoid``
    (an inset to come); ``avoid=None``: no legend (the inset itself).
    """
    image = QImage(max(1, round(width * ratio)), max(1, round(height * ratio)), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(theme.MAP_SEA)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_geography(painter, layout, width, height)
        sizes = MapSizes(height)
        _paint_route(painter, layout, width, height, sizes)
        _paint_photos(painter, layout, width, height, sizes)
        _paint_stops(painter, layout, width, height, sizes, font)
        if avoid is not None and any(photo.approximate for photo in layout.photos):
            _paint_legend(painter, layout, width, height, sizes, font, avoid)
    finally:
        painter.end()
    return image


def _paint_geography(painter: QPainter, layout: MapLayout, width: int, height: int) -> None:
    coast = QPen(theme.MAP_COAST, 1)
    coast.setCosmetic(True)
    for shape in layout.shapes:
        painter.setPen(coast if shape.land else Qt.PenStyle.NoPen)
        painter.setBrush(theme.MAP_LAND if shape.land else theme.MAP_SEA)
        painter.drawPolygon(_polygon(shape.points, width, height))
    border = QPen(theme.MAP_BORDER, 1, Qt.PenStyle.DashLine)
    border.setCosmetic(True)
    painter.setPen(border)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for line in layout.borders:
        painter.drawPolyline(_polygon(line, width, height))


def _paint_route(painter: QPainter, layout: MapLayout, width: int, height: int, sizes: MapSizes) -> None:
    if len(layout.route) < 2:
        return
    pen = QPen(theme.MAP_ROUTE, sizes.route)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if not layout.route_from_gpx:
        pen.setStyle(Qt.PenStyle.DashLine)  # the stops joined straight: not the real path
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # In pieces: Qt strokes a wide line of thousands of points in one call that holds the
    # interpreter lock (and so the window) for a third of a second; a piece takes a few ms.
    line = _polygon(layout.route, width, height)
    for start in range(0, line.size() - 1, ROUTE_PIECE):
        painter.drawPolyline(line.mid(start, ROUTE_PIECE + 1))


def _paint_photos(painter: QPainter, layout: MapLayout, width: int, height: int, sizes: MapSizes) -> None:
    """A dot per photo; photos that fall on one pixel are drawn once (a burst, 10,000 at one spot)."""
    radius = sizes.dot
    drawn: set[tuple[int, int, bool]] = set()
    solid: list[QPointF] = []
    hollow: list[QPointF] = []
    for photo in layout.photos:
        x, y = photo.x * width, photo.y * height
        spot = (round(x), round(y), photo.approximate)
        if spot in drawn:
            continue
        drawn.add(spot)
        (hollow if photo.approximate else solid).append(QPointF(x, y))
    painter.setPen(QPen(theme.MAP_PHOTO_EDGE, 1))
    painter.setBrush(theme.MAP_PHOTO)
    _paint_dots(painter, solid, radius)
    painter.setPen(QPen(theme.MAP_PHOTO, max(1.5, radius / 2.5)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _paint_dots(painter, hollow, radius)


def _paint_dots(painter: QPainter, centres: list[QPointF], radius: float) -> None:
    """Dots in paths of ``DOTS_PIECE``: one path of thousands held the interpreter lock for 0.3 s."""
    for start in range(0, len(centres), DOTS_PIECE):
        path = QPainterPath()
        for centre in centres[start : start + DOTS_PIECE]:
            path.addEllipse(centre, radius, radius)
        painter.drawPath(path)


def _paint_stops(
    painter: QPainter, layout: MapLayout, width: int, height: int, sizes: MapSizes, base: QFont
) -> None:
    font = theme.pixel_font(base, sizes.text, bold=True)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    bounds = QRectF(0, 0, width, height)
    taken: list[QRectF] = []
    radius = sizes.stop
    painter.setPen(QPen(theme.MAP_PHOTO_EDGE, 1.5))
    painter.setBrush(theme.MAP_STOP)
    for stop in layout.stops:
        painter.drawEllipse(QPointF(stop.x * width, stop.y * height), radius, radius)
    stops = list(layout.stops)
    # Where the trip starts and ends are named first: of crowded names, the others give way.
    for stop in [*stops[:1], *stops[-1:], *stops[1:-1]] if len(stops) > 1 else stops:
        centre = QPointF(stop.x * width, stop.y * height)
        label = _label_place(stop.name, centre, radius, metrics, bounds, taken)
        if label is None:
            continue
        taken.append(label)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.MAP_LABEL_HALO)
        painter.drawRoundedRect(label, 3, 3)
        painter.setPen(theme.MAP_STOP)
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, stop.name)


def _label_place(
    name: str, at: QPointF, radius: float, metrics: QFontMetricsF, bounds: QRectF, taken: list[QRectF]
) -> QRectF | None:
    """Where ``name`` goes beside a mark at ``at``: right, left, above or below, clear of the others."""
    pad = metrics.height() * 0.2
    width, height = metrics.horizontalAdvance(name) + 2 * pad, metrics.height()
    gap = radius + pad
    for x, y in (
        (at.x() + gap, at.y() - height / 2),
        (at.x() - gap - width, at.y() - height / 2),
        (at.x() - width / 2, at.y() - gap - height),
        (at.x() - width / 2, at.y() + gap),
    ):
        # Kept inside the map: a name at its edge moves in rather than being cut.
        x = max(bounds.left(), min(bounds.right() - width, x))
        y = max(bounds.top(), min(bounds.bottom() - height, y))
        rect = QRectF(x, y, width, height)
        if not rect.contains(at) and not any(rect.intersects(other) for other in taken):
            return rect
    return None


def _paint_legend(
    painter: QPainter,
    layout: MapLayout,
    width: int,
    height: int,
    sizes: MapSizes,
    base: QFont,
    avoid: Sequence[UnitBox],
) -> None:
    """What a hollow dot means, in the corner of the map that hides least."""
    font = theme.pixel_font(base, max(10, round(sizes.text * 0.8)))
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    radius, pad = sizes.dot, metrics.height() * 0.3
    row = metrics.height() + 2 * pad
    texts = [QCoreApplication.translate("RouteMap", text) for text in LEGEND]
    size = QSizeF(max(map(metrics.horizontalAdvance, texts)) + 5 * pad + 2 * radius, row * 2)
    if size.width() > width or size.height() > height / 3:
        return  # a map too small for it: the dots speak for themselves
    left, top, _, _ = inset_corner(layout, size.width() / width, size.height() / height, avoid)
    box = QRectF(QPointF(left * width, top * height), size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.MAP_LABEL_HALO)
    painter.drawRect(box)
    mirrored = right_to_left()  # the dot at the right of its words, as an Arabic legend has it
    for line, (text, hollow) in enumerate(zip(texts, (False, True), strict=True)):
        middle = box.top() + row * line + row / 2
        inset = 2 * pad + radius
        centre = QPointF(box.right() - inset if mirrored else box.left() + inset, middle)
        if hollow:
            painter.setPen(QPen(theme.MAP_PHOTO, max(1.5, radius / 2.5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(QPen(theme.MAP_PHOTO_EDGE, 1))
            painter.setBrush(theme.MAP_PHOTO)
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(theme.MAP_NOTE)
        if mirrored:
            right = centre.x() - radius - 1.5 * pad
            text_rect = QRectF(box.left(), middle - row / 2, right - box.left(), row)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight | ABSOLUTE, text
            )
        else:
            left = centre.x() + radius + 1.5 * pad
            text_rect = QRectF(left, middle - row / 2, box.right() - left, row)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | ABSOLUTE, text
            )


def paint_current(painter: QPainter, frame: QRectF, layout: MapLayout, index: int) -> QRectF | None:
    """The current photo's mark over a map drawn into ``frame``; the rectangle it covers, if drawn."""
    photo = layout.where(index)
    if photo is None:
        return None
    sizes = MapSizes(frame.height())
    centre = QPointF(frame.x() + photo.x * frame.width(), frame.y() + photo.y * frame.height())
    ring = sizes.current
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(theme.MAP_PHOTO_EDGE, ring * 0.45))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, ring, ring)  # a dark rim, so the yellow shows on sand and sea alike
    painter.setPen(QPen(theme.ACCENT, ring * 0.25))
    painter.drawEllipse(centre, ring, ring)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(theme.ACCENT if not photo.approximate else theme.MAP_PHOTO_EDGE))
    painter.drawEllipse(centre, ring * 0.35, ring * 0.35)
    painter.restore()
    reach = ring * 1.3
    return QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)


def paint_inset_frame(painter: QPainter, frame: QRectF, detail: UnitBox, inset: QRectF) -> None:
    """The box the inset enlarges, outlined on the whole map, a line to the inset, and its edge."""
    left, top, right, bottom = detail
    pad = MapSizes(frame.height()).current
    box = QRectF(
        QPointF(frame.x() + left * frame.width() - pad, frame.y() + top * frame.height() - pad),
        QPointF(frame.x() + right * frame.width() + pad, frame.y() + bottom * frame.height() + pad),
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for colour, width in ((theme.MAP_LABEL_HALO, 4.0), (theme.MAP_INSET, 1.5)):
        painter.setPen(QPen(colour, width))
        painter.drawRect(box)
        painter.drawLine(_nearest_corner(box, inset.center()), _nearest_corner(inset, box.center()))
        painter.drawRect(inset)
    painter.restore()


def _nearest_corner(rect: QRectF, to: QPointF) -> QPointF:
    corners = (rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight())
    return min(corners, key=lambda corner: (corner - to).manhattanLength())
