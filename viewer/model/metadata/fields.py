"""What one metadata standard says about a photo, and the text and time rules they share.

EXIF, IPTC and XMP each fill an :class:`Embedded` of their own; the fallback
order of DESIGN.md is applied later, in ``viewer.model.metadata.read``, so each
reader only has to know its own standard. Readers never raise for bad data:
they report it through a :data:`Note` callback (field, what is wrong) and go on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from viewer.model.geo import LatLon
from viewer.model.trip import TripTime

Note = Callable[[str, str], None]  # (field, message): a problem found while reading

_SPACES = re.compile(r"[ \t\r\n]+")
_WORDS = re.compile(r"\w+")
# What some cameras write into ImageDescription when nobody wrote a caption.
_CAMERA_PLACEHOLDERS = frozenset(
    {
        "olympus digital camera",
        "sony dsc",
        "digital camera",
        "minolta digital camera",
        "konica minolta digital camera",
    }
)


@dataclass
class Embedded:
    """The fields one standard (EXIF, IPTC or XMP) holds, as text ready to show."""

    caption: str | None = None
    credit: str | None = None  # the agency or provider: "Reuters"
    creator: str | None = None  # the photographer: "Ann Wang"
    copyright: str | None = None
    time: TripTime | None = None  # capture time with its UTC offset
    unzoned: datetime | None = None  # capture wall-clock time written without an offset
    city: str | None = None
    sublocation: str | None = None  # IPTC Sublocation / XMP Iptc4xmpCore:Location
    country: str | None = None
    position: LatLon | None = None  # from GPS


def clean(text: str | None) -> str | None:
    """Text as shown: NULs and surrounding blanks removed, ``None`` when nothing is left."""
    if text is None:
        return None
    text = text.replace("\x00", "").strip()
    return text or None


def clean_caption(text: str | None) -> str | None:
    """A caption, minus the placeholders cameras write when nobody wrote one."""
    text = clean(text)
    if text is not None and _SPACES.sub(" ", text).casefold() in _CAMERA_PLACEHOLDERS:
        return None
    return text


def words(text: str) -> list[str]:
    """Case- and accent-blind words, for comparing credits: ``"AP Photo/Ngọc"`` → ap, photo, ngoc."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    return _WORDS.findall(plain)


def contains(longer: str, shorter: str) -> bool:
    """Whether every word of ``shorter`` appears, in order and together, in ``longer``."""
    outer, inner = words(longer), words(shorter)
    if not inner:
        return True
    return any(outer[at : at + len(inner)] == inner for at in range(len(outer) - len(inner) + 1))


def combine_credit(credit: str | None, creator: str | None) -> str | None:
    """The credit line ``Agency/Creator``: ``Reuters`` + ``Ann Wang`` → ``Reuters/Ann Wang``.

    A credit that already names the creator (``Reuters/Ann Wang``), or a creator
    that already names the agency, is not doubled; either one alone stands alone.
    """
    if credit is None or creator is None:
        return credit or creator
    if contains(credit, creator):
        return credit
    if contains(creator, credit):
        return creator
    return f"{credit}/{creator}"


def timed(moment: datetime, *, date_only: bool = False) -> tuple[TripTime | None, datetime | None]:
    """A parsed time as (aware time, ``None``) or, without an offset, (``None``, wall clock)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return None, moment.replace(tzinfo=None)
    return TripTime(moment, date_only=date_only), None


def on_day(day: date) -> tuple[TripTime, None]:
    """A capture date without an hour: placed at noon UTC and flagged, as the manifest does."""
    return TripTime(datetime.combine(day, time(12), UTC), date_only=True), None


def is_blank_date(value: str) -> bool:
    """EXIF's way of saying "no date": blanks, colons and zeros only."""
    return not value.strip(" :0-T\x00")
