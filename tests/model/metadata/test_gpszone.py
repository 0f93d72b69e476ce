"""A camera time without a UTC offset takes the offset of the zone at the photo's GPS position."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.photos import exif, photo, xmp
from viewer.model.geo import LatLon
from viewer.model.metadata import capture_moment, read_metadata
from viewer.model.metadata.gpszone import offset_at, zone_at

NOON = "2019:02:26 12:00:00"
HANOI = (21.0285, "N", 105.8542, "E")


def test_a_time_without_offset_takes_the_zone_at_its_gps_position(tmp_path: Path) -> None:
    meta = read_metadata(photo(tmp_path / "a.jpg", exif_block=exif(taken=NOON, gps=HANOI)))

    assert meta.time is not None
    assert meta.time.moment == datetime(2019, 2, 26, 12, tzinfo=timezone(timedelta(hours=7)))
    assert meta.time.moment.astimezone(UTC).hour == 5
    assert meta.offset_zone in ("Asia/Ho_Chi_Minh", "Asia/Bangkok")  # the same clock since 1975
    assert (meta.unzoned_time, meta.source("time")) == (None, "EXIF")


def test_summer_time_is_the_offset_of_that_day(tmp_path: Path) -> None:
    berlin = (52.52, "N", 13.405, "E")
    winter = read_metadata(
        photo(tmp_path / "w.jpg", exif_block=exif(taken="2024:01:15 12:00:00", gps=berlin))
    )
    summer = read_metadata(
        photo(tmp_path / "s.jpg", exif_block=exif(taken="2024:07:15 12:00:00", gps=berlin))
    )

    assert winter.time is not None and summer.time is not None
    assert (winter.time.offset, summer.time.offset) == (timedelta(hours=1), timedelta(hours=2))
    assert winter.offset_zone == summer.offset_zone == "Europe/Berlin"


def test_an_offset_the_camera_wrote_is_kept_whatever_the_position(tmp_path: Path) -> None:
    block = exif(taken=NOON, offset="+09:00", gps=HANOI)  # a camera still on Pyongyang's clock

    meta = read_metadata(photo(tmp_path / "a.jpg", exif_block=block))

    assert meta.time is not None and meta.time.offset == timedelta(hours=9)
    assert meta.offset_zone is None


def test_xmp_gps_places_an_exif_time_too(tmp_path: Path) -> None:
    path = photo(
        tmp_path / "a.jpg", exif_block=exif(taken=NOON), xmp_packet=xmp(gps=("39,2.352N", "125,45.75E"))
    )

    meta = read_metadata(path)

    assert meta.time is not None and meta.time.offset == timedelta(hours=9)
    assert meta.offset_zone == "Asia/Pyongyang"


def test_without_a_position_the_time_stays_without_offset(tmp_path: Path) -> None:
    meta = read_metadata(photo(tmp_path / "a.jpg", exif_block=exif(taken=NOON)))

    assert (meta.time, meta.unzoned_time, meta.offset_zone) == (None, datetime(2019, 2, 26, 12), None)


def test_ordering_a_folder_uses_the_offset_at_the_position(tmp_path: Path) -> None:
    """Noon in Hanoi (05:00 UTC) comes before 11:00 in London (11:00 UTC), whatever this computer's zone."""
    hanoi = photo(tmp_path / "hanoi.jpg", exif_block=exif(taken=NOON, gps=HANOI))
    london = photo(
        tmp_path / "london.jpg", exif_block=exif(taken="2019:02:26 11:00:00", gps=(51.5, "N", 0.12, "W"))
    )

    assert capture_moment(hanoi) == datetime(2019, 2, 26, 5, tzinfo=UTC)
    assert capture_moment(london) == datetime(2019, 2, 26, 11, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lat", "lon", "hours"),
    [
        (10.0, -150.0, -10),  # the Pacific: nautical zone Etc/GMT+10 is UTC-10
        (0.0, 0.5, 0),  # the Gulf of Guinea
        (-40.0, 80.0, 5),  # the Indian Ocean: Etc/GMT-5
        (90.0, 0.0, 0),  # the North Pole: Etc/GMT
        (0.0, 179.9, 12),  # the sea just west of the antimeridian: UTC+12
        (0.0, -179.9, -12),  # and just east of it: UTC-12
    ],
)
def test_at_sea_and_at_the_poles_the_nautical_zone_gives_the_offset(
    lat: float, lon: float, hours: int
) -> None:
    """At sea the true time is the nautical zone's, one hour per 15° of longitude: correct, not a gap."""
    found = offset_at(datetime(2019, 2, 26, 12), LatLon(lat, lon), lambda field, message: None)

    assert found is not None
    moment, zone = found
    assert moment.utcoffset() == timedelta(hours=hours)
    assert zone.startswith("Etc/")


def test_on_the_antimeridian_itself_a_zone_is_found() -> None:
    """Both sides of the 180th meridian are true of the line itself: either is accepted."""
    for lon in (180.0, -180.0):
        assert zone_at(LatLon(0.0, lon)) in ("Etc/GMT-12", "Etc/GMT+12")


def test_a_zone_missing_from_the_database_is_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    import viewer.model.metadata.gpszone as gpszone

    monkeypatch.setattr(gpszone, "zone_at", lambda where: "Mars/Olympus_Mons")
    notes: list[tuple[str, str]] = []

    found = gpszone.offset_at(
        datetime(2019, 2, 26, 12), LatLon(21.0, 105.8), lambda *note: notes.append(note)
    )

    assert found is None
    assert notes == [
        ("GPS", "the time zone there, Mars/Olympus_Mons, is not in this computer's zone database")
    ]


def test_before_standard_zones_the_local_mean_offset_is_whole_minutes() -> None:
    found = offset_at(datetime(1850, 6, 1, 12), LatLon(52.52, 13.405), lambda field, message: None)

    assert found is not None
    offset = found[0].utcoffset()
    assert offset is not None and offset.total_seconds() % 60 == 0 and offset != timedelta(hours=1)
