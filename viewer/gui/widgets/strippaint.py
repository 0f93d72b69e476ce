"""Drawing the timeline strip: its layout and each thing on it, in the colours of ``viewer.gui.theme``.

The day and hour ticks with their labels, the stops with their names, and a
photo's mark (its thumbnail, or a stack of them with a count) are drawn here
with whatever painter they are given, from positions already worked out.
:class:`~viewer.gui.widgets.strip.TimelineStrip` decides what is drawn when: the layer
it keeps in a pixmap, and the current photo's highlight over it. The layout
constants are shared with the strip's reading of the mouse.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPen

from viewer.gui import STRIP_HEIGHT, theme
from viewer.gui.language import count_text, date_words
from viewer.gui.widgets.textfit import elide
from viewer.model.timefmt import day_label, format_offset
from viewer.model.timeline import Axis, Cluster, Layout, View, ticks, wall_clock
from viewer.model.trip import Photo, Stop, Trip

MARK = QSize(48, 32)  # a photo's thumbnail mark, logical pixels
PAD = 28  # space left and right of the axis, so end marks fit
MARK_TOP = 6
AXIS_Y = MARK_TOP + MARK.height() + 12
HOUR_ROW = AXIS_Y + 18  # baselines of the label rows under the axis
DAY_ROW = AXIS_Y + 34
STOP_ROWS = (AXIS_Y + 50, AXIS_Y + 64)
STOP_SHARE = 0.25  # the widest a stop's name is drawn, of the strip's width (hover shows it whole)
HEIGHT = STRIP_HEIGHT  # the rows above fit: the last stop row's baseline is 6 px above the bottom


def stop_label(stop: Stop) -> str:
    """A stop's name with the UTC offset it was reached in: ``Pyongyang UTC+9``.

    The offsets along the route are what show the trip crossing time zones.
    """
    return f"{stop.name} {format_offset(stop.time.offset)}" if stop.time else stop.name


def mirror(painter: QPainter, width: float) -> None:
    """Draw the strip mirrored from now on, time running right to left (an Arabic window).

    Only the geometry is mirrored: words and thumbnails are drawn upright where their
    mirrored places are (:func:`text_at`, :func:`text_in`, :func:`image_in`).
    """
    painter.translate(width, 0)
    painter.scale(-1, 1)


def _mirrored(painter: QPainter) -> bool:
    return painter.worldTransform().m11() < 0


def text_at(painter: QPainter, point: QPointF, text: str) -> None:
    """``painter.drawText(point, text)``, upright on a mirrored strip, over the same stretch of it."""
    if not _mirrored(painter):
        painter.drawText(point, text)
        return
    metrics = QFontMetricsF(painter.font())
    box = QRectF(point.x(), point.y() - metrics.ascent(), metrics.horizontalAdvance(text), metrics.height())
    shown = painter.worldTransform().mapRect(box)
    painter.save()
    painter.resetTransform()
    painter.drawText(QPointF(shown.left(), point.y()), text)
    painter.restore()


def text_in(painter: QPainter, rect: QRectF, flags: Qt.AlignmentFlag, text: str) -> None:
    """``painter.drawText(rect, flags, text)``, upright on a mirrored strip."""
    if not _mirrored(painter):
        painter.drawText(rect, flags, text)
        return
    shown = painter.worldTransform().mapRect(rect)
    painter.save()
    painter.resetTransform()
    painter.drawText(shown, flags, text)
    painter.restore()


def image_in(painter: QPainter, rect: QRectF, image: QImage) -> None:
    """``painter.drawImage(rect, image)``, the right way round on a mirrored strip."""
    if not _mirrored(painter):
        painter.drawImage(rect, image)
        return
    shown = painter.worldTransform().mapRect(rect)
    painter.save()
    painter.resetTransform()
    painter.drawImage(shown, image)
    painter.restore()


def paint_ticks(
    painter: QPainter, font: QFont, trip: Trip, axis: Axis, view: View, axis_width: float
) -> None:
    """Day and hour ticks along the axis, labelled in the trip's time zone."""
    metrics = QFontMetricsF(font)
    zone = trip.display_zone()
    words = date_words()
    found = ticks(axis, view, axis_width, zone, words=words)
    # The day the view starts in, named at the left unless its midnight is in view.
    first_day = next((tick for tick in found if tick.major and tick.label), None)
    opening = day_label(wall_clock(axis.moment_at(view.start), zone), words=words)
    bold = QFont(font)
    bold.setBold(True)
    if first_day is None or first_day.x > QFontMetricsF(bold).horizontalAdvance(opening) + 24:
        painter.setFont(bold)
        painter.setPen(theme.STRIP_DAY_TEXT)
        text_at(painter, QPointF(PAD, DAY_ROW), opening)
        painter.setFont(font)
    for tick in found:
        x = PAD + tick.x
        if tick.major:
            painter.setPen(QPen(theme.STRIP_DAY_TEXT, 1.5))
            painter.drawLine(QPointF(x, AXIS_Y - 6), QPointF(x, AXIS_Y + 8))
            if tick.label:
                painter.setFont(bold)
                text_at(painter, QPointF(x + 3, DAY_ROW), tick.label)
                painter.setFont(font)
        else:
            painter.setPen(QPen(theme.STRIP_AXIS, 1))
            painter.drawLine(QPointF(x, AXIS_Y), QPointF(x, AXIS_Y + 5))
            painter.setPen(theme.TEXT_DIM)
            width = metrics.horizontalAdvance(tick.label)
            text_at(painter, QPointF(x - width / 2, HOUR_ROW), tick.label)


