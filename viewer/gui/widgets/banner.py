"""The banner above the photo that tells of a problem with the trip on disk.

A manifest saved half-way, or with a mistake in it, does not stop the show: the
last version that loaded stays on screen, and the banner says what is wrong and
where (file:line:col) until a later save loads again.

The message comes from the file: it may quote a 10,000-character line or name a
path deep in folders. The banner gives it at most ``MESSAGE_LINES`` lines, a
path cut in its middle (its file name, line and column kept) and the rest ending
in "…", so the photo below keeps its room; the message is whole in the log and,
up to a tool tip's length, in the banner's tool tip.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from viewer.gui import theme
from viewer.gui.language import QT_TRANSLATE_NOOP
from viewer.gui.widgets.textfit import TIP_CHARACTERS, FittedLabel, clip

log = logging.getLogger(__name__)

MESSAGE_LINES = 2
STILL_SHOWING = QT_TRANSLATE_NOOP(
    "Banner", "Still showing the last version that loaded; fix the file to update."
)


class ProblemBanner(QFrame):
    """A problem with the trip on disk; hidden until there is one, and never in the show's way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(
            f"QFrame#banner {{ background: {theme.BANNER_BACKGROUND.name()}; }}"
            f" QFrame#banner QLabel {{ color: {theme.BANNER_TEXT.name()}; background: transparent; }}"
        )
        self.message = FittedLabel(self, lines=MESSAGE_LINES, paths=True)
        self.still = FittedLabel(self)
        self.still.setText(QCoreApplication.translate("Banner", STILL_SHOWING))
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        column.setSpacing(0)
        column.addWidget(self.message)
        column.addWidget(self.still)
        self.quiet = False  # a kiosk: problems go to the log, never over the photo
        self.hide()

    def show_problem(self, message: str) -> None:
        if self.quiet:
            log.warning("%s (%s)", message, STILL_SHOWING)
            return
        self.message.setText(message)
        self.setToolTip(clip(message, TIP_CHARACTERS))
        self.show()

    def text(self) -> str:
        """Everything the banner was given to say (its lines may show less)."""
        return f"{self.message.text()}\n{self.still.text()}"
