"""The timeline strip: where each photo falls in the whole trip.

A time axis from the first stop or photo to the last, with day and hour ticks
in the trip's time zone, the stops named, and a small thumbnail per photo at its
absolute time. Marks too close to draw apart are stacked into a cluster with a
count. The wheel zooms (the view then follows the current photo), a click or a
drag jumps, hovering tells caption and local time.

All the positions come from ``viewer.model.timeline`` and the drawing of each
thing from ``viewer.gui.strippaint``; this widget decides what is drawn when and
reads the mouse. Everything but the current photo's highlight is drawn once
into a pixmap per trip, size, zoom or new thumbnails, so moving to the next
photo (many times a second in a play-through, while two threads decode) costs a
copy of that pixmap and one mark, not the whole axis again.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from viewer.gui.strippaint import (
    AXIS,
    AXIS_Y,
    BACKGROUND,
    CURRENT,
    HEIGHT,
    HOUR_ROW,
    MARK,
    MARK_TOP,
    PAD,
    STOP_ROWS,
    TEXT,
    paint_mark,
    paint_stops,
    paint_ticks,
)
from viewer.model.timefmt import local_label
from viewer.model.timeline import (
    Axis,
    Cluster,
    Layout,
    Placement,
    View,
    lay_out,
)
from viewer.model.trip import Trip

# The layout and colours live with the drawing; tests and benchmarks import them from here.
__all__ = ["BACKGROUND", "CURRENT", "HEIGHT", "HOUR_ROW", "MARK", "MARK_TOP", "PAD", "TimelineStrip"]

ZOOM_STEP = 1.25  # per wheel notch
HOVER_LINES = 8
FILL_AT_ONCE = 1_000  # trips up to this size show each thumbnail as it comes
FILL_REDRAW_MS = 250  # bigger ones gather what came for this long


class TimelineStrip(QWidget):
    """Draws the trip's timeline and lets the person jump along it.

    Signals:
        photoChosen(int): the person clicked or dragged to this photo.
    """

    photoChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(HEIGHT)
        self.setMouseTracking(True)
        self.trip: Trip | None = None  # as shown: with what the photos' metadata adds
        self.placed: Layout | None = None
        self.axis: Axis | None = None
        self.view = View()
        self.current = -1
        self.placement = Placement([])
        self._stops: list[float | None] = []
        self._thumbnails: dict[int, QImage] = {}
        self._dragging = False
        self.progress = (0, 0)  # thumbnails made, of how many
        self.status = ""  # what is still being read about the photos, shown at the right
        self.placing = False  # a trip is set and its layout is on its way
        self.new: set[int] = set()  # photos that came with the last reload
        self._layer: QPixmap | None = None  # all but the highlight, while nothing changes
        self._layer_clusters: list[Cluster] = []
        self._filling = QTimer(self, singleShot=True, interval=FILL_REDRAW_MS)
        self._filling.timeout.connect(self._redraw)

    # -- what the window tells it ----------------------------------------------------

    def set_trip(self, trip: Trip, keep_view: bool = False) -> None:
        """Draw ``trip``; ``keep_view`` keeps the zoom (a reload of the same trip)."""
        self.begin(keep_view)
        self.set_layout(lay_out(trip))

    def replace_trip(self, trip: Trip) -> None:
        """The same trip with more known (times read from the photos): re-place the marks."""
        self.set_layout(lay_out(trip))

    def begin(self, keep_view: bool = False) -> None:
        """A trip is coming: forget the marks, thumbnails and highlight of the last one.

        Until its layout is set (:meth:`set_layout`) the strip says it is placing the photos.
        """
        self.placed = None
        self.trip, self.axis, self.placement, self._stops = None, None, Placement([]), []
        if not keep_view:
            self.view = View()
        self.new = set()
        self.current = -1
        self.placing = True
        self._thumbnails.clear()
        self._redraw()

    def set_layout(self, layout: Layout) -> None:
        """Place the trip as ``layout`` says; the highlight and the thumbnails stay."""
        self.placed, self.placing = layout, False
        self.trip, self.axis, self.placement, self._stops = (
            layout.trip,
            layout.axis,
            layout.placement,
            layout.stops,
        )
        if 0 <= self.current < len(self.placement):
            self.view = self.view.follow(self.placement.fractions[self.current])
        self._redraw()

    def mark_new(self, indexes: set[int]) -> None:
        """Photos that arrived with a reload; marked NEW until they are shown."""
        self.new = set(indexes) - {self.current}
        self._redraw()

    def set_current(self, index: int) -> None:
        """Highlight photo ``index``: only its mark is drawn again, unless the view pans."""
        self.current = index
        view = self.view
        if 0 <= index < len(self.placement):
            self.view = self.view.follow(self.placement.fractions[index])
        if self.view != view or index in self.new:
            self.new.discard(index)
            self._redraw()
        else:
            self.update()

    def set_progress(self, done: int, total: int) -> None:
        """Thumbnails filled so far; shown on the strip until all are there."""
        if (done, total) != self.progress:
            self.progress = (done, total)
            self._redraw_soon()

    def set_status(self, text: str) -> None:
        """What is still being found out about the photos (``""``: nothing)."""
        if text != self.status:
            self.status = text
            self._redraw_soon()

    def thumbnails(self) -> dict[int, QImage]:
        """The thumbnails drawn now, by photo (a copy)."""
        return dict(self._thumbnails)

    def set_thumbnail(self, index: int, image: QImage) -> None:
        self.set_thumbnails({index: image})

    def set_thumbnails(self, images: dict[int, QImage]) -> None:
        """Thumbnails for these photos, drawn in one update however many they are."""
        if images:
            self._thumbnails.update(images)
            self._redraw_soon()

    def _redraw(self) -> None:
        """Something under the highlight changed: draw the whole strip again."""
        self._filling.stop()
        self._layer = None
        self.update()

    def _redraw_soon(self) -> None:
        """Thumbnails or progress came in: draw again, at most every ``FILL_REDRAW_MS`` for a big trip.

        A trip of thousands of photos fills for minutes, a batch every few milliseconds;
        drawing the strip for each would keep the UI thread busy with it.
        """
        if len(self.placement) <= FILL_AT_ONCE:
            self._redraw()
        elif not self._filling.isActive():
            self._filling.start()

    # -- geometry shared by painting and the mouse -------------------------------------

    @property
    def axis_width(self) -> float:
        return max(1.0, self.width() - 2 * PAD)

    def x_of(self, fraction: float) -> float:
        return PAD + self.view.to_x(fraction, self.axis_width)

    def fraction_at(self, x: float) -> float:
        return self.view.from_x(x - PAD, self.axis_width)

    def mark_clusters(self) -> list[Cluster]:
        """The photo marks as drawn now: clusters of photos too close to tell apart.

        Only those in view, found column by column (:meth:`Placement.marks`): a few
        dozen marks for a trip of 100,000 photos, without visiting each photo.
        """
        gap, reach = MARK.width() + 6, 2 * MARK.width() + 6
        found = self.placement.marks(
            self.view, self.axis_width, gap, -PAD - reach, self.width() - PAD + reach
        )
        return [
            Cluster(cluster.indices, PAD + cluster.x, tuple(PAD + x for x in cluster.lines))
            for cluster in found
            if -MARK.width() <= PAD + cluster.x <= self.width() + MARK.width()
        ]

    def cluster_at(self, point: QPointF) -> Cluster | None:
        if not MARK_TOP - 4 <= point.y() <= MARK_TOP + MARK.height() + 6:
            return None
        for cluster in self.mark_clusters():
            if abs(cluster.x - point.x()) <= MARK.width() / 2 + 3:
                return cluster
        return None

    def hover_text(self, point: QPointF) -> str:
        """What hovering at ``point`` tells: caption and local time of the photos there."""
        if self.trip is None:
            return ""
        cluster = self.cluster_at(point)
        if cluster is None:
            return self._stop_hover_text(point)
        lines = []
        for index in cluster.indices[:HOVER_LINES]:
            photo = self.trip.photos[index]
            when = local_label(photo.time) if photo.time else "time unknown"
            lines.append(f"{index + 1}. {photo.caption or photo.file}\n    {when}")
        if len(cluster.indices) > HOVER_LINES:
            lines.append(f"… and {len(cluster.indices) - HOVER_LINES} more (zoom in with the wheel)")
        return "\n".join(lines)

    def _stop_hover_text(self, point: QPointF) -> str:
        assert self.trip is not None
        if abs(point.y() - AXIS_Y) > 8 and point.y() < STOP_ROWS[0] - 14:
            return ""
        for stop, fraction in zip(self.trip.stops, self._stops, strict=True):
            if fraction is not None and stop.time is not None and abs(self.x_of(fraction) - point.x()) <= 6:
                return f"{stop.name}\n    {local_label(stop.time)}"
        return ""

    # -- the mouse -------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and len(self.placement):
            self._dragging = True
            self._choose(event.position(), clicked=True)
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._choose(event.position(), clicked=False)
        else:
            text = self.hover_text(event.position())
            self.setToolTip(text)
            if text:
                QToolTip.showText(event.globalPosition().toPoint(), text, self)
            else:
                QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = False

    def _choose(self, point: QPointF, clicked: bool) -> None:
        cluster = self.cluster_at(point)
        if clicked and cluster is not None and len(cluster.indices) > 1 and self.current in cluster.indices:
            # Clicking the stack that holds the current photo steps through it.
            members = cluster.indices
            chosen = members[(members.index(self.current) + 1) % len(members)]
        elif cluster is not None and not clicked and self.current in cluster.indices:
            return  # dragging within the current stack keeps the photo
        elif cluster is not None:
            chosen = cluster.indices[0]
        else:
            chosen = self.placement.nearest(self.fraction_at(point.x()))
        if chosen != self.current:
            self.photoChosen.emit(chosen)

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120
        if notches and self.axis is not None:
            anchor = self.fraction_at(event.position().x())
            self.view = self.view.zoom(ZOOM_STEP**notches, anchor, self.axis.min_view_span())
            self._redraw()
        event.accept()  # the wheel over the strip zooms; it never changes photo

    # -- painting ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layer = None

    def paintEvent(self, event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        layer = self._layer
        if (
            layer is None
            or layer.devicePixelRatioF() != ratio
            or layer.deviceIndependentSize() != self.size()
        ):
            layer = self._layer = self._paint_layer(ratio)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, layer)
        current = next((c for c in self._layer_clusters if self.current in c.indices), None)
        if current is not None and self.trip is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(self._small_font())
            self._paint_mark(painter, current, holds_current=True)

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPixelSize(12)
        return small

    def _paint_layer(self, ratio: float) -> QPixmap:
        """Everything but the highlight of the current photo."""
        layer = QPixmap(self.size() * ratio)
        layer.setDevicePixelRatio(ratio)
        layer.fill(BACKGROUND)
        self._layer_clusters = []
        if self.trip is None:
            if self.placing:
                painter = QPainter(layer)
                painter.setFont(self._small_font())
                painter.setPen(TEXT)
                painter.drawText(QPointF(PAD, AXIS_Y), "Placing the photos on the timeline …")
                painter.end()
            return layer
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = self._small_font()
        painter.setFont(small)
        painter.setPen(QPen(AXIS, 1.5))
        painter.drawLine(QPointF(PAD, AXIS_Y), QPointF(self.width() - PAD, AXIS_Y))
        if self.axis is not None:
            paint_ticks(painter, small, self.trip, self.axis, self.view, self.axis_width)
            paint_stops(painter, small, self.trip, self._stops, self.view, self.x_of, self.width())
        self._layer_clusters = self.mark_clusters()
        for cluster in self._layer_clusters:
            self._paint_mark(painter, cluster, holds_current=False)
        done, total = self.progress
        if done < total:
            painter.setPen(TEXT)
            painter.drawText(QPointF(PAD, MARK_TOP + 12), f"Thumbnails {done:,} / {total:,}")
        if self.status:
            painter.setPen(TEXT)
            width = painter.fontMetrics().horizontalAdvance(self.status)
            painter.drawText(QPointF(self.width() - PAD - width, MARK_TOP + 12), self.status)
        painter.end()
        return layer

    def _paint_mark(self, painter: QPainter, cluster: Cluster, holds_current: bool) -> None:
        """The mark of ``cluster``: its first photo, or the current one it ``holds_current``."""
        assert self.trip is not None
        shown = self.current if holds_current else cluster.indices[0]
        new = any(index in cluster.indices for index in self.new)
        paint_mark(painter, cluster, self.trip.photos[shown], self._thumbnails.get(shown), holds_current, new)

    def sizeHint(self) -> QSize:
        return QSize(800, HEIGHT)
