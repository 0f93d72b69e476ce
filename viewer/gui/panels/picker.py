"""What the overview and find panels share: a layer over the window that picks a photo.

Unlike the black screen and the key help (``viewer.gui.panels.overlays``), a picker
takes the keyboard and the mouse while it is open. Every key press, click and
wheel turn stops at it, so none reaches the window's own key handling, which
would otherwise move the show on behind it. It ends in one of two ways: a
photo is chosen (``chosen``) or the person goes back (``closed``); either way
the focus returns to where it was, so the window's keys work again at once.

Text is sized from the height of the window it covers, so it reads across a
room on a projector: white on near-black, the show's yellow for what is picked.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from operator import methodcaller
from typing import overload

import shiboken6
from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from viewer.gui import theme
from viewer.gui.panels.overlays import _Overlay
from viewer.gui.widgets.caption import NO_CAPTION, where_and_when
from viewer.gui.widgets.textfit import TIP_CHARACTERS, clip
from viewer.model.resolve import ResolvedPhoto

Key = Qt.Key
CAPTION_ROLE = Qt.ItemDataRole.UserRole + 1
WHERE_WHEN_ROLE = Qt.ItemDataRole.UserRole + 2  # "Dong Dang station · 26 Feb 08:15 (UTC+7, approx.)"


class TripPhotos(Sequence[ResolvedPhoto]):
    """The trip's ``count`` photos as shown, each resolved (``resolve(index)``) when it is asked for.

    A panel reads only the photos it draws, so opening one over 100,000 photos
    resolves a screenful, not the trip, which would hold the UI thread up.
    """

    def __init__(self, count: int, resolve: Callable[[int], ResolvedPhoto]) -> None:
        self._count, self._resolve = count, resolve

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> ResolvedPhoto: ...
    @overload
    def __getitem__(self, index: slice) -> list[ResolvedPhoto]: ...
    def __getitem__(self, index: int | slice) -> ResolvedPhoto | list[ResolvedPhoto]:
        if isinstance(index, slice):
            return [self._resolve(number) for number in range(self._count)[index]]
        if not -self._count <= index < self._count:
            raise IndexError(index)
        return self._resolve(index % self._count)

    def __iter__(self) -> Iterator[ResolvedPhoto]:
        return (self._resolve(number) for number in range(self._count))


class PhotoRows(QStringListModel):
    """Some photos of the trip, one a row, in a given order (all of them, or those found).

    The display text is the photo's number (from 1), so a list view's keyboard
    search picks a photo by its number; caption and place-and-time have roles
    of their own. :meth:`photo_data` answers for one photo and is where a
    subclass adds what it shows; a photo is looked at only when a row of it is.

    The rows are counted in C++ (the list holds an empty string a row): a list
    view lays out every row and asks for the row count once or twice a row,
    which through Python stalls the window of a big trip.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.photos: Sequence[ResolvedPhoto] = ()
        self.rows: Sequence[int] = ()  # index in the trip of the photo in each row

    def show(self, photos: Sequence[ResolvedPhoto], rows: Sequence[int]) -> None:
        self.photos, self.rows = photos, rows
        self.setStringList([""] * len(rows))  # a reset of the model

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.photo_data(self.rows[index.row()], role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def match(
        self,
        start: QModelIndex | QPersistentModelIndex,
        role: int,
        value: object,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        """A photo by the start of its number, as a view's keyboard search asks: from the rows'
        numbers, not a ``data()`` call a row (typing "1" at photo 20,000 of 100,000 went
        through 80,000 rows in Python)."""
        kind = flags & Qt.MatchFlag.MatchTypeMask
        if (
            role != Qt.ItemDataRole.DisplayRole
            or kind != Qt.MatchFlag.MatchStartsWith
            or start.parent().isValid()
        ):
            return super().match(start, role, value, hits, flags)
        text, total, first = str(value), len(self.rows), max(0, start.row())
        spans = [(first, total), (0, first)] if flags & Qt.MatchFlag.MatchWrap else [(first, total)]
        found: list[QModelIndex] = []
        for begin, end in spans:  # map, compress and islice loop in C, not row by row in Python
            numbers = map(str, map((1).__add__, self.rows[begin:end]))
            rows = itertools.compress(itertools.count(begin), map(methodcaller("startswith", text), numbers))
            found += [
                self.index(row) for row in itertools.islice(rows, hits - len(found) if hits > 0 else None)
            ]
            if 0 < hits <= len(found):
                break
        return found

    def photo_data(self, number: int, role: int) -> object:
        """What ``role`` shows of photo ``number`` (index in the trip)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return str(number + 1)
        if role == CAPTION_ROLE:
            return self.photos[number].caption or NO_CAPTION
        if role == WHERE_WHEN_ROLE:
            return where_and_when(self.photos[number])
        if role == Qt.ItemDataRole.ToolTipRole:
            photo = self.photos[number]
            caption = clip(photo.caption or NO_CAPTION, TIP_CHARACTERS)
            return "\n".join(filter(None, (caption, clip(where_and_when(photo), TIP_CHARACTERS))))
        return None


class PickerPanel(_Overlay):
    """A child widget that covers its parent and takes its input until a photo is picked.

    Subclasses lay out their contents, call :meth:`present` to open, and
    :meth:`choose` or :meth:`back` to end; :meth:`set_text_size` follows the
    parent's height.

    Signals:
        chosen(int): the person picked this photo (index in the trip); the panel is closed.
        closed(): the person went back without picking (Escape); the panel is closed.
    """

    chosen = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget, shade: QColor) -> None:
        super().__init__(parent)  # covers the parent and follows its size, hidden
        self._shade = shade
        self._return_focus: QWidget | None = None
        self._styled_for: int | None = None  # the text size the style sheet is for
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        # A click anywhere on the panel keeps the keyboard in it (see present()),
        # rather than handing it to the window behind.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

    # -- opening and closing ---------------------------------------------------------

    def present(self, focus: QWidget) -> None:
        """Cover the parent, above its other children, with the keyboard on ``focus``."""
        if not self.isVisible():
            self._return_focus = QApplication.focusWidget()
        self.appear()
        if (layout := self.layout()) is not None:
            layout.activate()  # sizes known now, for scrolling to a photo
        self.setFocusProxy(focus)
        focus.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_panel(self) -> None:
        """Close without a word (no signal): the caller decided it."""
        if self.isHidden():
            return
        self.hide()
        previous, self._return_focus = self._return_focus, None
        if previous is not None and shiboken6.isValid(previous) and previous.isVisible():
            previous.setFocus(Qt.FocusReason.PopupFocusReason)
        else:
            self._host.window().setFocus(Qt.FocusReason.PopupFocusReason)

    def choose(self, index: int) -> None:
        """Close, then tell which photo was picked."""
        self.close_panel()
        self.chosen.emit(index)

    def back(self) -> None:
        """Close, then tell that nothing was picked."""
        self.close_panel()
        self.closed.emit()

    # -- size ------------------------------------------------------------------------

    def set_text_size(self, pixels: int) -> None:
        """Restyle for text of ``pixels`` (from the parent's height)."""
        if pixels == self._styled_for:
            return
        self._styled_for = pixels
        self.setStyleSheet(
            self.style_sheet(pixels)
            + f"""
            QLabel#hint {{ color: {theme.HINT_TEXT.name()}; font-size: {theme.hint_size(pixels)}px; }}
            QScrollBar:vertical {{ background: {theme.PICKER_SCROLL_GROOVE.name()}; width: 12px; margin: 0; }}
            QScrollBar::handle:vertical {{
                background: {theme.PICKER_SCROLL_HANDLE.name()}; border-radius: 5px; min-height: 40px;
            }}
            QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
            """
        )

    def style_sheet(self, pixels: int) -> str:
        """The panel's own style for text of ``pixels``; the hint and scroll bar are added."""
        return ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.set_text_size(theme.panel_text_size(self.height()))
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), self._shade)

    # -- nothing gets past -----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Key.Key_Escape:
            self.back()
        event.accept()  # whatever the key, the window behind must not act on it

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.accept()
