"""The overview (G): every photo of the trip at once, to pick one and go there.

A grid of small thumbnails, each with its number, the start of its caption and
its local time; the photo on screen is picked and in view when it opens. The
arrows, Page Up/Down, Home and End move the pick (the list view does that),
Enter or a double click goes to the photo, Escape (or G again) goes back.

The grid is one ``QListView`` over a model, laid out at one cell size, so a trip
of 100,000 photos opens at once: only the cells on screen are ever painted, and
only their photos looked at (``TripPhotos``). The view is a wrapping list, not
Qt's icon mode: both place every row at each layout, the list faster (its rows
counted in C++: see ``PhotoRows``).

Each cell's thumbnail is made for it: at the cell's size in device pixels (its
screen's pixel ratio), so it is drawn 1:1. A window resized a little keeps what
it has (:func:`still_fits`), drawn a little smaller, rather than decoding every
cell again for a pixel. They are decoded on the window's workers
(``PhotoFeed.cell_loader``) only for the cells on screen and a screen's worth on
either side, the ones on screen first, asked for once scrolling pauses; what is
no longer near is dropped, and all of it when the overview closes, so 100,000
photos never queue 100,000 decodes. Until a cell's own is in, the strip's small
thumbnail stands in for it (blurred, scaled up), and until that is in, a grey frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QHideEvent, QImage, QKeyEvent, QPainter, QPen
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

from viewer.gui import theme
from viewer.gui.language import count_text, date_words
from viewer.gui.panels.picker import CAPTION_ROLE, PhotoRows, PickerPanel
from viewer.gui.show.loader import PHOTO_BAND
from viewer.gui.widgets.textfit import elide, fit_lines
from viewer.model.resolve import ResolvedPhoto
from viewer.model.timefmt import clock_label, date_label
from viewer.model.trip import TripTime

if TYPE_CHECKING:
    from viewer.gui.show.loader import PhotoLoader

Key = Qt.Key
Thumbnail = Callable[[int], QImage | None]
TIME_ROLE = Qt.ItemDataRole.UserRole + 10  # "26 Feb 08:15 (approx.)"
CAPTION_LINES = 2
CELL_PRIORITY = PHOTO_BAND // 2  # below the photo on its way to the screen, above strip thumbnails (≤ 0)
SCROLL_PAUSE_MS = 40  # cells are asked for once scrolling pauses this long, not for each one flying by
SLACK = 0.125  # thumbnails made this much bigger than their cells are kept, drawn smaller
TALLER_SLACK = 0.02  # ... and this much shorter, drawn a little bigger


def cell_box(frame: QSize, ratio: float) -> tuple[int, int]:
    """The box a cell's thumbnail is made for: its ``frame`` in device pixels."""
    return math.ceil(frame.width() * ratio), math.ceil(frame.height() * ratio)


def still_fits(made: tuple[int, int], wanted: tuple[int, int]) -> bool:
    """Whether thumbnails made for the box ``made`` may serve cells of the box ``wanted``.

    Made again for each pixel a window is resized by, every cell would be decoded
    again; drawn scaled, they blur, scaled up far more than down. So a little bigger
    is kept, hardly any shorter. The frame's width follows the window's pixel by
    pixel (the columns widen to fill it) while most photos are as tall as the frame,
    with width to spare: the width may be an eighth short, the few panoramas drawn
    that much bigger.
    """
    (made_width, made_height), (width, height) = made, wanted
    wide_enough = abs(made_width - width) <= width * SLACK
    return wide_enough and height * (1 - TALLER_SLACK) <= made_height <= height * (1 + SLACK)


def short_time(time: TripTime | None) -> str:
    """A photo's local time, short enough for a grid cell: ``26 Feb 08:15 (approx.)``."""
    if time is None:
        return QCoreApplication.translate("Overview", "No time")
    text = date_label(time.moment, words=date_words())
    if not time.date_only:
        text = f"{text} {clock_label(time.moment)}"
    return (
        QCoreApplication.translate("Overview", "{time} (approx.)").format(time=text)
        if time.approximate
        else text
    )


