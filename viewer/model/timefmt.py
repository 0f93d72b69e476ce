"""Words for times: the labels on the timeline strip and in its hover text.

A photo's time is shown as the clock read where it was taken ("26 Feb 08:15
(UTC+7)"), because that is what the caption and the light in the photo agree
with; the strip's ticks use the trip's display zone instead. Month and weekday
names and the order of a date's parts come in :class:`DateWords`, given by the
window in its language (``viewer.gui.language.date_words``); English
(:data:`ENGLISH`) otherwise, so a label never depends on the locale of the
process that draws it. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from viewer.model.trip import TripTime

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = tuple(name[:3] for name in MONTH_NAMES)
_WEEKDAYS = tuple(name[:3] for name in WEEKDAY_NAMES)


@dataclass(frozen=True)
class DateWords:
    """A language's words for dates: names (January and Monday first) and patterns.

    ``date`` places ``{day}`` and ``{month}`` (a short month name), ``date_year``
    adds ``{year}``; ``day`` places ``{weekday}`` (short) before or after ``{date}``.
    """

    months: tuple[str, ...]
    short_months: tuple[str, ...]
    weekdays: tuple[str, ...]
    short_weekdays: tuple[str, ...]
    date: str = "{day} {month}"
    date_year: str = "{day} {month} {year}"
    day: str = "{weekday} {date}"
    time_unknown: str = "time unknown"
    approximate: str = "approx."
    comma: str = ", "  # between the notes in brackets: "(UTC+7, approx.)"; Arabic has its own


ENGLISH = DateWords(MONTH_NAMES, _MONTHS, WEEKDAY_NAMES, _WEEKDAYS)


def format_offset(offset: timedelta) -> str:
    """A UTC offset as people write it: ``UTC+7``, ``UTC+5:30``, ``UTC-3``, ``UTC``."""
    minutes = round(offset.total_seconds() / 60)
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}:{rest:02d}" if rest else f"UTC{sign}{hours}"


def date_label(moment: datetime, *, with_year: bool = False, words: DateWords = ENGLISH) -> str:
    """The wall-clock date of ``moment``: ``26 Feb``, or ``26 Feb 2019``."""
    pattern = words.date_year if with_year else words.date
    return pattern.format(day=moment.day, month=words.short_months[moment.month - 1], year=moment.year)


def day_label(moment: datetime, *, with_year: bool = False, words: DateWords = ENGLISH) -> str:
    """Weekday and date of ``moment``, for the strip's day ticks: ``Sat 23 Feb``."""
    return words.day.format(
        weekday=words.short_weekdays[moment.weekday()],
        date=date_label(moment, with_year=with_year, words=words),
    )


def clock_label(moment: datetime) -> str:
    """The wall-clock time of ``moment``, for hour ticks: ``08:00``."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def local_label(
    time: TripTime, zone: tzinfo | None = None, *, with_year: bool = False, words: DateWords = ENGLISH
) -> str:
    """A photo's or stop's time for people: ``26 Feb 08:15 (UTC+7, approx.)``.

    Shown in the offset the time was written with, unless ``zone`` is given.
    A date-only time reads ``26 Feb (time unknown)`` and is never converted:
    without an hour, moving it to another zone could only invent a wrong date.
    """
    if time.date_only:
        text = date_label(time.moment, with_year=with_year, words=words)
        notes = [words.time_unknown]
    else:
        moment = time.moment if zone is None else _in_zone(time.moment, zone)
        offset = moment.utcoffset()
        assert offset is not None  # aware by TripTime's contract
        text = f"{date_label(moment, with_year=with_year, words=words)} {clock_label(moment)}"
        notes = [format_offset(offset)]
    if time.approximate:
        notes.append(words.approximate)
    return f"{text} ({words.comma.join(notes)})"


def _in_zone(moment: datetime, zone: tzinfo) -> datetime:
    """``moment`` as clocks in ``zone`` show it; as written when that is past the calendar's edge."""
    try:
        return moment.astimezone(zone)
    except OverflowError:  # year 1 at +09:00 is year 0 at UTC-5: the time as written says it best
        return moment
