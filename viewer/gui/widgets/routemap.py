"""The route map: where each photo of the trip was taken, the current one marked, following the show.

The map is a view of the show's map layouts (``viewer.gui.show.maplayouts``): it
asks for a layout of its own shape, draws it into an image on a worker thread
(:func:`~viewer.gui.widgets.mappaint.render_map`) and keeps that image. A paint
copies the image and draws the current photo's mark on it, so stepping through
the show repaints only the old and new marks. While a new shape is being laid
out and drawn (a resize), the last image is shown stretched to fit.

When the photos crowd one spot of the whole trip's map (a journey of days, then the
photos in the city it led to: ``viewer.model.maplayout.detail_area``), a second map
of the photos alone is inset in the emptiest corner, framed on the big map, and the
mark moves on both. The two go on screen together, once both are drawn, so the map
never shows half made.

A click on a photo's dot goes to that photo; hovering one names it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QHelpEvent,
    QHideEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from viewer.gui import theme
from viewer.gui.language import QT_TRANSLATE_NOOP
from viewer.gui.show.maplayouts import Shape, shape_key
from viewer.gui.show.presentation import Presentation
from viewer.gui.show.relay import Relay
from viewer.gui.widgets.caption import NO_CAPTION
from viewer.gui.widgets.mappaint import MapSizes, fitted, paint_current, paint_inset_frame, render_map
from viewer.gui.widgets.textfit import clip
from viewer.imaging.jobs import JobQueue
from viewer.model.maplayout import INSET_HEIGHT, INSET_WIDTH, MapLayout, UnitBox

SETTLE_MS = 120  # draw again for a new size once a resize has paused this long
DRAWING = QT_TRANSLATE_NOOP("RouteMap", "Drawing the map …")
NO_PLACES = QT_TRANSLATE_NOOP(
    "RouteMap",
    "No places in this trip.\nGive stops or photos a position (at: [lat, lon]), or use photos with GPS.",
)
TIP_CHARACTERS = 120
LEAST_INSET = 60  # pixels: an inset smaller than this would show nothing
KEPT_SIZES = 3  # images kept of each map, at its last sizes


class _Relay(Relay):
    drawn = Signal(str, int, object, object)  # pane, request number, MapLayout, QImage


@dataclass
class MapPane:
    """One map drawn in the widget: the whole trip's, or the detail inset's."""

    name: str
    shape: Shape | None = None  # the layout shape asked of the show
    wanted: MapLayout | None = None  # the newest layout of that shape, being drawn
    shown: MapLayout | None = None  # on screen: the layout the image is of
    image: QImage | None = None
    ready: tuple[MapLayout, QImage] | None = None  # drawn, waiting for the other pane
    drawing: int = 0  # the request whose image is awaited, 0 if none
    area: QRectF | None = None  # where the pane goes in the widget
    # The newest layout's images at the sizes it was last drawn, so going back to a size
    # (a projector unplugged and plugged in again, full screen and back) costs nothing.
    drawn: dict[tuple[int, int, float], QImage] = field(default_factory=dict)
    drawn_of: MapLayout | None = None

    def keep(self, layout: MapLayout, size: tuple[int, int, float], image: QImage) -> None:
        if layout is not self.drawn_of:
            self.drawn, self.drawn_of = {}, layout
        self.drawn.pop(size, None)
        self.drawn[size] = image
        while len(self.drawn) > KEPT_SIZES:
            del self.drawn[next(iter(self.drawn))]

    def done(self) -> bool:
        """Whether the newest layout is drawn (on screen, or ready to go)."""
        return self.wanted is not None and self.drawing == 0

    def frame(self) -> QRectF | None:
        """Where the image is drawn: its layout's shape, fitted in the pane's area."""
        if self.shown is None or self.area is None:
            return None
        return fitted(self.shown.aspect, self.area)

    def point(self, index: int) -> QPointF | None:
        frame, layout = self.frame(), self.shown
        place = layout.where(index) if layout is not None else None
        if frame is None or place is None:
            return None
        return QPointF(frame.x() + place.x * frame.width(), frame.y() + place.y * frame.height())


class RouteMap(QWidget):
    """The show's trip on a map.

    Signals:
        photoChosen(int): the person clicked this photo's dot.
    """

    photoChosen = Signal(int)

    def __init__(self, show: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = show
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)
        self.whole = MapPane("whole")
        self.inset = MapPane("inset")
        self.detail: UnitBox | None = None  # the photos' box on the whole map, when inset: on screen
        self._detail: UnitBox | None = None  # ... for the layout being drawn
        self._inset_box: UnitBox | None = None  # where the inset goes on the whole map
        self.stale = False  # the images are of a trip or version the show has left
        self._current = show.current if show.trip is not None else -1
        self._draws = itertools.count(1)
        self._jobs = JobQueue(1, "map-draw")
        self._relay = _Relay(self)
        self._relay.drawn.connect(self._on_drawn)
        self.destroyed.connect(self._jobs.close)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._fit)
        show.maps.ready.connect(self._on_layout)
        show.maps.cleared.connect(self._on_cleared)
        show.currentChanged.connect(self._on_current)
        self.photoChosen.connect(show.go)

    # -- what tests and the window read --------------------------------------------------

    @property
    def layout_shown(self) -> MapLayout | None:
        return self.whole.shown

    @property
    def image(self) -> QImage | None:
        return self.whole.image

    def frame_rect(self) -> QRectF | None:
        """Where the whole trip's map is drawn in the widget."""
        return self.whole.frame()

    def inset_rect(self) -> QRectF | None:
        """Where the detail inset is drawn, if it is."""
        return self.inset.frame() if self.detail is not None and self.inset.image is not None else None

    def point_of(self, index: int, pane: str = "whole") -> QPointF | None:
        """Where photo ``index``'s dot is drawn (widget pixels) on the whole map or the inset, if it is."""
        if pane == "inset":
            return self.inset.point(index) if self.inset_rect() is not None else None
        return self.whole.point(index)

    def wait_drawn(self, seconds: float = 10) -> bool:
        """Block until the layouts and drawings asked for are done (tests and benchmarks)."""
        return self.presentation.maps.wait_idle(seconds) and self._jobs.wait_idle(seconds)

    # -- following the show -----------------------------------------------------------

    @Slot(object, object)
    def _on_layout(self, shape: Shape, layout: MapLayout) -> None:
        if shape == self.whole.shape:
            self._place_inset(layout)
            self._draw(self.whole, layout)
        elif shape == self.inset.shape:
            self._draw(self.inset, layout)

    @Slot()
    def _on_cleared(self) -> None:
        """A new trip or version: its map is on its way. The old one stays on screen meanwhile
        (a reload changes little), without a mark, and a click on it goes nowhere."""
        self.stale = True
        self.whole.wanted = self.inset.wanted = None
        self.update()

    @Slot(int, int)
    def _on_current(self, index: int, _direction: int) -> None:
        if index == self._current:
            return
        for rect in self._marks(self._current) + self._marks(index):
            self.update(rect.toAlignedRect())
        self._current = index

    def _marks(self, index: int) -> list[QRectF]:
        """Where photo ``index``'s mark is drawn, on each map."""
        rects = []
        for pane in (self.whole, self.inset):
            point, frame = pane.point(index), pane.frame()
            if point is not None and frame is not None:
                reach = MapSizes(frame.height()).current * 1.3 + 2
                rects.append(QRectF(point.x() - reach, point.y() - reach, 2 * reach, 2 * reach))
        return rects

    # -- shape and drawing ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._settle.stop()
        self.presentation.trace.note("map hidden")
        for pane in (self.whole, self.inset):
            self._ask(pane, None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The images drawn stay, fitted to the new size, until they are drawn for it."""
        super().resizeEvent(event)
        self.whole.area = QRectF(self.rect())
        frame = self.whole.frame()
        if frame is not None and self._inset_box is not None:
            self.inset.area = self._inset_area(frame, self._inset_box)
        if self.isVisible():
            self._settle.start()

    @staticmethod
    def _inset_area(frame: QRectF, box: UnitBox) -> QRectF:
        left, top, right, bottom = box
        return QRectF(
            frame.x() + left * frame.width(),
            frame.y() + top * frame.height(),
            (right - left) * frame.width(),
            (bottom - top) * frame.height(),
        )

    def _ask(self, pane: MapPane, shape: Shape | None) -> MapLayout | None:
        """Ask the show for maps of ``shape`` in ``pane`` (None: none); the layout there is, if any."""
        if shape == pane.shape:
            return self.presentation.maps.latest(shape) if shape is not None else None
        if pane.shape is not None:
            self.presentation.maps.unwant(pane.shape)
        pane.shape = shape
        return self.presentation.maps.want(shape) if shape is not None else None

    @Slot()
    def _fit(self) -> None:
        """Ask for a layout of this shape, or draw the one there is at this size."""
        if not self.isVisible() or self.width() < 2 or self.height() < 2:
            return
        self.whole.area = QRectF(self.rect())
        known = self._ask(self.whole, shape_key(self.width() / self.height()))
        layout = known or self.whole.wanted
        if layout is not None:
            self._place_inset(layout)
            self._draw(self.whole, layout)

    def _place_inset(self, layout: MapLayout) -> None:
        """An inset of the photos alone, where the whole map has them crowded into one spot."""
        frame = fitted(layout.aspect, QRectF(self.rect()))
        width, height = frame.width() * INSET_WIDTH, frame.height() * INSET_HEIGHT
        if layout.detail is None or layout.inset is None or min(width, height) < LEAST_INSET:
            self._detail = self._inset_box = None
            self._ask(self.inset, None)
            self.inset.wanted, self.inset.drawing = None, 0
            return
        self._detail, self._inset_box = layout.detail, layout.inset
        self.inset.area = self._inset_area(frame, self._inset_box)
        known = self._ask(self.inset, shape_key(width / height, detail=True))
        if known is not None or self.inset.wanted is not None:
            self._draw(self.inset, known or self.inset.wanted)  # type: ignore[arg-type]

    def _draw(self, pane: MapPane, layout: MapLayout) -> None:
        """Draw ``layout`` at the pane's size on the worker; the last image stays until it is in."""
        pane.wanted = layout
        if pane.area is None:
            return
        frame = fitted(layout.aspect, pane.area)
        width, height = round(frame.width()), round(frame.height())
        if width < 1 or height < 1:
            return
        ratio, font = self.devicePixelRatioF(), QFont(self.font())
        known = pane.drawn.get((width, height, ratio)) if layout is pane.drawn_of else None
        if known is not None:  # drawn already, at this size
            pane.drawing, pane.ready = 0, (layout, known)
            self._commit()
            return
        number, relay, name = next(self._draws), self._relay, pane.name
        pane.drawing, pane.ready = number, None
        # The legend keeps clear of the inset and what it enlarges; the inset has none.
        avoid = None if pane is self.inset else [box for box in (self._detail, self._inset_box) if box]

        def job() -> None:
            relay.send("drawn", name, number, layout, render_map(layout, width, height, ratio, font, avoid))

        self._jobs.withdraw(lambda key: key[0] != name)  # type: ignore[index]
        self._jobs.submit((name, number), job)
        self.presentation.trace.note("map drawing", pane=name)

    @Slot(str, int, object, object)
    def _on_drawn(self, name: str, number: int, layout: MapLayout, image: QImage) -> None:
        pane = self.whole if name == self.whole.name else self.inset
        if number != pane.drawing or layout is not pane.wanted:
            return
        pane.ready, pane.drawing = (layout, image), 0
        size = image.deviceIndependentSize().toSize()
        pane.keep(layout, (size.width(), size.height(), image.devicePixelRatio()), image)
        self._commit()

    def _commit(self) -> None:
        """Once the whole map and its inset (if it has one) are drawn, put both on screen."""
        if not self.whole.done() or (self._detail is not None and not self.inset.done()):
            return
        for pane in (self.whole, self.inset):
            if pane.ready is not None:
                pane.shown, pane.image = pane.ready
                pane.ready = None
        self.detail, self.stale = self._detail, False
        layout = self.whole.shown
        assert layout is not None
        self.presentation.trace.note(
            "map",
            photos=len(layout.photos),
            stops=len(layout.stops),
            shapes=len(layout.shapes),
            inset=bool(self.detail),
        )
        self.update()

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), theme.MAP_SEA)
        frame, layout = self.whole.frame(), self.whole.shown
        if frame is None or self.whole.image is None or layout is None:
            self._note(painter, QCoreApplication.translate("RouteMap", DRAWING))
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(frame, self.whole.image)
        if not layout.photos and not layout.stops and not layout.route:
            self._note(painter, QCoreApplication.translate("RouteMap", NO_PLACES))
        elif layout.land_problem and not layout.shapes:
            said = QCoreApplication.translate("RouteMap", "No coastlines: {problem}")
            self._note(painter, said.format(problem=layout.land_problem), bottom=True)
        if self.stale:
            return
        paint_current(painter, frame, layout, self._current)
        inset = self.inset_rect()
        if inset is not None and self.detail is not None and self.inset.image is not None:
            assert self.inset.shown is not None
            paint_inset_frame(painter, frame, self.detail, inset)
            painter.drawImage(inset, self.inset.image)
            paint_current(painter, inset, self.inset.shown, self._current)

    def _note(self, painter: QPainter, text: str, bottom: bool = False) -> None:
        painter.setPen(theme.MAP_NOTE)
        painter.setFont(theme.pixel_font(self.font(), MapSizes(self.height()).text))
        area = QRectF(self.rect()).adjusted(12, 12, -12, -12)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        flags |= Qt.AlignmentFlag.AlignBottom if bottom else Qt.AlignmentFlag.AlignVCenter
        painter.drawText(area, flags, text)

    # -- the mouse ----------------------------------------------------------------------

    def photo_at(self, point: QPointF) -> int | None:
        """The photo whose dot is at ``point`` (widget pixels), if any: on the inset where it is."""
        if self.stale:
            return None
        inset = self.inset_rect()
        pane = self.inset if inset is not None and inset.contains(point) else self.whole
        frame, layout = pane.frame(), pane.shown
        if frame is None or layout is None or frame.height() <= 0:
            return None
        reach = MapSizes(frame.height()).reach / frame.height()
        x = (point.x() - frame.x()) / frame.width()
        y = (point.y() - frame.y()) / frame.height()
        return layout.photo_at(x, y, reach)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.photo_at(event.position())
            if index is not None:
                self.photoChosen.emit(index)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.photo_at(event.position()) is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.photo_at(QPointF(event.pos()))
            if index is None or self.presentation.trip is None:
                QToolTip.hideText()
            else:
                caption = self.presentation.resolved(index).caption or QCoreApplication.translate(
                    "Caption", NO_CAPTION
                )
                QToolTip.showText(
                    event.globalPos(),
                    QCoreApplication.translate("RouteMap", "Photo {number}: {caption}").format(
                        number=index + 1, caption=clip(caption, TIP_CHARACTERS)
                    ),
                    self,
                )
            return True
        return super().event(event)
