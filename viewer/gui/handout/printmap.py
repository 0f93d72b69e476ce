"""The route map for print: land, lakes, borders, the route, the stops and a dot per photo.

Drawn from the model's :class:`~viewer.model.maplayout.MapLayout` (unit coordinates,
laid out for the rectangle's aspect ratio) with plain vector shapes, so it stays sharp
at any zoom of the PDF. The screen's map widget (``viewer.gui.widgets.mappaint``) draws
the same layout its own way; this one has paper colours, no highlight and nothing to
click. Where the photos crowd one spot of the whole trip's map
(``viewer.model.maplayout.detail_area``), a map of the photos alone is inset in the
corner that hides least (``inset_corner``), and the area it enlarges is boxed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from viewer.gui import theme
from viewer.model.maplayout import MapLayout, UnitBox, UnitPoint, detail_area, inset_corner

STOP_POINTS = 3.0  # a stop's mark, half its width, in points
PHOTO_POINTS = 1.8  # a photo's dot, its radius
INSET_SHARE = 0.42  # the detail inset's share of the map's width and of its height


def paint_route_map(
    painter: QPainter,
    rect: QRectF,
    layout: MapLayout,
    unit: float,
    font: QFont,
    detail_for: Callable[[float], MapLayout],
) -> None:
    """The trip's map in ``rect``; an inset of its photos (``detail_for(aspect)``) if they crowd one spot."""
    paint_map(painter, rect, layout, unit, font)
    area = detail_area(layout)
    if area is None:
        return
    left, top, right, bottom = inset_corner(layout, INSET_SHARE, INSET_SHARE, [area])
    inset = _within(rect, (left, top, right, bottom))
    painter.save()
    painter.setPen(QPen(theme.PRINT_TEXT, 0.8 * unit))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(_within(rect, area).adjusted(-2 * unit, -2 * unit, 2 * unit, 2 * unit))
    painter.restore()
    paint_map(painter, inset, detail_for(inset.width() / inset.height()), unit, font)
    painter.setPen(QPen(theme.PRINT_TEXT, 0.8 * unit))
    painter.drawRect(inset)


def _within(rect: QRectF, box: UnitBox) -> QRectF:
    left, top, right, bottom = box
    return QRectF(
        rect.left() + left * rect.width(),
        rect.top() + top * rect.height(),
        (right - left) * rect.width(),
        (bottom - top) * rect.height(),
    )


def paint_map(painter: QPainter, rect: QRectF, layout: MapLayout, unit: float, font: QFont) -> None:
    """Draw ``layout`` filling ``rect``; ``unit`` is device units per point, ``font`` the stops' names."""
    painter.save()
    painter.setClipRect(rect)
    painter.fillRect(rect, theme.PRINT_SEA)

    def point(at: UnitPoint) -> QPointF:
        return QPointF(rect.left() + at[0] * rect.width(), rect.top() + at[1] * rect.height())

    painter.setPen(Qt.PenStyle.NoPen)
    for shape in layout.shapes:
        painter.setBrush(theme.PRINT_LAND if shape.land else theme.PRINT_SEA)
        painter.drawPolygon(QPolygonF([point(at) for at in shape.points]))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(theme.PRINT_BORDER, 0.5 * unit, Qt.PenStyle.DashLine))
    for line in layout.borders:
        painter.drawPolyline(QPolygonF([point(at) for at in line]))
    if len(layout.route) > 1:
        route = QPainterPath(point(layout.route[0]))
        for at in layout.route[1:]:
            route.lineTo(point(at))
        pen = QPen(theme.PRINT_ROUTE, 1.4 * unit)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.strokePath(route, pen)
    painter.setPen(QPen(theme.PRINT_PHOTO_MARK, 0.6 * unit))
    radius = PHOTO_POINTS * unit
    for photo in layout.photos:
        painter.setBrush(theme.PRINT_BACKGROUND if photo.approximate else theme.PRINT_PHOTO_MARK)
        painter.drawEllipse(point((photo.x, photo.y)), radius, radius)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    half = STOP_POINTS * unit
    for stop in layout.stops:
        mark = point((stop.x, stop.y))
        painter.setPen(QPen(theme.PRINT_BACKGROUND, 0.6 * unit))
        painter.setBrush(QBrush(theme.PRINT_STOP))
        painter.drawRect(QRectF(mark.x() - half, mark.y() - half, 2 * half, 2 * half))
        painter.setPen(theme.PRINT_STOP)
        width = metrics.horizontalAdvance(stop.name)
        left = mark.x() + 2 * half  # the name to the right of its mark, or to the left near the edge
        if left + width > rect.right():
            left = mark.x() - 2 * half - width
        painter.drawText(QPointF(left, mark.y() + metrics.capHeight() / 2), stop.name)
    painter.restore()
    painter.setPen(QPen(theme.PRINT_RULE, 0.5 * unit))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
