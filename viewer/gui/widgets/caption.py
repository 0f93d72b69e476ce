"""The words under the photo: caption, credit, and where and when it was taken.

Sized from the window's height so they read from across a room on a
projector, times the person's own caption scale (Ctrl+Plus / Ctrl+Minus).
However long the words, they keep to their room (``viewer.gui.widgets.textfit``): the
caption to two lines, credit and place to one, so the photo above keeps its
place and size; the photo panel (I) shows them whole.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from viewer.gui import theme
from viewer.gui.language import QT_TRANSLATE_NOOP, date_words, isolated, reading_order
from viewer.gui.widgets.textfit import FittedLabel
from viewer.model.resolve import ResolvedPhoto
from viewer.model.timefmt import local_label

NO_CAPTION = QT_TRANSLATE_NOOP("Caption", "No caption")
NO_CREDIT = QT_TRANSLATE_NOOP("Caption", "No credit")
CAPTION_LINES = 2  # the room the caption always has, whatever the photo
# A missing caption or credit reads as a note, not as the photo's words. Set as the
# label's own style sheet, which wins over the panel's, and only when it changes:
# re-polishing through QStyle slows the start (PySide builds the Python classes of
# QStyle's enums on first use) and costs a relayout on every photo.
MISSING_STYLE = f"color: {theme.TEXT_FAINT.name()}; font-style: italic;"


def credit_line(photo: ResolvedPhoto) -> str:
    """The credit in the seed's style, ``Image: Reuters/Stringer``."""
    if not photo.credit:
        return QCoreApplication.translate("Caption", NO_CREDIT)
    return QCoreApplication.translate("Caption", "Image: {credit}").format(credit=photo.credit)


def sources_line(photo: ResolvedPhoto) -> str:
    """Where caption and credit came from: ``caption from XMP · credit from manifest``."""
    said = {
        "caption": QCoreApplication.translate("Caption", "caption from {source}"),
        "credit": QCoreApplication.translate("Caption", "credit from {source}"),
    }
    parts = [
        said[name].format(source=photo.source(name)) for name in ("caption", "credit") if photo.source(name)
    ]
    return " · ".join(parts)


def where_and_when(photo: ResolvedPhoto) -> str:
    """``Dong Dang station · 26 Feb 08:15 (UTC+7, approx.)``; empty if neither is known."""
    parts = [isolated(photo.place)] if photo.place else []
    if photo.time is not None:
        parts.append(local_label(photo.time, words=date_words()))
    return reading_order(" · ".join(parts))


class CaptionPanel(QWidget):
    """Caption, credit, position (``3 / 13``) and place and time of the current photo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.caption = self._label("caption", lines=CAPTION_LINES)
        self.credit = self._label("credit")
        self.details = self._label("details")
        self.position = self._plain_label("position")  # short, and never cut
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.number_entry = self._plain_label("number")  # "Go to 12", while typing a number
        self.number_entry.hide()
        self.show_sources = False  # name where caption and credit came from (key I)

        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(24)
        bottom.addWidget(self.credit)
        bottom.addWidget(self.details, 1)
        bottom.addWidget(self.number_entry)
        bottom.addWidget(self.position)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 14, 32, 10)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addLayout(bottom)
        self._base_px = 28
        self._scale = 1.0
        self._apply_fonts()

    def _label(self, name: str, lines: int = 1) -> FittedLabel:
        label = FittedLabel(self, lines, reserve=lines > 1)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _plain_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def show_photo(self, photo: ResolvedPhoto, index: int, count: int) -> None:
        self.caption.setText(photo.caption or QCoreApplication.translate("Caption", NO_CAPTION))
        _mark_missing(self.caption, not photo.caption)
        self.credit.setText(credit_line(photo))
        _mark_missing(self.credit, not photo.credit)
        details = where_and_when(photo)
        if self.show_sources and sources_line(photo):
            details = reading_order(f"{details}   [{sources_line(photo)}]".strip())
        self.details.setText(details)
        self.position.setText(f"{index + 1} / {count}")

    def show_number_entry(self, digits: str) -> None:
        self.number_entry.setText(
            QCoreApplication.translate("Caption", "Go to {number}").format(number=digits) if digits else ""
        )
        self.number_entry.setVisible(bool(digits))

    def set_base_size(self, pixels: int) -> None:
        """The caption's size before the person's scale; follows the window height."""
        if pixels != self._base_px:
            self._base_px = pixels
            self._apply_fonts()

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self._apply_fonts()

    def caption_pixel_size(self) -> int:
        return max(12, round(self._base_px * self._scale))

    def _apply_fonts(self) -> None:
        size = self.caption_pixel_size()
        small = max(11, round(size * 0.62))
        weight = theme.EMPHASIS_WEIGHT.value
        self.setStyleSheet(
            f"""
            QLabel {{ color: {theme.CAPTION_DETAILS.name()}; font-size: {small}px; }}
            QLabel#caption {{ color: {theme.TEXT.name()}; font-size: {size}px; font-weight: {weight}; }}
            QLabel#credit {{ color: {theme.CAPTION_CREDIT.name()}; }}
            QLabel#number {{ color: {theme.ACCENT.name()}; font-weight: {weight}; }}
            """
        )
        # Room for the caption's lines whatever the text, so the photo area (and the
        # size photos are decoded at) stays put from photo to photo.
        caption_font = theme.pixel_font(self.font(), size)
        caption_font.setWeight(theme.EMPHASIS_WEIGHT)
        self.caption.setMinimumHeight(round(QFontMetricsF(caption_font).lineSpacing() * CAPTION_LINES) + 2)


def _mark_missing(label: QLabel, missing: bool) -> None:
    style = MISSING_STYLE if missing else ""
    if label.styleSheet() != style:
        label.setStyleSheet(style)
