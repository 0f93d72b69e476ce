"""Write a trip's handout as a PDF: a cover, then every photo in order with its words.

:func:`write_handout` runs on whatever thread calls it: it uses ``QPdfWriter``,
``QPainter`` and ``QImage`` only, which Qt lets a worker thread use. The app calls it
from ``trip-viewer handout`` only, which the window runs as a process of its own
(``viewer.gui.handout.export`` says why). Memory stays that of one photo: each
is decoded by the viewer's own decoder (upright, sRGB: ``viewer.imaging.decode``),
at :data:`~viewer.model.handout.PRINT_PPI` for its printed size, drawn, and let go
before the next; Qt writes each page's images to the file as they are drawn.

Qt compresses opaque photos as JPEG when its ``jpeg`` image plugin is present (the
installers keep it for this): without it a photo is stored losslessly, five times the
size. The PDF is written beside its destination and replaces it only once complete
(``viewer.files.atomic.replacing``): a failure or a cancel leaves the old file as it
was. A photo that cannot be decoded is printed as a marked placeholder naming the
file and why, and listed in the report.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QFile, QFileDevice, QIODevice, QLocale, QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QImage, QImageWriter, QPageLayout, QPageSize, QPainter, QPdfWriter

from viewer import __version__
from viewer.files.atomic import replacing
from viewer.gui.handout.pages import (
    CoverFacts,
    Fonts,
    Sheet,
    entry_text,
    paint_cover,
    paint_footer,
    paint_photo,
    paint_placeholder,
)
from viewer.gui.language import date_words
from viewer.imaging.decode import DecodeError, finish_photo, prepare_photo
from viewer.imaging.jobs import Stopped
from viewer.model.handout import (
    GAP,
    PAPERS,
    Entry,
    Placed,
    column_width,
    date_span,
    default_paper,
    entries,
    pixels_for,
    plan_pages,
    printed_size,
)
from viewer.model.maplayout import MapLayout, lay_out_map
from viewer.model.metadata import PhotoMetadata, read_metadata
from viewer.model.resolve import resolve, shown_trip
from viewer.model.route import Route, route_of
from viewer.model.trip import Trip

log = logging.getLogger(__name__)

RESOLUTION = 1200  # device units an inch: text placed to a hundredth of a point
Progress = Callable[[int, int], None]  # photos done, photos in all


@dataclass(frozen=True)
class HandoutOptions:
    """What to write and how: ``trip-viewer handout``'s options."""

    output: Path
    paper: str = "A4"  # a key of viewer.model.handout.PAPERS
    per_page: int = 2
    notes: bool = False


@dataclass(frozen=True)
class Placeholder:
    """A photo printed as a marked box: its number, its file, why, and its page."""

    number: int
    file: str
    reason: str
    page: int


@dataclass(frozen=True)
class HandoutReport:
    """What was written."""

    path: Path
    photos: int
    pages: int
    paper: str
    placeholders: tuple[Placeholder, ...]


def report_json(report: HandoutReport) -> str:
    """``report`` as one line of JSON, as ``trip-viewer handout --progress`` hands it to the window."""
    return json.dumps({**asdict(report), "path": str(report.path)}, ensure_ascii=False)


def report_from_json(text: str) -> HandoutReport:
    """The report :func:`report_json` wrote; ``ValueError`` if it is not one."""
    try:
        value = json.loads(text)
        return HandoutReport(
            Path(value["path"]),
            int(value["photos"]),
            int(value["pages"]),
            str(value["paper"]),
            tuple(Placeholder(**item) for item in value["placeholders"]),
        )
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a handout report: {text[:200]!r}") from exc


class HandoutError(Exception):
    """Nothing was written; the message names the file and why."""


class HandoutCancelled(Exception):  # noqa: N818  (a request honoured, not an error)
    """The person cancelled: nothing was written, the old file is as it was."""


