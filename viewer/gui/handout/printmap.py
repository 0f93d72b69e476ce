"""The route map for print: land, lakes, borders, the route, the stops and a dot per photo.

Drawn from the model's :class:`~viewer.model.maplayout.MapLayout` (unit coordinates,
laid out for the rectangle's aspect ratio) with plain vector shapes, so it stays sharp
at any zoom of the PDF. The screen's map widget draws the same layout its own way; this
one has paper colours, no highlight and nothing to click.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from viewer.gui import theme
from viewer.model.maplayout import MapLayout, UnitPoint

STOP_POINTS = 3.0  # a stop's mark, half its width, in points
PHOTO_POINTS = 1.8  # a photo's dot, its radius


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
