"""View → Language: the interface's language, chosen from the languages Trip Viewer speaks (remembered).

"As the System" follows the system's language (the default); the others are
listed in their own words ("Deutsch", "Tiếng Việt", "العربية"), so a person who
cannot read the language on screen still finds theirs. The choice is saved in
the settings and speaks from the next start: the window's words were set as it
was built, so the menu says so rather than leaving half the window in the old
language. ``--lang`` on the command line wins over the choice for one run.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from viewer.gui.language import NATIVE_NAMES, system_language
from viewer.gui.show.persist import SettingsKeeper
from viewer.model.settings import LANGUAGES


class LanguageMenu(QMenu):
    """The languages, checked at the one the settings hold ("": as the system).

    Signals:
        chosen(str): a language was chosen (its code, "" for the system's); the message says when it speaks.
    """

    chosen = Signal(str)

    def __init__(self, keeper: SettingsKeeper, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Languages", "&Language"), parent)
        self._keeper = keeper
        self.choices: dict[str, QAction] = {}
        group = QActionGroup(self)
        system = NATIVE_NAMES[system_language()]
        entries = [
            (
                "",
                QCoreApplication.translate("Languages", "As the System ({language})").format(language=system),
            )
        ]
        entries += [(code, NATIVE_NAMES[code]) for code in LANGUAGES]
        for code, label in entries:
            action = self.choices[code] = self.addAction(label)
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            if code == "":
                self.addSeparator()
        self.choices[keeper.settings.language if keeper.settings.language in self.choices else ""].setChecked(
            True
        )

    def choose(self, code: str) -> None:
        """Speak ``code`` ("": the system's language) from the next start on."""
        self._keeper.settings.language = code
        self._keeper.changed()
        self.choices[code].setChecked(True)
        self.chosen.emit(code)

    @staticmethod
    def message(code: str) -> str:
        """What the window says once ``code`` is chosen."""
        name = NATIVE_NAMES[code or system_language()]
        return QCoreApplication.translate(
            "Languages", "{language}: from the next start of Trip Viewer"
        ).format(language=name)
