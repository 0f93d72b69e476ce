"""The overview (G): every photo of the trip at once, to pick one and go there.

A grid of small thumbnails, each with its number, the start of its caption and
its local time; the photo on screen is picked and in view when it opens. The
arrows, Page Up/Down, Home and End move the pick (the list view does that),
Enter or a double click goes to the photo, Escape (or G again) goes back.

The grid is one ``QListView`` over a model, laid out at one cell size, so a trip
of 10,000 photos opens at once: only the cells on screen are ever painted, and
their thumbnails come from the strip's thumbnail cache as they are made,
never decoded here. A photo without one yet shows a grey frame, filled in when
the window passes on ``thumbnail_ready``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from viewer.gui.picker import (
    ACCENT,
    CAPTION_ROLE,
    DIM_TEXT,
    HOVER,
    PLACEHOLDER,
    SELECTED,
    TEXT,
    PhotoRows,
    PickerPanel,
)
from viewer.gui.textfit import elide, fit_lines
from viewer.model.resolve import ResolvedPhoto
from viewer.model.timefmt import clock_label, date_label
from viewer.model.trip import TripTime

Key = Qt.Key
Thumbnail = Callable[[int], QImage | None]
TIME_ROLE = Qt.ItemDataRole.UserRole + 10  # "26 Feb 08:15 (approx.)"
CAPTION_LINES = 2


def short_time(time: TripTime | None) -> str:
    """A photo's local time, short enough for a grid cell: ``26 Feb 08:15 (approx.)``."""
    if time is None:
        return "No time"
    text = date_label(time.moment)
    if not time.date_only:
        text = f"{text} {clock_label(time.moment)}"
    return f"{text} (approx.)" if time.approximate else text


