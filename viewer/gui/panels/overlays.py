"""Things laid over the whole window: the black or white screen, and layers to read.

The key help (``viewer.gui.panels.keyhelp``) and the photo panel (``viewer.gui.panels.photoinfo``)
are :class:`ReadingOverlay` layers: they scroll when what they hold is longer
than the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QFrame, QWidget

from viewer.gui import theme

SCROLL_STEPS = {  # the keys a reading layer takes, by key code
    Qt.Key.Key_Down.value: QAbstractSlider.SliderAction.SliderSingleStepAdd,
    Qt.Key.Key_Up.value: QAbstractSlider.SliderAction.SliderSingleStepSub,
    Qt.Key.Key_PageDown.value: QAbstractSlider.SliderAction.SliderPageStepAdd,
    Qt.Key.Key_PageUp.value: QAbstractSlider.SliderAction.SliderPageStepSub,
    Qt.Key.Key_Home.value: QAbstractSlider.SliderAction.SliderToMinimum,
    Qt.Key.Key_End.value: QAbstractSlider.SliderAction.SliderToMaximum,
}


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
        painter.fillRect(self.rect(), self.colour or theme.BLACK_SCREEN)


class ReadingOverlay(_Overlay):
    """A layer to read over the window (the key help, the photo panel) that scrolls when long.

    It leaves the show's keys to the window but for those that scroll:
    :meth:`scroll_key` takes Up, Down, Page Up, Page Down, Home and End while it
    is open. The wheel turned over it scrolls it and never reaches the window,
    which would step the show.
    """

    def __init__(self, parent: QWidget, scroller: QAbstractScrollArea) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self.scroller = scroller
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.viewport().setAutoFillBackground(False)  # the layer's own shade shows through
        scroller.setStyleSheet(
            f"""
            QAbstractScrollArea, QWidget#qt_scrollarea_viewport {{ background: transparent; }}
            QScrollBar:vertical {{
                background: {theme.READING_SCROLL_GROOVE.name()}; width: 12px; margin: 0;
            }}
            QScrollBar::handle:vertical {{
                background: {theme.READING_SCROLL_HANDLE.name()}; border-radius: 5px; min-height: 40px;
            }}
            QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
            """
        )

    def scroll_key(self, key: int) -> bool:
        """Scroll for ``key`` if it is a scrolling key; True when it was."""
        action = SCROLL_STEPS.get(key)
        if action is None:
            return False
        self.scroller.verticalScrollBar().triggerAction(action)
        return True

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.accept()  # past the end of the text, still not the window's
