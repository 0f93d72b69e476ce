"""GPS coordinates as EXIF and XMP write them, turned into a :class:`~viewer.model.geo.LatLon`.

EXIF keeps each coordinate as up to three unsigned rationals (degrees, minutes,
seconds) and a reference letter (N/S, E/W) beside it; XMP keeps it as one text,
``"21,1.71N"`` (degrees, decimal minutes, letter) or ``"21,1,42.6N"`` (degrees,
minutes, seconds, letter). Both meet the same rules here: a missing or strange
reference, a value that is not a number or not finite, a latitude beyond 90° or
a longitude beyond 180° is a :class:`ValueError` naming what is wrong, which the
readers turn into a note. ``0, 0`` is what cameras write without a fix: no position.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from viewer.model.geo import LatLon

LATITUDE, LONGITUDE = ("NS", 90.0), ("EW", 180.0)  # the reference letters and the limit of each

_XMP_COORDINATE = re.compile(r"\s*([^,]+)(?:,([^,]+))?(?:,([^,]+))?\s*([NSEWnsew])\s*")


def degrees(parts: Sequence[float], reference: object, axis: tuple[str, float]) -> float:
    """Signed degrees from (degrees[, minutes[, seconds]]) and a reference letter (str or bytes)."""
    letters, limit = axis
    if not 1 <= len(parts) <= 3 or not all(math.isfinite(part) and part >= 0 for part in parts):
        raise ValueError(f"{tuple(parts)!r} is not degrees, minutes, seconds")
    value: float = sum(part / 60**power for power, part in enumerate(parts))
    if isinstance(reference, bytes):
        reference = reference.decode("latin-1")
    reference = reference.strip("\x00 ").upper() if isinstance(reference, str) else ""
    if not reference:
        raise ValueError(f"the {letters[0]}/{letters[1]} reference is missing")
    if reference not in (letters[0], letters[1]):
        raise ValueError(f"the reference {reference!r} is not {letters[0]} or {letters[1]}")
    if value > limit:
        raise ValueError(f"{value:.4f}° is beyond {limit:g}°")
    return -value if reference == letters[1] else value


def xmp_degrees(text: str, axis: tuple[str, float]) -> float:
    """Signed degrees from XMP's ``"DD,MM.mmk"`` or ``"DD,MM,SSk"`` (``k`` the reference letter)."""
    match = _XMP_COORDINATE.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not like 21,1.71N")
    *numbers, letter = match.groups()
    parts = [float(number) for number in numbers if number is not None]
    return degrees(parts, letter, axis)


def position(latitude: float, longitude: float) -> LatLon | None:
    """The position, or ``None`` for 0° N, 0° E: what some cameras write without a fix."""
    if latitude == 0 and longitude == 0:
        return None
    return LatLon(latitude, longitude)


def describe(where: LatLon) -> str:
    """``21.0278° N, 105.8342° E``: a position as a place, where nothing names it."""
    north = "N" if where.lat >= 0 else "S"
    east = "E" if where.lon >= 0 else "W"
    return f"{abs(where.lat):.4f}° {north}, {abs(where.lon):.4f}° {east}"
