"""What a printed handout of a trip holds, and where each photo goes on its pages.

No Qt here: the painter (``viewer.gui.handout``) measures the words with its fonts
and hands the heights in; this module says which photos share a page, how big each
is printed and how many pixels it needs to print sharp.

Sizes are in PDF points (1/72 inch). A photo is decoded for :data:`PRINT_PPI` at its
printed size and never printed below :data:`MIN_PPI`: a photo with fewer pixels than
its box needs is printed smaller rather than soft.

Pages: a page holds up to ``per_page`` photos in a grid (:func:`grid`), each photo
above its words. Words are never cut: a row whose words are long takes its room
from the photos of its page, and when that would leave the photos under
:data:`MIN_PHOTO_SHARE` of their usual height, the row starts the next page. (Words
longer than a whole page, pages of notes to one photo, would run off its foot.)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from viewer.model.resolve import ResolvedPhoto
from viewer.model.timefmt import ENGLISH, DateWords, date_label, format_offset, local_label
from viewer.model.trip import Trip, utc_instant

POINTS_PER_INCH = 72.0
PRINT_PPI = 250  # photos are decoded for this many pixels an inch at their printed size
MIN_PPI = 200  # ... and never printed at fewer
MM = POINTS_PER_INCH / 25.4
MARGIN = 15 * MM  # around every page
GAP = 5 * MM  # between photos, and between a photo and its words
FOOTER = 8 * MM  # the page's number and the trip's title, under the photos
MIN_PHOTO_SHARE = 0.45  # of a photo's usual height: below it, a row of long words goes to the next page
PER_PAGE_MAX = 12
SUFFIX = "-handout.pdf"  # trip.yaml's handout is trip-handout.pdf

# Paper sizes in points, portrait. Letter where CLDR says the territory uses it, A4 elsewhere.
PAPERS: dict[str, tuple[float, float]] = {"A4": (595.2756, 841.8898), "Letter": (612.0, 792.0)}
LETTER_TERRITORIES = frozenset(
    ["BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"]
)


def default_paper(locale_name: str) -> str:
    """The paper a locale such as ``en_US.UTF-8`` or ``fr_CA`` prints on: ``Letter`` or ``A4``."""
    name = locale_name.split(".")[0].split("@")[0]
    parts = name.replace("-", "_").split("_")
    territory = parts[1].upper() if len(parts) > 1 else ""
    return "Letter" if territory in LETTER_TERRITORIES else "A4"


def default_output(trip: Path) -> Path:
    """Where the handout of ``trip`` (a manifest or a folder) goes: beside its manifest, or in its folder."""
    trip = Path(trip)
    if trip.is_dir():
        return trip / f"{trip.absolute().name}{SUFFIX}"
    return trip.with_name(f"{trip.stem}{SUFFIX}")


def grid(per_page: int) -> tuple[int, int]:
    """Columns and rows for ``per_page`` photos on a portrait page: 2 → 1×2, 4 → 2×2, 12 → 3×4."""
    if not 1 <= per_page <= PER_PAGE_MAX:
        raise ValueError(f"photos per page must be 1 to {PER_PAGE_MAX}")
    columns = 1 if per_page <= 3 else 2 if per_page <= 8 else 3
    return columns, math.ceil(per_page / columns)


@dataclass(frozen=True)
class Entry:
    """One photo as the handout prints it: its number and its words, each ``None`` when missing."""

    number: int  # 1-based, as the show counts
    file: str  # as the manifest writes it, for the placeholder and the report
    path: Path
    caption: str | None
    credit: str | None
    place: str | None
    when: str | None  # local time where it was taken: "26 Feb 2019 08:15 (UTC+7, approx.)"
    notes: str | None  # only when notes were asked for

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.caption}" if self.caption else f"{self.number}. No caption"

    @property
    def credit_line(self) -> str:
        return f"Image: {self.credit}" if self.credit else "No credit"

    @property
    def details(self) -> str | None:
        """Place and local time on one line, ``Dong Dang station · 26 Feb 2019 08:15 (UTC+7)``."""
        parts = [part for part in (self.place, self.when) if part]
        return " · ".join(parts) if parts else None


def entries(resolved: Sequence[ResolvedPhoto], notes: bool, words: DateWords = ENGLISH) -> list[Entry]:
    """The handout's entry for each photo, in trip order; its notes only if ``notes``; times in ``words``."""
    return [
        Entry(
            number=index + 1,
            file=shown.photo.file,
            path=shown.photo.path,
            caption=shown.caption,
            credit=shown.credit,
            place=shown.place,
            when=local_label(shown.time, with_year=True, words=words) if shown.time is not None else None,
            notes=shown.photo.notes if notes else None,
        )
        for index, shown in enumerate(resolved)
    ]