def paint_stops(
    painter: QPainter,
    font: QFont,
    trip: Trip,
    places: list[float | None],
    view: View,
    x_of: Callable[[float], float],
    strip_width: int,
) -> None:
    """The stops in view on the axis, named in two rows where there is room.

    ``places``: each stop's fraction of the axis (None: it has no time);
    ``x_of``: where a fraction is drawn.
    """
    metrics = QFontMetricsF(font)
    rows_end = [-1e9, -1e9]  # right edge of the last label in each row
    for stop, fraction in zip(trip.stops, places, strict=True):
        if fraction is None or not view.contains(fraction):
            continue
        x = x_of(fraction)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.STRIP_STOP)
        painter.drawEllipse(QPointF(x, AXIS_Y), 4.5, 4.5)
        name = elide(stop_label(stop), font, strip_width * STOP_SHARE)
        width = metrics.horizontalAdvance(name)
        left = min(max(x - width / 2, 2.0), strip_width - width - 2)
        row = next((r for r in (0, 1) if left > rows_end[r] + 8), None)
        if row is None:
            continue  # no room left for this name at this zoom; hover the strip or zoom in
        rows_end[row] = left + width
        painter.setPen(theme.STRIP_STOP)
        text_at(painter, QPointF(left, STOP_ROWS[row]), name)


def paint_mark(
    painter: QPainter,
    cluster: Cluster,
    photo: Photo,
    image: QImage | None,
    holds_current: bool,
    new: bool,
) -> None:
    """One photo's mark (or a stack's), drawn over whatever was there.

    ``photo``, ``image``: the photo the mark shows and its thumbnail, if made;
    ``new``: the cluster holds a photo that came with a reload. A hairline runs from
    the mark to each pixel column of the axis that holds a photo of the cluster
    (``cluster.lines``): a few dozen, not one per photo of a stack of thousands.
    """
    font = painter.font()
    rect = QRectF(cluster.x - MARK.width() / 2, MARK_TOP, MARK.width(), MARK.height())
    for depth in range(min(2, len(cluster.indices) - 1), 0, -1):  # the stack behind
        painter.setPen(QPen(theme.STRIP_MARK_EDGE, 1))
        painter.setBrush(theme.STRIP_PLACEHOLDER)
        painter.drawRect(rect.translated(3 * depth, -3 * depth))
    # A hairline from the mark to its exact time on the axis; all in one call, as each
    # call into Qt waits for the interpreter lock while workers read files.
    painter.setPen(QPen(theme.ACCENT if holds_current else theme.STRIP_AXIS, 1))
    painter.drawLines([QLineF(x, rect.bottom(), x, AXIS_Y) for x in cluster.lines])
    if photo.time is None:
        painter.fillRect(rect, theme.STRIP_BACKGROUND)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(theme.STRIP_MARK_EDGE, 1.5, Qt.PenStyle.DashLine))
        painter.drawRect(rect)  # hollow: this photo has no time
    elif image is None:
        painter.fillRect(rect, theme.STRIP_PLACEHOLDER)
    else:
        image_in(painter, rect, image)
    edge = QPen(theme.ACCENT, 3) if holds_current else QPen(theme.STRIP_MARK_EDGE, 1)
    painter.setPen(edge)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    if len(cluster.indices) > 1:
        _paint_count(painter, font, rect, len(cluster.indices), holds_current)
    if new:
        _paint_new(painter, font, rect)


