"""A photo's position from its GPS: EXIF's rationals and references, XMP's "21,1.71N", and bad values."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PIL import Image, TiffImagePlugin

from tests.photos import GPS_IFD, exif, photo, xmp
from viewer.model.geo import LatLon
from viewer.model.metadata import MetadataProblem, read_metadata


def fields(problems: tuple[MetadataProblem, ...]) -> list[str]:
    return [problem.field for problem in problems]


def near(where: LatLon | None, lat: float, lon: float) -> bool:
    return (
        where is not None
        and math.isclose(where.lat, lat, abs_tol=1e-4)
        and math.isclose(where.lon, lon, abs_tol=1e-4)
    )


@pytest.mark.parametrize(
    ("gps", "lat", "lon"),
    [
        ((21.0285, "N", 105.8542, "E"), 21.0285, 105.8542),  # Hanoi
        ((33.8688, "S", 151.2093, "E"), -33.8688, 151.2093),  # Sydney
        ((40.7128, "N", 74.006, "W"), 40.7128, -74.006),  # New York
        ((90.0, "N", 0.0, "E"), 90.0, 0.0),  # the North Pole
        ((90.0, "S", 45.0, "W"), -90.0, -45.0),  # the South Pole
        ((0.0, "N", 180.0, "E"), 0.0, 180.0),  # the antimeridian, from the west
        ((0.0, "N", 180.0, "W"), 0.0, -180.0),  # and from the east
    ],
)
def test_exif_gps_is_a_signed_position(
    tmp_path: Path, gps: tuple[float, str, float, str], lat: float, lon: float
) -> None:
    meta = read_metadata(photo(tmp_path / "a.jpg", exif_block=exif(gps=gps)))

    assert near(meta.position, lat, lon)
    assert (meta.source("position"), meta.problems) == ("EXIF", ())


@pytest.mark.parametrize(
    ("latitude", "longitude", "lat", "lon"),
    [
        ("21,1.71N", "105,51.252E", 21.0285, 105.8542),  # degrees and decimal minutes, as Adobe writes
        ("21,1,42.6N", "105,51,15.12E", 21.0285, 105.8542),  # degrees, minutes, seconds
        ("33,52.128S", "151,12.558E", -33.8688, 151.2093),
        ("40,42.768n", "74,0.36w", 40.7128, -74.006),  # lower-case references
        ("90,0N", "180,0W", 90.0, -180.0),
    ],
)
def test_xmp_gps_is_a_signed_position(
    tmp_path: Path, latitude: str, longitude: str, lat: float, lon: float
) -> None:
    meta = read_metadata(photo(tmp_path / "a.jpg", xmp_packet=xmp(gps=(latitude, longitude))))

    assert near(meta.position, lat, lon)
    assert (meta.source("position"), meta.problems) == ("XMP", ())


def test_xmp_gps_written_as_attributes_is_read(tmp_path: Path) -> None:
    packet = xmp(gps=("21,1.71N", "105,51.252E"), attributes=True)

    assert near(read_metadata(photo(tmp_path / "a.jpg", xmp_packet=packet)).position, 21.0285, 105.8542)


def test_a_position_is_the_place_where_nothing_names_it(tmp_path: Path) -> None:
    meta = read_metadata(photo(tmp_path / "a.jpg", xmp_packet=xmp(gps=("21,1.71N", "105,51.252E"))))

    assert (meta.place, meta.source("place")) == ("21.0285° N, 105.8542° E", "XMP")


def test_a_named_place_keeps_its_name_and_the_position_is_still_there(tmp_path: Path) -> None:
    path = photo(
        tmp_path / "a.jpg", xmp_packet=xmp(city="Hanoi"), exif_block=exif(gps=(21.0285, "N", 105.8542, "E"))
    )

    meta = read_metadata(path)

    assert meta.place == "Hanoi" and near(meta.position, 21.0285, 105.8542)


def test_zero_zero_is_no_fix_and_no_position(tmp_path: Path) -> None:
    meta = read_metadata(photo(tmp_path / "a.jpg", exif_block=exif(gps=(0.0, "N", 0.0, "E"))))

    assert (meta.position, meta.place, meta.problems) == (None, None, ())


@pytest.mark.parametrize(
    "gps",
    [
        {1: "N", 2: (91.0, 0.0, 0.0), 3: "E", 4: (105.0, 0.0, 0.0)},
        {1: "N", 2: (21.0, 0.0, 0.0), 3: "E", 4: (180.0, 0.0, 1.0)},
        {1: "N", 2: (TiffImagePlugin.IFDRational(0, 0), 0.0, 0.0), 3: "E", 4: (105.0, 0.0, 0.0)},
        {1: "\x00", 2: (21.0, 0.0, 0.0), 3: "E", 4: (105.0, 0.0, 0.0)},
        {2: (21.0, 0.0, 0.0), 3: "E", 4: (105.0, 0.0, 0.0)},
    ],
    ids=["91N", "past-180E", "nan", "zero-reference", "absent-reference"],
)
def test_bad_exif_gps_is_a_note_and_no_position(tmp_path: Path, gps: dict[int, object]) -> None:
    block = Image.Exif()
    block.get_ifd(GPS_IFD).update(gps)

    meta = read_metadata(photo(tmp_path / "a.jpg", exif_block=block))

    assert (meta.position, meta.place) == (None, None)
    assert fields(meta.problems) == ["EXIF GPS"]


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        ("91,0N", "105,0E"),
        ("nan,0N", "105,0E"),
        ("21,inf", "105,0E"),
        ("21,1.71", "105,51.252E"),  # no reference letter
        ("21,1.71X", "105,51.252E"),
        ("21,1.71E", "105,51.252N"),  # the references swapped
        ("21,-1.71N", "105,51.252E"),
        ("twenty-one N", "105,51.252E"),
        ("21,1,2,3N", "105,51.252E"),
    ],
)
def test_bad_xmp_gps_is_a_note_and_no_position(tmp_path: Path, latitude: str, longitude: str) -> None:
    meta = read_metadata(photo(tmp_path / "a.jpg", xmp_packet=xmp(gps=(latitude, longitude))))

    assert (meta.position, meta.place) == (None, None)
    assert fields(meta.problems) == ["XMP exif:GPSLatitude/GPSLongitude"]


@pytest.mark.parametrize(
    ("xmp_gps", "problems"),
    [
        (("39,2.352N", "125,45.75E"), []),  # another place: the camera's own measurement wins
        (("91,0N", "105,0E"), ["XMP exif:GPSLatitude/GPSLongitude"]),  # nonsense: noted, EXIF stands
    ],
)
def test_the_camera_s_exif_gps_comes_before_xmp(
    tmp_path: Path, xmp_gps: tuple[str, str], problems: list[str]
) -> None:
    path = photo(
        tmp_path / "a.jpg",
        exif_block=exif(gps=(21.0285, "N", 105.8542, "E")),
        xmp_packet=xmp(gps=xmp_gps),
    )

    meta = read_metadata(path)

    assert near(meta.position, 21.0285, 105.8542) and meta.source("position") == "EXIF"
    assert fields(meta.problems) == problems
