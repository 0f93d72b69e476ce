"""IPTC IIM, the block wire services fill: caption, credit, by-line, date, places.

Pillow finds and splits the block (``IptcImagePlugin.getiptcinfo``); this module
decodes the text. Record 1:90 names the character set: ``ESC % G`` is UTF-8.
Without it the bytes are read as UTF-8 when they are valid UTF-8, else as
Windows-1252 (Latin-1 with curly quotes), which is what old desks wrote.
By-line (2:80) may repeat and every name is kept; other repeated fields keep
their first value.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

from PIL import Image, ImageFile, IptcImagePlugin

from viewer.model.metadata.fields import Embedded, Note, clean, clean_caption, on_day, timed
from viewer.model.trip import TripTime

CHARSET = (1, 90)
DATE_CREATED, TIME_CREATED = (2, 55), (2, 60)
BYLINE, CITY, SUBLOCATION, COUNTRY = (2, 80), (2, 90), (2, 92), (2, 101)
CREDIT, COPYRIGHT, CAPTION = (2, 110), (2, 116), (2, 120)

_UTF8 = {b"\x1b%G", b"\x1b%/G", b"\x1b%/H", b"\x1b%/I"}
_LATIN1 = {b"\x1b-A", b"\x1b.A"}
_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TIME = re.compile(r"(\d{2}):?(\d{2}):?(\d{2})(?:([+-])(\d{2}):?(\d{2})|Z)?")

Raw = dict[tuple[int, int], bytes | list[bytes]]


def read_iptc(image: Image.Image, note: Note) -> Embedded:
    """What the photo's IPTC block says; empty when it has none."""
    raw = _block(image, note)
    found = Embedded()
    if not raw:
        return found
    text = _Text(raw, note)
    found.caption = clean_caption(text.first(CAPTION))
    found.credit = text.first(CREDIT)
    found.creator = clean(", ".join(text.every(BYLINE))) or None
    found.copyright = text.first(COPYRIGHT)
    found.city = text.first(CITY)
    found.sublocation = text.first(SUBLOCATION)
    found.country = text.first(COUNTRY)
    found.time, found.unzoned = _capture_time(text.first(DATE_CREATED), text.first(TIME_CREATED), note)
    return found


def read_iptc_time(image: Image.Image, note: Note) -> Embedded:
    """Only the capture time: the fast path for ordering a folder."""
    raw = _block(image, note)
    found = Embedded()
    if raw:
        text = _Text(raw, note)
        found.time, found.unzoned = _capture_time(text.first(DATE_CREATED), text.first(TIME_CREATED), note)
    return found


def _block(image: Image.Image, note: Note) -> Raw | None:
    if not isinstance(image, ImageFile.ImageFile):
        return None
    try:
        return IptcImagePlugin.getiptcinfo(image)
    except Exception as exc:  # Pillow raises SyntaxError/OSError for a damaged block
        note("IPTC", f"the IPTC block is damaged and was skipped ({exc or type(exc).__name__})")
        return None


class _Text:
    """Decodes the block's values in the character set it declares."""

    def __init__(self, raw: Raw, note: Note) -> None:
        self.raw = raw
        self.note = note
        declared = self.values(CHARSET)
        charset = declared[0] if declared else None
        self.encoding: str | None = None  # None: guess per value
        if charset in _UTF8:
            self.encoding = "utf-8"
        elif charset in _LATIN1:
            self.encoding = "latin-1"
        elif charset is not None:
            note("IPTC 1:90", f"unknown character set {charset!r}; reading the text as UTF-8 or Latin-1")

    def values(self, key: tuple[int, int]) -> list[bytes]:
        value = self.raw.get(key)
        items = value if isinstance(value, list) else [value]
        return [item for item in items if item]

    def every(self, key: tuple[int, int]) -> list[str]:
        decoded = (clean(self.decode(data, key)) for data in self.values(key))
        return [text for text in decoded if text]

    def first(self, key: tuple[int, int]) -> str | None:
        found = self.every(key)
        return found[0] if found else None

    def decode(self, data: bytes, key: tuple[int, int]) -> str:
        if self.encoding == "latin-1":
            return data.decode("latin-1")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            if self.encoding == "utf-8":
                self.note(f"IPTC {key[0]}:{key[1]}", "not valid UTF-8, though 1:90 says it is")
                return data.decode("utf-8", "replace")
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
            return data.decode("latin-1")


def _capture_time(
    day_text: str | None, time_text: str | None, note: Note
) -> tuple[TripTime | None, datetime | None]:
    if day_text is None or not day_text.strip("0 "):
        return None, None
    match = _DATE.fullmatch(day_text)
    try:
        if match is None:
            raise ValueError
        day = date(*(int(part) for part in match.groups()))
    except ValueError:
        note("IPTC 2:55", f"not a date like 20190226: {day_text!r}")
        return None, None
    if time_text is None:
        return on_day(day)
    clock = _TIME.fullmatch(time_text)
    try:
        if clock is None:
            raise ValueError
        hour, minute, second, sign, off_hours, off_minutes = clock.groups()
        moment = datetime(day.year, day.month, day.day, int(hour), int(minute), int(second))
        if time_text.endswith("Z"):
            moment = moment.replace(tzinfo=UTC)
        elif sign is not None:
            offset = timedelta(hours=int(off_hours), minutes=int(off_minutes))
            if offset > timedelta(hours=14) or int(off_minutes) >= 60:
                raise ValueError
            moment = moment.replace(tzinfo=timezone(-offset if sign == "-" else offset))
    except ValueError:
        note("IPTC 2:60", f"not a time like 081500+0700: {time_text!r}")
        return on_day(day)
    return timed(moment)
