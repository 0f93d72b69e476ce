"""The menu bar, made from the command registry: the same commands as the keys, for those who look there.

Entries name their keys as the registry does, so a key changed there is changed
here too. Only the platform's standard shortcuts (Open, Quit) live on the actions;
every other key goes through the key reader (``viewer.gui.commands.keys``), so a
key is never handled twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from viewer.gui.commands.registry import COMMANDS, Command

MENU_BAR = ("&Trip", "&View", "&Present")  # the menus, left to right


def build_menus(
    window: QMainWindow, run: Callable[[Command], None]
) -> tuple[dict[str, QMenu], dict[Command, QAction]]:
    """Fill ``window``'s menu bar with every command that has a menu entry; each runs ``run``.

    Returns the menus by title and the actions by command, for the window to add
    entries that are not commands (the recent trips) and to keep checkmarks true.
    """
    menus = {title: window.menuBar().addMenu(title) for title in MENU_BAR}
    actions: dict[Command, QAction] = {}
    entries = sorted(
        ((spec.menu, spec) for spec in COMMANDS if spec.menu is not None), key=lambda pair: pair[0].place
    )
    for entry, spec in entries:
        if entry.standard is not None:
            action = QAction(entry.text, window, shortcut=QKeySequence(entry.standard))
        else:
            action = QAction(spec.labelled(entry.text), window, checkable=entry.checkable)
        action.triggered.connect(lambda _checked=False, command=spec.command: run(command))
        menus[entry.menu].addAction(action)
        actions[spec.command] = action
    return menus, actions
