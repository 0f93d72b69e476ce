"""The open show: one trip, its current photo, autoplay, and everything that feeds its views.

A :class:`Presentation` owns the trip and what is known about its photos (their
own metadata, the strip's and the map's layouts, decoded pixels), the current photo and
autoplay, live reload, and what the audience sees (a photo, or a black or white
screen). Views — the audience window, the presenter console, and any view to
come — read from it and send it commands; each follows its signals and none
reaches into another. The audience window tells it the size its photos are
decoded for and when each photo reached the screen, through the small
:class:`PhotoArea` protocol.
"""

from __future__ import annotations

import gc
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage

from viewer.gui.language import count_text
from viewer.gui.show.livetrip import LiveTrip
from viewer.gui.show.loader import PhotoLoader, positions
from viewer.gui.show.maplayouts import MapLayouts, has_places
from viewer.gui.show.metastore import MetadataStore
from viewer.gui.show.persist import SettingsKeeper
from viewer.gui.show.photofeed import PhotoFeed
from viewer.gui.show.pointer import Pointer
from viewer.gui.show.settling import OrderSettler
from viewer.gui.show.slideshow import Slideshow
from viewer.gui.show.striplayout import StripLayouts
from viewer.gui.show.trace import Trace
from viewer.gui.show.zoom import PhotoZoom
from viewer.imaging.headstart import HeadStart, StoredStrip
from viewer.model.reconcile import follow_photo, new_photos
from viewer.model.resolve import ResolvedPhoto
from viewer.model.timeline import Layout
from viewer.model.timing import ShowTiming
from viewer.model.trip import Trip

log = logging.getLogger(__name__)

STRIP_REFRESH_MS = 300  # gather metadata arriving batch by batch into one strip update
BIG_TRIP = 1_000  # photos: a trip this big has its layouts frozen out of the garbage collector
# The first trip's reading in the background (its photos' metadata, the strip's thumbnails)
# starts this long after its first photo is painted, or this long after it was set at the latest.
BACKGROUND_AFTER_MS = 150
BACKGROUND_LATEST_MS = 1_000


class PhotoArea(Protocol):
    """What the show needs of the audience's photo area (a ``PhotoView``)."""

    def device_box(self) -> tuple[int, int]:
        """The area's size in device pixels: what photos are decoded for."""
        ...

    @property
    def shown_index(self) -> int:
        """The last photo painted sharp there (-1 before any)."""
        ...

    @property
    def fading(self) -> bool:
        """A photo is fading in there now."""
        ...


@dataclass(frozen=True)
class Picture:
    """What there is to show of one photo: its sharp image, a stand-in, or why it cannot be shown.

    All three None: nothing decoded yet.
    """

    image: QImage | None = None
    preview: QImage | None = None
    error: str | None = None
    size: tuple[int, int] | None = None  # the upright photo's own size, once anything of it is decoded


