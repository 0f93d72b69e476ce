"""The photo panel (I): every word about the photo on screen, whole, however long.

Under the photo the caption keeps to two lines and credit and place to one
(``viewer.gui.widgets.textfit``); here they are given in full with where each came
from and the photo's file, in a pane that wraps anywhere it must and scrolls
(Up, Down, Page Up, Page Down, Home, End, the wheel). It follows the show, so
stepping on shows the next photo's words; I or Escape closes it. The presenter
console's notes pane is the same kind of pane, and holds the notes as well.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QTextOption
from PySide6.QtWidgets import QFrame, QLabel, QTextEdit, QVBoxLayout, QWidget

from viewer.gui import theme
from viewer.gui.language import QT_TRANSLATE_NOOP
from viewer.gui.panels.overlays import ReadingOverlay
from viewer.gui.widgets.caption import NO_CAPTION, NO_CREDIT, where_and_when
from viewer.model.resolve import ResolvedPhoto

HINT = QT_TRANSLATE_NOOP("PhotoInfo", "↑ ↓, Page Up / Page Down or the wheel: scroll  ·  I or Escape: close")
COLUMN_EMS = 40  # the widest the panel's text gets, in text heights


def photo_html(photo: ResolvedPhoto, index: int, count: int, notes: str | None = None) -> str:
    """Caption, credit, place and time, their sources and the file, as a small HTML page.

    ``notes`` (only ever given on the presenter console) come first, under a rule.
    """

    def part(heading: str, text: str | None, missing: str = "", source: str | None = None) -> str:
        said = html.escape(text) if text else f"<i>{html.escape(missing)}</i>"
        faint = theme.TEXT_FAINT.name()
        from_source = QCoreApplication.translate("PhotoInfo", "from {source}").format(
            source=html.escape(source or "")
        )
        origin = f' <span style="color:{faint}">({from_source})</span>' if source else ""
        return (
            f'<p style="margin-bottom:2px; color:{faint}; font-size:small">{heading.upper()}{origin}</p>'
            f'<p style="margin-top:0; white-space:pre-wrap">{said}</p>'
        )

    parts = [f'<p style="white-space:pre-wrap">{html.escape(notes)}</p><hr/>'] if notes else []
    parts += [
        part(
            QCoreApplication.translate("PhotoInfo", "Caption · photo {number} / {count}").format(
                number=index + 1, count=count
            ),
            photo.caption,
            QCoreApplication.translate("Caption", NO_CAPTION),
            photo.source("caption"),
        ),
        part(
            QCoreApplication.translate("PhotoInfo", "Credit"),
            photo.credit,
            QCoreApplication.translate("Caption", NO_CREDIT),
            photo.source("credit"),
        ),
        part(
            QCoreApplication.translate("PhotoInfo", "Place and time"),
            where_and_when(photo),
            QCoreApplication.translate("PhotoInfo", "Not known"),
            photo.source("place"),
        ),
        part(
            QCoreApplication.translate("PhotoInfo", "Position"),
            str(photo.position) if photo.position else None,
            QCoreApplication.translate("PhotoInfo", "Not known"),
            photo.origin("position"),
        ),
        part(QCoreApplication.translate("PhotoInfo", "File"), photo.photo.file),
    ]
    return "".join(parts)


class TextPane(QTextEdit):
    """Read-only text that wraps anywhere a word is too long for a line, and scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class PhotoInfoPanel(ReadingOverlay):
    """The photo panel over a window: the current photo's words in full."""

    def __init__(self, parent: QWidget) -> None:
        self.pane = TextPane()
        super().__init__(parent, self.pane)
        self.pane.setParent(self)
        self._sheet = self.pane.styleSheet()  # the scroll bar's; the text size is added to it
        self.hint = QLabel(QCoreApplication.translate("PhotoInfo", HINT), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.pane, 1)
        self.column.addWidget(self.hint)
        self._text_px = 0

    def show_photo(self, photo: ResolvedPhoto, index: int, count: int) -> None:
        """Hold ``photo``'s words (the ``index``-th of ``count``), from the top."""
        self.pane.setHtml(photo_html(photo, index, count))
        self.pane.verticalScrollBar().setValue(0)

    @property
    def text(self) -> str:
        return self.pane.toPlainText()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        pixels = theme.panel_text_size(self.height())
        column = min(self.width() - 48, pixels * COLUMN_EMS)
        side = max(24, (self.width() - column) // 2)
        self.column.setContentsMargins(side, max(24, pixels * 2), side, max(12, pixels // 2))
        if pixels != self._text_px:
            self._text_px = pixels
            text = f"QTextEdit {{ color: {theme.READING_TEXT.name()}; font-size: {pixels}px; }}"
            self.pane.setStyleSheet(self._sheet + text)
            self.hint.setStyleSheet(
                f"color: {theme.HINT_TEXT.name()}; font-size: {theme.hint_size(pixels)}px;"
            )

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), theme.PHOTO_PANEL_SHADE)
