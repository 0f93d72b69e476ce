"""A photo view that follows the show's zoom and pointer, and lets the mouse drive them.

It shows the current photo zoomed as the show's :class:`PhotoZoom` says (the
audience's photo area, or the presenter's pane showing the same part of the
photo), draws the pointer or spotlight where the show's :class:`Pointer` is, and
turns the mouse into photo points for both: a double-click zooms to 100 % there,
Ctrl+wheel zooms in steps, a drag or the wheel pans the zoomed photo, and moving
the mouse moves the pointer. Unzoomed, the wheel is left to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetricsF, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QWidget

from viewer.gui import theme
from viewer.gui.show.pointer import Pointer, PointerMode
from viewer.gui.show.zoom import PhotoZoom
from viewer.gui.widgets.photoview import PhotoView
from viewer.gui.widgets.slidepaint import NOTE_MARGIN
from viewer.gui.widgets.textfit import elide_middle
from viewer.gui.widgets.zoompaint import paint_pointer, paint_zoomed
from viewer.model.zoom import Frame, Point

NOTE_MS = 3000  # a passing note ("cannot be zoomed") stays this long
WHEEL_STEP = 120  # one notch of a mouse wheel
WHEEL_PAN = 1 / 10  # of the view, a notch of the wheel pans a zoomed photo


class ZoomingPhotoView(PhotoView):
    """A :class:`PhotoView` of the current photo, zoomed and pointed at as ``zoom`` and ``pointer`` say.

    Signals:
        zoomShown(int, str): this photo was painted zoomed, for the first time since the
            zoom changed or at this :attr:`PhotoZoom.stage`: from the photo on screen
            enlarged ("enlarged"), its pixels at half size ("half") or its own ("full").
    """

    zoomShown = Signal(int, str)

    def __init__(self, zoom: PhotoZoom, pointer: Pointer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zoom, self._pointer = zoom, pointer
        self._drag: QPointF | None = None  # where a drag of the zoomed photo is now
        self._wheel = 0  # Ctrl+wheel turned, not yet a whole step
        self._zoom_told: tuple[int, str] | None = None  # the zoomed paint last announced
        self._note = ""
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_MS)
        self._note_timer.timeout.connect(self._end_note)
        zoom.changed.connect(self._on_zoom_changed)
        zoom.noted.connect(self.flash)
        pointer.changed.connect(self._on_pointer_changed)
        self.setMouseTracking(True)

    @property
    def zoomed(self) -> bool:
        """Whether this view shows its photo zoomed."""
        zoom = self._zoom
        return zoom.active and zoom.index == self.index and self._image is not None

    def _zooms(self) -> bool:
        return self.zoomed

    def _paint_zoomed(self, painter: QPainter) -> bool:
        """The zoomed photo, from the most of its pixels decoded, else from the image on screen."""
        zoom, image, size = self._zoom, self._image, self._size or (0, 0)
        if not self.zoomed:
            return False
        assert image is not None
        frame = self.photo_frame()
        if frame is None:
            return False
        sharper = zoom.pixels
        drawn = sharper if sharper is not None else image
        box, ratio = self.device_box(), self.devicePixelRatioF()
        left, top, width, height = zoom.area_in((float(box[0]), float(box[1])))
        if width < box[0] - 1 or height < box[1] - 1:
            # Another shape than the room's area (the console's pane): only what the room sees.
            painter.setClipRect(QRectF(left / ratio, top / ratio, width / ratio, height / ratio))
        paint_zoomed(painter, drawn, frame, zoom.photo, box, ratio)
        painter.setClipping(False)
        told = (self._index, zoom.stage)
        if told != self._zoom_told and size:
            self._zoom_told = told
            self.zoomShown.emit(*told)
        return True

    def photo_frame(self) -> Frame | None:
        """Where the photo lies in this view, in its device pixels (zoomed or fit); None if unknown."""
        box = self.device_box()
        if self.zoomed:
            return self._zoom.frame_in((float(box[0]), float(box[1])))
        drawn = self.drawn_rect()
        if self._size is None or drawn.isEmpty():
            return None
        ratio = self.devicePixelRatioF()
        return Frame(drawn.width() * ratio / self._size[0], drawn.left() * ratio, drawn.top() * ratio)

    def photo_point(self, position: QPointF) -> Point | None:
        """The photo point under ``position`` (logical pixels of the view), if the photo is there."""
        frame = self.photo_frame()
        if frame is None:
            return None
        ratio = self.devicePixelRatioF()
        return frame.to_photo((position.x() * ratio, position.y() * ratio))

    def _on_photo(self, point: Point | None) -> bool:
        size = self._zoom.photo if self.zoomed else self._size
        if point is None or size is None:
            return False
        return 0 <= point[0] <= size[0] and 0 <= point[1] <= size[1]

    def _paint_over(self, painter: QPainter) -> None:
        self._paint_pointer(painter)
        if self._note:
            self._paint_passing_note(painter)

    def _paint_pointer(self, painter: QPainter) -> None:
        pointer = self._pointer
        if not pointer.visible or self._image is None or pointer.position is None:
            return
        frame = self.photo_frame()
        if frame is None:
            return
        ratio = self.devicePixelRatioF()
        x, y = frame.to_area(pointer.position)
        area, box = self._zoom.area(), self.device_box()
        # The audience's area as this view shows it: the same share of the photo everywhere.
        shown = min(area) * min(box[0] / area[0], box[1] / area[1]) if min(area) > 0 else float(min(box))
        paint_pointer(painter, pointer.mode, (x / ratio, y / ratio), shown / ratio, QRectF(self.rect()))

    @Slot(str)
    def flash(self, text: str) -> None:
        """Show ``text`` over the photo for a moment (why a zoom cannot be, say)."""
        self._note = text
        self._note_timer.start()
        self.update()

    @Slot()
    def _end_note(self) -> None:
        self._note = ""
        self.update()

    @property
    def note(self) -> str:
        return self._note

    def _paint_passing_note(self, painter: QPainter) -> None:
        font = theme.pixel_font(self.font(), max(14, self.height() // 32))
        painter.setFont(font)
        line = elide_middle(self._note, font, max(1.0, self.width() - 4 * NOTE_MARGIN))
        metrics = QFontMetricsF(font)
        width, height = metrics.horizontalAdvance(line) + 2 * NOTE_MARGIN, metrics.lineSpacing() * 1.6
        box = QRectF((self.width() - width) / 2, self.height() - height - NOTE_MARGIN, width, height)
        painter.fillRect(box, theme.NOTE_SHADE)
        painter.setPen(theme.TEXT)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, line)

    @Slot()
    def _on_zoom_changed(self) -> None:
        self._zoom_told = None
        self._set_cursor()
        self.update()

    @Slot()
    def _on_pointer_changed(self) -> None:
        self._set_cursor()
        self.update()

    def _set_cursor(self) -> None:
        if self._pointer.mode is not PointerMode.OFF:
            self.setCursor(Qt.CursorShape.BlankCursor)  # the dot is the cursor
        elif self.zoomed:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.unsetCursor()

    # -- the mouse, when following the show's zoom and pointer ----------------------------

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        point = self.photo_point(event.position())
        self._zoom.toggle(point if self._on_photo(point) else None)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.zoomed and event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self.photo_point(event.position())
        self._pointer.move(point if self._on_photo(point) else None)
        if self._drag is not None and self.zoomed:
            frame = self.photo_frame()
            moved = event.position() - self._drag
            self._drag = event.position()
            if frame is not None:
                ratio = self.devicePixelRatioF() / frame.scale  # photo pixels per logical pixel
                self._zoom.pan_photo((moved.x() * ratio, moved.y() * ratio))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag = None
            self._set_cursor()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._pointer.move(None)
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms in steps at the mouse; the wheel alone pans a zoomed photo.

        Unzoomed, the wheel is the window's (a step through the photos).
        """
        zoom = self._zoom
        if self._image is None:
            event.ignore()
            return
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._wheel += delta.y()  # a touchpad turns in small parts of a notch
            steps = int(self._wheel / WHEEL_STEP)
            self._wheel -= steps * WHEEL_STEP
            if steps:
                point = self.photo_point(event.position())
                zoom.step(steps, point if self._on_photo(point) else None)
            event.accept()
        elif self.zoomed:
            frame = self.photo_frame()
            if frame is not None:
                ratio = self.devicePixelRatioF()
                across = self.width() * ratio * WHEEL_PAN / WHEEL_STEP / frame.scale
                down = self.height() * ratio * WHEEL_PAN / WHEEL_STEP / frame.scale
                zoom.pan_photo((delta.x() * across, delta.y() * down))
            event.accept()
        else:
            event.ignore()
