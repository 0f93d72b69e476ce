"""Fitting the text a trip brings into the room a view has for it.

Captions, credits, places, titles and notes come from manifests and photos
nobody wrote for this screen: a 300-character URL, a 10,000-character caption
pasted from a wire story. Every view fits them the same way, here, so none of
them can widen the window or squeeze the photo:

- wrapped at word boundaries, and anywhere inside a word wider than the line;
- cut to the lines the view has, the last ending in "…";
- never measured whole: only as many characters as could ever fill those lines
  are laid out, so a huge text costs what a screenful costs.

A path or a file name is cut in its middle instead (:func:`elide_middle`,
:func:`narrow_words`, :func:`clip_middle`): its start and its file name stay, as
they say which file it is. Messages (the problem banner, the error slide, the
dialogs) are fitted so too.

The full text stays readable where there is room to scroll: the photo panel (I)
and the presenter console; a dialog's details; the log.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"
TIP_CHARACTERS = 160  # of a caption or place in a tool tip, which grows with its text
NARROWEST_GLYPH = 2  # px: no printing character is narrower, so a line holds at most width / 2 of them
_SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"\S+|\s+")
_LINE_SEPARATOR = "\u2028"  # QTextLayout breaks the line here, as at a newline in a label


def one_line(text: str) -> str:
    """``text`` with every run of white space (new lines too) as one space."""
    return _SPACES.sub(" ", text).strip()


def clip(text: str, limit: int) -> str:
    """``text`` on one line and at most ``limit`` characters, cut with "…": for titles and tips."""
    flat = one_line(text[: limit * 4])  # white space runs shrink; enough is kept to fill ``limit``
    if len(flat) <= limit and len(text) <= limit * 4:
        return flat
    return flat[: limit - 1].rstrip() + ELLIPSIS


def clip_middle(text: str, limit: int) -> str:
    """``text`` on one line and at most ``limit`` characters, its middle cut with "…": for paths."""
    if len(text) <= limit * 4 and len(flat := one_line(text)) <= limit:
        return flat
    head, tail = one_line(text[: limit * 2]), one_line(text[-limit * 2 :])
    keep = max(1, limit - 1)
    return head[: (keep + 1) // 2].rstrip() + ELLIPSIS + tail[len(tail) - keep // 2 :].lstrip()


def shorten_words(text: str, longest: int) -> str:
    """``text`` with each word longer than ``longest`` characters cut in its middle (``clip_middle``).

    For text laid out by others (a dialog's label) that wraps only between words.
    """
    return "".join(
        clip_middle(part, longest) if len(part) > longest and not part.isspace() else part
        for part in _WORDS.findall(text)
    )


def _room(width: float, lines: int) -> int:
    """The most characters ``lines`` lines of ``width`` pixels can show, and one more."""
    return lines * (max(1, int(width)) // NARROWEST_GLYPH + 1) + 1


def elide(text: str, font: QFont, width: float) -> str:
    """``text`` on one line of ``width`` pixels, cut with "…" if it is longer."""
    return next(iter(fit_lines(text, font, width, 1)), "")


def elide_middle(text: str, font: QFont, width: float) -> str:
    """``text`` on one line of ``width`` pixels, its middle cut with "…" if it is longer."""
    room = _room(width, 1)
    shown = text if len(text) <= 2 * room else text[:room] + ELLIPSIS + text[-room:]  # either half fills it
    return QFontMetricsF(font).elidedText(one_line(shown), Qt.TextElideMode.ElideMiddle, width)


def narrow_words(text: str, font: QFont, width: float, lines: int) -> str:
    """``text`` with each word wider than ``width`` cut in its middle to fit one line of it.

    Wrapped by :func:`fit_lines` in ``lines`` lines, a long path then shows its
    start and its file name rather than filling every line with its start. Only
    as much of ``text`` as ``lines`` lines could show is looked at; what is left
    out still makes :func:`fit_lines` end the last line with "…".
    """
    metrics = QFontMetricsF(font)
    room, line_room = _room(width, lines), _room(width, 1)
    kept: list[str] = []
    length = 0
    for found in _WORDS.finditer(text):
        if length > room:
            break
        part = found.group()
        if not part.isspace() and (len(part) > line_room or metrics.horizontalAdvance(part) > width):
            part = elide_middle(part, font, width)
        kept.append(part)
        length += len(part)
    return "".join(kept)


def fit_lines(text: str, font: QFont, width: float, lines: int) -> list[str]:
    """``text`` wrapped to ``width`` pixels in at most ``lines`` lines, the last cut with "…".

    Lines break at spaces where they can and anywhere in a word too long for a
    line; the text's own new lines are kept. An empty text gives no lines.
    """
    if not text:
        return []
    room = _room(width, lines)
    cut = len(text) > room
    shown = text[:room].replace("\r\n", "\n").replace("\n", _LINE_SEPARATOR)
    layout = QTextLayout(shown, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    more = False
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        if len(spans) == lines:
            more = True
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textStart() + line.textLength()))
    layout.endLayout()
    found = [shown[start:end].replace(_LINE_SEPARATOR, "").rstrip() for start, end in spans]
    if found and (more or cut):
        rest = one_line(shown[spans[-1][0] :].replace(_LINE_SEPARATOR, " "))
        found[-1] = _ending(rest, font, width, cut)
    return found


def _ending(text: str, font: QFont, width: float, cut: bool) -> str:
    """``text`` on one line of ``width``, the last of its lines: whole if it fits, else with "…".

    ``cut``: the text goes on past ``text``, so "…" ends it whatever its length.
    """
    metrics = QFontMetricsF(font)
    if not cut and metrics.horizontalAdvance(text) <= width:
        return text
    elided = metrics.elidedText(text + ELLIPSIS, Qt.TextElideMode.ElideRight, width)
    return elided if elided.endswith(ELLIPSIS) else text + ELLIPSIS


class FittedLabel(QLabel):
    """A label that shows as much of its text as ``lines`` lines of its width hold.

    ``paths``: the text names files (a message, a path): a word too wide for a
    line is cut in its middle, so a path keeps its file name, rather than wrapped.

    Its size never follows the text: it is as tall as ``lines`` lines of its
    font (``reserve``: always, so what is below it stays put; otherwise only as
    many as the text fills) and as wide as its layout gives it, down to a few
    characters. :meth:`text` is everything it was given, :meth:`shown` what fits.
    """

    def __init__(
        self, parent: QWidget | None = None, lines: int = 1, reserve: bool = False, paths: bool = False
    ) -> None:
        super().__init__(parent)
        self._lines = lines
        self._reserve = reserve
        self._paths = paths  # a word wider than a line is cut in its middle (:func:`narrow_words`)
        self._full = ""
        self._fitted_for = -1.0
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._full

    def shown(self) -> str:
        """The lines on screen, with "…" where the text was cut."""
        return super().text()

    def setText(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self._fitted_for = -1.0
            self._fit()
            self.updateGeometry()

    def _fit(self) -> None:
        width = float(self.contentsRect().width())
        if width == self._fitted_for:
            return
        self._fitted_for = width
        width = max(width, 1.0)
        text = narrow_words(self._full, self.font(), width, self._lines) if self._paths else self._full
        shown = fit_lines(text, self.font(), width, self._lines)
        super().setText("\n".join(shown))

    def _line_count(self) -> int:
        if self._reserve or not self._full:
            return self._lines if self._reserve else 0
        return max(1, min(self._lines, self.shown().count("\n") + 1))

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        margins = self.contentsMargins()
        extra_w = margins.left() + margins.right() + 2 * self.margin()
        extra_h = margins.top() + margins.bottom() + 2 * self.margin()
        wanted = metrics.horizontalAdvance(one_line(self._full[: _room(4000, 1)])) if self._full else 0.0
        width = min(wanted, metrics.height() * 24)  # long text shares the row, it does not take it
        height = metrics.lineSpacing() * self._line_count()
        return QSize(round(width) + extra_w + 1, round(height) + extra_h)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        narrowest = round(QFontMetricsF(self.font()).height() * 3)
        return QSize(min(hint.width(), narrowest), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fitted_for = -1.0
            self._fit()
            self.updateGeometry()
