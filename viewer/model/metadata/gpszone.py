"""The UTC offset of a camera time that has none, from the time zone at the photo's GPS position.

Cameras often write ``DateTimeOriginal`` without ``OffsetTimeOriginal``: the
wall clock where the photo was taken, but not which zone that clock was in. When
the photo also has a GPS position, the zone there is looked up offline and the
time gets that zone's offset at that moment (summer time included). The result
is marked as derived (:attr:`~viewer.model.metadata.PhotoMetadata.offset_zone`)
so that views, ``check`` and ``import`` can say where the offset came from.

tzfpy answers, not timezonefinder: 5 MB installed against about 110 MB (numpy,
h3 and its data), a 1 ms import against 120–190 ms, and a third of the lookup
time (docs/performance.md, under this module). Its zone data is built on the
first lookup (60–80 ms, about 34 MB), so the package is imported here only then:
lookups happen where metadata is read (the metadata store's worker, ``check``,
``import``), never on the UI thread and never before the first photo.

In the sea the answer is a nautical zone, ``Etc/GMT-7`` (UTC+7; POSIX's sign is
reversed), which is the right time there; on the 180th meridian itself either of
``Etc/GMT±12`` may come back, both true of the line. A position in no zone at all
leaves the time without an offset, as before.
"""

from __future__ import annotations

import functools
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from viewer.model.geo import LatLon
from viewer.model.metadata.fields import Note


def zone_at(where: LatLon) -> str | None:
    """The IANA name of the time zone at ``where`` (``Asia/Bangkok``), or ``None`` if none covers it."""
    import tzfpy  # builds its zone data on the first lookup: only where metadata is read

    return tzfpy.get_tz(where.lon, where.lat) or None


@functools.lru_cache(maxsize=1024)  # more than the world's zones
def _zone(name: str) -> ZoneInfo:
    """``ZoneInfo(name)``, kept: ZoneInfo's own cache keeps 8, and reads a file for each other (0.2 ms)."""
    return ZoneInfo(name)


def offset_at(wall: datetime, where: LatLon, note: Note) -> tuple[datetime, str] | None:
    """The naive ``wall`` clock time with the UTC offset in force at ``where`` then, and the zone's name.

    A wall time that a clock change skips or repeats takes the offset from before
    the change (``fold=0``). What cannot be given an offset is noted, and ``None``.
    """
    name = zone_at(where)
    if name is None:
        note("GPS", "no time zone is known at this position; the time keeps no UTC offset")
        return None
    try:
        offset = wall.replace(tzinfo=_zone(name)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError, OSError):
        note("GPS", f"the time zone there, {name}, is not in this computer's zone database")
        return None
    except OverflowError:  # year 1 or 9999, where the zone's rules leave the calendar
        note("GPS", f"{wall} is too near the calendar's edge for the offset of {name}")
        return None
    assert offset is not None  # a ZoneInfo always gives one
    # Whole minutes, as ISO 8601 and manifests write them: only local mean time before
    # the zones (Bangkok's +06:42:04 until 1880) has seconds.
    minutes = round(offset.total_seconds() / 60)
    return wall.replace(tzinfo=timezone(timedelta(minutes=minutes))), name
