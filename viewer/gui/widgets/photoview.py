"""The photo area: the photo fit to the widget on a dark ground, or a slide saying why not.

Photos arrive decoded at the widget's size in device pixels and tagged with that
pixel ratio, so on a HiDPI screen they are drawn 1:1 and stay sharp. A view that
zooms is a ``viewer.gui.widgets.zoomview.ZoomingPhotoView``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.gui import SIZE_SLACK, theme
from viewer.gui.widgets.textfit import elide_middle, fit_lines, narrow_words

HEADING_LINES = 3  # of an error slide's "Cannot show photo 3: file"
REASON_LINES = 5  # of its reason, at most (fewer if the view is short)
ERROR_GAP = 12  # px between the two
NOTE_MARGIN = 16  # px either side of "Loading file …"


def fit_rect(image: QSize, area: QRectF) -> QRectF:
    """``image`` scaled to fit ``area`` with its aspect kept, centred."""
    if image.isEmpty() or area.isEmpty():
        return QRectF()
    scale = min(area.width() / image.width(), area.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height
    )


@dataclass(frozen=True)
class _ErrorSlide:
    """Where an error slide's words go, and which lines of them fit."""

    area: QRectF
    heading_font: QFont
    heading: list[str]
    heading_line: float
    reason_font: QFont
    reason: list[str]
    reason_line: float


