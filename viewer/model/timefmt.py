"""Words for times: the labels on the timeline strip and in its hover text.

A photo's time is shown as the clock read where it was taken ("26 Feb 08:15
(UTC+7)"), because that is what the caption and the light in the photo agree
with; the strip's ticks use the trip's display zone instead. Month and weekday
names are fixed English abbreviations, so a label never depends on the locale
of the process that draws it. No Qt here.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from viewer.model.trip import TripTime

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = tuple(name[:3] for name in MONTH_NAMES)
_WEEKDAYS = tuple(name[:3] for name in WEEKDAY_NAMES)


def format_offset(offset: timedelta) -> str:
    """A UTC offset as people write it: ``UTC+7``, ``UTC+5:30``, ``UTC-3``, ``UTC``."""
    minutes = round(offset.total_seconds() / 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}:{rest:02d}" if rest else f"UTC{sign}{hours}"


def date_label(moment: datetime, *, with_year: bool = False) -> str:
    """The wall-clock date of ``moment``: ``26 Feb``, or ``26 Feb 2019``."""
    text = f"{moment.day} {_MONTHS[moment.month - 1]}"
    return f"{text} {moment.year}" if with_year else text


def day_label(moment: datetime, *, with_year: bool = False) -> str:
    """Weekday and date of ``moment``, for the strip's day ticks: ``Sat 23 Feb``."""
    return f"{_WEEKDAYS[moment.weekday()]} {date_label(moment, with_year=with_year)}"


def clock_label(moment: datetime) -> str:
    """The wall-clock time of ``moment``, for hour ticks: ``08:00``."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def local_label(time: TripTime, zone: tzinfo | None = None, *, with_year: bool = False) -> str:
    """A photo's or stop's time for people: ``26 Feb 08:15 (UTC+7, approx.)``.

    Shown in the offset the time was written with, unless ``zone`` is given.
    A date-only time reads ``26 Feb (time unknown)`` and is never converted:
    without an hour, moving it to another zone could only invent a wrong date.
    """
    if time.date_only:
        text = date_label(time.moment, with_year=with_year)
        notes = ["time unknown"]
    else:
        moment = time.moment if zone is None else _in_zone(time.moment, zone)
        offset = moment.utcoffset()
        assert offset is not None  # aware by TripTime's contract
        text = f"{date_label(moment, with_year=with_year)} {clock_label(moment)}"
        notes = [format_offset(offset)]
    if time.approximate:
        notes.append("approx.")
    return f"{text} ({', '.join(notes)})"


def _in_zone(moment: datetime, zone: tzinfo) -> datetime:
    """``moment`` as clocks in ``zone`` show it; as written when that is past the calendar's edge."""
    try:
        return moment.astimezone(zone)
    except OverflowError:  # year 1 at +09:00 is year 0 at UTC-5: the time as written says it best
        return moment
