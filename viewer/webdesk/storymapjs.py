"""StoryMapJS stories (Knight Lab's JSON format) read into a :class:`Story`, and written from one.

The format, as Knight Lab documents it (storymap.knightlab.com/advanced/): a
top-level ``storymap`` object whose ``slides`` list holds, first, an
``overview`` slide (``"type": "overview"``: the title and introduction), then one
slide per place, each with ``location`` (``lat``, ``lon`` in degrees, ``name``,
``zoom``, ``line``), ``date`` (free text, shown as written), ``text``
(``headline``, ``text``) and ``media`` (``url``, ``caption``, ``credit``).

**Places.** A slide's location becomes the photo's position (``at:``) and its
name the photo's place. A slide without media becomes a stop on the route, with
its position. **Dates** are text: ISO 8601 (``2019-02-26``, ``2019-02-26 08:15``,
with an offset such as ``+07:00`` or ``UTC+07:00``) and dates in words
(``February 26, 2019``, ``26 Feb 2019``) are read; a time without an offset is
placed in the zone given (``--timezone``), else UTC; ``about`` before a date
marks it approximate. A date that cannot be read is kept in the notes.

Writing: the overview slide holds the title and notes, then each photo is a
slide placed at its position, or where the route map estimates it from its time
(StoryMapJS draws every slide at a place; the marker lists these, so they read
back without a position of their own), with its place as headline and
location name, its notes as text and its time written ISO-style in its own
offset (``2019-02-26 08:15 UTC+07:00``). Stops with a position are slides
without media. No Qt here.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from viewer.model.geo import LatLon
from viewer.model.manifest import FORMAT
from viewer.model.trip import Stop, TripTime
from viewer.webdesk.story import MARKER, Slide, Story, StoryReader, read_marker, slide_words
from viewer.webdesk.timelinejs import media_object, text_object, zone_name

ABOUT = "about "
_ISO = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<clock>\d{2}:\d{2}(?::\d{2})?)\s*(?:UTC)?(?P<offset>[+-]\d{1,2}(?::?\d{2})?|Z)?)?"
)
_WORDS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y")


def read_storymap(document: dict[str, Any], reader: StoryReader, zone: tzinfo | None) -> Story:
    """The story in ``document`` (a StoryMapJS JSON object); raise :class:`StoryError`."""
    root = reader.mapping(document["storymap"], "storymap")
    marker, zone = read_marker(document, reader, zone)
    ours = marker is not None
    placing = zone or UTC
    if "slides" not in root:
        raise reader.error("storymap", "a StoryMapJS story needs a 'slides' list; this one has none")
    estimated = set(marker.get("estimated_locations") or []) if marker is not None else set()
    title = notes = None
    slides: list[Slide] = []
    stops: list[Stop] = []
    left_out: list[str] = []
    for index, value in enumerate(reader.items(root["slides"], "storymap.slides")):
        where = f"storymap.slides[{index}]"
        slide = reader.mapping(value, where)
        text = reader.optional_mapping(slide, "text", where)
        headline = reader.html(text, "headline", f"{where}.text")
        body = reader.html(text, "text", f"{where}.text")
        media = reader.optional_mapping(slide, "media", where)
        url = reader.media_url(media, f"{where}.media")
        if slide.get("type") == "overview" and title is None and notes is None:
            title, notes = headline, body
            if url is not None:
                caption = reader.html(media, "caption", f"{where}.media")
                slides.append(
                    Slide(url, caption, reader.html(media, "credit", f"{where}.media"), where=where)
                )
            continue
        position, name = _location(reader, slide, where)
        written = reader.html(slide, "date", where)
        when = read_date(written, placing) if written else None
        unread = f"Date: {written}" if written and when is None else None
        if url is None:
            stop_name = name or headline
            if stop_name:
                stops.append(Stop(name=stop_name, time=when, position=position))
            else:
                left_out.append(f"{where}: no media and no name")
            continue
        caption, place, notes_of = slide_words(
            headline, body, reader.html(media, "caption", f"{where}.media"), ours, unread
        )
        if index in estimated:
            position = None
        credit = reader.html(media, "credit", f"{where}.media")
        slides.append(Slide(url, caption, credit, when, name or place, position, notes_of, where))
    attribution = reader.html(marker, "source", MARKER) if marker is not None else None
    return Story("storymap", title, tuple(slides), tuple(stops), notes, attribution, zone, tuple(left_out))


def _location(reader: StoryReader, slide: dict[str, Any], where: str) -> tuple[LatLon | None, str | None]:
    location = reader.optional_mapping(slide, "location", where)
    if location is None:
        return None, None
    name = reader.html(location, "name", f"{where}.location")
    lat, lon = location.get("lat"), location.get("lon")
    if lat is None and lon is None:
        return None, name
    if lat is None or lon is None:
        missing = "lat" if lat is None else "lon"
        raise reader.error(f"{where}.location", f"has no '{missing}': a place needs both 'lat' and 'lon'")
    latitude = reader.degrees(lat, f"{where}.location.lat", 90.0)
    longitude = reader.degrees(lon, f"{where}.location.lon", 180.0)
    return LatLon(latitude, longitude), name


def read_date(written: str, zone: tzinfo) -> TripTime | None:
    """A StoryMapJS ``date`` text as a time; None when it says no date this can read."""
    text = written.strip()
    approximate = text.lower().startswith(ABOUT)
    if approximate:
        text = text[len(ABOUT) :].strip()
    found = _ISO.fullmatch(text)
    try:
        if found is not None:
            day = date.fromisoformat(found["date"])
            if found["clock"] is None:
                return TripTime(datetime.combine(day, time(12), zone), True, approximate)
            clock = time.fromisoformat(found["clock"])
            moment = datetime.combine(day, clock)
            offset = found["offset"]
            if offset:
                zoned = datetime.fromisoformat(f"{moment.isoformat()}{_offset(offset)}")
                return TripTime(zoned, False, approximate)
            return TripTime(moment.replace(tzinfo=zone), False, approximate)
    except ValueError:
        return None
    for pattern in _WORDS:
        try:
            day = datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        return TripTime(datetime.combine(day, time(12), zone), True, approximate)
    return None


def _offset(written: str) -> str:
    """``+7``, ``+0700`` or ``+07:00`` as ``+07:00``; ``Z`` as ``+00:00``."""
    if written == "Z":
        return "+00:00"
    sign, digits = written[0], written[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    return f"{sign}{int(hours):02d}:{minutes}"


def date_text(when: TripTime) -> str:
    """A time as a StoryMapJS ``date``: ``2019-02-26 08:15 UTC+07:00``, ``about`` if approximate."""
    moment = when.moment
    if when.date_only:
        written = moment.date().isoformat()
    else:
        offset = moment.isoformat()[-6:] if moment.utcoffset() else "+00:00"
        clock = f"{moment:%H:%M}" if not moment.second else f"{moment:%H:%M:%S}"
        written = f"{moment.date().isoformat()} {clock} UTC{offset}"
    return f"{ABOUT}{written}" if when.approximate else written


def write_storymap(story: Story, estimates: list[LatLon | None]) -> dict[str, Any]:
    """The StoryMapJS JSON object for ``story``; ``estimates`` place photos that have no position."""
    overview: dict[str, Any] = {"type": "overview", "text": text_object(story.title, story.notes)}
    slides = [overview]
    estimated: list[int] = []
    for slide, estimate in zip(story.slides, estimates, strict=True):
        written: dict[str, Any] = {
            "text": text_object(slide.place, slide.notes),
            "media": media_object(slide),
        }
        where = slide.position or estimate
        if where is not None:
            written["location"] = _location_object(where, slide.place)
            if slide.position is None:
                estimated.append(len(slides))
        if slide.time is not None:
            written["date"] = date_text(slide.time)
        slides.append(written)
    for stop in story.stops:
        if stop.position is not None:
            written = {
                "text": text_object(stop.name, None),
                "location": _location_object(stop.position, stop.name),
            }
            if stop.time is not None:
                written["date"] = date_text(stop.time)
            slides.append(written)
    marker: dict[str, Any] = {"format": FORMAT, "estimated_locations": estimated}
    if story.timezone is not None:
        marker["timezone"] = zone_name(story.timezone)
    if story.attribution:
        marker["source"] = story.attribution
    return {"storymap": {"slides": slides}, MARKER: marker}


def _location_object(where: LatLon, name: str | None) -> dict[str, Any]:
    found: dict[str, Any] = {"lat": round(where.lat, 6), "lon": round(where.lon, 6), "line": True}
    if name:
        found["name"] = name
    return found
