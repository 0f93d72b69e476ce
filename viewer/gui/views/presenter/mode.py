"""Presenter view: the audience window full screen on one screen, the console on another.

With two or more screens the audience gets the projector (by default any
screen but the primary one, where the laptop's own display usually is) and the
console the other; a key or button swaps them. With one screen the console
opens in a window beside the audience window: a rehearsal. Screens plugged in
or pulled out during the show re-place both windows; the show's place is kept,
because it lives in the show (``Presentation``), not in the screens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen

from viewer.gui.commands.dispatch import KeyedView
from viewer.gui.show.presentation import Presentation
from viewer.gui.views.presenter.clock import SpeakingClock

if TYPE_CHECKING:
    from viewer.gui.views.presenter.console import PresenterConsole


class AudienceWindow(Protocol):
    """What presenter view needs of the audience's window: to put it on a screen."""

    def set_full_screen(self, on: bool) -> None: ...
    def show_on_screen(self, screen: QScreen) -> None: ...
    def setGeometry(self, x: int, y: int, width: int, height: int) -> None: ...


def choose_screens(count: int, primary: int, audience: int | None, swapped: bool) -> tuple[int, int | None]:
    """Which screen shows the audience window and which the console (None: rehearsal).

    ``audience`` is the screen asked for (``--screen N``), if any and present.
    """
    if count < 2:
        return 0, None
    if audience is None or not 0 <= audience < count:
        audience = next(index for index in range(count) if index != primary)
    console = primary if primary != audience else next(i for i in range(count) if i != audience)
    return (console, audience) if swapped else (audience, console)


class PresenterMode(QObject):
    """Starts, places, swaps and ends presenter view for one audience window.

    Signals:
        activeChanged(bool): presenter view started or ended.
    """

    activeChanged = Signal(bool)

    def __init__(
        self,
        audience: AudienceWindow,
        show: Presentation,
        keys: Callable[[QKeyEvent, KeyedView], bool],
        screens: Callable[[], list[QScreen]] = QGuiApplication.screens,
    ) -> None:
        super().__init__(show)
        self.audience = audience
        self.show = show
        self._keys = keys  # the console hands its keys to the audience's dispatcher
        self.clock = SpeakingClock(self)
        self.console: PresenterConsole | None = None  # made when first needed
        self.asked_screen: int | None = None
        self.swapped = False
        self._screens = screens
        self._replace = QTimer(self, singleShot=True, interval=0)
        self._replace.timeout.connect(self.place)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._on_screens_changed)
            app.screenRemoved.connect(self._on_screens_changed)

    @property
    def active(self) -> bool:
        return self.console is not None and self.console.isVisible()

    @property
    def rehearsal(self) -> bool:
        return len(self._screens()) < 2

    def start(self, screen: int | None = None) -> None:
        """Presenter view on: the audience on ``screen`` (or the other screen), the console here."""
        if screen is not None:
            self.asked_screen = screen
        if self.console is None:
            from viewer.gui.views.presenter.console import (
                PresenterConsole,
            )  # imported when first needed, as made

            self.console = PresenterConsole(self.show, self.clock, self._keys)
            self.console.swapRequested.connect(self.swap)
            self.console.closed.connect(self._on_console_closed)
        self.place()
        self.clock.start()
        self.activeChanged.emit(True)

    def stop(self) -> None:
        if self.console is not None:
            self.console.close()

    def toggle(self) -> None:
        if self.active:
            self.stop()
        else:
            self.start()

    @Slot()
    def swap(self) -> None:
        self.swapped = not self.swapped
        self.place()

    @Slot()
    def place(self) -> None:
        """Put both windows on the screens there are now."""
        if self.console is None:
            return
        screens = self._screens()
        primary = QGuiApplication.primaryScreen()
        primary_index = screens.index(primary) if primary in screens else 0
        audience, console = choose_screens(len(screens), primary_index, self.asked_screen, self.swapped)
        if console is None:  # one screen: rehearse with both windows side by side
            self.audience.set_full_screen(False)
            self.console.showNormal()
            if screens:
                area = screens[0].availableGeometry()
                half = area.width() // 2
                self.audience.setGeometry(area.x(), area.y(), half, area.height())
                self.console.setGeometry(area.x() + half, area.y(), area.width() - half, area.height())
        else:
            self.audience.show_on_screen(screens[audience])
            self.console.setScreen(screens[console])
            self.console.setGeometry(screens[console].availableGeometry())
            self.console.show()
        self.console.raise_()
        self.console.activateWindow()

    @Slot(QScreen)
    def _on_screens_changed(self, screen: QScreen) -> None:
        if self.active:
            self._replace.start()  # after Qt has moved windows off a vanished screen

    @Slot()
    def _on_console_closed(self) -> None:
        self.activeChanged.emit(False)
