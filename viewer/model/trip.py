"""The trip as plain data: what a manifest (or a folder of photos) describes.

These dataclasses are the one shape every other part of the viewer reads: the
loader builds them, the timeline maths places them, the window shows them. They
carry no Qt and no file handles, so they can be made freely in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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
        times = [stop.time for stop in self.stops] + [photo.time for photo in self.photos]
        for when in times:
            if when is not None:
                return when.moment.tzinfo or UTC
        return UTC
