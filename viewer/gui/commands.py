"""What each command of the key table does, whichever window the key was pressed in.

The audience window and the presenter console share one show: navigation,
blanking and full screen act on the audience window; help, find and the
overview open in the window where they were asked for, so the room never sees
the presenter searching.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from viewer.gui.keys import Command

if TYPE_CHECKING:
    from viewer.gui.mainwindow import MainWindow
    from viewer.gui.overlays import ReadingOverlay


def reading_overlay(window: MainWindow, origin: QWidget) -> ReadingOverlay | None:
    """The key help or photo panel open in ``origin``'s window (the audience's or the console)."""
    console = window.presenter.console
    host = console if console is not None and origin is console else window
    for overlay in (host.photo_info, host.help_overlay):  # the photo panel opens over the help
        if overlay.isVisible():
            return overlay
    return None


def run_command(window: MainWindow, command: Command, number: int = 0, origin: QWidget | None = None) -> None:
    """Carry out ``command`` (``number`` for a jump) pressed in ``origin``."""
    show = window.slideshow
    console = window.presenter.console
    in_console = console is not None and origin is console
    panels = console.panels if console is not None and in_console else window.panels
    actions: dict[Command, Callable[[], object]] = {
        Command.NEXT: show.next,
        Command.PREVIOUS: show.previous,
        Command.FIRST: show.first,
        Command.LAST: show.last,
        Command.JUMP: lambda: show.go(number - 1),
        Command.START_SHOW: lambda: window.start_show(from_first=True),
        Command.START_HERE: lambda: window.start_show(from_first=False),
        Command.FULL_SCREEN: window.toggle_full_screen,
        Command.ESCAPE: console.escape if console and in_console else window.escape,
        Command.BLACK: lambda: window.blank_screen.blank(QColor("black")),
        Command.WHITE: lambda: window.blank_screen.blank(QColor("white")),
        Command.AUTOPLAY: show.toggle_playing,
        Command.STRIP: window.toggle_strip,
        Command.SOURCES: console.toggle_photo_info if console and in_console else window.toggle_photo_info,
        Command.OVERVIEW: panels.open_overview,
        Command.FIND: panels.open_find,
        Command.HELP: console.toggle_help if console and in_console else window.toggle_help,
        Command.PRESENTER: window.presenter.toggle,
        Command.SWAP_SCREENS: window.presenter.swap,
        Command.CAPTION_BIGGER: lambda: window.step_caption(+1),
        Command.CAPTION_SMALLER: lambda: window.step_caption(-1),
        Command.OPEN: window.choose_trip,
        Command.RELOAD: window.live.reload,
        Command.QUIT: window.close,
    }
    actions[command]()
