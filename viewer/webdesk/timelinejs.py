"""TimelineJS3 stories (Knight Lab's JSON format) read into a :class:`Story`, and written from one.

The format, as Knight Lab documents it (timeline.knightlab.com/docs/json-format.html):
``events`` (required), a list of slides; ``title``, a slide without a date;
``eras``, spans with a ``start_date``, an ``end_date`` and a ``text``. A slide has
``start_date`` and ``end_date`` (date objects: ``year`` required, then ``month``,
``day``, ``hour``, ``minute``, ``second``, ``millisecond``, each a number or its
digits as text, blank when a spreadsheet's cell was, and a ``display_date``),
``text`` (``headline``, ``text``), ``media`` (``url``, ``caption``, ``credit``),
``group`` and ``display_date``.

**Times.** A TimelineJS date has no time zone: it is a wall-clock time, read as
written. It is placed in the zone given (``--timezone``), else in the zone the
story names if trip-viewer wrote it, else in UTC; the manifest gets that zone's
offset. A date without an hour is a date-only time; a year alone is 1 January
and a year and month the 1st, both marked approximate. A ``display_date`` that
says "approx." marks the time approximate. Years must be 1 to 9999 (a trip's
calendar), months 1 to 12, days real days of their month.

**What becomes what.** An event with media is a photo (its start date is the
time; the end date is checked and not kept); an event without media becomes a
stop on the strip, named by its headline, and so does each era, at its start.
The title slide gives the trip's title and notes (and its media, if any, is the
first photo). HTML in any text becomes plain text (``htmltext``).

Writing: every photo is an event with its media, caption and credit; its
headline is the place and its text the presenter's notes; the display date is
the viewer's own label, whose UTC offset puts the time back at its own offset
when trip-viewer reads the story again. Stops are events without media. A photo without a time
takes the date of the timed photo before it (TimelineJS places every event at a
date) with the display date "time unknown", and reads back untimed. No Qt here.
"""

from __future__ import annotations

import contextlib
import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from viewer.model.manifest import FORMAT
from viewer.model.timefmt import local_label
from viewer.model.trip import Stop, TripTime
from viewer.webdesk.htmltext import text_to_html
from viewer.webdesk.story import MARKER, Slide, Story, StoryReader, read_marker, slide_words

UNKNOWN_TIME = "time unknown"
APPROXIMATE = "approx."
_LABEL_OFFSET = re.compile(r"\(UTC(?:([+-])(\d{1,2})(?::(\d{2}))?)?[,)]")  # as timefmt.format_offset writes
_PARTS = (("hour", 0, 23), ("minute", 0, 59), ("second", 0, 59), ("millisecond", 0, 999))


