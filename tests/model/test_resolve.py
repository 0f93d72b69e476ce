"""What is shown for a photo: the manifest first, then the photo's metadata, each with its source."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.photos import exif, iptc_block, photo, xmp
from viewer.model.folder import load_folder
from viewer.model.manifest import parse_manifest
from viewer.model.metadata import PhotoMetadata, read_metadata
from viewer.model.resolve import resolve, resolve_trip
from viewer.model.trip import Photo, TripTime

UTC7 = timezone(timedelta(hours=7))
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
MANIFEST_TIME = TripTime(datetime(2019, 2, 26, 8, 15, tzinfo=UTC7), approximate=True)


@pytest.fixture
def wire_photo(tmp_path: Path) -> Path:
    """A wire photo with everything embedded, in XMP and IPTC."""
    return photo(
        tmp_path / "wire.jpg",
        xmp_packet=xmp(description="Embedded caption", credit="Reuters", creator="Ann Wang", city="Hanoi"),
        iptc=iptc_block((2, 55, "20190226"), (2, 60, "105500+0700")),
    )


def test_the_manifest_wins_every_field(wire_photo: Path) -> None:
    entry = Photo(
        wire_photo, "wire.jpg", "Manifest caption", "AP Photo/Minh Hoang", MANIFEST_TIME, "Dong Dang"
    )

    shown = resolve(entry, read_metadata(wire_photo))

    assert (shown.caption, shown.credit, shown.time, shown.place) == (
        "Manifest caption",
        "AP Photo/Minh Hoang",
        MANIFEST_TIME,
        "Dong Dang",
    )
    assert dict(shown.sources) == dict.fromkeys(("caption", "credit", "place", "time"), "manifest")


def test_what_the_manifest_leaves_out_comes_from_the_photo_with_its_source(wire_photo: Path) -> None:
    entry = Photo(wire_photo, "wire.jpg", caption="Manifest caption")

    shown = resolve(entry, read_metadata(wire_photo))

    assert (shown.caption, shown.source("caption")) == ("Manifest caption", "manifest")
    assert (shown.credit, shown.source("credit")) == ("Reuters/Ann Wang", "XMP")
    assert (shown.place, shown.source("place")) == ("Hanoi", "XMP")
    assert shown.time == TripTime(datetime(2019, 2, 26, 10, 55, tzinfo=UTC7))
    assert shown.source("time") == "IPTC"


def test_what_neither_gives_stays_missing_with_no_source(tmp_path: Path) -> None:
    path = photo(tmp_path / "bare.jpg")

    shown = resolve(Photo(path, "bare.jpg"), read_metadata(path))

    assert (shown.caption, shown.credit, shown.time, shown.place) == (None, None, None, None)
    assert (shown.source("credit"), dict(shown.sources)) == (None, {})


def test_without_metadata_only_the_manifest_is_shown(tmp_path: Path) -> None:
    shown = resolve(Photo(tmp_path / "a.jpg", "a.jpg", credit="Reuters/Stringer"), None)

    assert (shown.credit, shown.caption, shown.metadata) == ("Reuters/Stringer", None, None)
    assert dict(shown.sources) == {"credit": "manifest"}


def test_a_time_without_offset_takes_the_trips_zone_and_is_left_out_without_one(tmp_path: Path) -> None:
    path = photo(tmp_path / "camera.jpg", exif_block=exif(taken="2019:02:26 08:15:00"))
    meta = read_metadata(path)

    in_hanoi = resolve(Photo(path, "camera.jpg"), meta, HANOI)
    nowhere = resolve(Photo(path, "camera.jpg"), meta)

    assert in_hanoi.time is not None
    assert in_hanoi.time.moment == datetime(2019, 2, 26, 1, 15, tzinfo=UTC)
    assert in_hanoi.time.offset == timedelta(hours=7)
    assert in_hanoi.source("time") == "EXIF"
    assert (nowhere.time, nowhere.source("time")) == (None, None)


def test_a_zoned_clock_time_is_better_than_a_date_alone(tmp_path: Path) -> None:
    path = photo(
        tmp_path / "a.jpg",
        exif_block=exif(taken="2019:02:26 08:15:00"),
        xmp_packet=xmp(date_created="2019-02-26"),
    )
    meta = read_metadata(path)

    with_zone = resolve(Photo(path, "a.jpg"), meta, HANOI)
    without = resolve(Photo(path, "a.jpg"), meta)

    assert with_zone.time is not None and not with_zone.time.date_only
    assert with_zone.source("time") == "EXIF"
    assert without.time is not None and without.time.date_only
    assert without.source("time") == "XMP"


def test_a_photo_that_cannot_be_read_keeps_the_manifests_word(tmp_path: Path) -> None:
    meta = read_metadata(tmp_path / "missing.jpg")

    shown = resolve(Photo(tmp_path / "missing.jpg", "missing.jpg", caption="Still said"), meta)

    assert (shown.caption, shown.credit) == ("Still said", None)
    assert shown.metadata is meta


def test_resolve_trip_uses_the_trips_time_zone(tmp_path: Path) -> None:
    photo(tmp_path / "camera.jpg", exif_block=exif(taken="2019:02:26 08:15:00"))
    text = "format: trip-viewer/1\ntimezone: Asia/Ho_Chi_Minh\nphotos:\n  - file: camera.jpg\n"
    trip = parse_manifest(text, tmp_path / "trip.yaml")
    read: list[Path] = []

    def reader(path: Path) -> PhotoMetadata:
        read.append(path)
        return read_metadata(path)

    (shown,) = resolve_trip(trip, reader)

    assert read == [tmp_path / "camera.jpg"]
    assert shown.time is not None and shown.time.moment.utcoffset() == timedelta(hours=7)


def test_a_folder_trip_says_nothing_itself_and_shows_what_the_photos_say(wire_photo: Path) -> None:
    trip = load_folder(wire_photo.parent)

    (entry,) = trip.photos
    (shown,) = resolve_trip(trip)

    assert (entry.caption, entry.credit, entry.time, entry.place) == (None, None, None, None)
    assert (shown.caption, shown.credit) == ("Embedded caption", "Reuters/Ann Wang")
    assert shown.source("caption") == "XMP"