class PhotoView(QWidget):
    """Paints one photo, a low-resolution preview of it, its error slide, or a loading note.

    Signals:
        shown(int): the photo at this index reached the screen sharp for the first
            time (its full image or its error slide was painted).
        previewShown(int): a low-resolution stand-in for this photo was painted
            while the sharp one is still being decoded.
    """

    shown = Signal(int)
    previewShown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self._index = -1
        self._file = ""
        self._image: QImage | None = None
        self._preview = False  # the image is a low-resolution stand-in
        self._error: str | None = None
        self._announced = -1
        self._previewed = -1
        self._size: tuple[int, int] | None = None  # the photo's own size, if known

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
        """The sharp image on screen (None while only a preview or nothing is shown)."""
        return None if self._preview else self._image

    @property
    def photo_size(self) -> tuple[int, int] | None:
        """The photo's own size, if known (its pixels shown may be fewer)."""
        return self._size

    @property
    def showing_preview(self) -> bool:
        return self._preview and self._image is not None

    @property
    def shown_index(self) -> int:
        """The last photo announced as painted sharp (-1 before any)."""
        return self._announced

    def clear(self) -> None:
        """Forget the photo on screen: a new trip begins."""
        self._set(-1, "", None, None, preview=False)
        self._announced = self._previewed = -1

    def show_loading(self, index: int, file: str) -> None:
        """Photo ``index`` is current but nothing of it is decoded yet."""
        self._set(index, file, None, None, preview=False)

    def show_preview(self, index: int, file: str, image: QImage, size: tuple[int, int] | None = None) -> None:
        """Photo ``index`` is current; ``image`` is a small version to show until the sharp one.

        ``size``: the photo's own size, for the zoom and the pointer.
        """
        self._set(index, file, image, None, preview=True, size=size)

    def show_image(self, index: int, file: str, image: QImage, size: tuple[int, int] | None = None) -> None:
        image = QImage(image)  # a shared copy: another view may show it at another pixel ratio
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self._set(index, file, image, None, preview=False, size=size)

    def show_error(self, index: int, file: str, reason: str) -> None:
        self._set(index, file, None, reason, preview=False)

    def _set(
        self,
        index: int,
        file: str,
        image: QImage | None,
        error: str | None,
        preview: bool,
        size: tuple[int, int] | None = None,
    ) -> None:
        if index != self._index:
            self._announced = self._previewed = -1
        self._index, self._file, self._image, self._error, self._preview = index, file, image, error, preview
        self._size = size if image is not None else None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.BACKGROUND)
        if self._image is not None and self._paint_zoomed(painter):
            pass  # a view that zooms (``ZoomingPhotoView``) drew the photo zoomed
        elif self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.drawn_rect(), self._image)
        elif self._error is not None:
            self._paint_error(painter)
        elif self._index >= 0:
            self._paint_note(
                painter,
                QCoreApplication.translate("PhotoView", "Loading {file} …").format(file=self._file),
                theme.LOADING_TEXT,
            )
        self._paint_over(painter)
        painter.end()
        self._announce()

    def drawn_rect(self) -> QRectF:
        """Where the photo on screen is drawn unzoomed, in logical pixels (empty if none is)."""
        if self._image is None:
            return QRectF()
        if self._preview:
            return fit_rect(self._image.size(), QRectF(self.rect()))  # blown up to fit
        return self._sharp_rect(self._image)

    def _paint_zoomed(self, painter: QPainter) -> bool:
        """Paint the photo zoomed, if it is; False to have it painted fit."""
        return False

    def _paint_over(self, painter: QPainter) -> None:
        """Paint over the photo (a view that zooms: the pointer, a passing note)."""

    def _sharp_rect(self, image: QImage) -> QRectF:
        """Where a decoded photo goes: fit to the area, or 1:1 if it is within a few pixels of that.

        Photos are decoded at the area's size, but the area may since have grown or
        shrunk by a caption line or less (``SIZE_SLACK``), and they are not decoded
        again for that. Resampled by a percent or two, every edge of the photo would
        blur; drawn 1:1 on whole device pixels, centred, it stays sharp, and at most a
        percent of it is cut off at each side or left as a margin.
        """
        size = image.deviceIndependentSize()
        target = fit_rect(size.toSize(), QRectF(self.rect()))
        scale = target.width() / size.width() if size.width() else 1.0
        if abs(scale - 1.0) > SIZE_SLACK:
            return target
        ratio = image.devicePixelRatio()
        left = round((self.width() - size.width()) / 2 * ratio) / ratio
        top = round((self.height() - size.height()) / 2 * ratio) / ratio
        return QRectF(left, top, size.width(), size.height())

    def _announce(self) -> None:
        if self._index < 0 or (self._image is None and self._error is None):
            return  # nothing of this photo on screen yet
        if self._preview and self._previewed != self._index:
            self._previewed = self._index
            self.previewShown.emit(self._index)
        elif not self._preview and self._announced != self._index:
            self._announced = self._index
            self.shown.emit(self._index)

    def error_lines(self) -> tuple[list[str], list[str]]:
        """The error slide as painted: its heading's lines and its reason's.

        A long file name or reason is cut (the name in its middle) to the lines
        there is room for: the file's whole name is in the photo panel (I), the
        reason in the log.
        """
        slide = self._error_slide()
        return slide.heading, slide.reason

    def _error_slide(self) -> _ErrorSlide:
        area = QRectF(self.rect()).adjusted(40, 40, -40, -40)
        title = theme.pixel_font(self.font(), max(18, self.height() // 18), bold=True)
        detail = theme.pixel_font(self.font(), max(14, self.height() // 28))
        title_line, detail_line = QFontMetricsF(title).lineSpacing(), QFontMetricsF(detail).lineSpacing()
        width = max(1.0, area.width())
        text = QCoreApplication.translate("PhotoView", "Cannot show photo {number}: {file}").format(
            number=self._index + 1, file=self._file
        )
        heading = fit_lines(narrow_words(text, title, width, HEADING_LINES), title, width, HEADING_LINES)
        room = int((area.height() - len(heading) * title_line - ERROR_GAP) // detail_line)
        lines = max(1, min(REASON_LINES, room))
        error = self._error or ""
        sentence = QCoreApplication.translate("PhotoView", "{reason}. The show goes on.").format(
            reason=f"{error[:1].upper()}{error[1:]}"
        )
        reason = fit_lines(narrow_words(sentence, detail, width, lines), detail, width, lines)
        return _ErrorSlide(area, title, heading, title_line, detail, reason, detail_line)

    def _paint_error(self, painter: QPainter) -> None:
        slide = self._error_slide()
        area = slide.area
        block = len(slide.heading) * slide.heading_line + ERROR_GAP + len(slide.reason) * slide.reason_line
        top = area.top() + max(0.0, (area.height() - block) / 2)  # the whole of it in the slide
        for font, colour, lines, spacing in (
            (slide.heading_font, theme.ERROR_TEXT, slide.heading, slide.heading_line),
            (slide.reason_font, theme.ERROR_DETAIL, slide.reason, slide.reason_line),
        ):
            painter.setFont(font)
            painter.setPen(colour)
            for line in lines:
                painter.drawText(
                    QRectF(area.left(), top, area.width(), spacing), Qt.AlignmentFlag.AlignHCenter, line
                )
                top += spacing
            top += ERROR_GAP

    def _paint_note(self, painter: QPainter, text: str, colour: QColor) -> None:
        font = theme.pixel_font(self.font(), max(12, self.height() // 40))
        painter.setFont(font)
        painter.setPen(colour)
        line = elide_middle(text, font, max(1.0, self.width() - 2 * NOTE_MARGIN))
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, line)

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)
