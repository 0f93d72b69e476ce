"""The timeline strip for print: the trip's time axis with its days, stops and photos.

Like the window's strip (``viewer.gui.widgets.strippaint``), the days are ticked in
the trip's own time zone (``viewer.model.timeline.ticks``) and each photo sits at its
absolute time, hollow when it has none; unlike it there are no thumbnails, no
highlight and no zoom: a dot per photo on paper.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

from viewer.gui import theme
from viewer.gui.language import date_words
from viewer.model.timefmt import day_label, format_offset
from viewer.model.timeline import View, lay_out, ticks
from viewer.model.trip import Trip

DOT_POINTS = 2.0  # a photo's dot, its radius
TICK_POINTS = 4.0


def strip_height(font: QFont, unit: float, device: QPaintDevice) -> float:
    """How tall :func:`paint_strip` draws, in device units: dots, the axis, two rows of words."""
    line = QFontMetricsF(font, device).height()
    return 4 * DOT_POINTS * unit + TICK_POINTS * unit + 3 * line


def paint_strip(painter: QPainter, rect: QRectF, trip: Trip, unit: float, font: QFont) -> None:
    """Draw ``trip``'s strip across ``rect`` (its words in ``font``); ``unit`` is device units per point."""
    layout = lay_out(trip)
    metrics = QFontMetricsF(font, painter.device())
    width = rect.width()
    axis_y = rect.top() + 4 * DOT_POINTS * unit
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(theme.PRINT_RULE, 0.6 * unit))
    painter.drawLine(QLineF(rect.left(), axis_y, rect.right(), axis_y))
    day_row = axis_y + TICK_POINTS * unit + metrics.ascent()
    if layout.axis is not None:
        words = date_words()  # the handout's language, as the window's strip has it
        widest = day_label(datetime(2000, 9, 27), words=words)  # a Wednesday in September
        spacing = metrics.horizontalAdvance(widest) * 1.3  # labels this far apart
        found = ticks(layout.axis, View(), width, trip.display_zone(), min_label_px=spacing, words=words)
        for tick in found:
            if not tick.major:
                continue
            x = rect.left() + tick.x
            painter.setPen(QPen(theme.PRINT_RULE, 0.6 * unit))
            painter.drawLine(QLineF(x, axis_y, x, axis_y + TICK_POINTS * unit))
            if tick.label and x + metrics.horizontalAdvance(tick.label) <= rect.right():
                painter.setPen(theme.PRINT_TEXT_DIM)
                painter.drawText(QPointF(x + 1.5 * unit, day_row), tick.label)
    stop_row = day_row + metrics.height()
    painter.setPen(theme.PRINT_STOP)
    taken_until = rect.left() - 1.0
    for stop, fraction in zip(trip.stops, layout.stops, strict=True):
        if fraction is None:
            continue
        x = rect.left() + fraction * width
        painter.setBrush(theme.PRINT_STOP)
        painter.drawRect(QRectF(x - unit * 1.5, axis_y - unit * 1.5, unit * 3, unit * 3))
        label = f"{stop.name} {format_offset(stop.time.offset)}" if stop.time else stop.name
        label_width = metrics.horizontalAdvance(label)
        left = min(x, rect.right() - label_width)
        if left > taken_until:  # names that would overlap the one before are left to the map
            painter.drawText(QPointF(left, stop_row), label)
            taken_until = left + label_width + metrics.horizontalAdvance("  ")
    painter.setPen(QPen(theme.PRINT_PHOTO_MARK, 0.6 * unit))
    radius = DOT_POINTS * unit
    for photo, fraction in zip(trip.photos, layout.placement.fractions, strict=True):
        painter.setBrush(theme.PRINT_PHOTO_MARK if photo.time is not None else theme.PRINT_BACKGROUND)
        painter.drawEllipse(QPointF(rect.left() + fraction * width, axis_y - 2 * radius), radius, radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.restore()
