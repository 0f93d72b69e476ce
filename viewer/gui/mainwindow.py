"""The presentation window: builds the widgets and wires them together.

Behaviour lives in the objects that own it: :class:`Slideshow` knows which photo
is current and drives autoplay, :class:`PhotoFeed` decodes photos and thumbnails,
:class:`KeyReader` reads keys, :class:`TimelineStrip` draws the trip. This window
connects them (all in ``_connect_signals``) and handles what is the window's own
business: full screen (:class:`FullScreen`), blanking, opening another trip.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QResizeEvent,
    QScreen,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from viewer.gui import WINDOW_SIZE
from viewer.gui.banner import ProblemBanner
from viewer.gui.caption import CaptionPanel
from viewer.gui.commands import reading_overlay, run_command
from viewer.gui.fullscreen import FullScreen
from viewer.gui.keyhelp import HelpOverlay
from viewer.gui.keys import Command, KeyReader
from viewer.gui.livetrip import LiveTrip
from viewer.gui.loader import positions
from viewer.gui.menus import build_menus
from viewer.gui.metastore import MetadataStore
from viewer.gui.opening import TripOpening
from viewer.gui.overlays import BlankScreen
from viewer.gui.panels import PanelHost
from viewer.gui.persist import SettingsKeeper
from viewer.gui.photofeed import PhotoFeed
from viewer.gui.photoinfo import PhotoInfoPanel
from viewer.gui.photoview import PhotoView
from viewer.gui.presenter import PresenterMode
from viewer.gui.settling import OrderSettler
from viewer.gui.slideshow import Slideshow
from viewer.gui.strip import TimelineStrip
from viewer.gui.striplayout import StripLayouts
from viewer.gui.textfit import clip, clip_middle
from viewer.gui.trace import Trace
from viewer.imaging.headstart import HeadStart, StoredStrip
from viewer.model.reconcile import follow_photo, new_photos
from viewer.model.resolve import ResolvedPhoto
from viewer.model.timeline import Layout
from viewer.model.trip import Trip

log = logging.getLogger(__name__)

RESIZE_SETTLE_MS = 120  # re-decode once a resize has paused this long
STRIP_REFRESH_MS = 300  # gather metadata arriving batch by batch into one strip update
WHEEL_STEP = 120  # one notch of a mouse wheel
BIG_TRIP = 1_000  # photos: a trip this big has its layouts frozen out of the garbage collector
# The first trip's reading in the background (its photos' metadata, the strip's thumbnails)
# starts this long after its first photo is painted, or this long after it was set at the latest.
BACKGROUND_AFTER_MS = 150
BACKGROUND_LATEST_MS = 1_000
TITLE_CHARACTERS = 80  # of the trip's title in the window's title
NAME_CHARACTERS = 60  # of the manifest's name in the status bar


class MainWindow(QMainWindow):
    """One trip on screen: photo, caption, timeline strip, and every key.

    In presenter view this is the audience's window; the console follows it.

    Signals:
        tripShown(): a trip was set, reloaded, or its photos' metadata changed the strip.
    """

    tripShown = Signal()

    def __init__(
        self,
        keeper: SettingsKeeper,
        parent: QWidget | None = None,
        head_start: HeadStart | None = None,
        stored_strip: StoredStrip | None = None,
    ) -> None:
        """``head_start``, ``stored_strip``: the first photo's decode and the strip's read
        from the disk cache, begun before the window was built."""
        super().__init__(parent)
        self.keeper = keeper
        self.trip: Trip | None = None
        self.slideshow = Slideshow(parent=self)
        feed = self.feed = PhotoFeed(self, head_start, stored_strip)
        self.loader, self.thumbnails, self.cache_reading = feed.loader, feed.thumbnails, feed.cache_reading
        self.trace = Trace.from_environment(self)
        self.keys = KeyReader(self)
        self.live = LiveTrip(self)
        self.metadata = MetadataStore(self)
        self.layouts = StripLayouts(self)
        self.settler = OrderSettler(self)
        self.presenter = PresenterMode(self)
        self._strip_refresh = QTimer(self, singleShot=True, interval=STRIP_REFRESH_MS)
        self._background_start = QTimer(self, singleShot=True, interval=BACKGROUND_LATEST_MS)
        self._background = False  # whether the background reading has started (see set_trip)
        self._chosen: Path | None = None  # the photo the presenter is on, by file
        self._seen: bytes | None = None  # the fingerprint of the trip's source as loaded
        self._lacking = False  # some photo of the trip has no time or caption in its entry
        self._reloading = False
        self._wheel = 0

        central = QWidget(self)
        central.setObjectName("central")
        central.setStyleSheet("QWidget#central { background: #101010; }")
        self.banner = ProblemBanner(central)
        self.photo_view = PhotoView(central)
        self.caption = CaptionPanel(central)
        self.strip = TimelineStrip(central)
        layout = self._layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.photo_view, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.strip)
        self.setCentralWidget(central)
        self.blank_screen = BlankScreen(central)
        self.help_overlay = HelpOverlay(central)
        self.photo_info = PhotoInfoPanel(central)
        self.panels = PanelHost(central, self)

        for widget in (central, self.photo_view, self.caption, self.strip):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.resize(*WINDOW_SIZE)

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_SETTLE_MS)
        self.menus = build_menus(self, keeper.settings)
        self.full_screen = FullScreen(self, self.menus.full_screen)
        self.opening = TripOpening(self, keeper.settings, self.menus.recent)
        self.opening.fill_recent_menu()
        self.caption.set_scale(keeper.settings.caption_scale)
        self.strip.setVisible(keeper.settings.strip_visible)
        self._connect_signals()

    # -- building ------------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.slideshow.currentChanged.connect(self._on_current_changed)
        self.slideshow.playingChanged.connect(self.menus.autoplay.setChecked)
        self.photo_view.shown.connect(self.slideshow.photo_shown)
        self.photo_view.shown.connect(lambda index: self.trace.note("shown", index=index, sharp=True))
        self.photo_view.previewShown.connect(lambda index: self.trace.note("shown", index=index, sharp=False))
        self.loader.ready.connect(self.feed.photo_ready)
        self.thumbnails.arrived.connect(self.feed.thumbnails_arrived)
        self.strip.photoChosen.connect(self.slideshow.go)
        self.strip.wanted.connect(
            self.feed.fetch_thumbnails, Qt.ConnectionType.QueuedConnection
        )  # asked in a paint
        self.keys.digitsChanged.connect(self.caption.show_number_entry)
        self.opening.opened.connect(lambda trip, seen: self.set_trip(trip, seen=seen))
        self.metadata.arrived.connect(self._on_metadata)
        self.layouts.ready.connect(self._on_layout)
        self.metadata.finished.connect(self._settle_order)
        self.settler.settled.connect(self._on_settled)
        self._strip_refresh.timeout.connect(self._refresh_strip)
        self._background_start.timeout.connect(self._start_background)
        self.photo_view.shown.connect(self._on_photo_shown)
        self.live.reloaded.connect(self._on_reloaded)
        self.live.invalid.connect(self._on_trip_invalid)
        self.live.photosChanged.connect(self._on_photos_changed)
        self._resize_timer.timeout.connect(self._redecode_for_size)
        self.menus.open.triggered.connect(self.choose_trip)
        self.menus.quit.triggered.connect(self.close)
        self.menus.full_screen.triggered.connect(self.toggle_full_screen)
        self.menus.strip.triggered.connect(self.toggle_strip)
        self.menus.autoplay.triggered.connect(self.slideshow.toggle_playing)
        self.menus.help.triggered.connect(self.toggle_help)
        self.menus.presenter.triggered.connect(self.presenter.toggle)
        self.presenter.activeChanged.connect(self.menus.presenter.setChecked)
        self.menus.swap.triggered.connect(self.presenter.swap)
        self.menus.presenter_setting.toggled.connect(self._set_presenter_setting)

    # -- the trip ------------------------------------------------------------------

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
        what was decoded and read of them is all kept, and their watch and the recent list
        stay as they are, without a look at each file on the UI thread.

        The window's first trip reads its photos' metadata, decodes its thumbnails and,
        if it is big, places its strip only once its first photo is painted
        (``BACKGROUND_AFTER_MS`` after): those workers beside the first paint of a
        20,000-photo folder made the window wait 20 to 40 ms more, for the cores and
        the interpreter lock.
        """
        self.trip, self._seen = trip, seen
        self.banner.hide()
        if trip.left_out:  # a folder's links that lead out of it: say which were not opened
            left = "; ".join(f"{item.file}: {item.reason}" for item in trip.left_out)
            self.statusBar().showMessage(f"Left out of {trip.title}: {left}", 15000)
        self.trace.note("trip", photos=len(trip.photos))
        self.setWindowTitle(f"{clip(trip.title, TITLE_CHARACTERS)} — Trip Viewer")
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
        self.strip.begin(keep_view=reloaded)
        if self._background or not self.layouts.places_behind(trip):
            self.layouts.place(trip, self.metadata.found())
        self._show_reading()
        self.feed.fill_strip(len(photos))
        if not reloaded:
            self.photo_view.clear()
        self.slideshow.reset(len(trip.photos), start)
        self.feed.preload(photos, reloaded)
        if not same_files:
            self.live.follow(trip, seen)
            self.opening.fill_recent_menu()  # the trip moved to the top of the recent list
        self.tripShown.emit()

    @Slot(int)
    def _on_photo_shown(self, index: int) -> None:
        if not self._background and self._background_start.remainingTime() > BACKGROUND_AFTER_MS:
            self._background_start.start(BACKGROUND_AFTER_MS)

    @Slot()
    def _start_background(self) -> None:
        """The first photo is on screen: read the trip's metadata, decode its thumbnails."""
        if self._background:
            return
        self._background = True
        self._background_start.stop()
        if self.trip is not None:
            self.metadata.sweep()
            if self.strip.placing:
                self.layouts.place(self.trip, self.metadata.found())
        self.feed.start_background()

    @Slot(int, int)
    def _on_current_changed(self, index: int, direction: int) -> None:
        assert self.trip is not None
        photo = self.trip.photos[index]
        if not self._reloading:
            self._chosen = photo.path
        self.metadata.hurry(index)
        self._show_words(index)
        self.strip.set_current(index)
        # A caption longer than the room kept for it shrinks the photo area: settle the
        # layout now so the photo is decoded once, at the size it will have. The
        # caption's own layout learns of new fonts (its style sheet, a new caption
        # scale) by a posted event: without it first, the area was the old fonts'.
        QApplication.sendPostedEvents(self.caption, QEvent.Type.LayoutRequest)
        self._layout.activate()
        self.feed.show(index, direction)
        self.keeper.settings.remember_trip(self.trip.source, index, len(self.trip.photos))
        self.keeper.changed()

    @Slot()
    def _redecode_for_size(self) -> None:
        self.feed.fit_view()

    # -- what the photos say about themselves ---------------------------------------

    def resolved(self, index: int) -> ResolvedPhoto:
        """Photo ``index`` as shown: the manifest's fields, else the photo's own metadata."""
        assert self.trip is not None
        return self.metadata.resolved(self.trip, index)

    @Slot(object)
    def _on_metadata(self, indexes: list[int]) -> None:
        """The metadata of these photos is in: the caption, if it is the current photo's, and
        soon the strip (gathered: the strip is placed again at most every ``STRIP_REFRESH_MS``)."""
        trip = self.trip
        if trip is None:
            return
        current = self.slideshow.current
        if current in indexes:
            self._show_words(current)
        adds = self._lacking and any(map(self._adds_to_strip, indexes))
        if not self._strip_refresh.isActive() and adds:
            # Placing 100,000 photos takes a second or more on the worker: placed again only
            # after four times that, so the strip's placing stays a fifth of the filling.
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

    @Slot()
    def _refresh_strip(self) -> None:
        self._strip_refresh.stop()
        if self.trip is not None:
            self.layouts.place(self.trip, self.metadata.found())
            self._show_reading()

    def _show_reading(self) -> None:
        """Say on the strip how far reading the photos' metadata has got, until it is done."""
        done, total = self.metadata.progress
        if self.trip is not None and self.trip.provisional:
            self.strip.set_status(f"Ordering by capture time: {done:,} / {total:,} photos read")
        else:
            self.strip.set_status(f"Reading the photos {done:,} / {total:,}" if done < total else "")

    @Slot()
    def _settle_order(self) -> None:
        """Every photo's metadata is in: a folder opened in file order gets its capture-time order."""
        if self.trip is not None:
            self.trace.note("read", photos=len(self.trip.photos))
        if self.trip is not None and self.trip.provisional:
            self.strip.set_status("Ordering by capture time …")
            self.settler.settle(self.trip, self.metadata.found())

    @Slot(object, object, object)
    def _on_settled(self, before: Trip, settled: Trip, indexes: dict[Path, list[int]]) -> None:
        """Show the folder in capture-time order; the photo on screen stays, wherever it now stands."""
        if before is not self.trip:
            return  # another trip, or a reload, since
        index = self.slideshow.current
        places = indexes.get(self._chosen, []) if self._chosen is not None else []
        start = min(places, key=lambda place: abs(place - index)) if places else index
        on_screen = self.photo_view.shown_index == index
        self._reloading = True  # the presenter's choice of photo stays
        try:
            self.set_trip(
                settled, start=start, reloaded=True, seen=self._seen, indexes=indexes, same_files=True
            )
        finally:
            self._reloading = False
        self.trace.note("settled", photos=len(settled.photos), index=self.slideshow.current)
        if on_screen and self.slideshow.playing and self.photo_view.shown_index == self.slideshow.current:
            self.slideshow.photo_shown(self.slideshow.current)  # autoplay carries on

    @Slot(object)
    def _on_layout(self, layout: Layout) -> None:
        self.strip.set_layout(layout)
        self.tripShown.emit()
        if len(layout.placement) > BIG_TRIP and gc.isenabled():
            # What a big trip has read and placed so far lives as long as the trip, and holds
            # no reference cycles: frozen out of the collector, which otherwise walked it all
            # at every full collection (40 to 60 ms of the interpreter lock, collecting nothing).
            gc.freeze()

    def _show_words(self, index: int) -> None:
        """Photo ``index``'s caption, credit, place and time, under it and in the photo panel."""
        assert self.trip is not None
        photo, count = self.resolved(index), len(self.trip.photos)
        self.caption.show_photo(photo, index, count)
        if self.photo_info.isVisible():
            self.photo_info.show_photo(photo, index, count)

    @Slot()
    def toggle_photo_info(self) -> None:
        """The photo panel (I): the current photo's words in full."""
        if self.photo_info.isVisible():
            self.photo_info.hide()
        elif self.trip is not None:
            index = self.slideshow.current
            self.photo_info.show_photo(self.resolved(index), index, len(self.trip.photos))
            self.photo_info.appear()

    # -- the trip changing on disk -------------------------------------------------

    @Slot(object, object)
    def _on_reloaded(self, trip: Trip, seen: bytes | None) -> None:
        old, index = self.trip, self.slideshow.current
        if old is None:
            return
        on_screen = self.photo_view.shown_index == index
        self._reloading = True  # the presenter's choice of photo survives a reload
        try:
            self.set_trip(trip, start=follow_photo(trip, self._chosen, index), reloaded=True, seen=seen)
        finally:
            self._reloading = False
        fresh = new_photos(old, trip)
        self.strip.mark_new(fresh)
        name = clip_middle(trip.source.name, NAME_CHARACTERS)
        self.statusBar().showMessage(f"Reloaded {name}: {len(fresh)} new photo(s)", 5000)
        if on_screen and self.slideshow.playing and self.photo_view.shown_index == self.slideshow.current:
            self.slideshow.photo_shown(self.slideshow.current)  # autoplay carries on

    @Slot(str)
    def _on_trip_invalid(self, message: str) -> None:
        self.banner.show_problem(message)

    @Slot(list)
    def _on_photos_changed(self, changed: list[Path]) -> None:
        """Decode changed photos again; the one on screen stays until its new version is in."""
        self.feed.forget(changed)
        self.metadata.forget(changed)
        if self.trip is not None:
            self.feed.decode_again(changed)

    # -- opening other trips -------------------------------------------------------

    @Slot()
    def choose_trip(self) -> None:
        self.opening.choose(self.trip.folder if self.trip else None)

    def open_trip(self, path: Path) -> None:
        """Open a manifest or folder; the current trip stays until the new one has loaded."""
        self.opening.open(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        local = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if local:
            event.acceptProposedAction()
            self.open_trip(Path(local[0]))

    # -- keys and the mouse ----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event, origin=self):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent, origin: QWidget) -> bool:
        """A key pressed in this window or the presenter console (``origin``); False if unbound."""
        self.trace.note("key", key=event.key())
        if self.blank_screen.isVisible():
            # As in PowerPoint: while the screen is blank, a key only brings it back.
            self.blank_screen.blank(None)
            return True
        reading = reading_overlay(self, origin)
        if reading is not None and reading.scroll_key(event.key()):
            return True
        read = self.keys.read(event)
        if read is None:
            return bool(self.keys.digits)  # a digit of a number being typed
        command, number = read
        self.run(command, number, origin)
        return True

    def run(self, command: Command, number: int = 0, origin: QWidget | None = None) -> None:
        """Carry out one command of the key table; panels open in ``origin``'s window."""
        run_command(self, command, number, origin)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if reading_overlay(self, self) is not None:
            event.accept()  # turned beside the open help or photo panel: not a step of the show
            return
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= WHEEL_STEP:
            step = 1 if self._wheel < 0 else -1  # wheel down (negative) is forward
            self._wheel += step * WHEEL_STEP
            self.slideshow.go(self.slideshow.current + step)
        event.accept()

    # -- window behaviour ------------------------------------------------------------

    @Slot()
    def escape(self) -> None:
        if (reading := reading_overlay(self, self)) is not None:
            reading.hide()
        elif self.isFullScreen():
            self.set_full_screen(False)

    @Slot()
    def toggle_help(self) -> None:
        if self.help_overlay.isVisible():
            self.help_overlay.hide()
        else:
            self.help_overlay.appear()

    @Slot()
    def toggle_strip(self) -> None:
        visible = not self.strip.isVisible()
        self.strip.setVisible(visible)
        self.menus.strip.setChecked(visible)
        self.keeper.settings.strip_visible = visible
        self.keeper.changed()

    @Slot(bool)
    def _set_presenter_setting(self, on: bool) -> None:
        self.keeper.settings.presenter_with_two_screens = on
        self.keeper.changed()

    def step_caption(self, steps: int) -> None:
        self.caption.set_scale(self.keeper.settings.step_caption_scale(steps))
        self.keeper.changed()

    def start_show(self, from_first: bool) -> None:
        """F5 / Shift+F5: full screen, from the first photo or from this one."""
        if from_first:
            self.slideshow.first()
        self.set_full_screen(True)

    @Slot()
    def toggle_full_screen(self) -> None:
        self.set_full_screen(not self.isFullScreen())

    def set_full_screen(self, on: bool) -> None:
        self.full_screen.set(on)

    def show_on_screen(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (presenter view puts the audience on the projector)."""
        self.full_screen.show_on(screen)

    def move_to_screen(self, number: int) -> None:
        """Put the window on screen ``number`` (0 is the first), if there is one."""
        self.full_screen.move_to(number)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.caption.set_base_size(max(16, min(56, self.height() // 26)))
        self._resize_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._resize_timer.start()  # another screen: decode again for its pixels

    def closeEvent(self, event: QCloseEvent) -> None:
        self.trace.close()
        self.keeper.flush()
        self.feed.stop()
        self.metadata.wait_idle(3)
        super().closeEvent(event)
