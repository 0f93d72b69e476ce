"""Things laid over the whole window: the black or white screen, and the key help."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from viewer.gui.keys import BINDINGS


class _Overlay(QWidget):
    """A child widget that always covers its parent, above everything else."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = parent
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

    def appear(self) -> None:
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()


class BlankScreen(_Overlay):
    """Black or white over everything, as PowerPoint's B and W keys give.

    Signals:
        changed(object): the colour now covering the window, or None.
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.colour: QColor | None = None

    def blank(self, colour: QColor | None) -> None:
        """Cover with ``colour``, or uncover with ``None``."""
        self.colour = colour
        if colour is None:
            self.hide()
        else:
            self.appear()
            self.update()
        self.changed.emit(colour)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.colour or QColor("black"))


class HelpOverlay(_Overlay):
    """Every key, drawn from the key table, on a dimmed window."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 215))
        rows = [(binding.label, binding.description) for binding in BINDINGS]
        rows.append(("Mouse wheel", "Previous / next photo (over the strip: zoom)"))
        rows.append(("Click or drag the strip", "Jump to a photo"))
        size = max(13, min(30, self.height() // (len(rows) + 6)))
        font = QFont(self.font())
        font.setPixelSize(size)
        line = size * 1.55
        top = max(20.0, (self.height() - line * (len(rows) + 2)) / 2)
        middle = self.width() / 2
        heading = QFont(font)
        heading.setPixelSize(round(size * 1.3))
        heading.setBold(True)
        painter.setFont(heading)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(0, top, self.width(), line * 1.4), Qt.AlignmentFlag.AlignHCenter, "Keys")
        top += line * 1.6
        for label, description in rows:
            painter.setFont(font)
            painter.setPen(QColor("#ffd166"))
            painter.drawText(
                QRectF(0, top, middle - 16, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            painter.setPen(QColor("#f0f0f0"))
            painter.drawText(
                QRectF(middle + 16, top, middle - 16, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                description,
            )
            top += line
