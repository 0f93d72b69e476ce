"""The menu bar, made from the command registry: the same commands as the keys, for those who look there.

Entries name their keys as the registry does, so a key changed there is changed
here too. Only the platform's standard shortcuts (Open, Quit) live on the actions;
every other key goes through the key reader (``viewer.gui.commands.keys``), so a
key is never handled twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from viewer.gui.commands.registry import COMMANDS, Command
from viewer.gui.language import QT_TRANSLATE_NOOP

# The menus, left to right, by their English titles (the keys of build_menus' menus).
MENU_BAR = (
    QT_TRANSLATE_NOOP("Menus", "&Trip"),
    QT_TRANSLATE_NOOP("Menus", "&View"),
    QT_TRANSLATE_NOOP("Menus", "&Present"),
)


def build_menus(
    window: QMainWindow, run: Callable[[Command], None]
) -> tuple[dict[str, QMenu], dict[Command, QAction]]:
    """Fill ``window``'s menu bar with every command that has a menu entry; each runs ``run``.

    Returns the menus by English title and the actions by command, for the window to add
    entries that are not commands (the recent trips) and to keep checkmarks true.
    """
    menus: dict[str, QMenu] = {title: window.menuBar().addMenu(menu_text(title)) for title in MENU_BAR}
    actions: dict[Command, QAction] = {}
    entries = sorted(
        ((spec.menu, spec) for spec in COMMANDS if spec.menu is not None), key=lambda pair: pair[0].place
    )
    for entry, spec in entries:
        if entry.standard is not None:
            action = QAction(menu_text(entry.text), window, shortcut=QKeySequence(entry.standard))
        else:
            action = QAction(spec.labelled(menu_text(entry.text)), window, checkable=entry.checkable)
        action.triggered.connect(lambda _checked=False, command=spec.command: run(command))
        menus[entry.menu].addAction(action)
        actions[spec.command] = action
    return menus, actions


def menu_text(text: str) -> str:
    """A menu's title or entry (declared ``QT_TRANSLATE_NOOP("Menus", …)``) in the interface's language."""
    return QCoreApplication.translate("Menus", text)
