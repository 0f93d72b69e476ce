"""The presenter console: what the room sees, what comes next, the notes, the map and the time.

It is a second view of the one show (``Presentation``) the audience window shows:
it reads the current photo, its words and the decoded images from the show and
never decodes on its own. A key pressed here goes to the same command dispatcher
as the audience window's, so a clicker works whichever window has the focus.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from viewer.gui import theme
from viewer.gui.commands.dispatch import KeyedView
from viewer.gui.commands.registry import SPECS, Command
from viewer.gui.language import count_text
from viewer.gui.panels.host import PanelHost
from viewer.gui.panels.photoinfo import TextPane, photo_html
from viewer.gui.show.presentation import Presentation
from viewer.gui.views.presenter.clock import SpeakingClock, format_elapsed, format_left
from viewer.gui.widgets.caption import NO_CAPTION, CaptionPanel
from viewer.gui.widgets.following import follow_strip, show_picture
from viewer.gui.widgets.photoview import PhotoView
from viewer.gui.widgets.routemap import RouteMap
from viewer.gui.widgets.strip import TimelineStrip
from viewer.gui.widgets.textfit import FittedLabel
from viewer.gui.widgets.zoomview import ZoomingPhotoView

REFRESH_MS = 500  # the stopwatch and the clock


class PresenterConsole(QWidget):
    """The presenter's window, following the audience window's show.

    Signals:
        swapRequested(): the presenter asked to swap the two screens.
        closed(): the console was closed (presenter view ends).
    """

    swapRequested = Signal()
    closed = Signal()

    def __init__(
        self, show: Presentation, clock: SpeakingClock, keys: Callable[[QKeyEvent, KeyedView], bool]
    ) -> None:
        """``keys``: where this window's key presses go (the audience window's dispatcher)."""
        super().__init__(None, Qt.WindowType.Window)
        self.presentation = show
        self.clock = clock
        self._keys = keys
        self.setObjectName("console")
        self.setStyleSheet(
            f"""
            QWidget#console {{ background: {theme.CONSOLE_BACKGROUND.name()}; }}
            QLabel {{ color: {theme.CONSOLE_TEXT.name()}; font-size: 18px; }}
            QLabel#elapsed {{
                color: {theme.ACCENT.name()}; font-size: 34px; font-weight: {theme.EMPHASIS_WEIGHT.value};
            }}
            QLabel#clock, QLabel#position {{ color: {theme.TEXT.name()}; font-size: 28px; }}
            QLabel#autoplay {{ color: {theme.ACCENT.name()}; font-size: 20px; }}
            QLabel#heading {{ color: {theme.TEXT_FAINT.name()}; font-size: 15px; text-transform: uppercase; }}
            QTextEdit#notes {{
                color: {theme.READING_TEXT.name()}; font-size: 20px; background: transparent;
            }}
            QLabel#next_caption {{ color: {theme.CONSOLE_NEXT_CAPTION.name()}; font-size: 16px; }}
            QLabel#audience {{
                color: {theme.BADGE_TEXT.name()}; background: {theme.ACCENT.name()};
                padding: 4px 10px; font-weight: 700;
            }}
            QPushButton {{ font-size: 15px; padding: 6px 14px; }}
            """
        )
        self.setWindowTitle(QCoreApplication.translate("Console", "Presenter console — Trip Viewer"))
        self.elapsed = self._label("elapsed")
        self.clock_label = self._label("clock")
        self.position = self._label("position")
        self.autoplay = self._label("autoplay")  # "Next photo in 0:07" while autoplay runs
        self.autoplay.hide()
        self.pause_button = QPushButton(QCoreApplication.translate("Console", "Pause"), self)
        self.reset_button = QPushButton(QCoreApplication.translate("Console", "Reset"), self)
        self.swap_button = QPushButton(
            SPECS[Command.SWAP_SCREENS].labelled(QCoreApplication.translate("Console", "Swap screens")), self
        )
        for button in (self.pause_button, self.reset_button, self.swap_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the show

        # What the room sees, zoomed as it is: the presenter zooms, pans and points here.
        self.current_view = ZoomingPhotoView(show.zoom, show.pointer, self)
        self.audience_state = self._label("audience")  # "Audience sees: black screen"
        self.audience_state.hide()
        self.caption = CaptionPanel(self)
        self.caption.show_sources = True  # the presenter may ask: where is this credit from?
        self.next_heading = self._label("heading")
        self.next_view = PhotoView(self)
        self.next_view.setMinimumSize(160, 100)
        self.next_caption = FittedLabel(self, lines=2, reserve=True)
        self.next_caption.setObjectName("next_caption")
        self.notes_heading = self._label("heading")
        self.notes_heading.setText(QCoreApplication.translate("Console", "Notes"))
        self.notes = TextPane(self)  # the notes, then the photo's words in full; scrolls
        self.notes.setObjectName("notes")
        self.notes.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.route_map = RouteMap(show, self)  # under the notes, for a trip with places
        self.route_map.hide()
        self.strip = TimelineStrip(self)
        self._build_layout()
        self.panels = PanelHost(self, show)
        self.help_overlay, self.photo_info = self.panels.help_overlay, self.panels.photo_info
        for widget in self.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._tick = QTimer(self, interval=REFRESH_MS)
        self._connect_signals()
        self._tick.start()
        self.resize(1280, 800)
        follow_strip(self.strip, show)
        self._place_map()
        self.refresh()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.elapsed)
        top.addWidget(self.pause_button)
        top.addWidget(self.reset_button)
        top.addStretch(1)
        top.addWidget(self.clock_label)
        top.addSpacing(32)
        top.addWidget(self.position)
        top.addSpacing(24)
        top.addWidget(self.autoplay)
        top.addSpacing(32)
        top.addWidget(self.swap_button)

        current = QVBoxLayout()
        current.addWidget(self.audience_state, 0, Qt.AlignmentFlag.AlignLeft)
        current.addWidget(self.current_view, 1)
        current.addWidget(self.caption)

        side = QVBoxLayout()
        side.addWidget(self.next_heading)
        side.addWidget(self.next_view, 2)
        side.addWidget(self.next_caption)
        side.addSpacing(12)
        side.addWidget(self.notes_heading)
        side.addWidget(self.notes, 3)
        side.addSpacing(12)
        side.addWidget(self.route_map, 3)

        grid = QGridLayout()
        grid.addLayout(current, 0, 0)
        grid.addLayout(side, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 0)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.strip)

    def _connect_signals(self) -> None:
        show = self.presentation
        show.currentChanged.connect(self.refresh)
        show.tripShown.connect(self.refresh)
        show.tripShown.connect(self._place_map)
        show.placesFound.connect(self._place_map)
        show.pictureChanged.connect(self._on_picture)
        show.wordsChanged.connect(self._on_words)
        show.blankChanged.connect(self._on_blank)
        show.playingChanged.connect(self._show_time_left)
        show.currentChanged.connect(self._show_time_left)
        show.zoom.changed.connect(self._show_time_left)
        self.pause_button.clicked.connect(self.clock.toggle)
        self.reset_button.clicked.connect(self.clock.reset)
        self.swap_button.clicked.connect(self.swapRequested)
        self.clock.changed.connect(self._tick_now)
        self._tick.timeout.connect(self._tick_now)

    # -- following the show -------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Show the current photo and the next one, with the current one's words and notes."""
        show, trip = self.presentation, self.presentation.trip
        if trip is None:
            return
        index, count = show.current, show.count
        self.position.setText(f"{count_text(index + 1)} / {count_text(count)}")
        photo = show.resolved(index)
        self.caption.show_photo(photo, index, count)
        self.panels.show_words(index)
        notes = trip.photos[index].notes
        self.notes_heading.setText(
            QCoreApplication.translate("Console", "Notes")
            if notes
            else QCoreApplication.translate("Console", "Trip notes")
        )
        no_notes = QCoreApplication.translate("Console", "No notes for this photo or trip.")
        self.notes.setHtml(photo_html(photo, index, count, notes or trip.notes or no_notes))
        show_picture(self.current_view, show, index)
        if index + 1 < count:
            self.next_heading.setText(
                QCoreApplication.translate("Console", "Next · {number} / {count}").format(
                    number=count_text(index + 2), count=count_text(count)
                )
            )
            self.next_caption.setText(
                show.resolved(index + 1).caption or QCoreApplication.translate("Caption", NO_CAPTION)
            )
            show_picture(self.next_view, show, index + 1)
        else:
            self.next_heading.setText(QCoreApplication.translate("Console", "Next · end of the trip"))
            self.next_caption.setText("")
            self.next_view.clear()

    @Slot()
    def _place_map(self) -> None:
        self.route_map.setVisible(self.presentation.has_places)

    @Slot(int)
    def _on_picture(self, index: int) -> None:
        current = self.presentation.current
        if index == current:
            show_picture(self.current_view, self.presentation, index)
        elif index == current + 1:
            show_picture(self.next_view, self.presentation, index)

    @Slot(object)
    def _on_words(self, indexes: list[int]) -> None:
        current = self.presentation.current
        if current in indexes or current + 1 in indexes:
            self.refresh()

    @Slot(object)
    def _on_blank(self, colour: QColor | None) -> None:
        if colour is None:
            self.audience_state.hide()
        else:
            said = (
                QCoreApplication.translate(
                    "Console", "The audience sees a black screen — any key brings the photo back"
                )
                if colour.lightness() < 128
                else QCoreApplication.translate(
                    "Console", "The audience sees a white screen — any key brings the photo back"
                )
            )
            self.audience_state.setText(said)
            self.audience_state.show()

    @Slot()
    def _tick_now(self) -> None:
        self.elapsed.setText(format_elapsed(self.clock.elapsed_ms()))
        self.pause_button.setText(
            QCoreApplication.translate("Console", "Pause")
            if self.clock.running
            else QCoreApplication.translate("Console", "Resume")
        )
        self.clock_label.setText(time.strftime("%H:%M"))
        self._show_time_left()

    @Slot()
    def _show_time_left(self) -> None:
        """Autoplay's time left on this photo, or what it waits for; nothing when it is off."""
        slideshow = self.presentation.slideshow
        self.autoplay.setVisible(slideshow.playing)
        if not slideshow.playing:
            return
        left = slideshow.time_left()
        last = slideshow.current >= slideshow.count - 1 and not slideshow.loop
        if slideshow.held:
            self.autoplay.setText(QCoreApplication.translate("Console", "Autoplay waits: zoomed"))
        elif left is None:
            self.autoplay.setText(QCoreApplication.translate("Console", "Autoplay waits for the photo"))
        elif last:
            self.autoplay.setText(
                QCoreApplication.translate("Console", "Autoplay ends in {time}").format(
                    time=format_left(left)
                )
            )
        else:
            self.autoplay.setText(
                QCoreApplication.translate("Console", "Next photo in {time}").format(time=format_left(left))
            )

    # -- keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._keys(event, self.panels)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        self.closed.emit()
        super().closeEvent(event)
