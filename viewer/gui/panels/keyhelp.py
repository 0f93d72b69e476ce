"""The key help (``?`` or F1): every key of the key table, laid out to fit the window.

The rows are set in as many columns as the window's width holds, in text sized
from its height; when they still do not fit, the text steps down to a smallest
readable size, and below that the table scrolls (Up, Down, Page Up, Page Down,
Home, End, the wheel) with a line at the bottom saying so. No row is ever cut
off: on a projector, on a small laptop window and on a 4K screen alike.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QStyle, QVBoxLayout, QWidget

from viewer.gui import theme
from viewer.gui.commands.registry import COMMANDS
from viewer.gui.language import QT_TRANSLATE_NOOP, reading_order
from viewer.gui.panels.overlays import ReadingOverlay
from viewer.gui.widgets.textfit import elide

LARGEST_PX = 40  # the text of the help on a big screen
SMALLEST_PX = 13  # ... and the least it shrinks to before the table scrolls
INNER_GAP = 0.9  # between a key and what it does, in text heights
COLUMN_GAP = 2.5  # between two columns, in text heights
MARGIN = 24  # px around the table
SCROLL_HINT = QT_TRANSLATE_NOOP(
    "KeyHelp", "More below: ↑ ↓, Page Up / Page Down or the wheel to scroll  ·  Escape closes"
)


def help_rows() -> list[tuple[str, str]]:
    """Each key (as the help names it) and what it does, in the key table's order."""
    rows = [(spec.keys_shown, spec.described) for spec in COMMANDS if spec.key_label]
    rows.append(
        (
            QCoreApplication.translate("KeyHelp", "Mouse wheel"),
            QCoreApplication.translate(
                "KeyHelp", "Previous / next photo (over the strip: zoom; a zoomed photo: pan)"
            ),
        )
    )
    rows.append(
        (
            QCoreApplication.translate("KeyHelp", "Click or drag the strip"),
            QCoreApplication.translate("KeyHelp", "Jump to a photo"),
        )
    )
    return rows


@dataclass(frozen=True)
class HelpLayout:
    """Where the rows go: text size, columns and the width each part of a column gets."""

    pixels: int
    columns: int
    per_column: int
    label_width: float
    description_width: float
    gap: float  # between key and description
    column_gap: float
    line: float  # one row's height
    heading: float  # the "Keys" heading's height, with the space under it

    @property
    def column_width(self) -> float:
        return self.label_width + self.gap + self.description_width

    @property
    def width(self) -> float:
        return self.columns * self.column_width + (self.columns - 1) * self.column_gap + 2 * MARGIN

    @property
    def height(self) -> float:
        return 2 * MARGIN + self.heading + self.per_column * self.line

    def place(self, row: int) -> tuple[int, int]:
        """Column and line of ``row``: the columns fill top to bottom, left to right."""
        return row // self.per_column, row % self.per_column


