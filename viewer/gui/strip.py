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

from PySide6.QtCore import QPointF, QSize, Qt, Signal
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
from viewer.gui.textfit import TIP_CHARACTERS, clip
from viewer.model.timefmt import local_label
from viewer.model.timeline import (
    Axis,
    Cluster,
    View,
    clusters,
    nearest_photo,
    photo_fractions,
    stop_fractions,
    trip_axis,
)
from viewer.model.trip import Trip

# The layout and colours live with the drawing; tests and benchmarks import them from here.
__all__ = ["BACKGROUND", "CURRENT", "HEIGHT", "HOUR_ROW", "MARK", "MARK_TOP", "PAD", "TimelineStrip"]

ZOOM_STEP = 1.25  # per wheel notch
HOVER_LINES = 8


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
        self.trip: Trip | None = None
        self.axis: Axis | None = None
        self.view = View()
        self.current = -1
        self._fractions: list[float] = []
        self._stops: list[float | None] = []
        self._thumbnails: dict[int, QImage] = {}
        self._dragging = False
        self.progress = (0, 0)  # thumbnails made, of how many
        self.new: set[int] = set()  # photos that came with the last reload
        self._layer: QPixmap | None = None  # all but the highlight, while nothing changes
        self._layer_clusters: list[Cluster] = []

    # -- what the window tells it ----------------------------------------------------

    def set_trip(self, trip: Trip, keep_view: bool = False) -> None:
        """Draw ``trip``; ``keep_view`` keeps the zoom (a reload of the same trip)."""
        self.trip = trip
        self.axis = trip_axis(trip)
        if not keep_view:
            self.view = View()
        self.new = set()
        self.current = -1
        self._fractions = photo_fractions(trip, self.axis)
        self._stops = stop_fractions(trip, self.axis)
        self._thumbnails.clear()
        self._redraw()

    def replace_trip(self, trip: Trip) -> None:
        """The same trip with more known (times read from the photos): re-place the marks."""
        self.trip = trip
        self.axis = trip_axis(trip)
        self._fractions = photo_fractions(trip, self.axis)
        self._stops = stop_fractions(trip, self.axis)
        self._redraw()

    def mark_new(self, indexes: set[int]) -> None:
        """Photos that arrived with a reload; marked NEW until they are shown."""
        self.new = set(indexes) - {self.current}
        self._redraw()

    def set_current(self, index: int) -> None:
        """Highlight photo ``index``: only its mark is drawn again, unless the view pans."""
        self.current = index
        view = self.view
        if 0 <= index < len(self._fractions):
            self.view = self.view.follow(self._fractions[index])
        if self.view != view or index in self.new:
            self.new.discard(index)
            self._redraw()
        else:
            self.update()

    def set_progress(self, done: int, total: int) -> None:
        """Thumbnails filled so far; shown on the strip until all are there."""
        if (done, total) != self.progress:
            self.progress = (done, total)
            self._redraw()

    def set_thumbnail(self, index: int, image: QImage) -> None:
        self.set_thumbnails({index: image})

    def set_thumbnails(self, images: dict[int, QImage]) -> None:
        """Thumbnails for these photos, drawn in one update however many they are."""
        if images:
            self._thumbnails.update(images)
            self._redraw()

    def _redraw(self) -> None:
        """Something under the highlight changed: draw the whole strip again."""
        self._layer = None
        self.update()

    # -- geometry shared by painting and the mouse -------------------------------------

    @property
    def axis_width(self) -> float:
        return max(1.0, self.width() - 2 * PAD)

    def x_of(self, fraction: float) -> float:
        return PAD + self.view.to_x(fraction, self.axis_width)

    def fraction_at(self, x: float) -> float:
        return self.view.from_x(x - PAD, self.axis_width)

    def mark_clusters(self) -> list[Cluster]:
        """The photo marks as drawn now: clusters of photos too close to tell apart."""
        xs = [self.x_of(fraction) for fraction in self._fractions]
        return clusters(xs, MARK.width() + 6)

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
            lines.append(f"{index + 1}. {clip(photo.caption or photo.file, TIP_CHARACTERS)}\n    {when}")
        if len(cluster.indices) > HOVER_LINES:
            lines.append(f"… and {len(cluster.indices) - HOVER_LINES} more (zoom in with the wheel)")
        return "\n".join(lines)

    def _stop_hover_text(self, point: QPointF) -> str:
        assert self.trip is not None
        if abs(point.y() - AXIS_Y) > 8 and point.y() < STOP_ROWS[0] - 14:
            return ""
        for stop, fraction in zip(self.trip.stops, self._stops, strict=True):
            if fraction is not None and stop.time is not None and abs(self.x_of(fraction) - point.x()) <= 6:
                return f"{clip(stop.name, TIP_CHARACTERS)}\n    {local_label(stop.time)}"
        return ""

    # -- the mouse -------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._fractions:
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
            chosen = nearest_photo(self._fractions, self.fraction_at(point.x()))
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
        self._layer_clusters = [
            cluster
            for cluster in self.mark_clusters()
            if -MARK.width() <= cluster.x <= self.width() + MARK.width()
        ]
        for cluster in self._layer_clusters:
            self._paint_mark(painter, cluster, holds_current=False)
        done, total = self.progress
        if done < total:
            painter.setPen(TEXT)
            painter.drawText(QPointF(PAD, MARK_TOP + 12), f"Thumbnails {done} / {total}")
        painter.end()
        return layer

    def _paint_mark(self, painter: QPainter, cluster: Cluster, holds_current: bool) -> None:
        """The mark of ``cluster``: its first photo, or the current one it ``holds_current``."""
        assert self.trip is not None
        shown = self.current if holds_current else cluster.indices[0]
        xs = [self.x_of(self._fractions[index]) for index in cluster.indices]
        new = bool(self.new.intersection(cluster.indices))
        paint_mark(
            painter, cluster, self.trip.photos[shown], self._thumbnails.get(shown), xs, holds_current, new
        )

    def sizeHint(self) -> QSize:
        return QSize(800, HEIGHT)
