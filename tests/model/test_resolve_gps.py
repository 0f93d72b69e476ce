"""A photo's position and a time's derived offset as shown: the manifest first, then the photo's GPS."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.photos import exif, photo
from viewer.model.folder import load_folder
from viewer.model.geo import LatLon
from viewer.model.metadata import read_metadata
from viewer.model.resolve import resolve, resolve_trip, shown_trip
from viewer.model.timefmt import local_label
from viewer.model.timeline import trip_axis
from viewer.model.trip import Photo, TripTime

HANOI = (21.0285, "N", 105.8542, "E")
HANOI_ZONES = ("Asia/Ho_Chi_Minh", "Asia/Bangkok")  # the same clock since 1975; the data may name either


def test_the_manifest_s_position_wins_over_the_photo_s_gps(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(gps=HANOI))
    dong_dang = LatLon(21.9561, 106.7035)

    said = resolve(Photo(path, "a.jpg", position=dong_dang), read_metadata(path))
    own = resolve(Photo(path, "a.jpg"), read_metadata(path))

    assert (said.position, said.source("position"), said.origin("position")) == (
        dong_dang,
        "manifest",
        "manifest",
    )
    assert own.position is not None
    assert (round(own.position.lat, 4), round(own.position.lon, 4)) == (21.0285, 105.8542)
    assert (own.source("position"), own.origin("position")) == ("EXIF", "the photo's GPS (EXIF)")


def test_no_position_anywhere_is_none_with_no_source(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(taken="2019:02:26 12:00:00"))

    shown = resolve(Photo(path, "a.jpg"), read_metadata(path))

    assert (shown.position, shown.source("position"), shown.origin("position")) == (None, None, None)


def test_a_derived_offset_says_where_it_came_from(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(taken="2019:02:26 12:00:00", gps=HANOI))

    shown = resolve(Photo(path, "a.jpg"), read_metadata(path))

    assert shown.offset_zone in HANOI_ZONES
    assert shown.origin("time") == f"EXIF, offset from GPS position ({shown.offset_zone})"


def test_the_gps_zone_places_a_time_before_the_trip_s_zone(tmp_path: Path) -> None:
    """A trip shown in Hanoi time, with a photo taken at noon in Pyongyang by a camera without offsets."""
    path = photo(
        tmp_path / "a.jpg", exif_block=exif(taken="2019:02:23 12:00:00", gps=(39.0392, "N", 125.7625, "E"))
    )

    shown = resolve(Photo(path, "a.jpg"), read_metadata(path), ZoneInfo("Asia/Ho_Chi_Minh"))

    assert shown.time is not None and shown.time.offset == timedelta(hours=9)
    assert shown.offset_zone == "Asia/Pyongyang"


def test_a_manifest_time_has_no_derived_offset(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(taken="2019:02:26 12:00:00", gps=HANOI))
    said = TripTime(datetime(2019, 2, 26, 8, 15, tzinfo=timezone(timedelta(hours=7))))

    shown = resolve(Photo(path, "a.jpg", time=said), read_metadata(path))

    assert (shown.time, shown.offset_zone, shown.origin("time")) == (said, None, "manifest")


def test_a_folder_of_gps_photos_without_offsets_opens_at_local_times(tmp_path: Path) -> None:
    """Noon in Hanoi is 05:00 UTC on the strip, and 12:00 (UTC+7) in the caption."""
    for name, taken in (("a.jpg", "2019:02:26 12:00:00"), ("b.jpg", "2019:02:26 14:30:00")):
        photo(tmp_path / name, exif_block=exif(taken=taken, gps=HANOI))
    trip = load_folder(tmp_path)

    shown = shown_trip(trip, {path: read_metadata(path) for path in (p.path for p in trip.photos)})
    axis = trip_axis(shown)

    assert axis is not None
    assert (axis.start, axis.end) == (
        datetime(2019, 2, 26, 5, tzinfo=UTC),
        datetime(2019, 2, 26, 7, 30, tzinfo=UTC),
    )
    first = shown.photos[0]
    assert first.time is not None and local_label(first.time) == "26 Feb 12:00 (UTC+7)"
    assert first.position is not None and abs(first.position.lon - 105.8542) < 1e-4
    zones = {entry.offset_zone for entry in resolve_trip(trip)}
    assert len(zones) == 1 and zones <= set(HANOI_ZONES)