class _TripRows(PhotoRows):
    """Every photo of the trip, with its thumbnail (asked for only when a cell is painted)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnail: Thumbnail = lambda number: None

    def show_trip(self, photos: Sequence[ResolvedPhoto], thumbnail: Thumbnail) -> None:
        self.thumbnail = thumbnail
        self.show(photos, range(len(photos)))

    def photo_data(self, number: int, role: int) -> object:
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnail(number)
        if role == TIME_ROLE:
            return short_time(self.photos[number].time)
        return super().photo_data(number, role)


class _CellDelegate(QStyledItemDelegate):
    """One cell: thumbnail with its number, two lines of caption, the local time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.caption_font = QFont()
        self.time_font = QFont()
        self.number_font = QFont()
        self.current = -1  # the photo on screen: its number drawn in yellow
        self.set_text_size(16)

    def set_text_size(self, pixels: int) -> None:
        self.caption_font.setPixelSize(pixels)
        self.time_font.setPixelSize(max(11, round(pixels * 0.8)))
        self.number_font.setPixelSize(max(11, round(pixels * 0.85)))
        self.number_font.setWeight(QFont.Weight.Bold)
        self.pad = max(6, pixels // 2)
        self.thumb_height = round(pixels * 6)
        self.caption_line = QFontMetrics(self.caption_font).lineSpacing()
        self.time_line = QFontMetrics(self.time_font).height()
        height = self.pad * 2 + self.thumb_height + 6 + self.caption_line * CAPTION_LINES + 4 + self.time_line
        self.narrowest = round(pixels * 12.5)
        self.cell = QSize(self.narrowest, height)

    def fit(self, width: int) -> QSize:
        """Widen the cells so whole columns fill ``width``; the cell size to lay out with."""
        columns = max(1, width // self.narrowest)
        self.cell = QSize(max(self.narrowest, width // columns), self.cell.height())
        return self.cell

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return self.cell

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        cell = QRect(option.rect.topLeft(), self.cell).adjusted(3, 3, -3, -3)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTED)
            painter.drawRoundedRect(cell, 8, 8)
            painter.setPen(QPen(ACCENT, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(cell).adjusted(1.5, 1.5, -1.5, -1.5), 8, 8)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(HOVER)
            painter.drawRoundedRect(cell, 8, 8)
        inner = cell.adjusted(self.pad, self.pad, -self.pad, -self.pad)
        frame = QRect(inner.left(), inner.top(), inner.width(), self.thumb_height)
        picture = self._paint_thumbnail(painter, frame, index.data(Qt.ItemDataRole.DecorationRole))
        self._paint_number(painter, picture, str(index.data()), index.row() == self.current)

        top = frame.bottom() + 1 + 6
        painter.setFont(self.caption_font)
        painter.setPen(TEXT)
        caption = str(index.data(CAPTION_ROLE))
        for number, line in enumerate(fit_lines(caption, self.caption_font, inner.width(), CAPTION_LINES)):
            line_top = top + number * self.caption_line
            painter.drawText(QRect(inner.left(), line_top, inner.width(), self.caption_line), 0, line)
        top += self.caption_line * CAPTION_LINES + 4  # the same place whether one line or two
        painter.setFont(self.time_font)
        painter.setPen(DIM_TEXT)
        time = elide(str(index.data(TIME_ROLE)), self.time_font, inner.width())
        painter.drawText(QRect(inner.left(), top, inner.width(), self.time_line), 0, time)
        painter.restore()

    def _paint_thumbnail(self, painter: QPainter, frame: QRect, image: object) -> QRect:
        """The thumbnail fit into ``frame``, or a grey 3:2 frame until it is made; where it went."""
        picture = image if isinstance(image, QImage) and not image.isNull() else None
        size = (picture.size() if picture is not None else QSize(3, 2)).scaled(
            frame.size(), Qt.AspectRatioMode.KeepAspectRatio
        )
        target = QRect(frame.left(), 0, size.width(), size.height())  # flush left, like the words
        target.moveBottom(frame.bottom())
        if picture is not None:
            painter.drawImage(target, picture)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PLACEHOLDER)
            painter.drawRoundedRect(target, 4, 4)
        return target

    def _paint_number(self, painter: QPainter, frame: QRect, number: str, current: bool) -> None:
        metrics = QFontMetrics(self.number_font)
        badge = QRect(frame.left(), frame.top(), metrics.horizontalAdvance(number) + 12, metrics.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ACCENT if current else QColor(0, 0, 0, 200))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setFont(self.number_font)
        painter.setPen(QColor("#101010") if current else TEXT)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, number)


class OverviewPanel(PickerPanel):
    """Every photo as a thumbnail cell, over the window.

    Signals:
        chosen(int): go to this photo (index in the trip); the panel has closed.
        closed(): the person pressed Escape; the panel has closed.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, QColor("#101010"))
        self.setObjectName("overview")
        self.model = _TripRows(self)
        self.delegate = _CellDelegate(self)
        self.view = QListView(self)
        self.view.setObjectName("grid")
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setWrapping(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragEnabled(False)
        self.view.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)  # a cell under the mouse lights up
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setText("Arrows: move  ·  Enter: go to photo  ·  Escape: back")

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.hint)
        self.column = QVBoxLayout(self)
        self.column.addLayout(header)
        self.column.addWidget(self.view, 1)

        self.view.installEventFilter(self)  # its keys, and its width for the columns
        self.view.doubleClicked.connect(self._on_double_clicked)

    # -- what the window calls ---------------------------------------------------------

    def open(self, photos: Sequence[ResolvedPhoto], current: int, thumbnail: Thumbnail) -> None:
        """Show every photo, ``current`` picked and in view; ``thumbnail(index)`` gives a cell's image."""
        self.model.show_trip(photos, thumbnail)
        self.delegate.current = current
        count = len(photos)
        self.title.setText(f"All {count} photos" if count != 1 else "1 photo")
        self.present(self.view)
        if 0 <= current < count:
            index = self.model.index(current)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    @Slot(int)
    def thumbnail_ready(self, index: int) -> None:
        """Photo ``index`` has its thumbnail now: repaint that cell, if it is shown."""
        if self.isVisible() and 0 <= index < self.model.rowCount():
            cell = self.model.index(index)
            self.model.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DecorationRole])

    def selected(self) -> int | None:
        """The photo Enter would go to."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    # -- keys and the mouse ------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.choose(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if watched is self.view and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            key = Key(event.key())
            if key not in (Key.Key_Return, Key.Key_Enter, Key.Key_Escape, Key.Key_G):
                return False
            if key == Key.Key_G and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
            elif key in (Key.Key_Escape, Key.Key_G):
                self.back()
            elif (chosen := self.selected()) is not None:
                self.choose(chosen)
            return True
        return super().eventFilter(watched, event)

    # -- looks -------------------------------------------------------------------------

    def set_text_size(self, pixels: int) -> None:
        self.delegate.set_text_size(round(pixels * 0.7))
        margin = max(16, pixels)
        self.column.setContentsMargins(margin, margin // 2, margin // 2, margin // 2)
        super().set_text_size(pixels)
        self._fit_columns()

    def _fit_columns(self) -> None:
        # As QListView does, leave out the scroll bar whether shown or not (so showing
        # it never reflows the grid), and a pixel, as a full row must end inside.
        bar = self.view.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, self.view.verticalScrollBar()
        )
        width = self.view.maximumViewportSize().width() - bar - 1
        self.view.setGridSize(self.delegate.fit(width))

    def style_sheet(self, pixels: int) -> str:
        return f"""
            QLabel#title {{ color: #ffffff; font-size: {pixels}px; font-weight: 600; }}
            QListView#grid {{ background: transparent; border: none; }}
            """
