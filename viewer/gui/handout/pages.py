"""What is drawn on the handout's pages: the cover, each photo with its words, the footer.

Positions come from ``viewer.model.handout`` in points; the painter works in the PDF's
device units (:class:`Sheet` turns one into the other), fine enough that text is
placed to a hundredth of a point. Words are real text (``printtext``), so a reader
can search the PDF for a caption and copy a credit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPaintDevice, QPainter, QPen

from viewer.gui import theme
from viewer.gui.handout.printmap import paint_route_map
from viewer.gui.handout.printstrip import paint_strip, strip_height
from viewer.gui.handout.printtext import Run, SetText
from viewer.gui.language import QT_TRANSLATE_NOOP, count_text, isolated, reading_order
from viewer.model.handout import FOOTER, GAP, MARGIN, POINTS_PER_INCH, Box, Entry
from viewer.model.maplayout import MapLayout
from viewer.model.trip import Trip

# The caption's words for a photo without caption or credit (viewer.gui.widgets.caption has the same).
NO_CAPTION = QT_TRANSLATE_NOOP("Caption", "No caption")
NO_CREDIT = QT_TRANSLATE_NOOP("Caption", "No credit")
MAP_SHARE = 0.7  # the most of the cover's height the map takes
MAP_LEGEND = QT_TRANSLATE_NOOP("Handout", "■ stop    ● photo    ○ photo placed on the route by its time")


@dataclass(frozen=True)
class Sheet:
    """A page being painted: the painter, its device and how many device units make a point."""

    painter: QPainter
    device: QPaintDevice
    resolution: int  # device units an inch
    paper: tuple[float, float]  # points

    @property
    def unit(self) -> float:
        return self.resolution / POINTS_PER_INCH

    def rect(self, box: Box) -> QRectF:
        unit = self.unit
        return QRectF(box.x * unit, box.y * unit, box.width * unit, box.height * unit)


@dataclass(frozen=True)
class Fonts:
    """The handout's fonts, sized for how many photos share a page."""

    heading: QFont
    body: QFont
    notes: QFont
    small: QFont

    @classmethod
    def for_page(cls, per_page: int) -> Fonts:
        size = 11.0 if per_page <= 2 else 9.5 if per_page <= 6 else 8.0
        return cls(
            heading=theme.print_font(size, bold=True),
            body=theme.print_font(size - 1),
            notes=theme.print_font(size - 1, italic=True),
            small=theme.print_font(7.5),
        )


def entry_text(entry: Entry, fonts: Fonts, width: float, device: QPaintDevice) -> SetText:
    """A photo's words: number and caption, ``Image: credit``, place and local time, notes."""
    caption = entry.caption or QCoreApplication.translate("Caption", NO_CAPTION)
    credit = (
        QCoreApplication.translate("Caption", "Image: {credit}").format(credit=entry.credit)
        if entry.credit
        else QCoreApplication.translate("Caption", NO_CREDIT)
    )
    runs = [
        Run(
            f"{entry.number}. {caption}",
            fonts.heading,
            theme.PRINT_TEXT if entry.caption else theme.PRINT_MISSING_TEXT,
        ),
        Run(credit, fonts.body, theme.PRINT_TEXT_DIM if entry.credit else theme.PRINT_MISSING_TEXT),
    ]
    if entry.details:  # place and time; right to left (Arabic), the place's own words kept whole
        details = reading_order(
            " · ".join(part for part in (isolated(entry.place or ""), entry.when) if part)
        )
        runs.append(Run(details, fonts.body, theme.PRINT_TEXT_DIM))
    if entry.notes:
        notes = QCoreApplication.translate("Handout", "Notes: {notes}").format(notes=entry.notes)
        runs.append(Run(notes, fonts.notes, theme.PRINT_TEXT))
    return SetText(runs, width, device, spacing=QFontMetricsF(fonts.body, device).height() * 0.15)


def paint_photo(sheet: Sheet, box: Box, image: QImage, printed: tuple[float, float]) -> QRectF:
    """``image`` at ``printed`` size (points), centred at the top of ``box``; where it went."""
    area = sheet.rect(box)
    width, height = printed[0] * sheet.unit, printed[1] * sheet.unit
    target = QRectF(area.center().x() - width / 2, area.top(), width, height)
    sheet.painter.drawImage(target, image)
    return target