class _TripRows(PhotoRows):
    """Every photo of the trip, with its thumbnail (asked for only when a cell is painted):
    the one made for the cell (``cells``) when it is in, else the strip's (``thumbnail``)."""

    def __init__(self, cells: PhotoLoader | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnail: Thumbnail = lambda number: None
        self.cells = cells

    def show_trip(self, photos: Sequence[ResolvedPhoto], thumbnail: Thumbnail) -> None:
        self.thumbnail = thumbnail
        self.show(photos, range(len(photos)))

    def photo_data(self, number: int, role: int) -> object:
        if role == Qt.ItemDataRole.DecorationRole:
            made = self.cells.get(number) if self.cells is not None else None
            if made is not None and made.image is not None:
                return made.image
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

    def thumbnail_frame(self) -> QSize:
        """Where a cell's thumbnail is drawn, in logical pixels (see :meth:`paint`)."""
        return QSize(self.cell.width() - 6 - 2 * self.pad, self.thumb_height)

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
            painter.setBrush(theme.PICK_SELECTED)
            painter.drawRoundedRect(cell, 8, 8)
            painter.setPen(QPen(theme.ACCENT, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(cell).adjusted(1.5, 1.5, -1.5, -1.5), 8, 8)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.PICK_HOVER)
            painter.drawRoundedRect(cell, 8, 8)
        inner = cell.adjusted(self.pad, self.pad, -self.pad, -self.pad)
        frame = QRect(inner.left(), inner.top(), inner.width(), self.thumb_height)
        picture = self._paint_thumbnail(painter, frame, index.data(Qt.ItemDataRole.DecorationRole))
        self._paint_number(painter, picture, str(index.data()), index.row() == self.current)

        top = frame.bottom() + 1 + 6
        painter.setFont(self.caption_font)
        painter.setPen(theme.TEXT)
        caption = str(index.data(CAPTION_ROLE))
        for number, line in enumerate(fit_lines(caption, self.caption_font, inner.width(), CAPTION_LINES)):
            line_top = top + number * self.caption_line
            painter.drawText(QRect(inner.left(), line_top, inner.width(), self.caption_line), 0, line)
        top += self.caption_line * CAPTION_LINES + 4  # the same place whether one line or two
        painter.setFont(self.time_font)
        painter.setPen(theme.TEXT_DIM)
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
            painter.setBrush(theme.THUMBNAIL_PLACEHOLDER)
            painter.drawRoundedRect(target, 4, 4)
        return target

    def _paint_number(self, painter: QPainter, frame: QRect, number: str, current: bool) -> None:
        metrics = QFontMetrics(self.number_font)
        badge = QRect(frame.left(), frame.top(), metrics.horizontalAdvance(number) + 12, metrics.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.ACCENT if current else theme.NUMBER_BADGE)
        painter.drawRoundedRect(badge, 4, 4)
        painter.setFont(self.number_font)
        painter.setPen(theme.TEXT_ON_ACCENT if current else theme.TEXT)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, number)