def _paint_count(painter: QPainter, font: QFont, rect: QRectF, count: int, current: bool) -> None:
    bold = theme.pixel_font(font, 11, bold=True)
    text = f"{count:,}"
    # As wide as the count (a stack of 12,000 in a big shoot), growing leftwards over the mark.
    width = max(22.0, QFontMetricsF(bold).horizontalAdvance(text) + 10)
    badge = QRectF(rect.right() + 10 - width, rect.top() - 8, width, 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.ACCENT if current else theme.STRIP_COUNT)
    painter.drawRoundedRect(badge, 8, 8)
    painter.setPen(theme.BADGE_TEXT)
    painter.setFont(bold)
    text_in(painter, badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.setFont(font)


def _paint_new(painter: QPainter, font: QFont, rect: QRectF) -> None:
    badge = QRectF(rect.left() - 6, rect.bottom() - 10, 30, 14)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.STRIP_NEW)
    painter.drawRoundedRect(badge, 4, 4)
    bold = theme.pixel_font(font, 10, bold=True)
    painter.setFont(bold)
    painter.setPen(theme.STRIP_NEW_TEXT)
    text_in(painter, badge, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("Strip", "NEW"))
    painter.setFont(font)


@dataclass(frozen=True)
class LayerState:
    """All the strip's layer shows (everything but the current photo's highlight), taken at once.

    Nothing in it changes afterwards, so :func:`paint_layer` may draw it on any
    thread: the strip of a big trip is drawn on a worker, never on the UI thread.
    """

    size: QSize  # logical pixels
    ratio: float  # device pixels per logical pixel
    font: QFont  # the small font, 12 px
    placed: Layout | None
    view: View
    marks: list[Cluster]  # in view, with x in the strip's pixels
    thumbnails: Mapping[int, QImage]
    new: Collection[int]  # photos that came with the last reload
    progress: tuple[int, int]  # thumbnails made, of how many
    status: str  # what is still being read, shown at the right
    placing: bool  # a trip is set and its layout is on its way
    mirrored: bool = False  # time runs right to left (the window reads right to left)


def paint_layer(state: LayerState) -> QImage:
    """The strip's layer as ``state`` says: axis, ticks, stops, every mark, the progress notes."""
    layer = QImage(state.size * state.ratio, QImage.Format.Format_ARGB32_Premultiplied)
    layer.setDevicePixelRatio(state.ratio)
    layer.fill(theme.STRIP_BACKGROUND)
    painter = QPainter(layer)
    painter.setFont(state.font)
    placed, width = state.placed, state.size.width()
    if state.mirrored:
        mirror(painter, width)
    if placed is None:
        if state.placing:
            painter.setPen(theme.TEXT_DIM)
            text_at(
                painter,
                QPointF(PAD, AXIS_Y),
                QCoreApplication.translate("Strip", "Placing the photos on the timeline …"),
            )
        painter.end()
        return layer
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(theme.STRIP_AXIS, 1.5))
    painter.drawLine(QPointF(PAD, AXIS_Y), QPointF(width - PAD, AXIS_Y))
    axis_width, view = max(1.0, width - 2 * PAD), state.view
    if placed.axis is not None:
        paint_ticks(painter, state.font, placed.trip, placed.axis, view, axis_width)
        x_of = lambda fraction: PAD + view.to_x(fraction, axis_width)  # noqa: E731
        paint_stops(painter, state.font, placed.trip, placed.stops, view, x_of, width)
    for cluster in state.marks:
        shown = cluster.indices[0]
        new = any(index in cluster.indices for index in state.new)
        paint_mark(painter, cluster, placed.trip.photos[shown], state.thumbnails.get(shown), False, new)
    done, total = state.progress
    if done < total:
        said = QCoreApplication.translate("Strip", "Thumbnails {done} / {total}")
        _paint_note(painter, state.font, PAD, said.format(done=count_text(done), total=count_text(total)))
    if state.status:
        advance = QFontMetricsF(state.font).horizontalAdvance(state.status)
        _paint_note(painter, state.font, width - PAD - advance, state.status)
    painter.end()
    return layer


def _paint_note(painter: QPainter, font: QFont, left: float, text: str) -> None:
    """A progress note over the marks, on a patch of the strip's ground so it can be read."""
    metrics = QFontMetricsF(font)
    baseline = MARK_TOP + 12
    box = QRectF(
        left - 4, baseline - metrics.ascent() - 2, metrics.horizontalAdvance(text) + 8, metrics.height() + 4
    )
    painter.fillRect(box, theme.STRIP_BACKGROUND)
    painter.setPen(theme.TEXT_DIM)
    text_at(painter, QPointF(left, baseline), text)