def read_timeline(document: dict[str, Any], reader: StoryReader, zone: tzinfo | None) -> Story:
    """The story in ``document`` (a TimelineJS3 JSON object); raise :class:`StoryError`."""
    marker, zone = read_marker(document, reader, zone)
    ours = marker is not None
    placing = zone or UTC
    if "events" not in document:
        raise reader.error("the story", "a TimelineJS story needs an 'events' list; this one has none")
    events = reader.items(document["events"], "events")
    slides: list[Slide] = []
    stops: list[Stop] = []
    left_out: list[str] = []
    title_slide = reader.optional_mapping(document, "title", "the story")
    title = notes = None
    if title_slide is not None:
        text = reader.optional_mapping(title_slide, "text", "title")
        title, notes = reader.html(text, "headline", "title.text"), reader.html(text, "text", "title.text")
        media = reader.optional_mapping(title_slide, "media", "title")
        url = reader.media_url(media, "title.media")
        if url is not None:
            caption = reader.html(media, "caption", "title.media")
            credit = reader.html(media, "credit", "title.media")
            slides.append(Slide(url, caption, credit, where="title"))
    for index, value in enumerate(events):
        where = f"events[{index}]"
        event = reader.mapping(value, where)
        if event.get("start_date") is None:
            raise reader.error(where, "an event needs a 'start_date'")
        when: TripTime | None = _date(reader, event["start_date"], f"{where}.start_date", placing)
        if not _blank(event.get("end_date")):  # checked, not kept: a photo is taken at one time
            _date(reader, event["end_date"], f"{where}.end_date", placing)
        shown = reader.html(event, "display_date", where) or ""
        if shown == UNKNOWN_TIME and ours:
            when = None
        elif when is not None:
            when = _as_shown(when, shown, ours)
        text = reader.optional_mapping(event, "text", where)
        headline, body = (
            reader.html(text, "headline", f"{where}.text"),
            reader.html(text, "text", f"{where}.text"),
        )
        media = reader.optional_mapping(event, "media", where)
        url = reader.media_url(media, f"{where}.media")
        if url is None:
            name = headline or (body or "").split("\n")[0] or None
            if name:
                stops.append(Stop(name=name, time=when))
            else:
                left_out.append(f"{where}: no media and no headline")
            continue
        group = reader.html(event, "group", where)
        caption, place, notes_of = slide_words(
            headline,
            body,
            reader.html(media, "caption", f"{where}.media"),
            ours,
            f"Group: {group}" if group else None,
        )
        credit = reader.html(media, "credit", f"{where}.media")
        slides.append(Slide(url, caption, credit, when, place, None, notes_of, where))
    for index, value in enumerate(reader.items(document.get("eras") or [], "eras")):
        where = f"eras[{index}]"
        era = reader.mapping(value, where)
        for key in ("start_date", "end_date"):
            if era.get(key) is None:
                raise reader.error(where, f"an era needs a '{key}'")
        start = _date(reader, era["start_date"], f"{where}.start_date", placing)
        _date(reader, era["end_date"], f"{where}.end_date", placing)
        name = reader.html(reader.optional_mapping(era, "text", where), "headline", f"{where}.text")
        if name:
            stops.append(Stop(name=name, time=start))
        else:
            left_out.append(f"{where}: an era without a headline")
    attribution = reader.html(marker, "source", MARKER) if marker is not None else None
    stops.sort(key=lambda stop: (stop.time is None, stop.time.moment if stop.time else 0))
    return Story("timeline", title, tuple(slides), tuple(stops), notes, attribution, zone, tuple(left_out))


def _as_shown(when: TripTime, shown: str, ours: bool) -> TripTime:
    """``when`` as its display date says: approximate if it says "approx.", and, in a story
    trip-viewer wrote, in the UTC offset its label names (``26 Feb 2019 17:00 (UTC+9)``),
    so a time taken at UTC+9 reads back at UTC+9 rather than in the story's one zone."""
    moment = when.moment
    offset = _LABEL_OFFSET.search(shown) if ours and not when.date_only else None
    if offset is not None:
        sign, hours, minutes = offset.group(1) or "+", int(offset.group(2) or 0), int(offset.group(3) or 0)
        delta = timedelta(hours=hours, minutes=minutes) * (-1 if sign == "-" else 1)
        with contextlib.suppress(OverflowError, ValueError):
            moment = moment.astimezone(timezone(delta))
    return TripTime(moment, when.date_only, when.approximate or APPROXIMATE in shown)


def _blank(value: Any) -> bool:
    """Whether a date is left out: absent, or a spreadsheet's row whose date cells are all blank."""
    if isinstance(value, dict):
        return all(part is None or (isinstance(part, str) and not part.strip()) for part in value.values())
    return value is None


def _date(reader: StoryReader, value: Any, where: str, zone: tzinfo) -> TripTime:
    """A TimelineJS date object as a trip's time, its wall clock placed in ``zone``."""
    # A spreadsheet's blank cell arrives as "": the same as a part left out.
    parts = {
        name: part
        for name, part in reader.mapping(value, where).items()
        if not (part is None or (isinstance(part, str) and not part.strip()))
    }
    if parts.get("year") is None:
        raise reader.error(where, "a date needs a 'year'")
    year = reader.integer(parts["year"], f"{where}.year", 1, 9999, "year a trip's calendar holds")
    month = parts.get("month")
    day = parts.get("day")
    month_number = reader.integer(month, f"{where}.month", 1, 12, "month") if month is not None else None
    if month_number is None or day is None:  # a year, or a month: its first day, as an estimate
        start = date(year, month_number or 1, 1)
        return TripTime(datetime.combine(start, time(12), zone), date_only=True, approximate=True)
    day_number = reader.integer(day, f"{where}.day", 1, 31, "day of a month")
    try:
        on = date(year, month_number, day_number)
    except ValueError:
        raise reader.error(f"{where}.day", f"{year}-{month_number:02d} has no day {day_number}") from None
    if parts.get("hour") is None:
        return TripTime(datetime.combine(on, time(12), zone), date_only=True)
    clock = [
        reader.integer(parts[name], f"{where}.{name}", low, high, name) if parts.get(name) is not None else 0
        for name, low, high in _PARTS
    ]
    hour, minute, second, millisecond = clock
    moment = datetime.combine(on, time(hour, minute, second, millisecond * 1000), zone)
    return TripTime(moment)


