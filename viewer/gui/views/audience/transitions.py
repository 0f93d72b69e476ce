"""Present → Transitions: how photos arrive in every trip, and how long a fade takes (remembered).

"As Each Trip Says" follows the manifest's ``transition:`` (a cut where it says
nothing); the other two choices hold for every photo of every trip. The command
line's ``--transition`` and ``--fade`` choose for one run; a choice made here
holds from then on and is remembered.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from viewer.gui.language import QT_TRANSLATE_NOOP, decimal
from viewer.gui.show.persist import SettingsKeeper
from viewer.gui.show.presentation import Presentation
from viewer.model.timing import CUT, FADE

CHOICES = (
    ("", QT_TRANSLATE_NOOP("Transitions", "As Each &Trip Says")),
    (CUT, QT_TRANSLATE_NOOP("Transitions", "Always &Cut")),
    (FADE, QT_TRANSLATE_NOOP("Transitions", "Always &Fade")),
)
FADE_LENGTHS = (0.2, 0.3, 0.5, 1.0)  # seconds


class TransitionMenu(QMenu):
    """The transition and fade length choices, checked to match the show's timing."""

    def __init__(self, show: Presentation, keeper: SettingsKeeper, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Transitions", "&Transitions"), parent)
        self._show, self._keeper = show, keeper
        self.choices: dict[str, QAction] = {}
        self.lengths: dict[float, QAction] = {}
        kinds, lengths = QActionGroup(self), QActionGroup(self)
        for value, label in CHOICES:
            action = self.choices[value] = self.addAction(QCoreApplication.translate("Transitions", label))
            action.setCheckable(True)
            kinds.addAction(action)
            action.triggered.connect(lambda _checked=False, value=value: self.choose(value))
        self.addSeparator()
        for seconds in FADE_LENGTHS:
            action = self.lengths[seconds] = self.addAction(
                QCoreApplication.translate("Transitions", "Fade in {seconds} s").format(
                    seconds=decimal(seconds)
                )
            )
            action.setCheckable(True)
            lengths.addAction(action)
            action.triggered.connect(lambda _checked=False, seconds=seconds: self.choose_length(seconds))
        self.match()

    def choose(self, value: str) -> None:
        """Photos arrive as ``value`` says from now on ("": as each trip says)."""
        self._keeper.settings.transition = value
        self._keeper.changed()
        self._show.timing = replace(self._show.timing, transition=value or None)
        self.match()

    def choose_length(self, seconds: float) -> None:
        self._keeper.settings.fade_seconds = seconds
        self._keeper.changed()
        self._show.timing = replace(self._show.timing, fade_seconds=seconds)
        self.match()

    def match(self) -> None:
        """Check the entries the show's timing is set to (the command line's, if it chose)."""
        timing = self._show.timing
        self.choices[timing.transition or ""].setChecked(True)
        for seconds, action in self.lengths.items():
            action.setChecked(abs(seconds - timing.fade_seconds) < 1e-9)