def paint_placeholder(sheet: Sheet, box: Box, file: str, reason: str, fonts: Fonts) -> QRectF:
    """A marked box where a photo that cannot be printed would be: a cross, the file, why; where it went."""
    painter, unit = sheet.painter, sheet.unit
    area = sheet.rect(box)
    height = min(area.height(), area.width() * 2 / 3)
    target = QRectF(area.left(), area.top(), area.width(), height)
    painter.fillRect(target, theme.PRINT_PLACEHOLDER)
    painter.setPen(QPen(theme.PRINT_PLACEHOLDER_EDGE, 0.8 * unit))
    painter.drawRect(target)
    painter.drawLine(target.topLeft(), target.bottomRight())
    painter.drawLine(target.topRight(), target.bottomLeft())
    text = SetText(
        [
            Run(
                QCoreApplication.translate("Handout", "Photo missing from this handout"),
                fonts.heading,
                theme.PRINT_PLACEHOLDER_EDGE,
            ),
            Run(f"{file}: {reason}", fonts.body, theme.PRINT_TEXT),
        ],
        target.width() - 12 * unit,
        sheet.device,
    )
    inset = QRectF(
        target.left() + 6 * unit, target.center().y() - text.height / 2, target.width(), text.height
    )
    painter.fillRect(inset.adjusted(-3 * unit, -3 * unit, -9 * unit, 3 * unit), theme.PRINT_PLACEHOLDER)
    text.draw(painter, inset.topLeft())
    return target


def paint_footer(sheet: Sheet, title: str, page: int, pages: int, font: QFont) -> None:
    """The trip's title at the left of the page's foot, ``page 3 of 12`` at the right."""
    painter, unit = sheet.painter, sheet.unit
    metrics = QFontMetricsF(font, sheet.device)
    baseline = (sheet.paper[1] - MARGIN) * unit - metrics.descent()
    left, right = MARGIN * unit, (sheet.paper[0] - MARGIN) * unit
    number = QCoreApplication.translate("Handout", "page {page} of {pages}").format(page=page, pages=pages)
    room = right - left - metrics.horizontalAdvance(number) - 12 * unit
    painter.setFont(font)
    painter.setPen(theme.PRINT_TEXT_DIM)
    painter.drawText(QPointF(left, baseline), metrics.elidedText(title, Qt.TextElideMode.ElideRight, room))
    painter.drawText(QPointF(right - metrics.horizontalAdvance(number), baseline), number)


@dataclass(frozen=True)
class CoverFacts:
    """What the cover says about the trip."""

    title: str
    source: str | None  # the manifest's ``source:``, the article
    dates: str | None  # first and last day in the trip's zone
    photos: int


def paint_cover(
    sheet: Sheet,
    facts: CoverFacts,
    shown: Trip,
    map_for: Callable[[float, bool], MapLayout | None],
) -> None:
    """Title, source, dates, the strip and the route map (laid out by ``map_for(aspect, detail)``)."""
    painter, unit = sheet.painter, sheet.unit
    left, top = MARGIN * unit, MARGIN * unit
    width = (sheet.paper[0] - 2 * MARGIN) * unit
    bottom = (sheet.paper[1] - MARGIN - FOOTER) * unit
    count = (
        QCoreApplication.translate("Handout", "1 photo")
        if facts.photos == 1
        else QCoreApplication.translate("Handout", "{count} photos").format(count=count_text(facts.photos))
    )
    runs = [Run(facts.title, theme.print_font(22, bold=True), theme.PRINT_TEXT)]
    if facts.source:
        runs.append(Run(facts.source, theme.print_font(12), theme.PRINT_TEXT_DIM))
    runs.append(
        Run(
            reading_order(" · ".join(part for part in (facts.dates, count) if part)),
            theme.print_font(11),
            theme.PRINT_TEXT_DIM,
        )
    )
    heading = SetText(runs, width, sheet.device, spacing=6 * unit)
    heading.draw(painter, QPointF(left, top))
    y = top + heading.height + 2 * GAP * unit
    small = theme.print_font(8)
    if shown.photos:
        strip = QRectF(left, y, width, strip_height(small, unit, sheet.device))
        paint_strip(painter, strip, shown, unit, small)
        y = strip.bottom() + 2 * GAP * unit
    legend = QFontMetricsF(small, sheet.device).height() * 1.6
    height = min(bottom - y - legend, (bottom - top) * MAP_SHARE)
    if height > 40 * unit:
        layout = map_for(width / height, False)
        if layout is not None:
            rect = QRectF(left, y, width, height)

            def detail_for(aspect: float) -> MapLayout:
                detail = map_for(aspect, True)
                assert detail is not None  # the whole trip's map has places: so has its detail
                return detail

            paint_route_map(painter, rect, layout, unit, small, detail_for)
            painter.setFont(small)
            painter.setPen(theme.PRINT_TEXT_DIM)
            metrics = QFontMetricsF(small, sheet.device)
            painter.drawText(
                QPointF(left, rect.bottom() + metrics.height() * 1.2),
                QCoreApplication.translate("Handout", MAP_LEGEND),
            )
