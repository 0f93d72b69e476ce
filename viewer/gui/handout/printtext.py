"""Words set for print: wrapped to a width, measured, then drawn as real text.

One ``QTextLayout`` does both the measuring and the drawing, so what the page plan
made room for is exactly what is drawn. Lines break between words, and inside a word
only when the word alone is wider than the line (a long URL).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QPaintDevice, QPainter, QTextLayout, QTextOption


@dataclass(frozen=True)
class Run:
    """A paragraph in one font and colour."""

    text: str
    font: QFont
    colour: QColor


class SetText:
    """Paragraphs wrapped to ``width`` device units of ``device``: their :attr:`height`, and :meth:`draw`."""

    def __init__(self, runs: list[Run], width: float, device: QPaintDevice, spacing: float = 0.0) -> None:
        self._layouts: list[tuple[QTextLayout, Run, float]] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        y = 0.0
        for number, run in enumerate(runs):
            if number:
                y += spacing
            layout = QTextLayout(run.text, run.font, device)
            layout.setTextOption(option)
            layout.setCacheEnabled(True)
            layout.beginLayout()
            top = 0.0
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, top))
                top += line.height()
            layout.endLayout()
            self._layouts.append((layout, run, y))
            y += top
        self.height = y

    def draw(self, painter: QPainter, at: QPointF) -> None:
        for layout, run, y in self._layouts:
            painter.setPen(run.colour)
            layout.draw(painter, QPointF(at.x(), at.y() + y))
