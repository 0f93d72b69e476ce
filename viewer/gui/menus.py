"""The window's menu bar: the same commands as the keys, for those who look for them there.

Menu entries name their keys. Only the standard shortcuts (Ctrl+O, Ctrl+Q)
live on the actions; every other key goes through the key table
(``viewer.gui.keys``), so a key is never handled twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from viewer.model.settings import Settings


@dataclass
class WindowMenus:
    open: QAction
    recent: QMenu
    quit: QAction
    full_screen: QAction
    strip: QAction
    autoplay: QAction
    help: QAction
    presenter: QAction
    swap: QAction
    presenter_setting: QAction


def build_menus(window: QMainWindow, settings: Settings) -> WindowMenus:
    """Fill ``window``'s menu bar; the caller connects the actions."""
    standard = QKeySequence.StandardKey
    menus = WindowMenus(
        open=QAction("&Open…", window, shortcut=QKeySequence(standard.Open)),
        recent=QMenu("Open &Recent", window),
        quit=QAction("&Quit", window, shortcut=QKeySequence(standard.Quit)),
        full_screen=QAction("&Full Screen (F11)", window, checkable=True),
        strip=QAction("Timeline &Strip (T)", window, checkable=True, checked=settings.strip_visible),
        autoplay=QAction("&Autoplay (S)", window, checkable=True),
        help=QAction("&Keys (? or F1)", window),
        presenter=QAction("&Presenter View (Alt+F5)", window, checkable=True),
        swap=QAction("&Swap Screens (X)", window),
        presenter_setting=QAction(
            "Start in Presenter View With &Two Screens",
            window,
            checkable=True,
            checked=settings.presenter_with_two_screens,
        ),
    )
    trip = window.menuBar().addMenu("&Trip")
    trip.addAction(menus.open)
    trip.addMenu(menus.recent)
    trip.addSeparator()
    trip.addAction(menus.quit)
    view = window.menuBar().addMenu("&View")
    for action in (menus.full_screen, menus.strip, menus.autoplay, menus.help):
        view.addAction(action)
    present = window.menuBar().addMenu("&Present")
    for action in (menus.presenter, menus.swap, menus.presenter_setting):
        present.addAction(action)
    return menus
