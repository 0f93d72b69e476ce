"""EXIF: orientation, capture time and offset, GPS, ImageDescription, Artist, Copyright.

Pillow parses the block (``Image.getexif()``); this module only picks the tags
and turns them into text and times. EXIF's ASCII fields are often written in
UTF-8 by phones; Pillow decodes them as Latin-1, so they are re-read as UTF-8
when that is what the bytes are.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from PIL import Image

from viewer.model.geo import LatLon
from viewer.model.metadata.fields import Embedded, Note, clean, clean_caption, is_blank_date, timed
from viewer.model.metadata.gps import LATITUDE, LONGITUDE, degrees, position
from viewer.model.trip import TripTime

ORIENTATION = 0x0112
IMAGE_DESCRIPTION = 0x010E
ARTIST = 0x013B
COPYRIGHT = 0x8298
EXIF_IFD = 0x8769
GPS_IFD = 0x8825
DATE_TIME_ORIGINAL = 0x9003
OFFSET_TIME_ORIGINAL = 0x9011
GPS_LATITUDE_REF, GPS_LATITUDE, GPS_LONGITUDE_REF, GPS_LONGITUDE = 1, 2, 3, 4

_DATE_TIME = re.compile(r"\s*(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"\s*([+-])(\d{2}):(\d{2})\s*")


def read_exif(image: Image.Image, note: Note) -> tuple[Embedded, int | None]:
    """What the photo's EXIF says, and its orientation (1–8, or ``None``)."""
    found = Embedded()
    if _pixels_broken(image):
        return found, None
    try:
        exif = image.getexif()
    except Exception as exc:  # Pillow raises many kinds for a damaged block
        note("EXIF", f"the EXIF block is damaged and was skipped ({_reason(exc)})")
        return found, None
    orientation = _orientation(exif.get(ORIENTATION), note)
    found.caption = clean_caption(_text(exif.get(IMAGE_DESCRIPTION), "EXIF ImageDescription", note))
    found.creator = _text(exif.get(ARTIST), "EXIF Artist", note)
    found.copyright = _copyright(exif.get(COPYRIGHT), note)
    details = _ifd(exif, EXIF_IFD, "EXIF", note)
    found.time, found.unzoned = _capture_time(details, note)
    found.position = _position(_ifd(exif, GPS_IFD, "EXIF GPS", note), note)
    return found, orientation


def read_exif_time(image: Image.Image, note: Note) -> Embedded:
    """Only the capture time: the fast path for ordering a folder.

    The GPS position too when the time has no offset, to look up the zone's.
    """
    found = Embedded()
    if _pixels_broken(image):
        return found
    try:
        exif = image.getexif()
        details = _ifd(exif, EXIF_IFD, "EXIF", note)
    except Exception as exc:
        note("EXIF", f"the EXIF block is damaged and was skipped ({_reason(exc)})")
        return found
    found.time, found.unzoned = _capture_time(details, note)
    if found.time is None or found.time.date_only:
        found.position = _position(_ifd(exif, GPS_IFD, "EXIF GPS", note), note)
    return found


def _pixels_broken(image: Image.Image) -> bool:
    """Whether a PNG's pixels, decoded to look for an EXIF chunk behind them, are damaged.

    Pillow's ``getexif()`` does that for a PNG with no EXIF before its pixels; a
    truncated or corrupt PNG then fails there. That is the file's damage, which
    the decoder reports (the viewer's error slide, ``check``'s file error), not the
    EXIF block's: there is then no EXIF to read.
    """
    if image.format != "PNG" or "exif" in image.info:
        return False
    try:
        image.load()
    except (OSError, SyntaxError, ValueError):
        return True
    return False


def _ifd(exif: Image.Exif, tag: int, name: str, note: Note) -> Mapping[int, Any]:
    try:
        return exif.get_ifd(tag)
    except Exception as exc:
        note(name, f"the block is damaged and was skipped ({_reason(exc)})")
        return {}


def _orientation(value: object, note: Note) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and 1 <= value <= 8:
        return value
    note("EXIF Orientation", f"{value!r} is not one of 1–8; the photo is shown as stored")
    return None


def _text(value: object, field: str, note: Note) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = _decode(value)
    if not isinstance(value, str):
        note(field, f"expected text, found {type(value).__name__}")
        return None
    if not value.isascii():
        # Pillow decodes ASCII tags as Latin-1; phones often write UTF-8 there.
        with contextlib.suppress(UnicodeError):
            value = value.encode("latin-1").decode("utf-8")
    return clean(value)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _copyright(value: object, note: Note) -> str | None:
    """EXIF Copyright may hold "photographer NUL editor"; keep both, joined."""
    text = _text(value.replace("\x00", "\n") if isinstance(value, str) else value, "EXIF Copyright", note)
    if text is None:
        return None
    return "; ".join(part.strip() for part in text.splitlines() if part.strip())


def _capture_time(details: Mapping[int, Any], note: Note) -> tuple[TripTime | None, datetime | None]:
    raw = details.get(DATE_TIME_ORIGINAL)
    if raw is None or (isinstance(raw, str) and is_blank_date(raw)):
        return None, None
    match = _DATE_TIME.match(raw) if isinstance(raw, str) else None
    try:
        if match is None:
            raise ValueError
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        note("EXIF DateTimeOriginal", f"not a date and time: {raw!r}")
        return None, None
    offset = details.get(OFFSET_TIME_ORIGINAL)
    if isinstance(offset, str) and offset.strip(" :\x00"):
        zone = _zone(offset)
        if zone is None:
            note("EXIF OffsetTimeOriginal", f"not a UTC offset like +07:00: {offset!r}")
        else:
            moment = moment.replace(tzinfo=zone)
    return timed(moment)


def _zone(text: str) -> timezone | None:
    match = _OFFSET.fullmatch(text.rstrip("\x00"))
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta > timedelta(hours=14) or int(minutes) >= 60:
        return None
    return timezone(-delta if sign == "-" else delta)


def _position(gps: Mapping[int, Any], note: Note) -> LatLon | None:
    if GPS_LATITUDE not in gps or GPS_LONGITUDE not in gps:
        return None
    try:
        latitude = degrees(_numbers(gps[GPS_LATITUDE]), gps.get(GPS_LATITUDE_REF), LATITUDE)
        longitude = degrees(_numbers(gps[GPS_LONGITUDE]), gps.get(GPS_LONGITUDE_REF), LONGITUDE)
    except (TypeError, ValueError, ZeroDivisionError) as exc:
        note("EXIF GPS", f"unreadable coordinates ({_reason(exc)})")
        return None
    return position(latitude, longitude)


def _numbers(value: Any) -> list[float]:
    """EXIF's rationals (degrees, minutes, seconds) as floats; a rational over 0 raises."""
    return [float(part) for part in (value if isinstance(value, tuple | list) else (value,))]


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