def date_span(trip: Trip, resolved: Sequence[ResolvedPhoto], words: DateWords = ENGLISH) -> str | None:
    """The trip's first and last day in its own zone: ``23 Feb 2019 – 28 Feb 2019 (Asia/Ho_Chi_Minh)``."""
    moments = [stop.time.moment for stop in trip.stops if stop.time is not None]
    moments += [shown.time.moment for shown in resolved if shown.time is not None]
    if not moments:
        return None
    zone = trip.display_zone()
    first = _local(min(moments, key=utc_instant), zone)
    last = _local(max(moments, key=utc_instant), zone)
    days = date_label(first, with_year=True, words=words)
    if last.date() != first.date():
        days += f" – {date_label(last, with_year=True, words=words)}"
    return f"{days} ({zone_name(zone, first)})"


def zone_name(zone: tzinfo, moment: datetime) -> str:
    """``Asia/Ho_Chi_Minh`` for a named zone, else its offset at ``moment``: ``UTC+7``."""
    if isinstance(zone, ZoneInfo):
        return zone.key
    offset = moment.utcoffset()
    return format_offset(offset) if offset is not None else "UTC"


def _local(moment: datetime, zone: tzinfo) -> datetime:
    try:
        return moment.astimezone(zone)
    except OverflowError:  # at the calendar's edge: as written
        return moment


@dataclass(frozen=True)
class Box:
    """A rectangle on the page, in points from its top left."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Placed:
    """Where photo ``index`` (0-based, in trip order) and its words go on its page."""

    index: int
    photo: Box  # the most the photo may fill; it is fitted inside, keeping its shape
    words: Box


@dataclass(frozen=True)
class PagePlan:
    """The page size, the area inside the margins, and every photo page's photos."""

    paper: tuple[float, float]
    columns: int
    rows: int
    pages: tuple[tuple[Placed, ...], ...]

    @property
    def column_width(self) -> float:
        return (self.paper[0] - 2 * MARGIN - (self.columns - 1) * GAP) / self.columns

    @property
    def page_count(self) -> int:
        """The cover and the photo pages."""
        return 1 + len(self.pages)


def column_width(paper: tuple[float, float], per_page: int) -> float:
    """How wide a photo and its words are printed: what the painter measures the words for."""
    columns, _ = grid(per_page)
    return (paper[0] - 2 * MARGIN - (columns - 1) * GAP) / columns


def plan_pages(paper: tuple[float, float], per_page: int, word_heights: Sequence[float]) -> PagePlan:
    """Lay out photos whose words are ``word_heights`` points tall (at :func:`column_width`)."""
    columns, rows = grid(per_page)
    width = column_width(paper, per_page)
    area_height = paper[1] - 2 * MARGIN - FOOTER
    slot = (area_height - (rows - 1) * GAP) / rows  # a row's usual height: photo, gap, words
    shortest = min(word_heights, default=0.0)
    usual = max(1.0, slot - GAP - shortest)  # a photo's height in a row of the shortest words

    def photo_height(row_words: list[float]) -> float:
        room = area_height - (len(row_words) - 1) * GAP - sum(words + GAP for words in row_words)
        return min(usual, room / len(row_words))

    def fits(page: list[list[int]]) -> bool:
        tallest = [max(word_heights[index] for index in row) for row in page]
        return photo_height(tallest) >= MIN_PHOTO_SHARE * usual

    pages: list[list[list[int]]] = []  # page → rows → photo indexes
    for index in range(len(word_heights)):
        page = pages[-1] if pages else None
        if page is not None and sum(map(len, page)) < per_page:
            if len(page[-1]) < columns and fits([*page[:-1], [*page[-1], index]]):
                page[-1].append(index)
                continue
            if len(page) < rows and fits([*page, [index]]):
                page.append([index])
                continue
        pages.append([[index]])
    placed_pages: list[tuple[Placed, ...]] = []
    for page in pages:
        heights = [max(word_heights[index] for index in row) for row in page]
        photo = max(1.0, photo_height(heights))
        y = MARGIN
        placed: list[Placed] = []
        for row, words in zip(page, heights, strict=True):
            for column, index in enumerate(row):
                x = MARGIN + column * (width + GAP)
                placed.append(Placed(index, Box(x, y, width, photo), Box(x, y + photo + GAP, width, words)))
            y += photo + GAP + words + GAP
        placed_pages.append(tuple(placed))
    return PagePlan(paper, columns, rows, tuple(placed_pages))


def printed_size(box: Box, pixels: tuple[int, int]) -> tuple[float, float]:
    """The size a photo of ``pixels`` is printed at in ``box``: fitted, and never under :data:`MIN_PPI`."""
    width, height = pixels
    scale = min(box.width / width, box.height / height, POINTS_PER_INCH / MIN_PPI)
    return width * scale, height * scale


def pixels_for(size: tuple[float, float]) -> tuple[int, int]:
    """The pixels a photo printed at ``size`` (points) is decoded to: :data:`PRINT_PPI`."""
    return (
        max(1, math.ceil(size[0] / POINTS_PER_INCH * PRINT_PPI)),
        max(1, math.ceil(size[1] / POINTS_PER_INCH * PRINT_PPI)),
    )
