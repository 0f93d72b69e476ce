"""The show's zoom: which part of the current photo everyone sees, and its full-resolution pixels.

Zoom belongs to the show, not to a widget, so the audience's photo area and the
presenter's pane agree: the zoom (``viewer.model.zoom``) is set for the
audience's photo area, in its device pixels, and any other view shows the same
part of the photo scaled to its own size (:meth:`PhotoZoom.frame_in`). Views
ask in photo points (the photo's own pixels), never in their own coordinates.

The key answers at once: the photo already on screen (decoded for the area's
size) is enlarged until its full-resolution pixels arrive, decoded on the
show's worker threads, upright and in sRGB, through the same decoding as every
photo, ahead of any other work. Memory stays bounded: one photo's full pixels
at a time, at most ``most_pixels`` of them (a bigger photo is decoded at the
largest size under that), let go on leaving zoom; stepping to another photo
leaves zoom. A big JPEG sharpens in two steps: its pixels at half size first.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QImage

from viewer.gui.language import count_text
from viewer.gui.show.loader import PHOTO_BAND
from viewer.gui.show.pixels import to_qimage_in_bands
from viewer.imaging.decode import DecodeError, decode_photo
from viewer.imaging.jobs import JobQueue, Stopped
from viewer.model.zoom import (
    ONE_TO_ONE,
    Frame,
    Point,
    Zoom,
    area_in,
    cap_size,
    clamp,
    fit_scale,
    fitted,
    frame_in,
    pan,
    step_scale,
    zoom_at,
)

log = logging.getLogger(__name__)

MOST_PIXELS = 50_000_000  # a zoomed photo's pixels held at most (200 MB); bigger ones are decoded smaller
ZOOM_BAND = 2 * PHOTO_BAND  # the zoom's decode goes before any other
PAN_SHARE = 1 / 6  # of the area, an arrow key's pan
HALVED = {".jpg", ".jpeg"}  # decoded at half size in a fraction of the time: zoom's first step


class Zoomable(Protocol):
    """What the zoom needs of the show (a ``Presentation``)."""

    @property
    def current(self) -> int: ...

    def photo_box(self) -> tuple[int, int]: ...
    def photo_path(self, index: int) -> Path | None: ...
    def photo_state(self, index: int) -> tuple[tuple[int, int] | None, str | None]: ...


class _Relay(QObject):
    done = Signal(int, bool, object, object)  # request number, full or half, QImage or None, error


class PhotoZoom(QObject):
    """The current photo's zoom, for every view of the show.

    Signals:
        changed(): the zoom moved, began or ended, or its sharper pixels arrived.
        noted(str): something a person should read about a zoom asked for
            (why a photo cannot be zoomed, or that it is shown from fewer pixels).
    """

    changed = Signal()
    noted = Signal(str)

    def __init__(
        self, show: Zoomable, jobs: JobQueue, parent: QObject, most_pixels: int = MOST_PIXELS
    ) -> None:
        super().__init__(parent)
        self._show = show
        self._jobs = jobs
        self.most_pixels = most_pixels
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_decoded)
        self.zoom: Zoom | None = None  # None: the photo fit to the area
        self.index = -1  # the photo zoomed
        self.photo: tuple[int, int] = (1, 1)  # its own size
        self._pixels: QImage | None = None  # the most of its pixels decoded so far
        self._complete = False  # ... and they are all of them (the full-resolution step)
        self._requests = 0
        self._decoding: list[tuple[str, int, bool]] = []  # the jobs under way
        self._waiting: tuple[int, Point | None] | None = None  # asked while the photo was loading
        self._path: Path | None = None  # the file zoomed
        self._carrying = False  # a newer version of the trip is being set: its zoom may stay

    # -- what views read ---------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.zoom is not None

    @property
    def pixels(self) -> QImage | None:
        """The most of the zoomed photo's pixels decoded so far (None: views enlarge theirs)."""
        return self._pixels if self.zoom is not None else None

    @property
    def stage(self) -> str:
        """How sharp the zoom is now: "enlarged" (the photo on screen), "half" or "full" size pixels."""
        if self._pixels is None:
            return "enlarged"
        return "full" if self._complete else "half"

    @property
    def complete(self) -> bool:
        """Whether :attr:`pixels` are the photo's full resolution (or all the cap allows)."""
        return self.zoom is not None and self._complete

    def area(self) -> tuple[float, float]:
        width, height = self._show.photo_box()
        return float(width), float(height)

    def frame_in(self, view: tuple[float, float]) -> Frame | None:
        """Where the zoomed photo lies in a view of ``view`` device pixels; None unzoomed."""
        if self.zoom is None:
            return None
        return frame_in(self.zoom, self.area(), view)

    def area_in(self, view: tuple[float, float]) -> tuple[float, float, float, float]:
        """What the audience sees, in a view of ``view`` device pixels: left, top, width, height."""
        return area_in(self.area(), view)

    # -- what views and commands ask ------------------------------------------------------

    def toggle(self, at: Point | None = None) -> None:
        """100 % around photo point ``at`` (None: the centre), or back to fit if zoomed."""
        if self.zoom is not None:
            self.fit()
        else:
            self.zoom_to(ONE_TO_ONE, at)

    def step(self, steps: int, at: Point | None = None) -> None:
        """Zoom ``steps`` rungs in (out, if negative) around photo point ``at``; out past the fit ends it."""
        if self.zoom is None and steps <= 0:
            return
        photo = self._photo_size()
        if photo is None:
            self._refuse_or_wait(at)
            return
        area = self.area()
        least = min(fit_scale(photo, area), ONE_TO_ONE)
        scale = self.zoom.scale if self.zoom is not None else fit_scale(photo, area)
        target = step_scale(scale, steps, least)
        if target <= fit_scale(photo, area) * 1.001:
            self.fit()
        else:
            self.zoom_to(target, at)

    def zoom_to(self, scale: float, at: Point | None = None) -> None:
        """Zoom to ``scale`` (area pixels per photo pixel) keeping photo point ``at`` where it is."""
        photo = self._photo_size()
        if photo is None:
            self._refuse_or_wait(at)
            return
        self._waiting = None
        area = self.area()
        start = self.zoom if self.zoom is not None and self.index == self._show.current else None
        if start is None:
            self._begin(photo)
            start = fitted(photo, area)
        anchor = start.frame(area).to_area(at) if at is not None else (area[0] / 2, area[1] / 2)
        self.zoom = zoom_at(start, scale, anchor, photo, area)
        self.changed.emit()

    def pan_photo(self, by: Point) -> None:
        """Move the zoomed photo by ``by`` photo pixels (a drag in any view)."""
        if self.zoom is not None:
            self._pan((by[0] * self.zoom.scale, by[1] * self.zoom.scale))

    def pan_step(self, right: int, down: int) -> None:
        """An arrow key: show more of the photo to the right (-1: left) and below (-1: above)."""
        area = self.area()
        self._pan((-right * area[0] * PAN_SHARE, -down * area[1] * PAN_SHARE))

    def _pan(self, by: Point) -> None:
        if self.zoom is None:
            return
        moved = pan(self.zoom, by, self.photo, self.area())
        if moved != self.zoom:
            self.zoom = moved
            self.changed.emit()

    def fit(self) -> None:
        """Back to the photo fit to the area; its full-resolution pixels are let go."""
        self._waiting = None
        if self.zoom is None and self._pixels is None and not self._decoding:
            return
        self.zoom, self._pixels, self._complete = None, None, False
        self._stop_decoding()
        self.changed.emit()

    @Slot(bool)
    def trip_set(self, reloaded: bool) -> None:
        """A trip is being set: a newer version of the one shown keeps the zoom of a photo it still shows."""
        self._carrying = reloaded and self.zoom is not None

    @Slot()
    def trip_shown(self) -> None:
        """The trip is set: zoom stays only if its photo is still the current one (the same file)."""
        self._carrying = False
        if self.zoom is not None and self._show.photo_path(self._show.current) != self._path:
            self.fit()

    @Slot()
    def photo_changed(self) -> None:
        """Another photo: zoom ends (a reload or a folder's order settling keeps the same file's)."""
        current = self._show.current
        if self._carrying and self._show.photo_path(current) == self._path:
            self.index = current
            return
        self.fit()

    @Slot(int)
    def picture_changed(self, index: int) -> None:
        """More of photo ``index`` is decoded: a zoom asked for while it was loading can begin."""
        if self._waiting is not None and self._waiting[0] == index == self._show.current:
            size, error = self._show.photo_state(index)
            if error is not None:
                self._waiting = None
                said = QCoreApplication.translate(
                    "Zoom", "Photo {number} cannot be shown, so it cannot be zoomed"
                )
                self.noted.emit(said.format(number=index + 1))
            elif size is not None:
                self.zoom_to(ONE_TO_ONE, self._waiting[1])

    def area_resized(self) -> None:
        """The audience's area changed size: the same photo point stays at its centre."""
        if self.zoom is not None:
            self.zoom = clamp(self.zoom, self.photo, self.area())
            self.changed.emit()

    # -- the photo's pixels ---------------------------------------------------------------

    def _photo_size(self) -> tuple[int, int] | None:
        size, error = self._show.photo_state(self._show.current)
        return size if error is None else None

    def _refuse_or_wait(self, at: Point | None) -> None:
        """Zoom asked of a photo that has nothing on screen: an error slide, or still loading."""
        index = self._show.current
        if index < 0:
            return
        _, error = self._show.photo_state(index)
        if error is not None:
            said = QCoreApplication.translate(
                "Zoom", "Photo {number} cannot be shown, so it cannot be zoomed"
            )
            self.noted.emit(said.format(number=index + 1))
        else:
            self._waiting = (index, at)
            said = QCoreApplication.translate(
                "Zoom", "Photo {number} is still loading: it zooms as soon as it is in"
            )
            self.noted.emit(said.format(number=index + 1))

    def _begin(self, photo: tuple[int, int]) -> None:
        """Zoom begins on the current photo: decode its full pixels, ahead of everything else.

        A JPEG much bigger than the area is also decoded at half its size, on the other
        worker (libjpeg's scaling makes that a fraction of the full decode): the zoom
        sharpens in two steps, the first within a few tenths of a second.
        """
        self._stop_decoding()
        self._pixels, self._complete = None, False
        index, path = self._show.current, self._show.photo_path(self._show.current)
        self.index, self.photo, self._path = index, photo, path
        if path is None:
            return
        box = cap_size(photo, self.most_pixels)
        if box != photo:
            share = box[0] * box[1] / (photo[0] * photo[1])
            self.noted.emit(
                QCoreApplication.translate(
                    "Zoom",
                    "Photo {number} has {megapixels} megapixels: zoom shows it from {share} % of them, "
                    "to keep memory bounded",
                ).format(
                    number=index + 1,
                    megapixels=count_text(round(photo[0] * photo[1] / 1e6)),
                    share=count_text(round(share * 100)),
                )
            )
        self._requests += 1
        self._decode(path, box, full=True)
        area = self.area()
        if path.suffix.lower() in HALVED and box == photo and box[0] * box[1] >= 4 * area[0] * area[1]:
            self._decode(path, (box[0] // 2, box[1] // 2), full=False)

    def _decode(self, path: Path, box: tuple[int, int], full: bool) -> None:
        """Decode ``path`` for ``box`` on a worker, before any other work; ``full``: the last step."""
        number, relay, jobs = self._requests, self._relay, self._jobs
        key = ("zoom", number, full)
        self._decoding.append(key)

        def job() -> None:
            try:
                decoded = decode_photo(path, box, lambda: jobs.stopping(key))
            except Stopped:
                raise
            except DecodeError as exc:
                relay.done.emit(number, full, None, str(exc))
                return
            relay.done.emit(number, full, to_qimage_in_bands(decoded), None)

        # The half-size step first: it is the one that can be on screen soon.
        priority = ZOOM_BAND if full else ZOOM_BAND + 1
        jobs.submit(key, job, priority, preempt_below=ZOOM_BAND)

    def _stop_decoding(self) -> None:
        if self._decoding:
            self._jobs.drop(self._decoding)
            self._decoding = []

    @Slot(int, bool, object, object)
    def _on_decoded(self, number: int, full: bool, image: QImage | None, error: str | None) -> None:
        if number != self._requests or self.zoom is None:
            return  # zoom ended, or moved to another photo, since: let the pixels go
        self._decoding = [key for key in self._decoding if key[2] != full]
        if self._complete:
            return  # the half-size step, after the full one
        if image is None:
            if full:
                log.warning("cannot decode photo %d for zoom: %s", self.index + 1, error)
                said = QCoreApplication.translate(
                    "Zoom", "Photo {number}'s full pixels cannot be decoded: {reason}"
                )
                self.noted.emit(said.format(number=self.index + 1, reason=error))
            return
        self._pixels, self._complete = image, full
        self.changed.emit()