# -- writing ----------------------------------------------------------------------


def zone_name(zone: tzinfo) -> str:
    """An IANA name for ``zone``, which ``--timezone`` and the story's marker take back.

    A fixed offset of whole hours is ``Etc/GMT-7`` (POSIX's sign: east is minus);
    any other offset is named as UTC, which it then is.
    """
    if isinstance(zone, ZoneInfo):
        return zone.key
    offset = zone.utcoffset(None) if isinstance(zone, timezone) else None
    if offset is None or offset == timedelta(0):
        return "UTC"
    hours, rest = divmod(offset, timedelta(hours=1))
    return f"Etc/GMT{-hours:+d}" if not rest and -14 <= hours <= 12 else "UTC"


def date_parts(when: TripTime, zone: tzinfo) -> dict[str, int]:
    """``when`` as a TimelineJS date object: its wall clock in ``zone`` (a date-only time as written)."""
    moment = when.moment
    if not when.date_only:
        with contextlib.suppress(OverflowError):  # past the calendar's edge there: as written
            moment = moment.astimezone(zone)
    parts = {"year": moment.year, "month": moment.month, "day": moment.day}
    if not when.date_only:
        parts.update(hour=moment.hour, minute=moment.minute, second=moment.second)
        if moment.microsecond:
            parts["millisecond"] = moment.microsecond // 1000
    return parts


def write_timeline(story: Story) -> dict[str, Any]:
    """The TimelineJS3 JSON object for ``story``; ``ValueError`` if no photo or stop has a time."""
    zone = story.timezone or UTC
    events: list[dict[str, Any]] = []
    last: TripTime | None = next((slide.time for slide in story.slides if slide.time), None)
    if last is None and not any(stop.time for stop in story.stops):
        raise ValueError("no photo has a time, and TimelineJS places every event at a date")
    for slide in story.slides:
        when, shown = slide.time, None
        if when is None:
            when, shown = last, UNKNOWN_TIME
        else:
            last = when
        if when is None:  # untimed photos before any timed one: at the first stop's time
            when = next(stop.time for stop in story.stops if stop.time)
        event: dict[str, Any] = {
            "start_date": date_parts(when, zone),
            "display_date": shown or local_label(when, with_year=True),
            "text": text_object(slide.place, slide.notes),
            "media": media_object(slide),
        }
        events.append(event)
    for stop in story.stops:
        if stop.time is not None:
            events.append(
                {
                    "start_date": date_parts(stop.time, zone),
                    "display_date": local_label(stop.time, with_year=True),
                    "text": text_object(stop.name, None),
                }
            )
    document: dict[str, Any] = {"title": {"text": text_object(story.title, story.notes)}, "events": events}
    marker: dict[str, Any] = {"format": FORMAT, "timezone": zone_name(zone)}
    if story.attribution:
        marker["source"] = story.attribution
    document[MARKER] = marker
    return document


def text_object(headline: str | None, text: str | None) -> dict[str, str]:
    """A ``text`` object: Knight Lab shows both as HTML, so the plain text is escaped."""
    found = {"headline": headline, "text": text}
    return {key: text_to_html(value) for key, value in found.items() if value}


def media_object(slide: Slide) -> dict[str, str]:
    """A ``media`` object: the URL as it is, the caption and credit as HTML."""
    found = {"caption": slide.caption, "credit": slide.credit}
    written = {"url": slide.media} if slide.media else {}
    return written | {key: text_to_html(value) for key, value in found.items() if value}
