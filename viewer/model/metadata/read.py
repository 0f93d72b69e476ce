"""Read a photo's embedded metadata into one :class:`PhotoMetadata`, fallbacks applied.

The file is opened with Pillow, which reads headers only (``Image.open`` is
lazy), so a pass over 500 photos decodes no pixels. The fallback order is
DESIGN.md's: caption XMP → IPTC → EXIF; credit XMP/IPTC combined with the
creator as ``Agency/Creator``; time EXIF → XMP → IPTC; position (GPS) EXIF → XMP;
place XMP → IPTC → the position in degrees.
Each value remembers the standard it came from, so the window can say
"credit from XMP".

Times: a capture time written without a UTC offset (most cameras' EXIF) is
given one only where the photo says where it was taken: the offset of the time
zone at its GPS position then (``gpszone``), marked in ``offset_zone``. Without
a position it is not given one here — that would be inventing it. It is kept
apart as ``unzoned_time``; ``viewer.model.resolve`` applies the trip's
``timezone`` to it, as the manifest loader does for offset-less manifest times,
and without a zone it is left out (``trip-viewer check`` says so).

Nothing here raises for a bad file or bad metadata: a photo that cannot be
opened has an ``error``, a damaged field becomes a ``problem``, both naming
the file and the field. Safe to run on worker threads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, TypeVar

from PIL import Image, UnidentifiedImageError

from viewer.files.photofiles import damage_reason, open_image, unreadable_reason
from viewer.files.regularfile import RefusedFileError
from viewer.model.geo import LatLon
from viewer.model.metadata.exif import read_exif, read_exif_time
from viewer.model.metadata.fields import Embedded, Note, combine_credit, contains
from viewer.model.metadata.gps import describe
from viewer.model.metadata.gpszone import offset_at
from viewer.model.metadata.iptc import read_iptc, read_iptc_time
from viewer.model.metadata.xmp import read_xmp, read_xmp_time
from viewer.model.pillowwarnings import listening
from viewer.model.trip import TripTime

log = logging.getLogger(__name__)

T = TypeVar("T")
Source = Literal["manifest", "XMP", "IPTC", "EXIF"]
Reading = tuple[Source, Embedded]  # what one standard says, and which standard

_ROTATED = {5, 6, 7, 8}  # EXIF orientations that swap width and height


@dataclass(frozen=True)
class MetadataProblem:
    """Something wrong with one field of one photo: ``file: field: message``."""

    path: Path
    field: str  # e.g. "EXIF DateTimeOriginal", "IPTC 2:120", "XMP", "file"
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.message}"


@dataclass(frozen=True)
class PhotoMetadata:
    """What a photo file says about itself, with where each value came from."""

    path: Path
    format: str | None = None  # Pillow's name: JPEG, PNG, TIFF, WEBP, HEIF
    size: tuple[int, int] | None = None  # pixels as stored, before orientation
    orientation: int | None = None  # EXIF 1–8
    caption: str | None = None
    credit: str | None = None  # combined: "Reuters/Ann Wang"
    creator: str | None = None
    copyright: str | None = None
    time: TripTime | None = None
    unzoned_time: datetime | None = None  # wall clock without a UTC offset
    place: str | None = None
    country: str | None = None
    position: LatLon | None = None  # from GPS
    # The time's UTC offset is this zone's there and then ("Asia/Bangkok"), looked up
    # at the GPS position because the camera wrote none; None when the photo gave it.
    offset_zone: str | None = None
    # Field name → the standard it came from, for every field above that has a
    # value: caption, credit, creator, copyright, time, unzoned_time, place, country,
    # position.
    sources: Mapping[str, Source] = field(default_factory=dict)
    problems: tuple[MetadataProblem, ...] = ()
    error: MetadataProblem | None = None  # the file could not be opened at all

    def source(self, name: str) -> Source | None:
        """Where field ``name`` ("caption", "credit", "time", …) came from."""
        return self.sources.get(name)

    @property
    def upright_size(self) -> tuple[int, int] | None:
        if self.size is None:
            return None
        width, height = self.size
        return (height, width) if self.orientation in _ROTATED else (width, height)

    @property
    def sort_moment(self) -> datetime | None:
        """The capture moment for ordering only (never shown).

        An offset-less time is taken as this computer's local time, as a file's
        modification time would be.
        """
        if self.time is not None and not (self.time.date_only and self.unzoned_time):
            return self.time.moment
        if self.unzoned_time is not None:
            try:
                return self.unzoned_time.astimezone()
            except (OverflowError, OSError, ValueError):  # year 1 or 9999 here is past the calendar's edge
                return self.unzoned_time.replace(tzinfo=UTC)
        return None


def read_metadata(path: Path, *, zones: bool = True) -> PhotoMetadata:
    """Everything the file at ``path`` says about itself; never raises.

    What Pillow warns about while reading it ("Corrupt EXIF data") is a problem too.
    ``zones``: False to leave a time without offset unzoned even where the photo has
    GPS, so that the zone data (built on the first lookup, holding the interpreter
    lock for some 80 ms) is not loaded yet: for the window's first photo.
    """
    path = Path(path)
    with listening(path) as heard:
        meta = _read_metadata(path, zones)
    if not heard or meta.error is not None:
        return meta
    more = tuple(MetadataProblem(path, warning.field, warning.message) for warning in heard)
    return replace(meta, problems=meta.problems + more)


def _read_metadata(path: Path, zones: bool) -> PhotoMetadata:
    problems: list[MetadataProblem] = []

    def note(name: str, message: str) -> None:
        problems.append(MetadataProblem(path, name, message))

    opened = _open(path)
    if isinstance(opened, MetadataProblem):
        return PhotoMetadata(path, error=opened)
    with opened as image:
        nothing: tuple[Embedded, int | None] = (Embedded(), None)
        exif, orientation = _safely(read_exif, image, "EXIF", note, nothing)
        xmp = _safely(read_xmp, image, "XMP", note, Embedded())
        iptc = _safely(read_iptc, image, "IPTC", note, Embedded())
        standards: list[Reading] = [("XMP", xmp), ("IPTC", iptc), ("EXIF", exif)]
        meta = _combine(path, image, orientation, standards, note, zones)
        return replace(meta, problems=tuple(problems))


def capture_moment(path: Path) -> datetime | None:
    """Only the capture moment, for ordering a folder: see :attr:`PhotoMetadata.sort_moment`.

    Reads as little as it can: EXIF first, and XMP and IPTC only when EXIF has
    no full time with an offset. ``None`` when the file has no time or cannot
    be opened.
    """
    with listening(path):
        return _capture_moment(Path(path))


def _capture_moment(path: Path) -> datetime | None:
    opened = _open(path)
    if isinstance(opened, MetadataProblem):
        return None

    def ignore(name: str, message: str) -> None:
        """Problems are for ``read_metadata``; ordering only needs a time or none."""

    with opened as image:
        exif = _safely(read_exif_time, image, "EXIF", ignore, Embedded())
        if exif.time is not None and not exif.time.date_only:
            return exif.time.moment
        xmp = _safely(read_xmp_time, image, "XMP", ignore, Embedded())
        iptc = _safely(read_iptc_time, image, "IPTC", ignore, Embedded())
        time, unzoned, _ = _best_time([("EXIF", exif), ("XMP", xmp), ("IPTC", iptc)])
        where = exif.position or xmp.position
        if unzoned is not None and where is not None and (time is None or time.date_only):
            time, unzoned, _ = _placed(unzoned, where, ignore) or (time, unzoned, None)
        return PhotoMetadata(path, time=time, unzoned_time=unzoned).sort_moment


def _open(path: Path) -> Image.Image | MetadataProblem:
    try:
        return open_image(path)
    except RefusedFileError as refused:  # a pipe, socket, device or link loop: never read
        return MetadataProblem(path, "file", refused.reason)
    except FileNotFoundError:
        return MetadataProblem(path, "file", "the file is missing")
    except IsADirectoryError:
        return MetadataProblem(path, "file", "this is a folder, not a photo")
    except PermissionError:
        return MetadataProblem(path, "file", "permission denied: the file cannot be read")
    except UnidentifiedImageError:
        return MetadataProblem(path, "format", unreadable_reason(path))
    except Image.DecompressionBombError as exc:
        return MetadataProblem(path, "size", f"too many pixels to show safely ({exc})")
    except Exception as exc:  # damaged headers: OSError, SyntaxError, ValueError, …
        return MetadataProblem(path, "file", damage_reason(path, exc))


def _safely(read: Callable[[Image.Image, Note], T], image: Image.Image, name: str, note: Note, empty: T) -> T:
    """Run one standard's reader; whatever it meets, the other standards and the photo go on.

    The readers already turn every damage they know into a problem; this is the
    net under them, for the kinds of damage nobody has met yet.
    """
    try:
        return read(image, note)
    except Exception as exc:
        log.warning("unexpected error reading %s of %s", name, getattr(image, "filename", "?"), exc_info=True)
        note(name, f"could not be read ({exc or type(exc).__name__})")
        return empty


def _combine(
    path: Path,
    image: Image.Image,
    orientation: int | None,
    standards: list[Reading],
    note: Note,
    zones: bool,
) -> PhotoMetadata:
    """One ``PhotoMetadata`` from what each standard says; ``zones``: see :func:`read_metadata`."""
    sources: dict[str, Source] = {}

    def first(name: str, values: list[tuple[Source, str | None]]) -> str | None:
        for source, value in values:
            if value is not None:
                sources[name] = source
                return value
        return None

    xmp, iptc, exif = (embedded for _, embedded in standards)
    caption = first("caption", [(source, found.caption) for source, found in standards])
    agency = first("agency", [("XMP", xmp.credit), ("IPTC", iptc.credit)])
    creator = first("creator", [(source, found.creator) for source, found in standards])
    credit = combine_credit(agency, creator)
    agency_source = sources.pop("agency", None)  # the credit's own field, not one of ours
    if credit is not None:
        sources["credit"] = agency_source or sources["creator"]
    copyright_ = first("copyright", [(source, found.copyright) for source, found in standards])
    gps: list[tuple[Source, LatLon | None]] = [("EXIF", exif.position), ("XMP", xmp.position)]
    position = next((where for _, where in gps if where is not None), None)
    described = [(source, describe(where) if where else None) for source, where in gps]
    place = first("place", [("XMP", _place(xmp)), ("IPTC", _place(iptc)), *described])
    if position is not None:
        sources["position"] = next(source for source, where in gps if where is position)
    country = first("country", [("XMP", xmp.country), ("IPTC", iptc.country)])
    time, unzoned, time_sources = _best_time([("EXIF", exif), ("XMP", xmp), ("IPTC", iptc)])
    offset_zone = None
    if zones and unzoned is not None and position is not None and (time is None or time.date_only):
        placed = _placed(unzoned, position, note)
        if placed is not None:
            time, unzoned, offset_zone = placed
            time_sources["time"] = time_sources.pop("unzoned_time")
    sources.update(time_sources)
    return PhotoMetadata(
        path=path,
        format=image.format,
        size=image.size,
        orientation=orientation,
        caption=caption,
        credit=credit,
        creator=creator,
        copyright=copyright_,
        time=time,
        unzoned_time=unzoned,
        place=place,
        country=country,
        position=position,
        offset_zone=offset_zone,
        sources=sources,
    )


def _best_time(standards: list[Reading]) -> tuple[TripTime | None, datetime | None, dict[str, Source]]:
    """The first full time with an offset, else the first date; and the first offset-less time."""
    sources: dict[str, Source] = {}
    timed = [(source, found.time) for source, found in standards if found.time is not None]
    full = [(source, time) for source, time in timed if not time.date_only]
    time = None
    if full or timed:
        sources["time"], time = (full or timed)[0]
    unzoned = None
    for source, found in standards:
        if found.unzoned is not None:
            sources["unzoned_time"], unzoned = source, found.unzoned
            break
    return time, unzoned, sources


def _placed(wall: datetime, where: LatLon, note: Note) -> tuple[TripTime, None, str] | None:
    """An offset-less ``wall`` time with the offset at ``where`` then: (time, no unzoned time, zone)."""
    found = offset_at(wall, where, note)
    if found is None:
        return None
    moment, zone = found
    return TripTime(moment), None, zone


def _place(found: Embedded) -> str | None:
    """The place from sublocation and city ("Opera House, Hanoi"), the city said once."""
    if found.sublocation and found.city and not contains(found.sublocation, found.city):
        return f"{found.sublocation}, {found.city}"
    return found.sublocation or found.city
