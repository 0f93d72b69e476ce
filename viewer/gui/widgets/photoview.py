"""The photo area: the photo fit to the widget on a dark ground, or a slide saying why not.

Photos arrive decoded at the widget's size in device pixels and tagged with that
pixel ratio, so on a HiDPI screen they are drawn 1:1 and stay sharp. A view that
zooms is a ``viewer.gui.widgets.zoomview.ZoomingPhotoView``.

A change of photo can be drawn as a crossfade (:meth:`PhotoView.fade_next`): the
frame on screen stays whole and the new one is laid over it at a rising opacity,
each at its own place on its own ground, so nothing dips to dark and no old
margin pops at the end. Every frame is drawn from the two photos as they are
(1:1 copies and blends, no full-screen image made or converted), and a new step
mid-fade ends the fade at once: the clicker never waits for it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.gui import SIZE_SLACK, theme
from viewer.gui.widgets.crossfade import Crossfade
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


def around(area: QRectF, hole: QRectF) -> list[QRectF]:
    """The parts of ``area`` outside ``hole`` (a photo's margins): up to four bands, none overlapping."""
    hole = hole.intersected(area)
    if hole.isEmpty():
        return [area]
    bands = [
        QRectF(area.left(), area.top(), area.width(), hole.top() - area.top()),
        QRectF(area.left(), hole.bottom(), area.width(), area.bottom() - hole.bottom()),
        QRectF(area.left(), hole.top(), hole.left() - area.left(), hole.height()),
        QRectF(hole.right(), hole.top(), area.right() - hole.right(), hole.height()),
    ]
    return [band for band in bands if not band.isEmpty()]


@dataclass(frozen=True)
class Slide:
    """One photo's frame as the view paints it unzoomed: its picture where it goes, or its words."""

    index: int  # -1: nothing (the ground alone)
    file: str
    image: QImage | None  # sharp or a stand-in, drawn at ``rect``
    rect: QRectF
    error: str | None


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
            time (its full image or its error slide was painted), faded in or not.
        previewShown(int): a low-resolution stand-in for this photo was painted
            while the sharp one is still being decoded.
        faded(int, list, list): a crossfade to this photo ended (ran its length, or
            was finished early): the milliseconds between its frames, and what
            each frame's paint cost.
    """

    shown = Signal(int)
    previewShown = Signal(int)
    faded = Signal(int, list, list)

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
        self._fade_next_ms = 0  # the next change of photo fades over this long (0: a cut)
        self._outgoing: Slide | None = None  # the frame a running fade starts from
        self._zoomed_frame = False  # the frame on screen shows the photo zoomed
        self.crossfade = Crossfade(self)
        self.crossfade.frame.connect(self._on_fade_frame)

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

    @property
    def fading(self) -> bool:
        """A crossfade is being drawn."""
        return self._outgoing is not None

    def fade_next(self, ms: int) -> None:
        """Draw the next change of photo as a crossfade over ``ms`` milliseconds (0: a cut).

        It applies to that one change: a new index arriving through
        :meth:`show_image`, :meth:`show_preview`, :meth:`show_error` or :meth:`show_loading`.
        """
        self._fade_next_ms = max(0, ms)

    def finish_fade(self) -> None:
        """End a running fade now: the new photo is shown whole."""
        if self._outgoing is not None:
            self._end_fade()
            self.update()

    def clear(self) -> None:
        """Forget the photo on screen: a new trip begins."""
        self.finish_fade()
        self._fade_next_ms = 0
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
            self._change_from(self.slide(), self._fade_next_ms)
            self._fade_next_ms = 0
        self._index, self._file, self._image, self._error, self._preview = index, file, image, error, preview
        self._size = size if image is not None else None
        self.update()

    def slide(self) -> Slide:
        """The photo's frame as it is drawn unzoomed (a fade in and out of it draws this)."""
        return Slide(self._index, self._file, self._image, self.drawn_rect(), self._error)

    # -- crossfades -------------------------------------------------------------------

    def _change_from(self, outgoing: Slide, fade_ms: int) -> None:
        """A new photo comes: fade from ``outgoing`` if asked and it can be drawn, else cut.

        A fade still running ends first (the step happens at once); the new one
        starts from the photo that was fading in. A zoomed photo does not fade: its
        zoom ends with the step, and it would jump to its fitted self first.
        """
        self.finish_fade()
        if fade_ms <= 0 or self._zoomed_frame or not self.isVisible():
            return
        self._outgoing = outgoing
        screen = self.screen()
        self.crossfade.start(fade_ms, screen.refreshRate() if screen is not None else 0.0)

    def _end_fade(self) -> None:
        self._outgoing = None
        frames, costs = self.crossfade.stop()
        self.faded.emit(self._index, frames, costs)

    @Slot()
    def _on_fade_frame(self) -> None:
        if self.isVisible():
            self.update(self._fade_area())
        else:
            self.finish_fade()  # nothing to see: no timer runs for it

    def _fade_area(self) -> QRect:
        """What a fade's frames change: where either photo lies, if both are opaque; else all.

        Margins that both photos leave are the ground in every frame: neither painted
        again nor sent to the screen (at 4K, a tenth of a frame's cost per side).
        """
        outgoing, incoming = self._outgoing, self.slide()
        pictures = [slide.image for slide in (outgoing, incoming) if slide is not None]
        if len(pictures) < 2 or any(image is None or image.hasAlphaChannel() for image in pictures):
            return self.rect()
        assert outgoing is not None
        return outgoing.rect.united(incoming.rect).toAlignedRect().intersected(self.rect())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.finish_fade()  # the outgoing frame's place was for the old size
        super().resizeEvent(event)

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        began = time.perf_counter()
        if self._outgoing is not None and self._zooms():
            self._end_fade()  # zoomed mid-fade: the zoom is drawn at once
        fading = self._outgoing is not None
        painter = QPainter(self)
        if fading and not self.crossfade.done:
            self._paint_crossfade(painter, self.crossfade.opacity())
            self._zoomed_frame = False
        else:
            self._paint_frame(painter)  # a cut, or a fade's last frame: the same pixels
        self._paint_over(painter)
        painter.end()
        if fading:
            self.crossfade.painted((time.perf_counter() - began) * 1000)
            if self.crossfade.done:
                self._end_fade()
        self._announce()

    def _paint_frame(self, painter: QPainter) -> None:
        """The photo on its own, zoomed if it is."""
        self._zoomed_frame = False
        if self._image is not None and self._zooms():
            painter.fillRect(self.rect(), theme.BACKGROUND)
            self._zoomed_frame = self._paint_zoomed(painter)
            if self._zoomed_frame:
                return  # a view that zooms (``ZoomingPhotoView``) drew the photo zoomed
        self._paint_slide(painter, self.slide())

    def _paint_crossfade(self, painter: QPainter, opacity: float) -> None:
        """The outgoing frame whole, the new one over it at ``opacity``; exact where either is a picture.

        A picture on its ground is opaque everywhere, so laid over another frame at
        ``opacity`` it gives exactly that share of each. Words are not: so a picture
        fades in over words, or out over them, and between two slides of words the
        ground stays and each slide's words fade.
        """
        outgoing = self._outgoing
        assert outgoing is not None
        incoming = self.slide()
        if incoming.image is not None:
            self._paint_slide(painter, outgoing)
            self._paint_picture(painter, incoming, opacity)
        elif outgoing.image is not None:
            self._paint_slide(painter, incoming)
            self._paint_picture(painter, outgoing, 1.0 - opacity)
        else:
            painter.fillRect(self.rect(), theme.BACKGROUND)
            self._paint_words(painter, outgoing, 1.0 - opacity)
            self._paint_words(painter, incoming, opacity)

    def _paint_slide(self, painter: QPainter, slide: Slide) -> None:
        if slide.image is not None:
            self._paint_picture(painter, slide, 1.0)
        else:
            painter.fillRect(self.rect(), theme.BACKGROUND)
            self._paint_words(painter, slide, 1.0)

    def _paint_picture(self, painter: QPainter, slide: Slide, opacity: float) -> None:
        """``slide``'s picture on its ground, at ``opacity``.

        Only the margins get the ground under an opaque photo: each pixel is
        written once, and a photo decoded at the view's size is a plain copy (or,
        faded, one blend) of its rows.
        """
        assert slide.image is not None
        painter.setOpacity(opacity)
        area = QRectF(self.rect())
        margins = [area] if slide.image.hasAlphaChannel() else around(area, slide.rect)
        for band in margins:
            painter.fillRect(band, theme.BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(slide.rect, slide.image)
        painter.setOpacity(1.0)

    def _paint_words(self, painter: QPainter, slide: Slide, opacity: float) -> None:
        """``slide``'s error slide or loading note, without its ground, at ``opacity``."""
        painter.setOpacity(opacity)
        if slide.error is not None:
            self._paint_error(painter, self._error_slide(slide))
        elif slide.index >= 0:
            self._paint_note(painter, f"Loading {slide.file} …", theme.LOADING_TEXT)
        painter.setOpacity(1.0)

    def drawn_rect(self) -> QRectF:
        """Where the photo on screen is drawn unzoomed, in logical pixels (empty if none is)."""
        if self._image is None:
            return QRectF()
        if self._preview:
            return fit_rect(self._image.size(), QRectF(self.rect()))  # blown up to fit
        return self._sharp_rect(self._image)

    def _zooms(self) -> bool:
        """Whether the photo is to be drawn zoomed (a view that zooms says)."""
        return False

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
        slide = self._error_slide(self.slide())
        return slide.heading, slide.reason

    def _error_slide(self, slide: Slide) -> _ErrorSlide:
        area = QRectF(self.rect()).adjusted(40, 40, -40, -40)
        title = theme.pixel_font(self.font(), max(18, self.height() // 18), bold=True)
        detail = theme.pixel_font(self.font(), max(14, self.height() // 28))
        title_line, detail_line = QFontMetricsF(title).lineSpacing(), QFontMetricsF(detail).lineSpacing()
        width = max(1.0, area.width())
        text = f"Cannot show photo {slide.index + 1}: {slide.file}"
        heading = fit_lines(narrow_words(text, title, width, HEADING_LINES), title, width, HEADING_LINES)
        room = int((area.height() - len(heading) * title_line - ERROR_GAP) // detail_line)
        lines = max(1, min(REASON_LINES, room))
        error = slide.error or ""
        sentence = f"{error[:1].upper()}{error[1:]}. The show goes on."
        reason = fit_lines(narrow_words(sentence, detail, width, lines), detail, width, lines)
        return _ErrorSlide(area, title, heading, title_line, detail, reason, detail_line)

    def _paint_error(self, painter: QPainter, slide: _ErrorSlide) -> None:
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
