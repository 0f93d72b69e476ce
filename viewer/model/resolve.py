"""What is shown for a photo: the manifest's word first, then the photo's own metadata.

A :class:`~viewer.model.trip.Photo` holds only what the manifest says (for a
folder opened as a trip: nothing but the file). :func:`resolve` lays the
photo's embedded metadata under it, field by field, and records where each
value came from — ``"manifest"``, ``"XMP"``, ``"IPTC"`` or ``"EXIF"`` — so the
window can say "credit from XMP" and ``trip-viewer check`` can compare the two.
A field neither gives stays ``None`` and is shown as missing, never invented.

A photo's position is the manifest's ``at:``, else its own GPS (EXIF, then
XMP). An embedded time written without a UTC offset has, where the photo has
GPS, the offset of the zone at that position (found while the metadata was
read: ``viewer.model.metadata.gpszone``), and :attr:`ResolvedPhoto.offset_zone`
names that zone; without GPS it takes the trip's ``timezone``, exactly as an
offset-less time in the manifest does, and without either it is left out
rather than guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import tzinfo
from pathlib import Path

from viewer.model.geo import LatLon
from viewer.model.metadata import PhotoMetadata, Source, read_metadata
from viewer.model.trip import Photo, Trip, TripTime


@dataclass(frozen=True)
class ResolvedPhoto:
    """A photo's caption, credit, time, place and position as shown, each with its source."""

    photo: Photo
    metadata: PhotoMetadata | None
    caption: str | None = None
    credit: str | None = None
    time: TripTime | None = None
    place: str | None = None
    sources: Mapping[str, Source] = field(default_factory=dict)
    position: LatLon | None = None
    # The time's UTC offset was looked up in this zone at the photo's GPS position
    # ("Asia/Bangkok"): the camera wrote none. None when the manifest or the photo gave it.
    offset_zone: str | None = None

    def source(self, name: str) -> Source | None:
        """Where ``name`` ("caption", "credit", "time", "place" or "position") came from, if shown."""
        return self.sources.get(name)

    def origin(self, name: str) -> str | None:
        """Where ``name`` came from, in words for "time from …": ``manifest``, ``XMP``,
        ``the photo's GPS (EXIF)``, ``EXIF, offset from GPS position (Asia/Bangkok)``."""
        source = self.sources.get(name)
        if source is None or source == "manifest":
            return source
        if name == "position":
            return f"the photo's GPS ({source})"
        if name == "time" and self.offset_zone is not None:
            return f"{source}, offset from GPS position ({self.offset_zone})"
        return source


def resolve(photo: Photo, metadata: PhotoMetadata | None, zone: tzinfo | None = None) -> ResolvedPhoto:
    """The manifest's fields, with the metadata's where the manifest is silent.

    ``zone`` (the trip's ``timezone``) places an embedded time that has no UTC
    offset; without it such a time is left out.
    """
    sources: dict[str, Source] = {}

    def pick(name: str, manifest: str | None, embedded: str | None) -> str | None:
        if manifest is not None:
            sources[name] = "manifest"
            return manifest
        if embedded is not None and (source := meta.source(name)) is not None:
            sources[name] = source
        return embedded

    meta = metadata or PhotoMetadata(photo.path)
    caption = pick("caption", photo.caption, meta.caption)
    credit = pick("credit", photo.credit, meta.credit)
    place = pick("place", photo.place, meta.place)
    position = photo.position
    if position is not None:
        sources["position"] = "manifest"
    elif (position := meta.position) is not None and (source := meta.source("position")) is not None:
        sources["position"] = source
    time, offset_zone = photo.time, None
    if time is not None:
        sources["time"] = "manifest"
    elif metadata is not None:
        time, source = _embedded_time(metadata, zone)
        if source is not None:
            sources["time"] = source
            offset_zone = metadata.offset_zone
    return ResolvedPhoto(photo, metadata, caption, credit, time, place, sources, position, offset_zone)


def shown_trip(trip: Trip, found: Mapping[Path, PhotoMetadata]) -> Trip:
    """``trip`` with what its photos' metadata (``found``, by file) adds to caption, credit,
    time, place and position, for the strip and the map to place and name; photos without
    metadata stay as they are."""
    zone, photos = trip.timezone, list(trip.photos)
    for index, photo in enumerate(photos):
        metadata = found.get(photo.path)
        if metadata is not None:
            shown = resolve(photo, metadata, zone)
            photos[index] = replace(
                photo,
                caption=shown.caption,
                credit=shown.credit,
                time=shown.time,
                place=shown.place,
                position=shown.position,
            )
    return replace(trip, photos=tuple(photos))


def resolve_trip(trip: Trip, read: Callable[[Path], PhotoMetadata] = read_metadata) -> list[ResolvedPhoto]:
    """Every photo of ``trip`` resolved, reading each file's metadata with ``read``."""
    return [resolve(photo, read(photo.path), trip.timezone) for photo in trip.photos]


def _embedded_time(metadata: PhotoMetadata, zone: tzinfo | None) -> tuple[TripTime | None, Source | None]:
    full = metadata.time is not None and not metadata.time.date_only
    if not full and metadata.unzoned_time is not None and zone is not None:
        placed = TripTime(metadata.unzoned_time.replace(tzinfo=zone))
        return placed, metadata.source("unzoned_time")
    if metadata.time is not None:
        return metadata.time, metadata.source("time")
    return None, None
