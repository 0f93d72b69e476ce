"""The trip as plain data: what a manifest (or a folder of photos) describes.

These dataclasses are the one shape every other part of the viewer reads: the
loader builds them, the timeline maths places them, the window shows them. They
carry no Qt and no file handles, so they can be made freely in tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from itertools import chain
from pathlib import Path

from viewer.model.geo import LatLon

EARLIEST = datetime.min.replace(tzinfo=UTC)
LATEST = datetime.max.replace(tzinfo=UTC)


def placeable(moment: datetime) -> bool:
    """Whether the aware ``moment`` falls in years 1 to 9999 once in UTC.

    ``0001-01-01T00:30+01:00`` is a valid time that falls before year 1 in UTC:
    Python compares and subtracts such times exactly, but cannot convert them.
    """
    return EARLIEST <= moment <= LATEST


def utc_instant(moment: datetime) -> datetime:
    """The aware ``moment`` in UTC; one past the calendar's edge (see :func:`placeable`) is the edge."""
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return EARLIEST if moment < EARLIEST else LATEST


@dataclass(frozen=True, slots=True)
class TripTime:
    """A moment of the trip, as the manifest or the photo gave it.

    ``moment`` is always timezone-aware and keeps the UTC offset it was written
    with, so a label can show the local time where the photo was taken while
    ordering and spacing use absolute time.
    """

    moment: datetime
    date_only: bool = False  # written as a date: the hour is unknown
    approximate: bool = False  # an estimate, shown as "approx."

    def __post_init__(self) -> None:
        if self.moment.tzinfo is None or self.moment.utcoffset() is None:
            raise ValueError("TripTime needs a timezone-aware datetime")

    @property
    def offset(self) -> timedelta:
        """The UTC offset the time was written with."""
        offset = self.moment.utcoffset()
        assert offset is not None  # guaranteed by __post_init__
        return offset


@dataclass(frozen=True)
class Stop:
    """A named place along the route, drawn on the timeline strip."""

    name: str
    time: TripTime | None = None
    position: LatLon | None = None  # where it is, if the manifest says


@dataclass(frozen=True, slots=True)
class Photo:
    """One photo of the trip and everything said about it.

    A field left out of the manifest is ``None``; it is shown as missing, never
    invented.
    """

    path: Path  # absolute, inside the manifest's folder
    file: str  # as written in the manifest, for messages
    caption: str | None = None
    credit: str | None = None
    time: TripTime | None = None
    place: str | None = None
    notes: str | None = None
    position: LatLon | None = None  # where it was taken, if the manifest says
    duration: float | None = None  # seconds in autoplay (viewer.model.timing)
    transition: str | None = None  # how it arrives: "cut" or "fade"
    # Where a web story had the photo (``url:``), kept for the person to fetch: never read.
    url: str | None = None


def _setter(cls: type, name: str) -> Callable[[object, object], None]:
    setter: Callable[[object, object], None] = getattr(cls, name).__set__
    return setter


# The generated __init__ of a frozen dataclass sets each field through
# object.__setattr__, which looks the slot up again every time; the slots' own
# setters, looked up once, make a photo some 2.5 times faster. Only for the
# manifest reader, which makes 10,000 of each.
_new = object.__new__
_SET_TIME = tuple(_setter(TripTime, name) for name in ("moment", "date_only", "approximate"))
_SET_PHOTO = tuple(
    _setter(Photo, name)
    for name in (
        "path",
        "file",
        "caption",
        "credit",
        "time",
        "place",
        "notes",
        "position",
        "duration",
        "transition",
        "url",
    )
)


def made_trip_time(moment: datetime, date_only: bool, approximate: bool) -> TripTime:
    """``TripTime(moment, date_only, approximate)`` for a ``moment`` known to be aware (not checked)."""
    made: TripTime = _new(TripTime)
    set_moment, set_date_only, set_approximate = _SET_TIME
    set_moment(made, moment)
    set_date_only(made, date_only)
    set_approximate(made, approximate)
    return made


def made_photo(
    path: Path,
    file: str,
    caption: str | None,
    credit: str | None,
    time: TripTime | None,
    place: str | None,
    notes: str | None,
    position: LatLon | None = None,
    duration: float | None = None,
    transition: str | None = None,
    url: str | None = None,
) -> Photo:
    """``Photo(path, file, caption, credit, time, place, notes, position, duration, transition, url)``,
    made the quick way."""
    made: Photo = _new(Photo)
    (
        set_path,
        set_file,
        set_caption,
        set_credit,
        set_time,
        set_place,
        set_notes,
        set_position,
        set_duration,
        set_transition,
        set_url,
    ) = _SET_PHOTO
    set_path(made, path)
    set_file(made, file)
    set_caption(made, caption)
    set_credit(made, credit)
    set_time(made, time)
    set_place(made, place)
    set_notes(made, notes)
    set_position(made, position)
    set_duration(made, duration)
    set_transition(made, transition)
    set_url(made, url)
    return made


@dataclass(frozen=True)
class LeftOut:
    """A file named like a photo that the trip does not open, and why (``file`` as listed)."""

    file: str
    reason: str


@dataclass(frozen=True)
class Trip:
    """A whole trip: its photos in presentation order, and its route."""

    source: Path  # the manifest file, or the folder opened as a trip
    folder: Path  # where photo paths are resolved
    title: str
    photos: tuple[Photo, ...]
    stops: tuple[Stop, ...] = ()
    attribution: str | None = None  # the manifest's ``source:``, e.g. the article
    timezone: tzinfo | None = None  # how times are shown by default
    notes: str | None = None
    # Where each photo's entry starts in the manifest (1-based line), for messages.
    photo_lines: tuple[int, ...] = field(default=(), compare=False)
    # A folder listed before its photos' capture times were read: in modification-time
    # order until ``viewer.model.folder.settle_order`` puts it in capture-time order.
    provisional: bool = False
    # Files of a folder trip named like photos but not opened (links that lead out).
    left_out: tuple[LeftOut, ...] = field(default=(), compare=False)
    # The manifest's ``route:``: a GPX file of the path taken (read by viewer.model.route),
    # or why the one named is refused ("file:line:col: ..."), for the map's banner.
    route: Path | None = None
    route_problem: str | None = None
    # The manifest's defaults for its photos: seconds in autoplay, and how each arrives.
    duration: float | None = None
    transition: str | None = None

    def chronological(self) -> list[int]:
        """Indexes of the photos ordered by absolute time.

        Photos without a time keep their place after the timed photo that
        precedes them in the manifest, so they sit between their neighbours.
        """
        order: list[tuple[datetime, int, int]] = []
        last: datetime | None = None
        for index, photo in enumerate(self.photos):
            if photo.time is not None:
                last = photo.time.moment
            # Untimed photos before the first timed one sort to the very start.
            key = last if last is not None else datetime.min.replace(tzinfo=UTC)
            order.append((key, 0 if photo.time is not None else 1, index))
        return [index for _, _, index in sorted(order)]

    def display_zone(self) -> tzinfo:
        """The zone used for the strip's ticks: the trip's, else its first offset."""
        if self.timezone is not None:
            return self.timezone
        times = chain((stop.time for stop in self.stops), (photo.time for photo in self.photos))
        for when in times:  # lazily: the strip asks at every paint, and a trip may hold 100,000
            if when is not None:
                return when.moment.tzinfo or UTC
        return UTC
