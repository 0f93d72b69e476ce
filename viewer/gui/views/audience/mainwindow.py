"""The audience window: the show's photo, route map, caption and timeline strip, and every key.

It is a view of the open show (:class:`Presentation`): it builds its widgets,
follows the show's signals (all connected in ``_connect_signals``) and hands keys
and menu entries to the command dispatcher. What is the window's own business
stays here: full screen (:class:`FullScreen`), its panels and reading layers,
opening another trip, and presenter view, which puts it on the projector.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QResizeEvent,
    QScreen,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QMenu, QSizePolicy, QVBoxLayout, QWidget

from viewer.gui import WINDOW_SIZE, theme
from viewer.gui.commands.dispatch import Dispatcher
from viewer.gui.commands.menus import build_menus
from viewer.gui.commands.registry import Command
from viewer.gui.language import count_text
from viewer.gui.panels.host import PanelHost
from viewer.gui.panels.overlays import BlankScreen
from viewer.gui.show.presentation import Presentation
from viewer.gui.views.audience.fullscreen import FullScreen
from viewer.gui.views.audience.handoutexport import HandoutExporting
from viewer.gui.views.audience.kiosk import Kiosk
from viewer.gui.views.audience.languages import LanguageMenu
from viewer.gui.views.audience.opening import TripOpening
from viewer.gui.views.audience.transitions import TransitionMenu
from viewer.gui.views.presenter.mode import PresenterMode
from viewer.gui.widgets.banner import ProblemBanner
from viewer.gui.widgets.caption import CaptionPanel
from viewer.gui.widgets.following import follow_strip, show_picture
from viewer.gui.widgets.routemap import RouteMap
from viewer.gui.widgets.strip import TimelineStrip
from viewer.gui.widgets.textfit import clip, clip_middle
from viewer.gui.widgets.zoomview import ZoomingPhotoView
from viewer.model.maplayout import MapLayout
from viewer.model.trip import Trip

log = logging.getLogger(__name__)

RESIZE_SETTLE_MS = 120  # re-decode once a resize has paused this long
WHEEL_STEP = 120  # one notch of a mouse wheel
TITLE_CHARACTERS = 80  # of the trip's title in the window's title
NAME_CHARACTERS = 60  # of the manifest's name in the status bar
# The route map's share of the window's width, at the photo's right: the photo keeps the
# most of the screen (a 3:2 photo in a 16:9 window loses nothing: it is as tall as it can
# be either way) and the map is still big enough to read across a room.
MAP_SHARE = 0.3


class MainWindow(QMainWindow):
    """The audience's view of ``show``: photo, caption, timeline strip, and every key.

    The show lives as long as this window: it is the window's child from here on.
    In presenter view this is the audience's window; the console follows the same show.
    """

    def __init__(self, show: Presentation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presentation = show
        show.setParent(self)
        self.keeper = show.keeper
        self.commands = Dispatcher(show, self, self)
        self.presenter = PresenterMode(self, show, self.commands.handle_key)
        self._wheel = 0

        central = QWidget(self)
        central.setObjectName("central")
        central.setStyleSheet(f"QWidget#central {{ background: {theme.BACKGROUND.name()}; }}")
        self.banner = ProblemBanner(central)
        self.photo_view = ZoomingPhotoView(show.zoom, show.pointer, central)
        self.route_map = RouteMap(show, central)
        self.route_map.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)  # see _size_map
        self.route_map.hide()
        self.caption = CaptionPanel(central)
        self.strip = TimelineStrip(central)
        layout = self._layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.photo_view, 1)
        row.addWidget(self.route_map)
        layout.addLayout(row, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.strip)
        self.setCentralWidget(central)
        self.blank_screen = BlankScreen(central)
        self.panels = PanelHost(central, show, otherwise=lambda: self.set_full_screen(False))
        self.help_overlay, self.photo_info = self.panels.help_overlay, self.panels.photo_info

        for widget in (central, self.photo_view, self.route_map, self.caption, self.strip):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.resize(*WINDOW_SIZE)

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_SETTLE_MS)
        settings = self.keeper.settings
        self.menus, self.menu_actions = build_menus(
            self, lambda command: self.commands.run(command, self.panels)
        )
        recent = QMenu(QCoreApplication.translate("MainWindow", "Open &Recent"), self)
        self.menus["&Trip"].insertMenu(self.menu_actions[Command.QUIT], recent)
        self.menus["&Trip"].insertSeparator(self.menu_actions[Command.QUIT])
        self.presenter_setting = self.menus["&Present"].addAction(
            QCoreApplication.translate("MainWindow", "Start in Presenter View With &Two Screens")
        )
        self.presenter_setting.setCheckable(True)
        self.presenter_setting.setChecked(settings.presenter_with_two_screens)
        self.transitions = TransitionMenu(show, self.keeper, self)
        self.menus["&Present"].addMenu(self.transitions)
        self.languages = LanguageMenu(self.keeper, self)
        self.menus["&View"].addSeparator()
        self.menus["&View"].addMenu(self.languages)
        self.menu_actions[Command.STRIP].setChecked(settings.strip_visible)
        self._map_asked = False  # M pressed for this trip, though it has no places
        self._route_told: str | None = None  # the route's problem the banner told of
        self.full_screen = FullScreen(self, self.menu_actions[Command.FULL_SCREEN])
        self.opening = TripOpening(self, settings, recent)
        self.opening.fill_recent_menu()
        self.handout = HandoutExporting(self, show)
        self.kiosk: Kiosk | None = None
        self.caption.set_scale(settings.caption_scale)
        self.strip.setVisible(settings.strip_visible)
        show.set_photo_area(self.photo_view)
        follow_strip(self.strip, show)
        self._connect_signals()

    # -- building ------------------------------------------------------------------

    def _connect_signals(self) -> None:
        show = self.presentation
        show.tripSet.connect(self._on_trip_set)
        show.tripShown.connect(self.opening.fill_recent_menu)  # the trip moved to the top of the list
        show.currentChanged.connect(self._on_current_changed)
        show.pictureChanged.connect(self._on_picture)
        show.wordsChanged.connect(self._on_words)
        show.reloaded.connect(self._on_reloaded)
        show.invalid.connect(self.banner.show_problem)
        show.placesFound.connect(self._place_map)
        show.maps.ready.connect(self._on_map_layout)
        show.blankChanged.connect(self.blank_screen.blank)
        show.playingChanged.connect(self.menu_actions[Command.AUTOPLAY].setChecked)
        self.photo_view.shown.connect(show.photo_shown)
        self.photo_view.previewShown.connect(lambda index: show.trace.note("shown", index=index, sharp=False))
        self.photo_view.zoomShown.connect(
            lambda at, stage: show.trace.note("zoomed", index=at, stage=stage, full=stage == "full")
        )
        show.zoom.changed.connect(lambda: show.trace.note("zoom", active=show.zoom.active))
        self.photo_view.faded.connect(
            lambda at, frames, paints: show.trace.note("faded", index=at, frames=frames, paints=paints)
        )
        self.commands.keys.digitsChanged.connect(self.caption.show_number_entry)
        self.opening.opened.connect(lambda trip, seen: show.set_trip(trip, seen=seen))
        self._resize_timer.timeout.connect(show.fit_photo_area)
        self.presenter.activeChanged.connect(self.menu_actions[Command.PRESENTER].setChecked)
        self.presenter_setting.toggled.connect(self._set_presenter_setting)
        self.languages.chosen.connect(
            lambda code: self.statusBar().showMessage(LanguageMenu.message(code), 15000)
        )

    # -- following the show ----------------------------------------------------------

    @property
    def trip(self) -> Trip | None:
        return self.presentation.trip

    @Slot(bool)
    def _on_trip_set(self, reloaded: bool) -> None:
        trip = self.presentation.trip
        assert trip is not None
        self.banner.hide()
        if trip.left_out:  # a folder's links that lead out of it: say which were not opened
            left = "; ".join(f"{item.file}: {item.reason}" for item in trip.left_out)
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Left out of {trip}: {files}").format(
                    trip=trip.title, files=left
                ),
                15000,
            )
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{trip} — Trip Viewer").format(
                trip=clip(trip.title, TITLE_CHARACTERS)
            )
        )
        if not reloaded:
            self.photo_view.clear()
            self._map_asked = False
        self._route_told = None
        self._place_map()

    @Slot(float, object)
    def _on_map_layout(self, _shape: float, layout: MapLayout) -> None:
        """A route the map could not draw as given: say why, and the show goes on."""
        if layout.route_problem and layout.route_problem != self._route_told:
            self._route_told = layout.route_problem  # once, not at every resize
            self.banner.show_problem(
                QCoreApplication.translate(
                    "MainWindow", "The route is drawn from the stops instead: {problem}"
                ).format(problem=layout.route_problem)
            )

    @Slot(int, int)
    def _on_current_changed(self, index: int, direction: int) -> None:
        # The photo arrives as the trip says: cut, or faded in from the one on screen
        # (a step during a fade ends that fade at once and cuts: the clicker never waits).
        self.photo_view.fade_next(self.presentation.arrival_ms)
        self._show_words(index)
        # A caption longer than the room kept for it shrinks the photo area: settle the
        # layout now, before the show asks for the photo, so it is decoded once, at the
        # size it will have. The caption's own layout learns of new fonts (its style
        # sheet, a new caption scale) by a posted event, which has to come first.
        QApplication.sendPostedEvents(self.caption, QEvent.Type.LayoutRequest)
        self._layout.activate()

    @Slot(int)
    def _on_picture(self, index: int) -> None:
        if index == self.presentation.current:
            show_picture(self.photo_view, self.presentation, index)

    @Slot(object)
    def _on_words(self, indexes: list[int]) -> None:
        if self.presentation.current in indexes:
            self._show_words(self.presentation.current)

    def _show_words(self, index: int) -> None:
        """Photo ``index``'s caption, credit, place and time, under it and in the photo panel."""
        show = self.presentation
        self.caption.show_photo(show.resolved(index), index, show.count)
        self.panels.show_words(index)

    @Slot(object)
    def _on_reloaded(self, fresh: set[int]) -> None:
        trip = self.presentation.trip
        assert trip is not None
        name = clip_middle(trip.source.name, NAME_CHARACTERS)
        said = (
            QCoreApplication.translate("MainWindow", "Reloaded {name}: 1 new photo")
            if len(fresh) == 1
            else QCoreApplication.translate("MainWindow", "Reloaded {name}: {count} new photos")
        )
        self.statusBar().showMessage(said.format(name=name, count=count_text(len(fresh))), 5000)

    # -- opening other trips -------------------------------------------------------

    @Slot()
    def choose_trip(self) -> None:
        self.opening.choose(self.trip.folder if self.trip else None)

    def open_trip(self, path: Path) -> None:
        """Open a manifest or folder; the current trip stays until the new one has loaded."""
        self.opening.open(path)

    def export_handout(self) -> None:
        self.handout.choose()

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
        if not self.commands.handle_key(event, self.panels):
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.panels.reading_overlay() is not None:
            event.accept()  # turned beside the open help or photo panel: not a step of the show
            return
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= WHEEL_STEP:
            step = 1 if self._wheel < 0 else -1  # wheel down (negative) is forward
            self._wheel += step * WHEEL_STEP
            self.presentation.go(self.presentation.current + step)
        event.accept()

    # -- window behaviour ------------------------------------------------------------

    def toggle_presenter(self) -> None:
        self.presenter.toggle()

    def swap_screens(self) -> None:
        self.presenter.swap()

    @Slot()
    def toggle_strip(self) -> None:
        visible = not self.strip.isVisible()
        self.strip.setVisible(visible)
        self.menu_actions[Command.STRIP].setChecked(visible)
        self.keeper.settings.strip_visible = visible
        self.keeper.changed()

    @Slot()
    def toggle_map(self) -> None:
        """M: the route map on or off; on shows it even for a trip with no places (it says so)."""
        visible = not self.route_map.isVisible()
        self.keeper.settings.map_visible = visible
        self._map_asked = visible
        self.keeper.changed()
        self._place_map()

    @Slot()
    def _place_map(self) -> None:
        """The map beside the photo when it is wanted and the trip has places (or it was asked for)."""
        wanted = self.keeper.settings.map_visible
        visible = wanted and (self.presentation.has_places or self._map_asked)
        self.menu_actions[Command.MAP].setChecked(visible)
        if visible == self.route_map.isVisible():
            return
        self._size_map()
        self.route_map.setVisible(visible)
        self._resize_timer.start()  # the photo's area changed: decode it again for the new size

    def _size_map(self) -> None:
        self.route_map.setFixedWidth(round(self.width() * MAP_SHARE))

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
            self.presentation.first()
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
        self._size_map()
        self._resize_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self._resize_timer.start()  # another screen: decode again for its pixels

    def start_kiosk(self, screen: int | None) -> None:
        """Run unattended on screen ``screen``: see :class:`Kiosk`. The show loops; problems are logged."""
        self.kiosk = Kiosk(self, self.full_screen, screen)
        self.banner.quiet = True
        self.presentation.slideshow.skip_failed = True
        self.kiosk.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk is not None and not self.kiosk.quitting and event.spontaneous():
            log.info("kiosk: a request to close the window was refused; Ctrl+Shift+Q quits")
            event.ignore()
            return
        if self.kiosk is not None:
            self.kiosk.stop()
        self.handout.stop()
        self.presentation.close()
        super().closeEvent(event)
