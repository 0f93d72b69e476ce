"""A dialog that tells of a problem, however long its message.

A message names a file (deep in folders, perhaps) and may quote what is wrong
in it (a 10,000-character line). ``QMessageBox`` wraps only between words, so
one long word would make the dialog as wide as the word and run off the
screen. Here each long word is cut in its middle (a path keeps its file name)
and the message as a whole is cut to a dialog's worth, ending in "…"; the
whole message is then under "Show Details…", in a pane that wraps and scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.gui.widgets.textfit import ELLIPSIS, shorten_words

LONGEST_WORD = (
    120  # characters of one word in the dialog's text: some 850 px, under the 1,000 Qt gives a dialog
)
MOST_CHARACTERS = 600  # of the whole text


def fit_message(message: str) -> str:
    """``message`` with its long words cut in their middle and the whole cut to a dialog's worth."""
    text = shorten_words(message, LONGEST_WORD)
    if len(text) > MOST_CHARACTERS:
        text = text[: MOST_CHARACTERS - 1].rstrip() + ELLIPSIS
    return text


def problem_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str) -> QMessageBox:
    """A dialog saying ``message``, fitted to a dialog's size, the whole of it in its details."""
    text = fit_message(message)
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if text != message:
        box.setDetailedText(message)
    return box