def locale_paper() -> str:
    """The paper this machine prints on: the POSIX locale's paper (``LC_PAPER``) first, then Qt's locale."""
    for name in ("LC_ALL", "LC_PAPER"):
        value = os.environ.get(name)
        if value:
            return default_paper(value)
    return default_paper(QLocale.system().name())


def jpeg_available() -> bool:
    """Whether Qt can store photos as JPEG in the PDF (its ``jpeg`` image plugin is present)."""
    return b"jpeg" in {bytes(name.data()) for name in QImageWriter.supportedImageFormats()}


def write_handout(
    trip: Trip,
    options: HandoutOptions,
    progress: Progress | None = None,
    stop: Callable[[], bool] | None = None,
    read: Callable[[Path], PhotoMetadata] = read_metadata,
) -> HandoutReport:
    """Write the handout of ``trip``; raise :class:`HandoutError` or :class:`HandoutCancelled`.

    ``progress(done, total)`` is called after each photo's metadata is read and after
    each photo is drawn (``total`` is twice the photos); ``stop()`` is asked between
    photos and during each decode. Pillow's warnings about damaged photos go where
    :func:`~viewer.model.pillowwarnings.route_warnings`, called by the app at its
    start, sends them.
    """
    if options.paper not in PAPERS:
        raise HandoutError(f"unknown paper size {options.paper!r}: {' or '.join(PAPERS)}")
    output = Path(options.output).absolute()
    if output.is_dir():
        raise HandoutError(f"{output}: is a folder; name the PDF file to write")
    if not output.parent.is_dir():
        raise HandoutError(f"{output}: the folder {output.parent} does not exist")
    stopping = stop or (lambda: False)
    report = progress or (lambda done, total: None)
    total = 2 * len(trip.photos)
    found: dict[Path, PhotoMetadata] = {}
    for done, photo in enumerate(trip.photos, 1):
        if stopping():
            raise HandoutCancelled
        found[photo.path] = read(photo.path)
        report(done, total)
    try:
        with replacing(output) as temporary:
            written = _Writing(trip, options, found, temporary, report, stopping).write()
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise HandoutError(f"{output}: cannot be written ({reason})") from None
    if not jpeg_available():
        log.warning("Qt's jpeg image plugin is missing: the photos in %s are stored uncompressed", output)
    return HandoutReport(output, len(trip.photos), written[0], options.paper, written[1])