class Presentation(QObject):
    """One trip being shown, for every view of it.

    ``head_start``, ``stored_strip``: the first photo's decode and the strip's read
    from the disk cache, begun before the show was built.

    Signals:
        tripSet(bool): a trip was set (True: a newer version of the one shown); views
            forget the last one's marks. Its layout and current photo follow.
        tripShown(): a trip was set and its current photo chosen.
        currentChanged(int, int): the current photo and the direction of travel;
            sent before its pixels are asked for, so a view can settle its layout first.
        pictureChanged(int): there is more to show of this photo (:meth:`picture`).
        wordsChanged(list): the photos' own metadata arrived for these photos (:meth:`resolved`).
        layoutReady(Layout): the trip placed on the timeline.
        statusChanged(str): how far reading the photos has got ("" once done).
        thumbnailsArrived(dict): thumbnails for the strip, by photo.
        thumbnailProgress(int, int): thumbnails made so far, of how many.
        reloaded(set): the trip was reloaded from disk; these photos are new.
        invalid(str): the trip's file changed into one that does not load.
        filesChanged(list): these photo files changed on disk.
        blankChanged(object): the colour the audience sees instead of the photo, or None.
        playingChanged(bool): autoplay started or paused.
        finished(): a play-once show has shown its last photo.
        placesFound(): the first GPS position of a trip whose manifest gives none was read.
    """

    tripSet = Signal(bool)
    tripShown = Signal()
    currentChanged = Signal(int, int)
    pictureChanged = Signal(int)
    wordsChanged = Signal(object)
    layoutReady = Signal(object)
    statusChanged = Signal(str)
    thumbnailsArrived = Signal(object)
    thumbnailProgress = Signal(int, int)
    reloaded = Signal(object)
    invalid = Signal(str)
    filesChanged = Signal(list)
    blankChanged = Signal(object)
    playingChanged = Signal(bool)
    finished = Signal()
    placesFound = Signal()

    def __init__(
        self,
        keeper: SettingsKeeper,
        head_start: HeadStart | None = None,
        stored_strip: StoredStrip | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.trip: Trip | None = None
        self.layout: Layout | None = None  # the trip placed on the timeline, once it is
        self.blanked: QColor | None = None
        self.trace = Trace.from_environment(self)
        # Each photo's time in autoplay, and how it arrives: the trip's, unless a setting says.
        self.timing = ShowTiming(
            transition=keeper.settings.transition or None, fade_seconds=keeper.settings.fade_seconds
        )
        self.slideshow = Slideshow(parent=self)
        self.slideshow.seconds_for = self.seconds_for
        self.feed = PhotoFeed(self, head_start, stored_strip, parent=self)
        self.metadata = MetadataStore(self)
        self.live = LiveTrip(self)
        self.layouts = StripLayouts(self)
        self.maps = MapLayouts(self)
        self.settler = OrderSettler(self)
        self.zoom = PhotoZoom(self, self.feed.decoding, parent=self)
        self.pointer = Pointer(self)
        self._area: PhotoArea | None = None
        self._strip_refresh = QTimer(self, singleShot=True, interval=STRIP_REFRESH_MS)
        self._background_start = QTimer(self, singleShot=True, interval=BACKGROUND_LATEST_MS)
        self._background = False  # whether the background reading has started (see set_trip)
        self._placing = False  # a trip is set and its layout is on its way
        self._chosen: Path | None = None  # the photo the presenter is on, by file
        self._arrival_ms = 0  # how the current photo arrives (arrival_ms)
        self.clock: Callable[[], float] = time.monotonic  # seconds; a test may hold it still
        self._stepped_at = -math.inf  # when the show last stepped, by ``clock``
        self._seen: bytes | None = None  # the fingerprint of the trip's source as loaded
        self._lacking = False  # some photo of the trip has no time or caption in its entry
        self._reloading = False
        self._gps_places = False  # some photo's own GPS gives it a position
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.slideshow.currentChanged.connect(self._on_current_changed)
        self.slideshow.playingChanged.connect(self.playingChanged)
        self.slideshow.finished.connect(self.finished)
        self.feed.loader.ready.connect(self.feed.photo_ready)
        self.feed.thumbnails.arrived.connect(self.feed.thumbnails_arrived)
        self.feed.pictureChanged.connect(self.pictureChanged)
        self.feed.thumbnailsArrived.connect(self.thumbnailsArrived)
        self.feed.thumbnailProgress.connect(self.thumbnailProgress)
        self.metadata.arrived.connect(self._on_metadata)
        self.metadata.finished.connect(self._settle_order)
        self.layouts.ready.connect(self._on_layout)
        self.settler.settled.connect(self._on_settled)
        self.live.reloaded.connect(self._on_reloaded)
        self.live.invalid.connect(self.invalid)
        self.live.photosChanged.connect(self._on_photos_changed)
        self._strip_refresh.timeout.connect(self._refresh_strip)
        self._background_start.timeout.connect(self._start_background)
        self.tripSet.connect(self.zoom.trip_set)
        self.tripShown.connect(self.zoom.trip_shown)
        self.currentChanged.connect(lambda _index, _direction: self.zoom.photo_changed())
        self.currentChanged.connect(lambda _index, _direction: self.pointer.photo_changed())
        self.pictureChanged.connect(self.zoom.picture_changed)
        self.zoom.changed.connect(lambda: self.slideshow.hold(self.zoom.active))  # autoplay waits

    # -- what views read ------------------------------------------------------------------

    @property
    def current(self) -> int:
        return self.slideshow.current

    @property
    def count(self) -> int:
        return len(self.trip.photos) if self.trip is not None else 0

    @property
    def playing(self) -> bool:
        return self.slideshow.playing

    @property
    def has_places(self) -> bool:
        """Whether the trip can be put on a map: its manifest gives places, or its photos' GPS does."""
        return self.trip is not None and (self._gps_places or has_places(self.trip))

    @property
    def placing(self) -> bool:
        """A trip is set and its place on the timeline is still being worked out."""
        return self._placing

    def seconds_for(self, index: int) -> float:
        """How long photo ``index`` stays up in autoplay."""
        assert self.trip is not None
        return self.timing.seconds_for(self.trip, index)

    def fade_ms(self, index: int) -> int:
        """How long photo ``index`` takes to fade in when the show steps to it (0: a cut)."""
        if self.trip is None or not 0 <= index < len(self.trip.photos):
            return 0
        return self.timing.fade_ms(self.trip, index)

    @property
    def arrival_ms(self) -> int:
        """How long the current photo takes to arrive: its fade, or 0 for a cut.

        A step that comes within a fade's length of the last one, or while its fade
        still runs (a clicker racing ahead, a burst of keys), is a cut: its photo is
        wanted now, not faded in, and fades cut short one after another would only
        take the CPU its decode needs.
        """
        return self._arrival_ms

    def resolved(self, index: int) -> ResolvedPhoto:
        """Photo ``index`` as shown: the manifest's fields, else the photo's own metadata."""
        assert self.trip is not None
        return self.metadata.resolved(self.trip, index)

    def picture(self, index: int) -> Picture:
        """What there is to show of photo ``index`` now."""
        loaded = self.feed.loader.get(index)
        if loaded is not None:
            return Picture(
                image=loaded.image,
                error=None if loaded.image else loaded.error or "unknown error",
                size=loaded.size,
            )
        thumbnail = self.feed.thumbnails.get(index)
        if thumbnail is not None and thumbnail.image is not None:
            return Picture(preview=thumbnail.image, size=thumbnail.size)
        return Picture()

    def photo_path(self, index: int) -> Path | None:
        """Photo ``index``'s file, if the trip has that photo."""
        if self.trip is None or not 0 <= index < len(self.trip.photos):
            return None
        return self.trip.photos[index].path

    def photo_state(self, index: int) -> tuple[tuple[int, int] | None, str | None]:
        """Photo ``index``'s own size (once anything of it is decoded) and why it cannot be shown, if so."""
        picture = self.picture(index)
        return picture.size, picture.error

    def thumbnail(self, index: int) -> QImage | None:
        """Photo ``index``'s strip thumbnail, if it is decoded."""
        loaded = self.feed.thumbnails.get(index)
        return loaded.image if loaded is not None else None

    def thumbnails(self) -> dict[int, QImage]:
        """Every strip thumbnail held now, by photo: for a view that starts following mid-show."""
        return {index: loaded.image for index, loaded in self.feed.thumbnails.held().items() if loaded.image}

    @property
    def thumbnail_progress(self) -> tuple[int, int]:
        return self.feed.thumbnail_progress

    def cell_loader(self, parent: QObject) -> PhotoLoader:
        """Thumbnails at a size of the asker's choosing (the overview's cells)."""
        return self.feed.cell_loader(parent)

    # -- what views ask -------------------------------------------------------------------

    def go(self, index: int) -> None:
        self.slideshow.go(index)

    def next(self) -> None:
        self.slideshow.next()

    def previous(self) -> None:
        self.slideshow.previous()

    def first(self) -> None:
        self.slideshow.first()

    def last(self) -> None:
        self.slideshow.last()

    def toggle_playing(self) -> None:
        self.slideshow.toggle_playing()

    def blank(self, colour: QColor | None) -> None:
        """The audience sees ``colour`` instead of the photo (None: the photo again)."""
        self.blanked = colour
        self.blankChanged.emit(colour)

    def reload(self) -> None:
        """Load the trip from disk again now."""
        self.live.reload()

    def fetch_thumbnails(self, indexes: list[int]) -> None:
        """A strip draws these marks again, whose thumbnails it let go."""
        self.feed.fetch_thumbnails(indexes)

    def set_photo_area(self, area: PhotoArea) -> None:
        """The audience's photo area: photos are decoded for its size."""
        self._area = area

    def photo_box(self) -> tuple[int, int]:
        """The device pixels photos are decoded for (the audience's photo area)."""
        return self._area.device_box() if self._area is not None else (1, 1)

    def fit_photo_area(self) -> None:
        """The photo area changed size: decode the current photo again for it, keep its zoom in it."""
        self.feed.fit_view()
        self.zoom.area_resized()

    @Slot(int)
    def photo_shown(self, index: int) -> None:
        """The audience's photo area painted photo ``index`` sharp."""
        self.trace.note("shown", index=index, sharp=True)
        self.slideshow.photo_shown(index, failed=self.picture(index).error is not None)
        if not self._background and self._background_start.remainingTime() > BACKGROUND_AFTER_MS:
            self._background_start.start(BACKGROUND_AFTER_MS)

    def close(self) -> None:
        """The show ends: wait for the cache files and settings to be written, not for decodes.

        Its timers stop too: nothing new starts once the show has ended.
        """
        for timer in (self._background_start, self._strip_refresh):
            timer.stop()
        self._background = True  # the background reading never starts now
        self.slideshow.set_playing(False)
        self.trace.close()
        self.keeper.flush()
        self.feed.stop()
        self.metadata.wait_idle(3)

    # -- the trip --------------------------------------------------------------------------

    def set_trip(
        self,
        trip: Trip,
        start: int | None = None,
        reloaded: bool = False,
        seen: bytes | None = None,
        indexes: dict[Path, list[int]] | None = None,
        same_files: bool = False,
    ) -> None:
        """Show ``trip``, at ``start`` or where the person left it last time.

        ``reloaded``: a newer version of the trip on screen, so the strip's zoom and
        the photo on screen stay (what is already decoded is kept either way).
        ``seen``: the fingerprint of the source as loaded, for the watcher. ``indexes``:
        where each file stands in the trip, if known already (found off the UI thread).
        ``same_files``: the files of the trip on screen in another order (its order settled):
        what was decoded and read of them is all kept, and their watch stays as it is,
        without a look at each file on the UI thread.

        The first trip reads its photos' metadata, decodes its thumbnails and, if it is
        big, places its strip only once its first photo is painted
        (``BACKGROUND_AFTER_MS`` after): workers started beside the first paint keep
        the window waiting for the cores and the interpreter lock.
        """
        self.trip, self._seen = trip, seen
        self.trace.note("trip", photos=len(trip.photos))
        start = self.keeper.settings.opening_index(trip.source, len(trip.photos), start)
        photos = [photo.path for photo in trip.photos]
        indexes = positions(photos) if indexes is None else indexes
        # Whether the photos' own metadata may add to the strip: not to a manifest that
        # gives every photo its time and caption (then its metadata is not even looked at).
        self._lacking = any(photo.time is None or photo.caption is None for photo in trip.photos)
        self.feed.set_photos(photos, indexes, same_files)
        self.metadata.set_photos(photos, indexes, same_files, sweep=self._background)
        if not self._background and not self._background_start.isActive():
            self._background_start.start(BACKGROUND_LATEST_MS)
        self.layout, self._placing = None, True
        found = self.metadata.found()
        self._gps_places = any(meta.position is not None for meta in found.values())
        self.maps.set_trip(trip, found)
        self.tripSet.emit(reloaded)
        if self._background or not self.layouts.places_behind(trip):
            self.layouts.place(trip, found)
        self._show_reading()
        self.feed.fill_strip(len(photos))
        self.slideshow.reset(len(trip.photos), start)
        self.feed.preload(photos, reloaded)
        if not same_files:
            self.live.follow(trip, seen)
        self.tripShown.emit()

    @Slot()
    def _start_background(self) -> None:
        """The first photo is on screen: read the trip's metadata, decode its thumbnails."""
        if self._background:
            return
        self._background = True
        self._background_start.stop()
        self.maps.start()
        if self.trip is not None:
            self.metadata.sweep()
            if self._placing:
                self.layouts.place(self.trip, self.metadata.found())
        self.feed.start_background()

    @Slot(int, int)
    def _on_current_changed(self, index: int, direction: int) -> None:
        assert self.trip is not None
        photo = self.trip.photos[index]
        if not self._reloading:
            self._chosen = photo.path
        self.metadata.hurry(index)
        now, fade = self.clock(), self.fade_ms(index)
        # A step within a fade's length of the last one, or while a fade still runs: a burst.
        racing = 0 <= (now - self._stepped_at) * 1000 < fade or (self._area is not None and self._area.fading)
        self._arrival_ms, self._stepped_at = (0 if racing else fade), now
        self.currentChanged.emit(index, direction)
        self.feed.show(index, direction)
        self.keeper.settings.remember_trip(self.trip.source, index, len(self.trip.photos))
        self.keeper.changed()

    # -- what the photos say about themselves -----------------------------------------------

    @Slot(object)
    def _on_metadata(self, indexes: list[int]) -> None:
        """The metadata of these photos is in: the words of those on screen, and soon the strip
        (gathered: the strip is placed again at most every ``STRIP_REFRESH_MS``)."""
        if self.trip is None:
            return
        self.wordsChanged.emit(indexes)
        placed = any(map(self._adds_to_map, indexes))
        adds = (self._lacking and any(map(self._adds_to_strip, indexes))) or placed
        if placed and not self._gps_places:
            self._gps_places = True
            self.placesFound.emit()
        if not self._strip_refresh.isActive() and adds:
            # Placing stays a fifth of the filling: placed again after four times what it took.
            self._strip_refresh.start(max(STRIP_REFRESH_MS, round(4000 * self.layouts.took)))
        if self.metadata.complete:
            self._refresh_strip()  # the last of it: no need to wait

    def _adds_to_strip(self, index: int) -> bool:
        """Whether the photo's own metadata gives a time or caption its entry lacks (a quick look)."""
        assert self.trip is not None
        photo, found = self.trip.photos[index], self.metadata.get(index)
        if found is None:
            return False
        timed = found.time is not None or found.unzoned_time is not None
        return (photo.time is None and timed) or (photo.caption is None and found.caption is not None)

    def _adds_to_map(self, index: int) -> bool:
        """Whether the photo's own metadata gives a GPS position its entry lacks."""
        assert self.trip is not None
        found = self.metadata.get(index)
        return found is not None and found.position is not None and self.trip.photos[index].position is None

    @Slot()
    def _refresh_strip(self) -> None:
        """Place the trip on the strip and the map again with the metadata read so far."""
        self._strip_refresh.stop()
        if self.trip is not None:
            found = self.metadata.found()
            self.layouts.place(self.trip, found)
            self.maps.update(found)
            self._show_reading()

    def _show_reading(self) -> None:
        """Say how far reading the photos' metadata has got, until it is done."""
        done, total = self.metadata.progress
        if self.trip is not None and self.trip.provisional:
            said = QCoreApplication.translate(
                "Presentation", "Ordering by capture time: {done} / {total} photos read"
            )
            self.statusChanged.emit(said.format(done=count_text(done), total=count_text(total)))
        elif done < total:
            said = QCoreApplication.translate("Presentation", "Reading the photos {done} / {total}")
            self.statusChanged.emit(said.format(done=count_text(done), total=count_text(total)))
        else:
            self.statusChanged.emit("")

    @Slot()
    def _settle_order(self) -> None:
        """Every photo's metadata is in: a folder opened in file order gets its capture-time order."""
        if self.trip is not None:
            self.trace.note("read", photos=len(self.trip.photos))
        if self.trip is not None and self.trip.provisional:
            self.statusChanged.emit(QCoreApplication.translate("Presentation", "Ordering by capture time …"))
            self.settler.settle(self.trip, self.metadata.found())

    @Slot(object, object, object)
    def _on_settled(self, before: Trip, settled: Trip, indexes: dict[Path, list[int]]) -> None:
        """Show the folder in capture-time order; the photo on screen stays, wherever it now stands."""
        if before is not self.trip:
            return  # another trip, or a reload, since
        index = self.slideshow.current
        places = indexes.get(self._chosen, []) if self._chosen is not None else []
        start = min(places, key=lambda place: abs(place - index)) if places else index
        self._set_again(settled, start, self._seen, indexes=indexes, same_files=True)
        self.trace.note("settled", photos=len(settled.photos), index=self.slideshow.current)

    def _set_again(self, trip: Trip, start: int, seen: bytes | None, **how: object) -> None:
        """A newer version of the trip on screen; the presenter's photo and autoplay carry on."""
        shown = self._area.shown_index if self._area is not None else -1
        on_screen = shown == self.slideshow.current
        self._reloading = True  # the presenter's choice of photo survives
        try:
            self.set_trip(trip, start=start, reloaded=True, seen=seen, **how)  # type: ignore[arg-type]
        finally:
            self._reloading = False
        shown = self._area.shown_index if self._area is not None else -1
        if on_screen and self.slideshow.playing and shown == self.slideshow.current:
            self.slideshow.photo_shown(self.slideshow.current)  # no new paint will say so

    @Slot(object)
    def _on_layout(self, layout: Layout) -> None:
        self.layout, self._placing = layout, False
        self.layoutReady.emit(layout)
        if len(layout.placement) > BIG_TRIP and gc.isenabled():
            # What a big trip has read and placed lives as long as the trip and holds no
            # reference cycles: frozen out of the collector, which would walk it all at
            # every full collection and collect nothing.
            gc.freeze()

    # -- the trip changing on disk ------------------------------------------------------------

    @Slot(object, object)
    def _on_reloaded(self, trip: Trip, seen: bytes | None) -> None:
        old = self.trip
        if old is None:
            return
        self._set_again(trip, follow_photo(trip, self._chosen, self.slideshow.current), seen)
        self.reloaded.emit(new_photos(old, trip))

    @Slot(list)
    def _on_photos_changed(self, changed: list[Path]) -> None:
        """Decode changed photos again; the one on screen stays until its new version is in."""
        self.feed.forget(changed)
        self.metadata.forget(changed)
        if self.trip is not None:
            self.feed.decode_again(changed)
        self.filesChanged.emit(changed)
