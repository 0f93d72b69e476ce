"""The photo area: the photo fit to the widget on a dark ground, or a slide saying why not.

Photos arrive decoded at the widget's size in device pixels and tagged with that
pixel ratio, so on a HiDPI screen they are drawn 1:1 and stay sharp.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BACKGROUND = QColor("#101010")
ERROR_TEXT = QColor("#f0f0f0")
ERROR_DETAIL = QColor("#ff9d8a")
LOADING_TEXT = QColor("#8a8a8a")


def fit_rect(image: QSize, area: QRectF) -> QRectF:
    """``image`` scaled to fit ``area`` with its aspect kept, centred."""
    if image.isEmpty() or area.isEmpty():
        return QRectF()
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height
    )


class PhotoView(QWidget):
    """Paints one photo, its error slide, or a loading note.

    Signals:
        shown(int): the photo at this index reached the screen for the first time
            (its image or its error slide was painted).
    """

    shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self._index = -1
        self._file = ""
        self._image: QImage | None = None
        self._error: str | None = None
        self._announced = -1

    def device_box(self) -> tuple[int, int]:
        """The widget's size in device pixels: the size photos are decoded at."""
        ratio = self.devicePixelRatioF()
        return round(self.width() * ratio), round(self.height() * ratio)

    @property
    def index(self) -> int:
        return self._index

    @property
    def error(self) -> str | None:
        return self._error

    @property
    def image(self) -> QImage | None:
        return self._image

    @property
    def shown_index(self) -> int:
        """The last photo announced as painted (-1 before any)."""
        return self._announced

    def clear(self) -> None:
        """Forget the photo on screen: a new trip begins."""
        self._index, self._file, self._image, self._error, self._announced = -1, "", None, None, -1
        self.update()

    def show_loading(self, index: int, file: str) -> None:
        """Photo ``index`` is current but not decoded yet."""
        if index != self._index:
            self._announced = -1
        self._index, self._file, self._image, self._error = index, file, None, None
        self.update()

    def show_image(self, index: int, file: str, image: QImage) -> None:
        if index != self._index:
            self._announced = -1
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self._index, self._file, self._image, self._error = index, file, image, None
        self.update()

    def show_error(self, index: int, file: str, reason: str) -> None:
        if index != self._index:
            self._announced = -1
        self._index, self._file, self._image, self._error = index, file, None, reason
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self._image is not None:
            logical = self._image.deviceIndependentSize().toSize()
            target = fit_rect(logical, QRectF(self.rect()))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._image)
        elif self._error is not None:
            self._paint_error(painter)
        elif self._index >= 0:
            self._paint_note(painter, f"Loading {self._file} …", LOADING_TEXT)
        painter.end()
        if (self._image is not None or self._error is not None) and self._announced != self._index:
            self._announced = self._index
            self.shown.emit(self._index)

    def _paint_error(self, painter: QPainter) -> None:
        area = QRectF(self.rect()).adjusted(40, 40, -40, -40)
        title = QFont(self.font())
        title.setPixelSize(max(18, self.height() // 18))
        title.setBold(True)
        detail = QFont(self.font())
        detail.setPixelSize(max(14, self.height() // 28))
        painter.setFont(title)
        painter.setPen(ERROR_TEXT)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        heading = f"Cannot show photo {self._index + 1}: {self._file}"
        bounds = painter.boundingRect(area, flags, heading)
        top = area.center().y() - bounds.height()
        painter.drawText(QRectF(area.left(), top, area.width(), bounds.height()), flags, heading)
        painter.setFont(detail)
        painter.setPen(ERROR_DETAIL)
        below = QRectF(area.left(), top + bounds.height() + 12, area.width(), area.bottom() - top)
        reason = self._error or ""
        painter.drawText(below, flags, f"{reason[:1].upper()}{reason[1:]}. The show goes on.")

    def _paint_note(self, painter: QPainter, text: str, colour: QColor) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(12, self.height() // 40))
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, text)

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)
