"""The route map: where each photo of the trip was taken, the current one marked, following the show.

The map is a view of the show's map layouts (``viewer.gui.show.maplayouts``): it
asks for a layout of its own shape, draws it into an image on a worker thread
(:func:`~viewer.gui.widgets.mappaint.render_map`) and keeps that image. A paint
copies the image and draws the current photo's mark on it, so stepping through
the show repaints only the old and new marks. While a new shape is being laid
out and drawn (a resize), the last image is shown stretched to fit.

A click on a photo's dot goes to that photo; hovering one names it.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal, Slot
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
from viewer.gui.show.maplayouts import shape_key
from viewer.gui.show.presentation import Presentation
from viewer.gui.widgets.mappaint import MapSizes, fitted, paint_current, render_map
from viewer.gui.widgets.textfit import clip
from viewer.imaging.jobs import JobQueue
from viewer.model.maplayout import MapLayout

SETTLE_MS = 120  # draw again for a new size once a resize has paused this long
DRAWING = "Drawing the map …"
NO_PLACES = (
    "No places in this trip.\nGive stops or photos a position (at: [lat, lon]), or use photos with GPS."
)
TIP_CHARACTERS = 120


class _Relay(QObject):
    drawn = Signal(int, object, object)  # request number, MapLayout, QImage


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
        self.layout_shown: MapLayout | None = None  # the layout the image is of
        self.image: QImage | None = None
        self.stale = False  # the image is of a trip or version the show has left
        self._wanted: MapLayout | None = None  # the latest layout of this shape, being drawn
        self._key: float | None = None
        self._current = show.current if show.trip is not None else -1
        self._mark: QRectF | None = None  # where the current photo's mark was drawn
        self._draws = itertools.count(1)
        self._drawing = 0
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

    # -- following the show -----------------------------------------------------------

    @Slot(float, object)
    def _on_layout(self, key: float, layout: MapLayout) -> None:
        if key == self._key:
            self._draw(layout)

    @Slot()
    def _on_cleared(self) -> None:
        """A new trip or version: its map is on its way. The old one stays on screen meanwhile
        (a reload changes little), without a mark, and a click on it goes nowhere."""
        self.stale, self._wanted = True, None
        self.update()

    @Slot(int, int)
    def _on_current(self, index: int, _direction: int) -> None:
        if index == self._current:
            return
        self._current = index
        if self._mark is not None:
            self.update(self._mark.toAlignedRect())
        frame = self.frame_rect()
        if self.layout_shown is not None and frame is not None:
            place = self.layout_shown.where(index)
            if place is not None:
                reach = MapSizes(frame.height()).current * 1.3 + 2
                x, y = frame.x() + place.x * frame.width(), frame.y() + place.y * frame.height()
                self.update(QRectF(x - reach, y - reach, 2 * reach, 2 * reach).toAlignedRect())

    # -- shape and drawing ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._settle.stop()
        if self._key is not None:
            self.presentation.maps.unwant(self._key)
            self._key = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._settle.start()

    @Slot()
    def _fit(self) -> None:
        """Ask for a layout of this shape, or draw the one there is at this size."""
        if not self.isVisible() or self.width() < 2 or self.height() < 2:
            return
        key = shape_key(self.width() / self.height())
        if key != self._key:
            if self._key is not None:
                self.presentation.maps.unwant(self._key)
            self._key = key
            known = self.presentation.maps.want(key)
            if known is not None:
                self._draw(known)
        elif self._wanted is not None:
            self._draw(self._wanted)

    def _draw(self, layout: MapLayout) -> None:
        """Draw ``layout`` at this size on the worker; the last image stays until it is in."""
        self._wanted = layout
        frame = fitted(layout.aspect, QRectF(self.rect()))
        width, height = round(frame.width()), round(frame.height())
        if width < 1 or height < 1:
            return
        ratio, font = self.devicePixelRatioF(), QFont(self.font())
        image = self.image
        if (
            layout is self.layout_shown
            and image is not None
            and image.deviceIndependentSize().toSize() == frame.size().toSize()
            and image.devicePixelRatio() == ratio
        ):
            return  # drawn already, at this size
        number, relay = next(self._draws), self._relay
        self._drawing = number

        def job() -> None:
            relay.drawn.emit(number, layout, render_map(layout, width, height, ratio, font))

        self._jobs.withdraw(lambda key: False)
        self._jobs.submit(number, job)

    @Slot(int, object, object)
    def _on_drawn(self, number: int, layout: MapLayout, image: QImage) -> None:
        if number != self._drawing or layout is not self._wanted:
            return
        self.layout_shown, self.image, self.stale = layout, image, False
        self.update()

    def wait_drawn(self, seconds: float = 10) -> bool:
        """Block until the layouts and drawings asked for are done (tests and benchmarks)."""
        return self.presentation.maps.wait_idle(seconds) and self._jobs.wait_idle(seconds)

    def frame_rect(self) -> QRectF | None:
        """Where the map's image is drawn in the widget."""
        if self.layout_shown is None:
            return None
        return fitted(self.layout_shown.aspect, QRectF(self.rect()))

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), theme.MAP_SEA)
        frame = self.frame_rect()
        if frame is None or self.image is None or self.layout_shown is None:
            self._mark = None
            self._note(painter, DRAWING)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(frame, self.image)
        layout = self.layout_shown
        if not layout.photos and not layout.stops and not layout.route:
            self._note(painter, NO_PLACES)
        elif layout.land_problem and not layout.shapes:
            self._note(painter, f"No coastlines: {layout.land_problem}", bottom=True)
        self._mark = None if self.stale else paint_current(painter, frame, layout, self._current)

    def _note(self, painter: QPainter, text: str, bottom: bool = False) -> None:
        painter.setPen(theme.MAP_NOTE)
        painter.setFont(theme.pixel_font(self.font(), MapSizes(self.height()).text))
        area = QRectF(self.rect()).adjusted(12, 12, -12, -12)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        flags |= Qt.AlignmentFlag.AlignBottom if bottom else Qt.AlignmentFlag.AlignVCenter
        painter.drawText(area, flags, text)

    # -- the mouse ----------------------------------------------------------------------

    def photo_at(self, point: QPointF) -> int | None:
        """The photo whose dot is at ``point`` (widget pixels), if any."""
        frame, layout = self.frame_rect(), self.layout_shown
        if frame is None or layout is None or frame.height() <= 0 or self.stale:
            return None
        reach = MapSizes(frame.height()).reach / frame.height()
        x = (point.x() - frame.x()) / frame.width()
        y = (point.y() - frame.y()) / frame.height()
        return layout.photo_at(x, y, reach)

    def point_of(self, index: int) -> QPointF | None:
        """Where photo ``index``'s dot is drawn (widget pixels), if it is."""
        frame, layout = self.frame_rect(), self.layout_shown
        place = layout.where(index) if layout is not None else None
        if frame is None or place is None:
            return None
        return QPointF(frame.x() + place.x * frame.width(), frame.y() + place.y * frame.height())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.photo_at(event.position())
            if index is not None:
                self.photoChosen.emit(index)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        cursor = Qt.CursorShape.PointingHandCursor if self.photo_at(event.position()) is not None else None
        if cursor is None:
            self.unsetCursor()
        else:
            self.setCursor(cursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.photo_at(QPointF(event.pos()))
            if index is None or self.presentation.trip is None:
                QToolTip.hideText()
            else:
                caption = self.presentation.resolved(index).caption or "No caption"
                QToolTip.showText(
                    event.globalPos(), f"Photo {index + 1}: {clip(caption, TIP_CHARACTERS)}", self
                )
            return True
        return super().event(event)
