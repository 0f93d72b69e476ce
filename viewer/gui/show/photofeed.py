"""Decoded pixels for the window: the photo on screen and the strip's thumbnails.

One pool of two workers (the machine's cores) does all the decoding: the photo
on its way to the screen always goes first, strip thumbnails fill the gaps. The
photo is decoded for the photo area's size in device pixels, and again only
when that size really changes. Thumbnails come from the disk cache where it has
them, read before the window was built when it could be; the rest are decoded
once the photo on screen is in, and each photo decoded for the screen leaves its
thumbnail in the cache on the way. Once the strip is full it is stored as one
pack per folder, so the next start reads it in one go. Until a photo's own
decode is in, its thumbnail stands in for it: the view never shows a blank frame.

The overview's cells get thumbnails of their own size from loaders made here
(:meth:`PhotoFeed.cell_loader`), on the same two workers: below the photo on its
way to the screen, above the strip's thumbnails, which the overview covers.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from viewer import paths
from viewer.gui import SIZE_SLACK, THUMBNAIL_BOX
from viewer.gui.show.loader import DEFAULT_BUDGET, PhotoLoader
from viewer.gui.show.trace import Trace
from viewer.imaging.decode import Decoded
from viewer.imaging.headstart import HeadStart, StoredStrip
from viewer.imaging.jobs import JobQueue
from viewer.imaging.thumbcache import ThumbnailCache
from viewer.model.trip import Trip

log = logging.getLogger(__name__)
THUMBNAIL_BUDGET = 64 * 1024 * 1024  # ~1,700 strip thumbnails
CELL_BUDGET = 64 * 1024 * 1024  # an overview's thumbnails: 3 screens of cells on a 4K screen


class Fed(Protocol):
    """What the feed needs of the show it decodes for (a ``Presentation``)."""

    trip: Trip | None
    trace: Trace

    @property
    def current(self) -> int: ...

    def photo_box(self) -> tuple[int, int]: ...

    @property
    def arrival_ms(self) -> int: ...


LOOK_AHEAD_MARGIN_MS = 30  # after a fade's end, before its neighbours are decoded


class PhotoFeed(QObject):
    """Decodes for ``show``: the photos its audience sees and its timeline strip's thumbnails.

    ``head_start``, ``stored_strip``: the first photo's decode and the strip's read
    from the disk cache, begun before the show was built.

    Signals:
        pictureChanged(int): there is more to show of this photo (decoded, or a stand-in).
        thumbnailsArrived(dict): strip thumbnails, by photo.
        thumbnailProgress(int, int): thumbnails made so far, of how many.
    """

    pictureChanged = Signal(int)
    thumbnailsArrived = Signal(object)
    thumbnailProgress = Signal(int, int)

    def __init__(
        self, show: Fed, head_start: HeadStart | None, stored_strip: StoredStrip | None, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._show = show
        self._head_start = head_start
        self.decoding = JobQueue(2, "decode")
        self.destroyed.connect(self.decoding.close)
        self._stored_strip = stored_strip
        thumbnail_cache = stored_strip.cache if stored_strip else ThumbnailCache(paths.thumbnail_dir())
        self.loader = PhotoLoader(
            parent=self,
            decoder=head_start.decode if head_start is not None else None,
            jobs=self.decoding,
            afterwards=lambda path, decoded: thumbnail_cache.offer(path, decoded, THUMBNAIL_BOX),
        )
        self.thumbnails = PhotoLoader(
            THUMBNAIL_BUDGET, decoder=thumbnail_cache.load, parent=self, jobs=self.decoding, urgent=False
        )
        self._thumbnail_cache = thumbnail_cache
        self.cache_reading = JobQueue(1, "cache-read")  # stored thumbnails: file reads, no decoding
        self.destroyed.connect(self.cache_reading.close)
        self.thumbnails.set_box(THUMBNAIL_BOX)
        self._thumbnails_done: set[int] = set()  # photos whose thumbnail came, or could not be made
        self._cell_cache = ThumbnailCache(paths.thumbnail_dir() / "cells", compact=True)
        self._cell_loaders: dict[int, PhotoLoader] = {}  # each overview's, by id
        self._photos: list[Path] = []
        self._indexes: dict[Path, list[int]] = {}
        self._told: set[tuple[Path, str]] = set()  # the photos that could not be shown, logged once
        # Whether thumbnails may be decoded once the photo on screen is in: not until the
        # window's first photo has been painted (:meth:`start_background`).
        self._background = False
        # A photo fading in has its neighbours decoded once the fade is over (see show()).
        self._look_ahead = QTimer(self, singleShot=True)
        self._look_ahead.timeout.connect(self._request_current)
        self._asked = (0, 1)  # the photo and direction of the last show()

    # -- a trip ------------------------------------------------------------------------

    def set_photos(
        self, photos: list[Path], indexes: dict[Path, list[int]], same_files: bool = False
    ) -> None:
        """The trip's photos, in order, and where each file stands in it; what is decoded
        of files still in it is kept (``same_files``: all of it, the files only reordered)."""
        self._photos = photos
        self._indexes = indexes
        self.loader.set_photos(photos, indexes, same_files)
        self._set_decode_box(self._show.photo_box())
        self.thumbnails.set_photos(photos, indexes, same_files)
        for cells in self._cell_loaders.values():
            cells.set_photos(photos, indexes, same_files)

    def cell_loader(self, parent: QObject) -> PhotoLoader:
        """Thumbnails for an overview's cells, at the size it sets, decoded when it asks
        (:meth:`PhotoLoader.want`), kept on disk compressed; each decode also leaves
        the photo's strip thumbnail in the cache, so the strip never decodes it again."""
        cells = PhotoLoader(
            CELL_BUDGET,
            decoder=self._cell_cache.load,
            parent=parent,
            jobs=self.decoding,
            urgent=False,
            afterwards=self._offer_thumbnail,
        )
        cells.set_photos(self._photos, self._indexes)
        key = id(cells)
        self._cell_loaders[key] = cells
        cells.destroyed.connect(lambda: self._cell_loaders.pop(key, None))
        return cells

    def fill_strip(self, count: int) -> None:
        """The strip has just been given the trip: hand it the thumbnails kept from before a reload."""
        held = self.thumbnails.held()
        self._thumbnails_done = set(held)
        kept = {index: loaded.image for index, loaded in held.items() if loaded.image is not None}
        self.thumbnailsArrived.emit(kept)
        self.thumbnailProgress.emit(len(self._thumbnails_done), count)

    @property
    def thumbnail_progress(self) -> tuple[int, int]:
        """Thumbnails made (or that could not be made) so far, of how many."""
        trip = self._show.trip
        return len(self._thumbnails_done), len(trip.photos) if trip is not None else 0

    def preload(self, photos: list[Path], reloaded: bool) -> None:
        """Read the stored thumbnails; the others wait for the photo on screen (:meth:`photo_ready`).

        Before, each would take a core from the photo the person waits for. For a
        ``reloaded`` trip, whose photo stays on screen, and when the photo is in
        already (the head start, sized as the trip was set), they are decoded at once,
        unless the window's first photo is still to be painted (:meth:`start_background`).
        """
        stored = self._stored_strip
        photo_in = self.loader.get(self._show.current) is not None
        self.thumbnails.preload(
            stored.read_many if stored else self._thumbnail_cache.read_many,
            self.cache_reading,
            decode_rest=self._background and (reloaded or photo_in),
            at_hand=stored.take_ready(photos, THUMBNAIL_BOX) if stored else None,
        )

    def show(self, index: int, direction: int) -> None:
        """Photo ``index`` is current: show what is decoded of it, and ask for the rest."""
        if self._show.photo_box() != self.loader.box:
            self._set_decode_box(self._show.photo_box())
        self._size_head_start(index)
        self._show_from_loader(index)
        self._asked = (index, direction)
        self._look_ahead.stop()
        fade = self._show.arrival_ms  # 0 for a cut, and for a clicker racing ahead
        if fade and self.loader.get(index) is not None:
            # Its neighbours wait for the end of its fade: a decode finishing mid-fade
            # hands its pixels to Qt holding the interpreter lock, and a frame of the
            # fade comes late (docs/performance.md, FADE). This photo is here already.
            self._look_ahead.start(fade + LOOK_AHEAD_MARGIN_MS)
        else:
            self.loader.request(index, direction)

    @Slot()
    def _request_current(self) -> None:
        index, direction = self._asked
        if self._show.trip is not None and index == self._show.current:
            self.loader.request(index, direction)

    def fit_view(self) -> None:
        """The photo area changed size: decode the current photo again for it."""
        box = self._show.photo_box()
        if self._show.trip is None or box == self.loader.box:
            return
        self._set_decode_box(box)
        current = self._show.current
        if self.loader.get(current) is not None:
            # Decoded at this size before (back to a size it had: a projector plugged in
            # again): no decode will say so, so it is shown now.
            self._show_from_loader(current)
        self.loader.request(current)

    def forget(self, changed: list[Path]) -> None:
        """These files changed on disk: what was decoded of them is stale."""
        self.loader.forget(changed)
        self.thumbnails.forget(changed)
        for cells in self._cell_loaders.values():
            cells.forget(changed)

    def decode_again(self, changed: list[Path]) -> None:
        """Decode the changed files again; the photo on screen stays until its new version is in."""
        trip = self._show.trip
        assert trip is not None
        for index, photo in enumerate(trip.photos):
            if photo.path in changed:
                self._thumbnails_done.discard(index)
        self.thumbnails.request_all()
        self.loader.request(self._show.current)

    def stop(self) -> None:
        """The window closes: wait for the cache files to be written, not for decodes."""
        # No photo is wanted any more: the queue is dropped and running decodes are
        # stopped, so closing waits for a chunk of a file, not whole decodes.
        self.decoding.withdraw(lambda key: False, stop=lambda key: True)
        self.decoding.wait_idle(3)
        if self._show.trip is not None:
            # A show that ends before its strip is full (a quick --play-once) still packs
            # what it made, so the next start reads those in one go; a full strip's pack
            # is already written, and writing it again is skipped. The decoded photos go
            # first, so the pack's few MB do not come on top of them at the peak.
            self.loader.clear()
            self._pack_thumbnails()
        self.cache_reading.wait_idle(3)  # stored thumbnails read and packs written

    # -- what the loaders hand back ------------------------------------------------------

    @Slot(int)
    def photo_ready(self, index: int) -> None:
        if index == self._show.current:
            self._show_from_loader(index)
            if self._background:
                self.thumbnails.decode_rest()
        else:
            self.pictureChanged.emit(index)  # the presenter's next photo, say

    def start_background(self) -> None:
        """The window's first photo is painted: thumbnails may be decoded from now on.

        Until then two decoders at work beside the first paint would keep the window
        waiting for a core and for the interpreter lock.
        """
        self._background = True
        if self._show.trip is not None and self.loader.get(self._show.current) is not None:
            self.thumbnails.decode_rest()

    @Slot(object)
    def thumbnails_arrived(self, indexes: list[int]) -> None:
        images: dict[int, QImage] = {}
        for index in indexes:
            loaded = self.thumbnails.get(index)
            if loaded is not None and loaded.image is not None:
                images[index] = loaded.image
        if images:
            self.thumbnailsArrived.emit(images)
        before = len(self._thumbnails_done)
        self._thumbnails_done.update(indexes)
        total = len(self._show.trip.photos) if self._show.trip else 0
        self.thumbnailProgress.emit(len(self._thumbnails_done), total)
        if before < total == len(self._thumbnails_done):
            self._show.trace.note("thumbnails", count=total)
            self._pack_thumbnails()
        current = self._show.current
        if current in indexes and self.loader.get(current) is None:
            self._show_from_loader(current)  # its stand-in, until it is decoded

    @Slot(object)
    def fetch_thumbnails(self, indexes: list[int]) -> None:
        """The strip draws these marks again, whose thumbnails it let go: from the loader, or read again."""
        images, missing = {}, []
        for index in indexes:
            loaded = self.thumbnails.get(index)
            if loaded is not None and loaded.image is not None:
                images[index] = loaded.image
            elif loaded is None:
                missing.append(index)
        if images:
            self.thumbnailsArrived.emit(images)
        self.thumbnails.fetch(missing)

    def _size_head_start(self, index: int) -> None:
        """The first photo, decoded before the window existed, sized here and now if it is done.

        Sizing it is a few milliseconds; sent to a worker and back it came after the
        window's first frame, which then said the photo was loading. Here, the first
        frame is the photo.
        """
        head, trip = self._head_start, self._show.trip
        if head is None or trip is None:
            return
        if head.used:
            self._head_start = None
        elif head.ready(trip.photos[index].path, self.loader.box):
            self._head_start = None
            self.loader.decode_here(index, head.decode)

    def _show_from_loader(self, index: int) -> None:
        """Tell the views there is something (more) to show of ``index``; a photo that
        cannot be shown is logged, once, in full: its slide may have to cut the reason."""
        trip = self._show.trip
        assert trip is not None
        loaded = self.loader.get(index)
        if loaded is not None and loaded.image is None:
            reason, path = loaded.error or "unknown error", trip.photos[index].path
            if (path, reason) not in self._told:
                self._told.add((path, reason))
                log.warning("cannot show photo %d, %s: %s", index + 1, path, reason)
        self.pictureChanged.emit(index)

    def _offer_thumbnail(self, path: Path, decoded: Decoded) -> None:
        self._thumbnail_cache.offer(path, decoded, THUMBNAIL_BOX)

    def _pack_thumbnails(self) -> None:
        """The strip is full: store it as one pack per folder for the next start (on a worker)."""
        trip = self._show.trip
        assert trip is not None
        photos, cache = [photo.path for photo in trip.photos], self._thumbnail_cache
        self.cache_reading.submit(("pack", id(trip)), lambda: cache.write_packs(photos, THUMBNAIL_BOX))

    def _set_decode_box(self, box: tuple[int, int]) -> None:
        """Photos are decoded for ``box`` from now on, unless it is within a few pixels of
        the size they are decoded at already: the photo view then draws them 1:1.

        Nothing decoded at the old size (a new window, before its caption had its
        words) means there is nothing to keep: the exact size is taken, or every
        photo of the show would be a few pixels off the area it is shown in.
        """
        old = self.loader.box
        near = abs(box[0] - old[0]) <= old[0] * SIZE_SLACK and abs(box[1] - old[1]) <= old[1] * SIZE_SLACK
        if near and self.loader.holds_photos():
            return  # a caption line more or less: drawn 1:1 beats decoding again
        self.loader.set_box(box)
        self.loader.fit_budget(DEFAULT_BUDGET)