class OverviewPanel(PickerPanel):
    """Every photo as a thumbnail cell, over the window.

    ``cells``: decodes thumbnails for the cells, for the trip's photos in order
    (``PhotoFeed.cell_loader``); without it the strip's thumbnails are all there is.

    Signals:
        chosen(int): go to this photo (index in the trip); the panel has closed.
        closed(): the person pressed Escape; the panel has closed.
        cellsMade(): every cell on screen has the thumbnail made for it (once an opening).
    """

    cellsMade = Signal()

    def __init__(self, parent: QWidget, cells: PhotoLoader | None = None) -> None:
        super().__init__(parent, theme.BACKGROUND)
        self.setObjectName("overview")
        self.cells = cells
        self.model = _TripRows(cells, self)
        self.delegate = _CellDelegate(self)
        self.view = QListView(self)
        self.view.setObjectName("grid")
        self.view.setFlow(QListView.Flow.LeftToRight)
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
        self.hint.setText(
            QCoreApplication.translate("Overview", "Arrows: move  ·  Enter: go to photo  ·  Escape: back")
        )

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.hint)
        self.column = QVBoxLayout(self)
        self.column.addLayout(header)
        self.column.addWidget(self.view, 1)

        self.view.installEventFilter(self)  # its keys, and its width for the columns
        self.view.doubleClicked.connect(self._on_double_clicked)
        self._asking = QTimer(self, singleShot=True, interval=SCROLL_PAUSE_MS)
        self._asking.timeout.connect(self._ask_for_cells)
        self.view.verticalScrollBar().valueChanged.connect(self._ask_soon)
        self._made_told = False
        if cells is not None:
            cells.arrived.connect(self._cells_made)

    # -- what the window calls ---------------------------------------------------------

    def open(self, photos: Sequence[ResolvedPhoto], current: int, thumbnail: Thumbnail) -> None:
        """Show every photo, ``current`` picked and in view; ``thumbnail(index)`` gives a cell's image."""
        self.model.show_trip(photos, thumbnail)
        self._made_told = False
        self.delegate.current = current
        count = len(photos)
        self.title.setText(
            QCoreApplication.translate("Overview", "All {count} photos").format(count=count_text(count))
            if count != 1
            else QCoreApplication.translate("Overview", "1 photo")
        )
        self.present(self.view)
        if 0 <= current < count:
            index = self.model.index(current)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._ask_for_cells()

    @Slot()
    def photos_changed(self) -> None:
        """Photos changed on disk (their cells' thumbnails are forgotten): make them again."""
        if self.isVisible():
            self._ask_soon()

    @Slot(int)
    def thumbnail_ready(self, index: int) -> None:
        """Photo ``index`` has its thumbnail now: repaint that cell, if it is shown."""
        self.thumbnails_arrived([index])

    @Slot(object)
    def thumbnails_arrived(self, indexes: list[int]) -> None:
        """These photos have their thumbnails now: repaint the cells of those shown.

        Told as a list: a file a trip lists 200 times brings 200 indexes at once,
        and only the few on screen are looked at again.
        """
        if not self.isVisible():
            return
        shown = self.cells_shown()
        for index in indexes:
            if index in shown:
                cell = self.model.index(index)
                self.model.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DecorationRole])

    def cells_shown(self) -> range:
        """The rows on screen, whole or in part."""
        grid, count = self.view.gridSize(), self.model.rowCount()
        if grid.isEmpty() or count == 0:
            return range(0)
        top, height = self.view.verticalScrollBar().value(), self.view.viewport().height()
        columns = self._columns()
        first, last = top // grid.height(), (top + max(1, height) - 1) // grid.height()
        return range(first * columns, min(count, (last + 1) * columns))

    def cells_near(self) -> list[int]:
        """The rows on screen, top to bottom, then a screen's worth below, then above."""
        shown, count = self.cells_shown(), self.model.rowCount()
        screen = len(shown) + self._columns()  # a row more: scrolled, a part row more shows
        below = range(shown.stop, min(count, shown.stop + screen))
        return [*shown, *below, *range(shown.start - 1, max(0, shown.start - screen) - 1, -1)]

    def _columns(self) -> int:
        return max(1, self.view.viewport().width() // max(1, self.view.gridSize().width()))

    def cell_box(self) -> tuple[int, int]:
        """The device pixels a cell's thumbnail is made for, on this window's screen."""
        return cell_box(self.delegate.thumbnail_frame(), self.devicePixelRatioF())

    @Slot()
    def _ask_soon(self) -> None:
        self._asking.start()  # (not connected straight to valueChanged: its value would be the interval)

    @Slot()
    def _ask_for_cells(self) -> None:
        """Have the thumbnails of the cells near the view made, at the cells' size."""
        if self.cells is None or not self.isVisible():
            return
        box = self.cell_box()
        if not still_fits(self.cells.box, box):
            self.cells.set_box(box)
            self.view.viewport().update()  # cells made for the old size give way to the stand-ins
        rows = self.cells_near()
        self.cells.budget = max(self.cells.budget, len(rows) * box[0] * box[1] * 4)
        self.cells.want(rows, CELL_PRIORITY)
        self._tell_if_made()

    @Slot(object)
    def _cells_made(self, indexes: list[int]) -> None:
        self.thumbnails_arrived(indexes)
        self._tell_if_made()

    def _tell_if_made(self) -> None:
        """Emit ``cellsMade`` the first time every cell on screen has its own thumbnail."""
        cells = self.cells
        if self._made_told or cells is None or not self.isVisible():
            return
        if all(cells.get(row) is not None for row in self.cells_shown()):
            self._made_told = True
            self.cellsMade.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        """Closed (or its window hidden): what is not made yet is not needed."""
        self._asking.stop()
        if self.cells is not None:
            self.cells.want([], CELL_PRIORITY)
        super().hideEvent(event)

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
            self._ask_soon()
        if event.type() == QEvent.Type.DevicePixelRatioChange:  # moved to another screen
            self._ask_soon()
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
            QLabel#title {{
                color: {theme.TEXT.name()}; font-size: {pixels}px; font-weight: {theme.EMPHASIS_WEIGHT.value};
            }}
            QListView#grid {{ background: transparent; border: none; }}
            """
