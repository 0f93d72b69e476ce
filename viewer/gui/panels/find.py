"""Find (Ctrl+F or ``/``): type words, a place, a date or a time, and go to the photo.

A field at the top and the photos that match under it, best first
(``viewer.model.search`` does the matching and ranking), updated at every key.
The best match is picked from the start and the keyboard stays in the field, so
``/``, ``opera``, Enter goes to the Opera House photo; Up and Down (Page Up and
Down, Tab) move the pick without leaving the field. In a trip of many thousand
photos the search runs in slices between keys (``viewer.gui.panels.finding``): the
results of the last query stay, with "Searching…", until the new ones are in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from viewer.gui import theme
from viewer.gui.language import QT_TRANSLATE_NOOP, count_text
from viewer.gui.panels.finding import SlicedSearch
from viewer.gui.panels.picker import CAPTION_ROLE, WHERE_WHEN_ROLE, PhotoRows, PickerPanel
from viewer.gui.widgets.textfit import elide
from viewer.model.resolve import ResolvedPhoto

Key = Qt.Key
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "Find", "Type words, a place, a date or a time: Opera House, Dong Dang, 26 Feb, 08:"
)
NO_MATCH = QT_TRANSLATE_NOOP("Find", "No match")
SEARCHING = QT_TRANSLATE_NOOP("Find", "Searching…")
COLUMN_EMS = 38  # the widest the field and the results get, in text heights


class _ResultDelegate(QStyledItemDelegate):
    """One result: the number in the show's yellow, the caption, then place and time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.caption_font = QFont()
        self.details_font = QFont()
        self.digits = 4  # of the trip's highest number: the numbers' column is as wide
        self.set_text_size(22)

    def set_text_size(self, pixels: int) -> None:
        self.caption_font.setPixelSize(pixels)
        self.caption_font.setWeight(theme.EMPHASIS_WEIGHT)
        self.details_font.setPixelSize(max(12, round(pixels * 0.72)))
        self.pad = max(6, pixels // 3)
        caption_height = QFontMetrics(self.caption_font).height()
        self.row_height = self.pad * 2 + caption_height + QFontMetrics(self.details_font).height() + 2
        self.number_width = QFontMetrics(self.caption_font).horizontalAdvance("0" * self.digits)

    def set_digits(self, digits: int) -> None:
        """Make the numbers' column wide enough for numbers of ``digits`` (100,000: 6)."""
        self.digits = max(4, digits)
        self.set_text_size(self.caption_font.pixelSize())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), self.row_height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(0, 2, 0, -2)
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.PICK_SELECTED)
            painter.drawRoundedRect(rect, 6, 6)
            painter.setBrush(theme.ACCENT)
            painter.drawRoundedRect(QRect(rect.left(), rect.top(), 6, rect.height()), 3, 3)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, theme.PICK_HOVER)
        left = rect.left() + self.pad + 6
        text_left = left + self.number_width + self.pad
        width = rect.right() - self.pad - text_left
        caption_metrics = QFontMetrics(self.caption_font)
        top = rect.top() + self.pad
        painter.setFont(self.caption_font)
        painter.setPen(theme.ACCENT)
        painter.drawText(
            QRect(left, top, self.number_width, caption_metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(index.data()),
        )
        painter.setPen(theme.TEXT)
        caption = elide(str(index.data(CAPTION_ROLE)), self.caption_font, width)
        painter.drawText(QRect(text_left, top, width, caption_metrics.height()), 0, caption)
        details = str(index.data(WHERE_WHEN_ROLE) or "")
        if details:
            painter.setFont(self.details_font)
            painter.setPen(theme.TEXT_DIM)
            details = elide(details, self.details_font, width)
            top += caption_metrics.height() + 2
            painter.drawText(
                QRect(text_left, top, width, QFontMetrics(self.details_font).height()), 0, details
            )
        painter.restore()


class FindPanel(PickerPanel):
    """The find field and its results, over the window.

    Signals:
        chosen(int): go to this photo (index in the trip); the panel has closed.
        closed(): the person pressed Escape; the panel has closed.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, theme.FIND_SHADE)
        self.setObjectName("find")
        self.photos: Sequence[ResolvedPhoto] = ()
        self.search = SlicedSearch(self)
        self.field = QLineEdit(self)
        self.field.setObjectName("field")
        self.field.setPlaceholderText(QCoreApplication.translate("Find", "Find a photo…"))
        self.field.setClearButtonEnabled(False)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.model = PhotoRows(self)
        self.delegate = _ResultDelegate(self)
        self.list = QListView(self)
        self.list.setObjectName("results")
        self.list.setModel(self.model)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the field
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)  # a cell under the mouse lights up
        self.hint.setText(
            QCoreApplication.translate("Find", "↑ ↓: pick  ·  Enter: go to photo  ·  Escape: back")
        )

        self.column = QVBoxLayout(self)
        self.column.setSpacing(10)
        self.column.addWidget(self.field)
        self.column.addWidget(self.status)
        self.column.addWidget(self.list, 1)
        self.column.addWidget(self.hint)

        self.field.textChanged.connect(self._on_text_changed)
        self.search.found.connect(self._on_found)
        self.field.installEventFilter(self)
        self.list.clicked.connect(self._on_clicked)

    # -- what the window calls ---------------------------------------------------------

    def open(self, photos: Sequence[ResolvedPhoto], current: int) -> None:
        """Show with an empty field, ready for typing.

        ``current`` (the photo on screen) is taken so both panels open alike;
        what is found does not depend on it.
        """
        self.photos = photos
        self.delegate.set_digits(len(str(len(photos))))
        self.search.start(photos)  # their haystacks made from now, not at every key
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self._on_text_changed("")
        self.present(self.field)

    def close_panel(self) -> None:
        """Close, and search no more for it."""
        self.search.stop()
        super().close_panel()

    @property
    def results(self) -> list[int]:
        """The photos listed, best match first."""
        return list(self.model.rows)

    def selected(self) -> int | None:
        """The photo Enter would go to."""
        row = self.list.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    # -- typing and picking ------------------------------------------------------------

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self.search.find(text)  # the results now, or "Searching…" until they are in
        if self.search.searching:
            self._say(QCoreApplication.translate("Find", SEARCHING), nothing=False)

    @Slot(str, object)
    def _on_found(self, text: str, found: list[int]) -> None:
        self.model.show(self.photos, found)
        if found:
            self.list.setCurrentIndex(self.model.index(0))
            self.list.scrollToTop()
        if not text.strip():
            self._say(QCoreApplication.translate("Find", EMPTY_HINT), nothing=False)
        elif not found:
            self._say(QCoreApplication.translate("Find", NO_MATCH), nothing=True)
        else:
            found_text = (
                QCoreApplication.translate("Find", "1 photo")
                if len(found) == 1
                else QCoreApplication.translate("Find", "{count} photos").format(count=count_text(len(found)))
            )
            self._say(found_text, nothing=False)

    def _say(self, status: str, nothing: bool) -> None:
        """Show ``status`` over the results; ``nothing``: in the show's yellow, as "No match" is."""
        self.status.setText(status)
        self.status.setProperty("nothing", "true" if nothing else "false")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.choose(self.model.rows[index.row()])

    def _move(self, rows: int) -> None:
        count = self.model.rowCount()
        if count:
            row = max(0, min(count - 1, self.list.currentIndex().row() + rows))
            self.list.setCurrentIndex(self.model.index(row))

    def _page(self) -> int:
        return max(1, self.list.viewport().height() // max(1, self.delegate.row_height) - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            return self._field_key(event)
        return super().eventFilter(watched, event)

    def _field_key(self, event: QKeyEvent) -> bool:
        """Keys the field does not type with; True when taken here."""
        steps = {
            Key.Key_Down: 1,
            Key.Key_Up: -1,
            Key.Key_Tab: 1,
            Key.Key_Backtab: -1,
            Key.Key_PageDown: self._page(),
            Key.Key_PageUp: -self._page(),
        }
        key = Key(event.key())
        if key not in steps and key not in (Key.Key_Return, Key.Key_Enter, Key.Key_Escape):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not a window shortcut's
            return True
        if key in steps:
            self._move(steps[key])
        elif key == Key.Key_Escape:
            self.back()
        elif (chosen := self.selected()) is not None:
            self.choose(chosen)
        return True

    # -- looks -------------------------------------------------------------------------

    def set_text_size(self, pixels: int) -> None:
        self.delegate.set_text_size(pixels)
        column = min(self.width() - 48, pixels * COLUMN_EMS)
        side = max(24, (self.width() - column) // 2)
        self.column.setContentsMargins(side, max(24, pixels * 2), side, max(16, pixels))
        super().set_text_size(pixels)
        self.list.doItemsLayout()

    def style_sheet(self, pixels: int) -> str:
        accent = theme.ACCENT.name()
        return f"""
            QLineEdit#field {{
                font-size: {round(pixels * 1.3)}px; color: {theme.TEXT.name()};
                background: {theme.FIELD_BACKGROUND.name()}; border: 2px solid {accent}; border-radius: 8px;
                padding: {pixels // 3}px {pixels // 2}px;
                selection-background-color: {accent}; selection-color: {theme.TEXT_ON_ACCENT.name()};
            }}
            QLabel#status {{
                color: {theme.TEXT_DIM.name()}; font-size: {round(pixels * 0.72)}px; padding-left: 4px;
            }}
            QLabel#status[nothing="true"] {{
                color: {accent}; font-size: {pixels}px; font-weight: {theme.EMPHASIS_WEIGHT.value};
            }}
            QListView#results {{ background: transparent; border: none; }}
            """
