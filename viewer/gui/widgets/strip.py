"""The timeline strip: where each photo falls in the whole trip.

A time axis from the first stop or photo to the last, with day and hour ticks
in the trip's time zone, the stops named, and a small thumbnail per photo at its
absolute time. Marks too close to draw apart are stacked into a cluster with a
count. The wheel zooms (the view then follows the current photo), a click or a
drag jumps, hovering tells caption and local time.

All the positions come from ``viewer.model.timeline`` and the drawing of each
thing from ``viewer.gui.widgets.strippaint``; this widget decides what is drawn when and
reads the mouse. Everything but the current photo's highlight is drawn once
into a pixmap per trip, size, zoom or new thumbnails, so moving to the next
photo (many times a second in a play-through, while two threads decode) costs a
copy of that pixmap and one mark, not the whole axis again.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from viewer.gui import theme
from viewer.gui.language import count_text, date_words
from viewer.gui.show.relay import Relay
from viewer.gui.widgets.strippaint import (
    AXIS_Y,
    HEIGHT,
    HOUR_ROW,
    MARK,
    MARK_TOP,
    PAD,
    STOP_ROWS,
    LayerState,
    mirror,
    paint_layer,
    paint_mark,
)
from viewer.gui.widgets.textfit import TIP_CHARACTERS, clip
from viewer.imaging.jobs import JobQueue
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

# The layout lives with the drawing; tests and benchmarks import it from here.
__all__ = ["HEIGHT", "HOUR_ROW", "MARK", "MARK_TOP", "PAD", "TimelineStrip"]

ZOOM_STEP = 1.25  # per wheel notch
HOVER_LINES = 8
FILL_AT_ONCE = 1_000  # trips up to this size show each thumbnail as it comes
KEPT_THUMBNAILS = 3_000  # a few screens' worth, a small part of a big trip's memory
PAINT_AT_ONCE = 300  # trips up to this size have their layer drawn on the UI thread
FILL_REDRAW_MS = 250  # bigger ones gather what came for this long


class _Relay(Relay):
    painted = Signal(int, object, object)  # version, QImage, the marks drawn in it


class TimelineStrip(QWidget):
    """Draws the trip's timeline and lets the person jump along it.

    Signals:
        photoChosen(int): the person clicked or dragged to this photo.
        wanted(list): the strip draws these photos' marks, whose thumbnails it let go.
    """

    photoChosen = Signal(int)
    wanted = Signal(object)  # a list of photo indexes

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
        # The thumbnails last given or drawn, at most KEPT_THUMBNAILS: a trip of 100,000 photos
        # would otherwise hold gigabytes of them. Those let go are asked for again when drawn.
        self._thumbnails: OrderedDict[int, QImage] = OrderedDict()
        self._let_go: set[int] = set()
        self._asked: set[int] = set()
        self._dragging = False
        self.progress = (0, 0)  # thumbnails made, of how many
        self.status = ""  # what is still being read about the photos, shown at the right
        self.placing = False  # a trip is set and its layout is on its way
        self.new: set[int] = set()  # photos that came with the last reload
        # The layer: all but the highlight, drawn once per change (its version), and its marks.
        self._version = 0
        self._layer: QImage | None = None
        self._layer_version = -1
        self._layer_fits: tuple[QSize, float] | None = None  # the size and pixel ratio it was taken at
        self._layer_clusters: list[Cluster] = []
        self._marks_drawn: list[Cluster] = []
        self._painting = False  # the worker is drawing a layer
        self._painter_jobs = JobQueue(1, "strip-paint")
        self.destroyed.connect(self._painter_jobs.close)
        self._relay = _Relay(self)
        self._relay.painted.connect(self._on_painted)
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
        self._let_go.clear()
        self._asked.clear()
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
            for index, image in images.items():
                self._thumbnails[index] = image
                self._thumbnails.move_to_end(index)
            self._let_go.difference_update(images)
            self._asked.difference_update(images)
            while len(self._thumbnails) > KEPT_THUMBNAILS:
                self._let_go.add(self._thumbnails.popitem(last=False)[0])
            self._redraw_soon()

    def _redraw(self) -> None:
        """Something under the highlight changed: draw the whole strip again."""
        self._filling.stop()
        self._version += 1
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
        words = date_words()
        for index in cluster.indices[:HOVER_LINES]:
            photo = self.trip.photos[index]
            when = local_label(photo.time, words=words) if photo.time else words.time_unknown
            lines.append(f"{index + 1}. {clip(photo.caption or photo.file, TIP_CHARACTERS)}\n    {when}")
        if len(cluster.indices) > HOVER_LINES:
            more = QCoreApplication.translate("Strip", "… and {count} more (zoom in with the wheel)")
            lines.append(more.format(count=count_text(len(cluster.indices) - HOVER_LINES)))
        return "\n".join(lines)

    def _stop_hover_text(self, point: QPointF) -> str:
        assert self.trip is not None
        if abs(point.y() - AXIS_Y) > 8 and point.y() < STOP_ROWS[0] - 14:
            return ""
        for stop, fraction in zip(self.trip.stops, self._stops, strict=True):
            if fraction is not None and stop.time is not None and abs(self.x_of(fraction) - point.x()) <= 6:
                return f"{clip(stop.name, TIP_CHARACTERS)}\n    {local_label(stop.time, words=date_words())}"
        return ""

    # -- the mouse -------------------------------------------------------------------

    @property
    def mirrored(self) -> bool:
        """Time runs right to left, as the window reads (Arabic): the strip is drawn mirrored."""
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def on_axis(self, point: QPointF) -> QPointF:
        """Where a point of the widget is on the strip as laid out (left to right, earliest first)."""
        return QPointF(self.width() - point.x(), point.y()) if self.mirrored else point

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and len(self.placement):
            self._dragging = True
            self._choose(self.on_axis(event.position()), clicked=True)
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._choose(self.on_axis(event.position()), clicked=False)
        else:
            text = self.hover_text(self.on_axis(event.position()))
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
            anchor = self.fraction_at(self.on_axis(event.position()).x())
            self.view = self.view.zoom(ZOOM_STEP**notches, anchor, self.axis.min_view_span())
            self._redraw()
        event.accept()  # the wheel over the strip zooms; it never changes photo

    # -- painting ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._redraw()  # time runs the other way now

    def paintEvent(self, event: QPaintEvent) -> None:
        """The layer as last drawn, and the current photo's highlight over it.

        The layer is drawn again when it is stale: here for a small trip, on the
        worker for a big one (the stale layer stays on screen until the new one is in).
        """
        ratio = self.devicePixelRatioF()
        if self._layer_version != self._version or self._layer_fits != (self.size(), ratio):
            if len(self.placement) <= PAINT_AT_ONCE:
                self._take_layer(self._version, paint_layer(self._layer_state(ratio)), self._marks_drawn)
            else:
                self._paint_behind(ratio)
        painter = QPainter(self)
        if self._layer is None:
            painter.fillRect(self.rect(), theme.STRIP_BACKGROUND)
        else:
            painter.drawImage(0, 0, self._layer)
        current = next((c for c in self._layer_clusters if self.current in c.indices), None)
        if current is not None and self.trip is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(self._small_font())
            if self.mirrored:
                mirror(painter, self.width())
            self._paint_mark(painter, current, holds_current=True)

    def wait_idle(self, seconds: float | None = None) -> bool:
        """Block until no layer is being drawn on the worker (for tests)."""
        return self._painter_jobs.wait_idle(seconds)

    @property
    def drawn(self) -> bool:
        """Whether what is on screen shows all that was set (a big trip's layer comes from a worker)."""
        fits = self._layer_fits == (self.size(), self.devicePixelRatioF())
        return not self._filling.isActive() and self._layer_version == self._version and fits

    def _small_font(self) -> QFont:
        return theme.pixel_font(self.font(), 12)

    def _layer_state(self, ratio: float) -> LayerState:
        """What the layer shows now, taken for :func:`paint_layer` (on this thread or a worker)."""
        self._marks_drawn = self.mark_clusters() if self.placed is not None else []
        self._layer_fits = (self.size(), ratio)
        shown = {}
        for cluster in self._marks_drawn:
            index = cluster.indices[0]
            if index in self._thumbnails:
                self._thumbnails.move_to_end(index)  # drawn: the last to be let go
                shown[index] = self._thumbnails[index]
        let_go, asked = self._let_go, self._asked
        again = [
            c.indices[0] for c in self._marks_drawn if c.indices[0] in let_go and c.indices[0] not in asked
        ]
        if again:
            self._asked.update(again)
            self.wanted.emit(again)
        return LayerState(
            QSize(self.size()),
            ratio,
            self._small_font(),
            self.placed,
            self.view,
            self._marks_drawn,
            shown,
            frozenset(self.new),
            self.progress,
            self.status,
            self.placing,
            self.mirrored,
        )

    def _paint_behind(self, ratio: float) -> None:
        """Have the worker draw the layer, unless it is drawing one already (then again after)."""
        if self._painting:
            return
        self._painting = True
        version, state, marks, relay = self._version, self._layer_state(ratio), self._marks_drawn, self._relay

        def job() -> None:
            relay.send("painted", version, paint_layer(state), marks)

        self._painter_jobs.submit(version, job)

    @Slot(int, object, object)
    def _on_painted(self, version: int, layer: QImage, marks: list[Cluster]) -> None:
        self._painting = False
        self._take_layer(version, layer, marks)
        self.update()  # shows this layer, and asks for a newer one if it is stale already

    def _take_layer(self, version: int, layer: QImage, marks: list[Cluster]) -> None:
        self._layer, self._layer_version, self._layer_clusters = layer, version, marks

    def _paint_mark(self, painter: QPainter, cluster: Cluster, holds_current: bool) -> None:
        """The mark of ``cluster``: its first photo, or the current one it ``holds_current``."""
        assert self.trip is not None
        shown = self.current if holds_current else cluster.indices[0]
        new = any(index in cluster.indices for index in self.new)
        paint_mark(painter, cluster, self.trip.photos[shown], self._thumbnails.get(shown), holds_current, new)

    def sizeHint(self) -> QSize:
        return QSize(800, HEIGHT)
