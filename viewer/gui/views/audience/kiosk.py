"""Kiosk mode (``--kiosk``): the audience window left running on a lobby screen.

The window goes full screen on the chosen screen and the show loops from photo
1, each photo for its own time. Nothing a passer-by does changes it: the cursor
is hidden, menus and the status bar are gone, and every key, click, wheel turn
and hover is swallowed by an event filter on the whole application, except the
quit chord (:data:`QUIT_CHORD`, Ctrl+Shift+Q). A close asked for by the window
manager is refused too; the process still ends on SIGTERM, as a service should.

What would otherwise stop or deface the show is passed over quietly, and logged:
a photo that cannot be shown is skipped (``Slideshow.skip_failed``), a manifest
saved half-way keeps the last version that loaded without a banner over the
photo, and an unexpected error is logged without a dialog. When its screen is
unplugged the window goes full screen on one that is left, and when a screen of
the same name comes back, it goes back there. The display is kept awake
(:class:`DisplayAwake`): nobody touches a kiosk, so to the system it is always idle.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QMainWindow

from viewer.gui import KIOSK_PROPERTY
from viewer.gui.views.audience.awake import DisplayAwake
from viewer.gui.views.audience.fullscreen import FullScreen

log = logging.getLogger(__name__)

QUIT_CHORD = QKeySequence("Ctrl+Shift+Q")
# Events a passer-by makes; all are swallowed. Mouse moves too: they would raise tool tips.
_SWALLOWED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.ToolTip,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.InputMethod,
    }
)
REPLACE_DELAY_MS = 200  # after a screen comes or goes, let Qt settle its geometry first


def is_quit_chord(event: QKeyEvent) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return pressed.matches(QUIT_CHORD) == QKeySequence.SequenceMatch.ExactMatch


class Kiosk(QObject):
    """Keeps ``window`` full screen (through ``full_screen``) on screen ``screen`` (or the first),
    deaf to everyone but the quit chord, which closes it."""

    def __init__(self, window: QMainWindow, full_screen: FullScreen, screen: int | None) -> None:
        super().__init__(window)
        self._window = window
        self._full_screen = full_screen
        self._wanted = screen or 0
        self._screen_name = ""  # the chosen screen's name, to find it when it is plugged back
        self._quitting = False
        self._awake = DisplayAwake(self)
        self._replace = QTimer(self, singleShot=True, interval=REPLACE_DELAY_MS)
        self._replace.timeout.connect(self.place)

    @property
    def quitting(self) -> bool:
        return self._quitting

    def start(self) -> None:
        """Take the screen: full screen, no cursor, no menus, no keys."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setProperty(KIOSK_PROPERTY, True)
        screens = app.screens()
        chosen = screens[self._wanted] if self._wanted < len(screens) else app.primaryScreen()
        self._screen_name = chosen.name() if chosen is not None else ""
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        app.installEventFilter(self)
        app.screenAdded.connect(self._on_screens_changed)
        app.screenRemoved.connect(self._on_screens_changed)
        self._window.setAcceptDrops(False)
        self._window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.place()
        self._awake.hold()
        log.info("kiosk: on screen %r; Ctrl+Shift+Q quits", self._screen_name)

    def stop(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self)
            app.restoreOverrideCursor()
            app.setProperty(KIOSK_PROPERTY, False)
        self._awake.release()

    def quit(self) -> None:
        """The quit chord: the one way out."""
        log.info("kiosk: quit chord pressed")
        self._quitting = True
        self._window.close()

    @Slot()
    def place(self) -> None:
        """Full screen on the chosen screen if it is there, else on the first one left."""
        screens = QGuiApplication.screens()
        if not screens:
            return
        screen = next((each for each in screens if each.name() == self._screen_name), None)
        screen = screen or QGuiApplication.primaryScreen() or screens[0]
        self._full_screen.show_on(screen)
        self._window.menuBar().hide()
        self._window.statusBar().hide()

    @staticmethod
    def _quits(event: QKeyEvent) -> bool:
        return is_quit_chord(event) and not event.isAutoRepeat()

    @Slot(QScreen)
    def _on_screens_changed(self, _screen: QScreen) -> None:
        self._replace.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # claimed here, so no menu shortcut fires; the key press follows
            return True
        if kind not in _SWALLOWED:
            return False
        if isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress and self._quits(event):
            QTimer.singleShot(0, self.quit)  # not from inside the key's own delivery
        return True
