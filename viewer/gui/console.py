"""The presenter console: what the room sees, what comes next, the notes and the time.

It is a second view of the one show the audience window holds: it reads the
current photo, its words and the decoded images from that window and never
decodes or navigates on its own. A key pressed here is handed to the audience
window's key handling, so a clicker works whichever window has the focus.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
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

from viewer.gui.caption import CaptionPanel
from viewer.gui.clock import SpeakingClock, format_elapsed
from viewer.gui.keyhelp import HelpOverlay
from viewer.gui.panels import PanelHost
from viewer.gui.photoinfo import PhotoInfoPanel, TextPane, photo_html
from viewer.gui.photoview import PhotoView
from viewer.gui.strip import TimelineStrip
from viewer.gui.textfit import FittedLabel

if TYPE_CHECKING:
    from viewer.gui.mainwindow import MainWindow

REFRESH_MS = 500  # the stopwatch and the clock


class PresenterConsole(QWidget):
    """The presenter's window, following the audience window's show.

    Signals:
        swapRequested(): the presenter asked to swap the two screens.
        closed(): the console was closed (presenter view ends).
    """

    swapRequested = Signal()
    closed = Signal()

    def __init__(self, audience: MainWindow, clock: SpeakingClock) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.audience = audience
        self.clock = clock
        self.setObjectName("console")
        self.setStyleSheet(
            """
            QWidget#console { background: #151515; }
            QLabel { color: #d8d8d8; font-size: 18px; }
            QLabel#elapsed { color: #ffd166; font-size: 34px; font-weight: 600; }
            QLabel#clock, QLabel#position { color: #ffffff; font-size: 28px; }
            QLabel#heading { color: #9a9a9a; font-size: 15px; text-transform: uppercase; }
            QTextEdit#notes { color: #f3f3f3; font-size: 20px; background: transparent; }
            QLabel#next_caption { color: #cfcfcf; font-size: 16px; }
            QLabel#audience { color: #111; background: #ffd166; padding: 4px 10px; font-weight: 700; }
            QPushButton { font-size: 15px; padding: 6px 14px; }
            """
        )
        self.setWindowTitle("Presenter console — Trip Viewer")
        self.elapsed = self._label("elapsed")
        self.clock_label = self._label("clock")
        self.position = self._label("position")
        self.pause_button = QPushButton("Pause", self)
        self.reset_button = QPushButton("Reset", self)
        self.swap_button = QPushButton("Swap screens (X)", self)
        for button in (self.pause_button, self.reset_button, self.swap_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the show

        self.current_view = PhotoView(self)
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
        self.notes_heading.setText("Notes")
        self.notes = TextPane(self)  # the notes, then the photo's words in full; scrolls
        self.notes.setObjectName("notes")
        self.notes.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.strip = TimelineStrip(self)
        self._build_layout()
        self.help_overlay = HelpOverlay(self)
        self.photo_info = PhotoInfoPanel(self)
        self.panels = PanelHost(self, audience)
        for widget in self.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._tick = QTimer(self, interval=REFRESH_MS)
        self._connect_signals()
        self._tick.start()
        self.resize(1280, 800)
        self.refresh_trip()

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
        show = self.audience.slideshow
        show.currentChanged.connect(self.refresh)
        self.audience.loader.ready.connect(self._on_photo_ready)
        self.audience.thumbnails.ready.connect(self._on_thumbnail_ready)
        self.audience.metadata.ready.connect(self._on_metadata)
        self.audience.tripShown.connect(self.refresh_trip)
        self.audience.blank_screen.changed.connect(self._on_blank)
        self.strip.photoChosen.connect(show.go)
        self.pause_button.clicked.connect(self.clock.toggle)
        self.reset_button.clicked.connect(self.clock.reset)
        self.swap_button.clicked.connect(self.swapRequested)
        self.clock.changed.connect(self._tick_now)
        self._tick.timeout.connect(self._tick_now)

    # -- following the show -------------------------------------------------------------

    @Slot()
    def refresh_trip(self) -> None:
        """A trip was opened or reloaded in the audience window."""
        trip = self.audience.trip
        if trip is None:
            return
        self.strip.set_trip(self.audience.shown_trip(), keep_view=True)
        for index in range(len(trip.photos)):
            loaded = self.audience.thumbnails.get(index)
            if loaded is not None and loaded.image is not None:
                self.strip.set_thumbnail(index, loaded.image)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Show the audience's current photo and the next one."""
        trip = self.audience.trip
        if trip is None:
            return
        index, count = self.audience.slideshow.current, len(trip.photos)
        self.position.setText(f"{index + 1} / {count}")
        photo = self.audience.resolved(index)
        self.caption.show_photo(photo, index, count)
        if self.photo_info.isVisible():
            self.photo_info.show_photo(photo, index, count)
        notes = trip.photos[index].notes
        self.notes_heading.setText("Notes" if notes else "Trip notes")
        self.notes.setHtml(
            photo_html(photo, index, count, notes or trip.notes or "No notes for this photo or trip.")
        )
        self.strip.set_current(index)
        self._show_photo(self.current_view, index)
        if index + 1 < count:
            self.next_heading.setText(f"Next · {index + 2} / {count}")
            self.next_caption.setText(self.audience.resolved(index + 1).caption or "No caption")
            self._show_photo(self.next_view, index + 1)
        else:
            self.next_heading.setText("Next · end of the trip")
            self.next_caption.setText("")
            self.next_view.clear()

    def _show_photo(self, view: PhotoView, index: int) -> None:
        """The audience's decoded image (or its preview) for ``index``, scaled to ``view``."""
        trip = self.audience.trip
        assert trip is not None
        file = trip.photos[index].file
        loaded = self.audience.loader.get(index)
        preview = self.audience.thumbnails.get(index)
        if loaded is not None and loaded.image is not None:
            view.show_image(index, file, loaded.image)
        elif loaded is not None:
            view.show_error(index, file, loaded.error or "unknown error")
        elif preview is not None and preview.image is not None:
            view.show_preview(index, file, preview.image)
        else:
            view.show_loading(index, file)

    @Slot(int)
    def _on_photo_ready(self, index: int) -> None:
        current = self.audience.slideshow.current
        if index == current:
            self._show_photo(self.current_view, index)
        elif index == current + 1:
            self._show_photo(self.next_view, index)

    @Slot(int)
    def _on_thumbnail_ready(self, index: int) -> None:
        loaded = self.audience.thumbnails.get(index)
        if loaded is not None and loaded.image is not None:
            self.strip.set_thumbnail(index, loaded.image)

    @Slot(int)
    def _on_metadata(self, index: int) -> None:
        if index in (self.audience.slideshow.current, self.audience.slideshow.current + 1):
            self.refresh()

    @Slot(object)
    def _on_blank(self, colour: QColor | None) -> None:
        if colour is None:
            self.audience_state.hide()
        else:
            shade = "black" if colour.lightness() < 128 else "white"
            self.audience_state.setText(f"The audience sees a {shade} screen — any key brings the photo back")
            self.audience_state.show()

    @Slot()
    def _tick_now(self) -> None:
        self.elapsed.setText(format_elapsed(self.clock.elapsed_ms()))
        self.pause_button.setText("Pause" if self.clock.running else "Resume")
        self.clock_label.setText(time.strftime("%H:%M"))

    # -- keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.audience.handle_key(event, origin=self)

    def toggle_help(self) -> None:
        if self.help_overlay.isVisible():
            self.help_overlay.hide()
        else:
            self.help_overlay.appear()

    def toggle_photo_info(self) -> None:
        """The photo panel (I) over the console, not the audience's window."""
        trip = self.audience.trip
        if self.photo_info.isVisible():
            self.photo_info.hide()
        elif trip is not None:
            index = self.audience.slideshow.current
            self.photo_info.show_photo(self.audience.resolved(index), index, len(trip.photos))
            self.photo_info.appear()

    def escape(self) -> None:
        """Close the photo panel, else the key help, if either is open here."""
        for overlay in (self.photo_info, self.help_overlay):
            if overlay.isVisible():
                overlay.hide()
                return

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        self.closed.emit()
        super().closeEvent(event)