def lay_out(rows: Sequence[tuple[str, str]], base: QFont, width: int, height: int) -> HelpLayout:
    """The largest text (from ``height``) whose columns fit ``width`` by ``height``.

    When none fits, the smallest text's layout, which then scrolls.
    """
    largest = max(SMALLEST_PX, min(LARGEST_PX, height // 34))
    for pixels in range(largest, SMALLEST_PX - 1, -1):
        layout = _lay_out_at(rows, base, pixels, width)
        if layout.height <= height:
            return layout
    return _lay_out_at(rows, base, SMALLEST_PX, width)


def _lay_out_at(rows: Sequence[tuple[str, str]], base: QFont, pixels: int, width: int) -> HelpLayout:
    metrics = QFontMetricsF(theme.pixel_font(base, pixels))
    label = max(metrics.horizontalAdvance(key) for key, _ in rows)
    description = max(metrics.horizontalAdvance(what) for _, what in rows)
    gap, column_gap = metrics.height() * INNER_GAP, metrics.height() * COLUMN_GAP
    room = max(1.0, width - 2 * MARGIN)
    if label + gap + description > room:  # a narrow window: both sides give, and are cut with "…"
        # A hair under the exact share: the sum, rounded, must not come out a hair over the room.
        share = (room - gap) / (label + description) * (1 - 1e-9)
        label, description = label * share, description * share
    columns = max(1, min(len(rows), int((room + column_gap) // (label + gap + description + column_gap))))
    per_column = math.ceil(len(rows) / columns)
    columns = math.ceil(len(rows) / per_column)  # no empty column on the right
    heading = QFontMetricsF(theme.pixel_font(base, round(pixels * 1.3), bold=True)).height() * 1.6
    return HelpLayout(
        pixels, columns, per_column, label, description, gap, column_gap, metrics.height() * 1.55, heading
    )


class _KeyTable(QWidget):
    """The rows, painted as :class:`HelpLayout` says; as tall as they are, inside a scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = help_rows()
        self.plan = lay_out(self.rows, self.font(), 1280, 860)

    def paintEvent(self, event: QPaintEvent) -> None:
        plan = self.plan
        painter = QPainter(self)
        painter.setPen(theme.TEXT)
        painter.setFont(theme.pixel_font(self.font(), round(plan.pixels * 1.3), bold=True))
        painter.drawText(
            QRectF(0, MARGIN, self.width(), plan.heading),
            Qt.AlignmentFlag.AlignHCenter,
            QCoreApplication.translate("KeyHelp", "Keys"),
        )
        font = theme.pixel_font(self.font(), plan.pixels)
        painter.setFont(font)
        # Right to left (Arabic), the columns and each row are mirrored: the first column
        # at the right, a key at the right of what it does, each aligned towards the other.
        towards, away = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            towards, away = away, towards
        for number, (key, what) in enumerate(self.rows):
            key_box, what_box = self.boxes(number)
            painter.setPen(theme.ACCENT)
            painter.drawText(
                key_box,
                towards | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute,
                reading_order(elide(key, font, plan.label_width)),
            )
            painter.setPen(theme.HELP_TEXT)
            painter.drawText(
                what_box,
                away | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute,
                reading_order(elide(what, font, plan.description_width)),
            )

    def boxes(self, number: int) -> tuple[QRectF, QRectF]:
        """Where row ``number``'s key and what it does are drawn; mirrored in a right-to-left window."""
        plan = self.plan
        column, line = plan.place(number)
        x = max(float(MARGIN), (self.width() - plan.width) / 2 + MARGIN) + column * (
            plan.column_width + plan.column_gap
        )
        y = MARGIN + plan.heading + line * plan.line
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            x = self.width() - x - plan.column_width
            return (
                QRectF(x + plan.description_width + plan.gap, y, plan.label_width, plan.line),
                QRectF(x, y, plan.description_width, plan.line),
            )
        return (
            QRectF(x, y, plan.label_width, plan.line),
            QRectF(x + plan.label_width + plan.gap, y, plan.description_width, plan.line),
        )


class HelpOverlay(ReadingOverlay):
    """Every key, drawn from the key table, on a dimmed window."""

    def __init__(self, parent: QWidget) -> None:
        self.table = _KeyTable()
        area = QScrollArea()
        super().__init__(parent, area)
        area.setParent(self)
        area.setWidget(self.table)
        self.table.setAutoFillBackground(False)  # which setWidget turned on: the shade shows through
        area.setWidgetResizable(False)
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.hint = QLabel(QCoreApplication.translate("KeyHelp", SCROLL_HINT), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet(f"color: {theme.ACCENT.name()}; padding: 6px;")
        self.hint.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(area, 1)
        column.addWidget(self.hint)

    @property
    def plan(self) -> HelpLayout:
        return self.table.plan

    @property
    def scrolls(self) -> bool:
        """Whether the rows are taller than the window, so the help scrolls."""
        return self.table.height() > self.scroller.viewport().height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Lay the rows out for the size the help has now."""
        # The scroll bar's room is always kept, so showing it never reflows the columns.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2
        width, height = self.width() - bar, self.height()
        plan = lay_out(self.table.rows, self.table.font(), width, height)
        hint = plan.height > height
        if hint:
            hint_font = theme.pixel_font(self.font(), plan.pixels)
            self.hint.setFont(hint_font)
            self.hint.setText(elide(QCoreApplication.translate("KeyHelp", SCROLL_HINT), hint_font, width))
            height -= self.hint.sizeHint().height()
        self.hint.setVisible(hint)
        self.table.plan = plan
        self.table.resize(width, max(math.ceil(plan.height), height))
        self.table.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), theme.HELP_SHADE)