class _Writing:
    """One handout being written into ``temporary``."""

    def __init__(
        self,
        trip: Trip,
        options: HandoutOptions,
        found: Mapping[Path, PhotoMetadata],
        temporary: Path,
        progress: Progress,
        stop: Callable[[], bool],
    ) -> None:
        self.trip = trip
        self.options = options
        self.found = found
        self.temporary = temporary
        self.progress = progress
        self.stop = stop
        self.resolved = [resolve(photo, found.get(photo.path), trip.timezone) for photo in trip.photos]
        self.entries = entries(self.resolved, options.notes, date_words())
        self.fonts = Fonts.for_page(options.per_page)
        self.pages = 0

    def write(self) -> tuple[int, tuple[Placeholder, ...]]:
        """Write every page; the page count and the placeholders."""
        file = QFile(str(self.temporary))
        if not file.open(QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Truncate):
            raise OSError(0, file.errorString())
        paper = PAPERS[self.options.paper]
        pdf = QPdfWriter(file)
        pdf.setResolution(RESOLUTION)
        pdf.setPageLayout(
            QPageLayout(
                QPageSize(QSizeF(*paper), QPageSize.Unit.Point, self.options.paper),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        pdf.setTitle(self.trip.title)
        pdf.setCreator(f"Trip Viewer {__version__}")
        painter = QPainter()
        if not painter.begin(pdf):
            file.close()
            raise OSError(0, "the PDF could not be started")
        try:
            sheet = Sheet(painter, pdf, RESOLUTION, paper)
            placeholders = self._pages(sheet, pdf)
        finally:
            painter.end()
            file.close()
        if file.error() != QFileDevice.FileError.NoError:
            raise OSError(0, file.errorString())
        return self.pages, placeholders

    def _pages(self, sheet: Sheet, pdf: QPdfWriter) -> tuple[Placeholder, ...]:
        width = column_width(sheet.paper, self.options.per_page) * sheet.unit
        texts = [entry_text(entry, self.fonts, width, pdf) for entry in self.entries]
        plan = plan_pages(sheet.paper, self.options.per_page, [text.height / sheet.unit for text in texts])
        self.pages = plan.page_count
        shown = shown_trip(self.trip, self.found)
        facts = CoverFacts(
            self.trip.title,
            self.trip.attribution,
            date_span(self.trip, self.resolved, date_words()),
            len(self.entries),
        )
        route = route_of(shown)  # read once, for the map and its inset
        paint_cover(sheet, facts, shown, lambda aspect, detail: _route_map(shown, route, aspect, detail))
        paint_footer(sheet, self.trip.title, 1, plan.page_count, self.fonts.small)
        placeholders: list[Placeholder] = []
        done = len(self.entries)
        for page_number, page in enumerate(plan.pages, 2):
            pdf.newPage()
            for placed in page:
                if self.stop():
                    raise HandoutCancelled
                entry = self.entries[placed.index]
                drawn, problem = self._photo(sheet, placed, entry)
                if problem is not None:
                    placeholders.append(Placeholder(entry.number, entry.file, problem, page_number))
                # The words just under the photo: the plan kept their room under the most it may fill.
                words = sheet.rect(placed.words)
                top = min(words.top(), drawn.bottom() + GAP * sheet.unit)
                texts[placed.index].draw(sheet.painter, QPointF(words.left(), top))
                done += 1
                self.progress(done, 2 * len(self.entries))
            paint_footer(sheet, self.trip.title, page_number, plan.page_count, self.fonts.small)
        return tuple(placeholders)

    def _photo(self, sheet: Sheet, placed: Placed, entry: Entry) -> tuple[QRectF, str | None]:
        """Decode and draw one photo, or its placeholder: where it went, and why a placeholder (or None)."""
        try:
            prepared = prepare_photo(
                entry.path, pixels_for((placed.photo.width, placed.photo.height)), self.stop
            )
            printed = printed_size(placed.photo, prepared.upright)
            decoded = finish_photo(prepared, pixels_for(printed))
        except Stopped:
            raise HandoutCancelled from None
        except DecodeError as error:
            return paint_placeholder(sheet, placed.photo, entry.file, str(error), self.fonts), str(error)
        del prepared
        kind = QImage.Format.Format_RGBA8888 if decoded.has_alpha else QImage.Format.Format_RGBX8888
        image = QImage(decoded.data, decoded.width, decoded.height, decoded.width * 4, kind)
        # Qt's PDF writer gives an RGBX image a mask of its X bytes, which hides the photo:
        # in its own 32-bit formats it knows what is opaque.
        image = image.convertToFormat(
            QImage.Format.Format_ARGB32 if decoded.has_alpha else QImage.Format.Format_RGB32
        )
        return paint_photo(sheet, placed.photo, image, printed), None


def _route_map(shown: Trip, route: Route, aspect: float, detail: bool) -> MapLayout | None:
    """The route map (or the photos' ``detail``), ``aspect`` wide to one high; None if nothing has a place."""
    if not (
        route.points
        or any(stop.position is not None for stop in shown.stops)
        or any(photo.position is not None for photo in shown.photos)
    ):
        return None
    try:
        return lay_out_map(shown, None, aspect, route=route, detail=detail)
    except ImportError as exc:  # a build without the coastlines' package: no map, the rest prints
        log.warning("the handout's cover has no map: %s", exc)
        return None
