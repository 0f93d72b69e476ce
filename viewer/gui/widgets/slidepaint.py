"""Painting one photo's frame in a photo view: its picture on the dark ground, or its words.

A :class:`Slide` is what a view shows of one photo unzoomed: the picture (sharp or
a stand-in) at its place, an error slide, a loading note, or only the ground. A
crossfade paints two of them, one over the other at an opacity; a picture on its
ground is opaque everywhere, so laid over another frame it gives exactly its
share of each pixel.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from viewer.gui import theme
from viewer.gui.widgets.textfit import elide_middle, fit_lines, narrow_words

HEADING_LINES = 3  # of an error slide's "Cannot show photo 3: file"
REASON_LINES = 5  # of its reason, at most (fewer if the view is short)
ERROR_GAP = 12  # px between the two
NOTE_MARGIN = 16  # px either side of "Loading file …"


@dataclass(frozen=True)
class Slide:
    """One photo's frame as a view paints it unzoomed: its picture where it goes, or its words."""

    index: int  # -1: nothing (the ground alone)
    file: str
    image: QImage | None  # sharp or a stand-in, drawn at ``rect``
    rect: QRectF
    error: str | None


@dataclass(frozen=True)
class ErrorSlide:
    """Where an error slide's words go, and which lines of them fit."""

    area: QRectF
    heading_font: QFont
    heading: list[str]
    heading_line: float
    reason_font: QFont
    reason: list[str]
    reason_line: float


def around(area: QRectF, hole: QRectF) -> list[QRectF]:
    """The parts of ``area`` outside ``hole`` (a photo's margins): up to four bands, none overlapping."""
    hole = hole.intersected(area)
    if hole.isEmpty():
        return [area]
    bands = [
        QRectF(area.left(), area.top(), area.width(), hole.top() - area.top()),
        QRectF(area.left(), hole.bottom(), area.width(), area.bottom() - hole.bottom()),
        QRectF(area.left(), hole.top(), hole.left() - area.left(), hole.height()),
        QRectF(hole.right(), hole.top(), area.right() - hole.right(), hole.height()),
    ]
    return [band for band in bands if not band.isEmpty()]


def opaque(slide: Slide) -> bool:
    """Whether ``slide`` is a picture with no see-through pixels: it covers whatever is under it."""
    return slide.image is not None and not slide.image.hasAlphaChannel()


def paint_slide(painter: QPainter, slide: Slide, area: QRectF, font: QFont) -> None:
    """``slide`` alone in ``area``, as a cut shows it."""
    if slide.image is not None:
        paint_picture(painter, slide, area, 1.0)
    else:
        painter.fillRect(area, theme.BACKGROUND)
        paint_words(painter, slide, area, font, 1.0)


def paint_picture(painter: QPainter, slide: Slide, area: QRectF, opacity: float) -> None:
    """``slide``'s picture on its ground in ``area``, at ``opacity``.

    Only the margins get the ground under an opaque photo: each pixel is written
    once, and a photo decoded at the view's size is a plain copy (or, faded, one
    blend) of its rows.
    """
    assert slide.image is not None
    painter.setOpacity(opacity)
    for band in around(area, slide.rect) if opaque(slide) else [area]:
        painter.fillRect(band, theme.BACKGROUND)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(slide.rect, slide.image)
    painter.setOpacity(1.0)


def paint_words(painter: QPainter, slide: Slide, area: QRectF, font: QFont, opacity: float) -> None:
    """``slide``'s error slide or loading note, without its ground, at ``opacity``."""
    painter.setOpacity(opacity)
    if slide.error is not None:
        paint_error(painter, error_slide(slide, area, font))
    elif slide.index >= 0:
        note = QCoreApplication.translate("PhotoView", "Loading {file} …").format(file=slide.file)
        paint_note(painter, note, theme.LOADING_TEXT, area, font)
    painter.setOpacity(1.0)


def error_slide(slide: Slide, area: QRectF, font: QFont) -> ErrorSlide:
    """The error slide of ``slide`` in ``area`` (a view's), its words cut to the lines that fit."""
    height = int(area.height())
    inside = area.adjusted(40, 40, -40, -40)
    title = theme.pixel_font(font, max(18, height // 18), bold=True)
    detail = theme.pixel_font(font, max(14, height // 28))
    title_line, detail_line = QFontMetricsF(title).lineSpacing(), QFontMetricsF(detail).lineSpacing()
    width = max(1.0, inside.width())
    text = QCoreApplication.translate("PhotoView", "Cannot show photo {number}: {file}").format(
        number=slide.index + 1, file=slide.file
    )
    heading = fit_lines(narrow_words(text, title, width, HEADING_LINES), title, width, HEADING_LINES)
    room = int((inside.height() - len(heading) * title_line - ERROR_GAP) // detail_line)
    lines = max(1, min(REASON_LINES, room))
    error = slide.error or ""
    sentence = QCoreApplication.translate("PhotoView", "{reason}. The show goes on.").format(
        reason=f"{error[:1].upper()}{error[1:]}"
    )
    reason = fit_lines(narrow_words(sentence, detail, width, lines), detail, width, lines)
    return ErrorSlide(inside, title, heading, title_line, detail, reason, detail_line)


def paint_error(painter: QPainter, slide: ErrorSlide) -> None:
    area = slide.area
    block = len(slide.heading) * slide.heading_line + ERROR_GAP + len(slide.reason) * slide.reason_line
    top = area.top() + max(0.0, (area.height() - block) / 2)  # the whole of it in the slide
    for font, colour, lines, spacing in (
        (slide.heading_font, theme.ERROR_TEXT, slide.heading, slide.heading_line),
        (slide.reason_font, theme.ERROR_DETAIL, slide.reason, slide.reason_line),
    ):
        painter.setFont(font)
        painter.setPen(colour)
        for line in lines:
            box = QRectF(area.left(), top, area.width(), spacing)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, line)
            top += spacing
        top += ERROR_GAP


def paint_note(painter: QPainter, text: str, colour: QColor, area: QRectF, font: QFont) -> None:
    """``text`` in the middle of ``area`` (a view's), cut in its middle to fit."""
    font = theme.pixel_font(font, max(12, int(area.height()) // 40))
    painter.setFont(font)
    painter.setPen(colour)
    line = elide_middle(text, font, max(1.0, area.width() - 2 * NOTE_MARGIN))
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, line)
