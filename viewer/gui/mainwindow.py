"""The presentation window: builds the widgets and wires them together.

Behaviour lives in the objects that own it: :class:`Slideshow` knows which photo
is current and drives autoplay, :class:`PhotoLoader` decodes, :class:`KeyReader`
reads keys, :class:`TimelineStrip` draws the trip. This window connects them
(all in ``_connect_signals``) and handles what is the window's own business:
full screen, blanking, opening another trip.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QResizeEvent,
    QScreen,
    QWheelEvent,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from viewer import paths
from viewer.gui import THUMBNAIL_BOX, WINDOW_SIZE
from viewer.gui.caption import CaptionPanel
from viewer.gui.commands import run_command
from viewer.gui.keys import Command, KeyReader
from viewer.gui.livetrip import LiveTrip
from viewer.gui.loader import DEFAULT_BUDGET, PhotoLoader
from viewer.gui.menus import build_menus
from viewer.gui.metastore import MetadataStore
from viewer.gui.opening import TripOpening
from viewer.gui.overlays import BlankScreen, HelpOverlay
from viewer.gui.panels import PanelHost
from viewer.gui.persist import SettingsKeeper
from viewer.gui.photoview import PhotoView
from viewer.gui.presenter import PresenterMode
from viewer.gui.slideshow import Slideshow
from viewer.gui.strip import TimelineStrip
from viewer.gui.trace import Trace
from viewer.imaging.headstart import HeadStart, StoredStrip
from viewer.imaging.jobs import JobQueue
from viewer.imaging.thumbcache import ThumbnailCache
from viewer.model.reconcile import follow_photo, new_photos
from viewer.model.resolve import ResolvedPhoto
from viewer.model.trip import Trip

log = logging.getLogger(__name__)

THUMBNAIL_BUDGET = 64 * 1024 * 1024  # ~1,700 strip thumbnails
RESIZE_SETTLE_MS = 120  # re-decode once a resize has paused this long
SIZE_SLACK = 0.02  # the photo area may change this much before photos are decoded again
STRIP_REFRESH_MS = 150  # gather metadata arriving photo by photo into one strip update
WHEEL_STEP = 120  # one notch of a mouse wheel


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
        # One pool of two workers (the machine's cores) for all decoding: the photo on
        # its way to the screen always goes first, strip thumbnails fill the gaps.
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
        self.trace = Trace.from_environment(self)
        self.keys = KeyReader(self)
        self.live = LiveTrip(self)
        self.metadata = MetadataStore(self)
        self.presenter = PresenterMode(self)
        self._strip_refresh = QTimer(self, singleShot=True, interval=STRIP_REFRESH_MS)
        self._chosen: Path | None = None  # the photo the presenter is on, by file
        self._reloading = False
        self._wheel = 0
        self._normal_geometry: QRect | None = None

        central = QWidget(self)
        central.setObjectName("central")
        central.setStyleSheet("QWidget#central { background: #101010; }")
        self.banner = QLabel(central)  # a problem with the trip on disk; never blocks the show
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#banner { background: #5c3d00; color: #ffe2a8; padding: 8px 16px; }")
        self.banner.hide()
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
        self.loader.ready.connect(self._on_photo_ready)
        self.thumbnails.arrived.connect(self._on_thumbnails_arrived)
        self.strip.photoChosen.connect(self.slideshow.go)
        self.keys.digitsChanged.connect(self.caption.show_number_entry)
        self.opening.opened.connect(lambda trip, seen: self.set_trip(trip, seen=seen))
        self.metadata.ready.connect(self._on_metadata)
        self._strip_refresh.timeout.connect(self._refresh_strip)
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
        self, trip: Trip, start: int | None = None, reloaded: bool = False, seen: bytes | None = None
    ) -> None:
        """Show ``trip``, at ``start`` or where the person left it last time.

        ``reloaded``: a newer version of the trip on screen, so the strip's zoom and
        the photo on screen stay (what is already decoded is kept either way).
        ``seen``: the fingerprint of the source as loaded, for the watcher.
        """
        self.trip = trip
        self.banner.hide()
        self.trace.note("trip", photos=len(trip.photos))
        self.setWindowTitle(f"{trip.title} — Trip Viewer")
        if start is None:
            start = self.keeper.settings.position_of(trip.source)
        start = max(0, min(len(trip.photos) - 1, start))
        paths = [photo.path for photo in trip.photos]
        self.loader.set_photos(paths)
        self._set_decode_box(self.photo_view.device_box())
        self.thumbnails.set_photos(paths)
        self.metadata.set_photos(paths)
        self.strip.set_trip(self.shown_trip(), keep_view=reloaded)
        self._thumbnails_done: set[int] = set()
        kept = {}
        for index in range(len(paths)):  # thumbnails kept from before a reload
            loaded = self.thumbnails.get(index)
            if loaded is not None:
                self._thumbnails_done.add(index)
                if loaded.image is not None:
                    kept[index] = loaded.image
        self.strip.set_thumbnails(kept)
        self.strip.set_progress(len(self._thumbnails_done), len(paths))
        if not reloaded:
            self.photo_view.clear()
        self.slideshow.reset(len(trip.photos), start)
        # Thumbnails not stored yet are decoded once the photo on screen is in
        # (_on_photo_ready): before, each would take a core from the photo the person waits for.
        stored = self._stored_strip
        self.thumbnails.preload(
            stored.read_many if stored else self._thumbnail_cache.read_many,
            self.cache_reading,
            decode_rest=reloaded,
            at_hand=stored.take_ready(paths, THUMBNAIL_BOX) if stored else None,
        )
        self.live.follow(trip, seen)
        self.opening.fill_recent_menu()  # the trip moved to the top of the recent list
        self.tripShown.emit()

    @Slot(int, int)
    def _on_current_changed(self, index: int, direction: int) -> None:
        assert self.trip is not None
        photo = self.trip.photos[index]
        if not self._reloading:
            self._chosen = photo.path
        self.metadata.hurry(index)
        self.caption.show_photo(self.resolved(index), index, len(self.trip.photos))
        self.strip.set_current(index)
        # A caption longer than the room kept for it shrinks the photo area: settle the
        # layout now so the photo is decoded once, at the size it will have.
        self._layout.activate()
        if self.photo_view.device_box() != self.loader.box:
            self._set_decode_box(self.photo_view.device_box())
        self._show_from_loader(index)
        self.loader.request(index, direction)
        self.keeper.settings.remember_trip(self.trip.source, index)
        self.keeper.changed()

    def _show_from_loader(self, index: int) -> None:
        assert self.trip is not None
        file = self.trip.photos[index].file
        loaded = self.loader.get(index)
        preview = self.thumbnails.get(index)
        if loaded is None and preview is not None and preview.image is not None:
            self.photo_view.show_preview(index, file, preview.image)  # never a blank frame
        elif loaded is None:
            self.photo_view.show_loading(index, file)
        elif loaded.image is not None:
            self.photo_view.show_image(index, file, loaded.image)
        else:
            self.photo_view.show_error(index, file, loaded.error or "unknown error")

    @Slot(int)
    def _on_photo_ready(self, index: int) -> None:
        if index == self.slideshow.current:
            self._show_from_loader(index)
            self.thumbnails.decode_rest()

    @Slot(list)
    def _on_thumbnails_arrived(self, indexes: list[int]) -> None:
        images = {}
        for index in indexes:
            loaded = self.thumbnails.get(index)
            if loaded is not None and loaded.image is not None:
                images[index] = loaded.image
        self.strip.set_thumbnails(images)
        before = len(self._thumbnails_done)
        self._thumbnails_done.update(indexes)
        total = len(self.trip.photos) if self.trip else 0
        self.strip.set_progress(len(self._thumbnails_done), total)
        if before < total == len(self._thumbnails_done):
            self.trace.note("thumbnails", count=total)
            self._pack_thumbnails()
        current = self.slideshow.current
        if current in indexes and self.photo_view.image is None and self.photo_view.error is None:
            self._show_from_loader(current)

    def _pack_thumbnails(self) -> None:
        """The strip is full: store it as one pack per folder for the next start (on a worker)."""
        assert self.trip is not None
        photos, cache = [photo.path for photo in self.trip.photos], self._thumbnail_cache
        self.cache_reading.submit(("pack", id(self.trip)), lambda: cache.write_packs(photos, THUMBNAIL_BOX))

    def _set_decode_box(self, box: tuple[int, int]) -> None:
        old = self.loader.box
        if abs(box[0] - old[0]) <= old[0] * SIZE_SLACK and abs(box[1] - old[1]) <= old[1] * SIZE_SLACK:
            return  # a caption line more or less: scaling by a few pixels beats decoding again
        self.loader.set_box(box)
        self.loader.fit_budget(DEFAULT_BUDGET)

    @Slot()
    def _redecode_for_size(self) -> None:
        box = self.photo_view.device_box()
        if self.trip is None or box == self.loader.box:
            return
        self._set_decode_box(box)
        self.loader.request(self.slideshow.current)

    # -- what the photos say about themselves ---------------------------------------

    def resolved(self, index: int) -> ResolvedPhoto:
        """Photo ``index`` as shown: the manifest's fields, else the photo's own metadata."""
        assert self.trip is not None
        return self.metadata.resolved(self.trip, index)

    def shown_trip(self) -> Trip:
        """The trip with what its photos' metadata adds, for the strip to place and name."""
        assert self.trip is not None
        return self.metadata.shown_trip(self.trip)

    @Slot(int)
    def _on_metadata(self, index: int) -> None:
        if self.trip is None:
            return
        if index == self.slideshow.current:
            self.caption.show_photo(self.resolved(index), index, len(self.trip.photos))
        photo, found = self.trip.photos[index], self.resolved(index)
        if (found.time, found.caption) != (photo.time, photo.caption):
            self._strip_refresh.start()  # the photo adds what the manifest left out

    @Slot()
    def _refresh_strip(self) -> None:
        if self.trip is not None:
            self.strip.replace_trip(self.shown_trip())
            self.tripShown.emit()

    @Slot()
    def toggle_sources(self) -> None:
        self.caption.show_sources = not self.caption.show_sources
        if self.trip is not None:
            index = self.slideshow.current
            self.caption.show_photo(self.resolved(index), index, len(self.trip.photos))

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
        self.statusBar().showMessage(f"Reloaded {trip.source.name}: {len(fresh)} new photo(s)", 5000)
        if on_screen and self.slideshow.playing and self.photo_view.shown_index == self.slideshow.current:
            self.slideshow.photo_shown(self.slideshow.current)  # autoplay carries on

    @Slot(str)
    def _on_trip_invalid(self, message: str) -> None:
        self.banner.setText(f"{message}\nStill showing the last version that loaded; fix the file to update.")
        self.banner.show()

    @Slot(list)
    def _on_photos_changed(self, changed: list[Path]) -> None:
        """Decode changed photos again; the one on screen stays until its new version is in."""
        self.loader.forget(changed)
        self.thumbnails.forget(changed)
        self.metadata.forget(changed)
        if self.trip is None:
            return
        for index, photo in enumerate(self.trip.photos):
            if photo.path in changed:
                self._thumbnails_done.discard(index)
        self.thumbnails.request_all()
        self.loader.request(self.slideshow.current)

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
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= WHEEL_STEP:
            step = 1 if self._wheel < 0 else -1  # wheel down (negative) is forward
            self._wheel += step * WHEEL_STEP
            self.slideshow.go(self.slideshow.current + step)
        event.accept()

    # -- window behaviour ------------------------------------------------------------

    @Slot()
    def escape(self) -> None:
        if self.help_overlay.isVisible():
            self.help_overlay.hide()
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
        if on == self.isFullScreen():
            return
        if on:
            self._normal_geometry = self.geometry()
            self.menuBar().hide()
            self.statusBar().hide()
            # Without a window manager (kiosks, Xvfb) full screen keeps the old
            # size, so ask for the screen's geometry explicitly as well.
            self.setGeometry(self.screen().geometry())
            self.showFullScreen()
        else:
            self.menuBar().show()
            self.showNormal()
            if self._normal_geometry is not None:
                self.setGeometry(self._normal_geometry)
        self.menus.full_screen.setChecked(on)

    def show_on_screen(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (presenter view puts the audience on the projector)."""
        if self.isFullScreen() and self.screen() is screen:
            return
        self.set_full_screen(False)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.set_full_screen(True)

    def move_to_screen(self, number: int) -> None:
        """Put the window on screen ``number`` (0 is the first), if there is one."""
        screens = self.screen().virtualSiblings()
        if 0 <= number < len(screens):
            geometry = screens[number].availableGeometry()
            self.move(geometry.topLeft() + QPoint(40, 40))

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
        # No photo is wanted any more: the queue is dropped and running decodes are
        # stopped, so closing waits for a chunk of a file (~10 ms), not whole decodes.
        self.decoding.withdraw(lambda key: False, stop=lambda key: True)
        self.decoding.wait_idle(3)
        self.cache_reading.wait_idle(3)  # stored thumbnails read and packs written
        self.metadata.wait_idle(3)
        super().closeEvent(event)
