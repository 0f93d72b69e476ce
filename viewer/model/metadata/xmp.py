"""XMP: the RDF packet modern tools write: description, credit, creator, rights, date, places, GPS.

Pillow parses the packet with defusedxml (``Image.getxmp()``, entities refused)
into nested dicts with the namespaces stripped; this module walks that tree.
Values may be written as elements or as attributes of ``rdf:Description``, and
a packet may hold several descriptions: all are read, the first value wins.
Language alternatives (``rdf:Alt``) prefer ``x-default``; a creator list
(``rdf:Seq``) keeps every name.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PIL import Image

from viewer.model.geo import LatLon
from viewer.model.metadata.fields import Embedded, Note, clean, clean_caption, on_day, timed
from viewer.model.metadata.gps import LATITUDE, LONGITUDE, position, xmp_degrees
from viewer.model.trip import TripTime


def read_xmp(image: Image.Image, note: Note) -> Embedded:
    """What the photo's XMP packet says; empty when it has none."""
    fields = _description(image, note)
    found = Embedded()
    if not fields:
        return found
    found.caption = clean_caption(_alternative(fields.get("description")))
    found.credit = _alternative(fields.get("Credit"))
    found.creator = clean(", ".join(text for _, text in _texts(fields.get("creator")))) or None
    found.copyright = _alternative(fields.get("rights"))
    found.city = _alternative(fields.get("City"))
    found.sublocation = _alternative(fields.get("Location"))
    found.country = _alternative(fields.get("Country"))
    found.time, found.unzoned = _capture_time(fields.get("DateCreated"), note)
    found.position = _position(fields, note)
    return found


def read_xmp_time(image: Image.Image, note: Note) -> Embedded:
    """Only the capture time and the GPS position: the fast path for ordering a folder."""
    found = Embedded()
    fields = _description(image, note)
    if fields:
        found.time, found.unzoned = _capture_time(fields.get("DateCreated"), note)
        found.position = _position(fields, note)
    return found


def _description(image: Image.Image, note: Note) -> dict[str, Any]:
    """Every ``rdf:Description`` of the packet merged into one mapping."""
    if not image.info.get("xmp"):
        return {}
    try:
        tree = image.getxmp()
    except Exception as exc:  # not well-formed XML, or refused entities
        note("XMP", f"the XMP packet is damaged and was skipped ({exc or type(exc).__name__})")
        return {}
    root = tree.get("xmpmeta", tree)
    rdf = root.get("RDF") if isinstance(root, dict) else None
    descriptions = rdf.get("Description") if isinstance(rdf, dict) else None
    merged: dict[str, Any] = {}
    for description in descriptions if isinstance(descriptions, list) else [descriptions]:
        if isinstance(description, dict):
            for key, value in description.items():
                merged.setdefault(key, value)
    return merged


def _texts(value: Any) -> list[tuple[str | None, str]]:
    """The (language, text) pairs of a value, through ``rdf:Alt/Seq/Bag`` and ``rdf:li``."""
    if isinstance(value, str):
        return [(None, value)]
    if isinstance(value, list):
        return [pair for item in value for pair in _texts(item)]
    if not isinstance(value, dict):
        return []
    for container in ("Alt", "Seq", "Bag", "li"):
        if container in value:
            return _texts(value[container])
    text = value.get("text")
    if isinstance(text, str):
        lang = value.get("lang")
        return [(lang if isinstance(lang, str) else None, text)]
    return []


def _alternative(value: Any) -> str | None:
    """One text: the ``x-default`` alternative if there is one, else the first."""
    pairs = [(lang, text) for lang, text in _texts(value) if clean(text)]
    for lang, text in pairs:
        if lang == "x-default":
            return clean(text)
    return clean(pairs[0][1]) if pairs else None


def _position(fields: dict[str, Any], note: Note) -> LatLon | None:
    """``exif:GPSLatitude`` and ``exif:GPSLongitude``, each written like ``21,1.71N``."""
    latitude, longitude = _alternative(fields.get("GPSLatitude")), _alternative(fields.get("GPSLongitude"))
    if latitude is None or longitude is None:
        return None
    try:
        return position(xmp_degrees(latitude, LATITUDE), xmp_degrees(longitude, LONGITUDE))
    except ValueError as exc:
        note("XMP exif:GPSLatitude/GPSLongitude", f"unreadable coordinates ({exc})")
        return None


def _capture_time(value: Any, note: Note) -> tuple[TripTime | None, datetime | None]:
    text = _alternative(value)
    if text is None:
        return None, None
    try:
        if len(text) == 10:
            return on_day(date.fromisoformat(text))
        if len(text) < 10:  # only a year, or a year and month: too coarse to place
            return None, None
        return timed(datetime.fromisoformat(text))
    except ValueError:
        note("XMP photoshop:DateCreated", f"not an ISO 8601 date and time: {text!r}")
        return None, None
