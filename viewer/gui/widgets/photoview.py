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

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.gui import SIZE_SLACK, theme
from viewer.gui.widgets.crossfade import Crossfade
from viewer.gui.widgets.slidepaint import Slide, error_slide, opaque, paint_picture, paint_slide, paint_words


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
        zoom ends with the step, and it would jump to its fitted self first. Nor
        does a trip's first photo: the window opens on it, not out of the dark.
        """
        self.finish_fade()
        if fade_ms <= 0 or outgoing.index < 0 or self._zoomed_frame or not self.isVisible():
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

        Margins that both photos leave are the ground in every frame: they are neither
        painted again nor sent to the screen (16 % of the area, for 3:2 photos at 16:9).
        """
        outgoing, incoming = self._outgoing, self.slide()
        if outgoing is None or not (opaque(outgoing) and opaque(incoming)):
            return self.rect()
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
        paint_slide(painter, self.slide(), QRectF(self.rect()), self.font())

    def _paint_crossfade(self, painter: QPainter, opacity: float) -> None:
        """The outgoing frame whole, the new one over it at ``opacity``; exact where either is a picture.

        A picture on its ground is opaque everywhere, so laid over another frame at
        ``opacity`` it gives exactly that share of each. Words are not: so a picture
        fades in over words, or out over them, and between two slides of words the
        ground stays and each slide's words fade.
        """
        outgoing = self._outgoing
        assert outgoing is not None
        incoming, area, font = self.slide(), QRectF(self.rect()), self.font()
        if incoming.image is not None:
            paint_slide(painter, outgoing, area, font)
            paint_picture(painter, incoming, area, opacity)
        elif outgoing.image is not None:
            paint_slide(painter, incoming, area, font)
            paint_picture(painter, outgoing, area, 1.0 - opacity)
        else:
            painter.fillRect(area, theme.BACKGROUND)
            paint_words(painter, outgoing, area, font, 1.0 - opacity)
            paint_words(painter, incoming, area, font, opacity)

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
        slide = error_slide(self.slide(), QRectF(self.rect()), self.font())
        return slide.heading, slide.reason

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)
