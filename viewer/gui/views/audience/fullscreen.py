"""Full screen and back, on whichever screen the window is asked onto.

Going full screen hides the menu and status bars and keeps the window's normal
geometry to come back to (a window that opened full screen comes back at its
usual size, centred on its screen); it works without a window manager too (kiosks, Xvfb).
Presenter view uses this to put the audience window on the projector, and
``--screen`` to open the window on another screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAction, QScreen
from PySide6.QtWidgets import QMainWindow


class FullScreen:
    """Takes ``window`` full screen and back, keeping its menu ``action`` checked to match."""

    def __init__(self, window: QMainWindow, action: QAction) -> None:
        self._window = window
        self._action = action
        self._normal_geometry: QRect | None = None

    def set(self, on: bool) -> None:
        window = self._window
        if on == window.isFullScreen():
            return
        if on:
            self._normal_geometry = window.geometry() if window.isVisible() else self._first_geometry()
            window.menuBar().hide()
            window.statusBar().hide()
            # Without a window manager (kiosks, Xvfb) full screen keeps the old
            # size, so ask for the screen's geometry explicitly as well.
            window.setGeometry(window.screen().geometry())
            window.showFullScreen()
        else:
            window.menuBar().show()
            window.showNormal()
            if self._normal_geometry is not None:
                window.setGeometry(self._normal_geometry)
        self._action.setChecked(on)

    def _first_geometry(self) -> QRect:
        """Where a window that opened full screen goes when it leaves: its size, centred."""
        geometry = QRect(QPoint(0, 0), self._window.size())
        geometry.moveCenter(self._window.screen().availableGeometry().center())
        return geometry

    def show_on(self, screen: QScreen) -> None:
        """Full screen on ``screen``."""
        window = self._window
        # Qt moves a window whose screen was unplugged onto one that is left, but leaves
        # it where it was on the desktop: on the screen only if it covers it too.
        if window.isFullScreen() and window.screen() is screen and window.geometry() == screen.geometry():
            return
        self.set(False)
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        self.set(True)

    def move_to(self, number: int) -> None:
        """Put the window on screen ``number`` (0 is the first), if there is one."""
        screens = self._window.screen().virtualSiblings()
        if 0 <= number < len(screens):
            geometry = screens[number].availableGeometry()
            self._window.move(geometry.topLeft() + QPoint(40, 40))
