"""The banner above the photo that tells of a problem with the trip on disk.

A manifest saved half-way, or with a mistake in it, does not stop the show: the
last version that loaded stays on screen, and the banner says what is wrong and
where (file:line:col) until a later save loads again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class ProblemBanner(QLabel):
    """A problem with the trip on disk; hidden until there is one, and never in the show's way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#banner { background: #5c3d00; color: #ffe2a8; padding: 8px 16px; }")
        self.hide()

    def show_problem(self, message: str) -> None:
        self.setText(f"{message}\nStill showing the last version that loaded; fix the file to update.")
        self.show()
