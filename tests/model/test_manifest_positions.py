"""Positions in the manifest (``at: [lat, lon]`` on stops and photos) and its ``route:``.

Each bad position is an error at its own ``file:line:column`` saying what is wrong;
a route that cannot be used is the trip's route problem, and the trip still loads.
Both the fast block reader and PyYAML's path are tried: a flow-style stop sends the
whole manifest the PyYAML way when the fast reader does not take it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.model.test_manifest import HEAD, assert_error_at, load_error, load_text
from viewer.model.geo import LatLon

STOP_AND_PHOTO = (
    HEAD + "stops:\n  - {name: Hanoi, at: [21.0285, 105.8542]}\n"
    "photos:\n  - file: a.jpg\n    at: [-33.8568, 151.2153]\n  - file: b.jpg\n"
)


def photo_at(value: str) -> str:
    return HEAD + f"photos:\n  - file: a.jpg\n    at: {value}\n"


@pytest.mark.parametrize("text", [STOP_AND_PHOTO, STOP_AND_PHOTO.replace("a.jpg", "'a.jpg'  # quoted")])
def test_stops_and_photos_take_a_position(tmp_path: Path, text: str) -> None:
    trip = load_text(tmp_path, text)
    assert trip.stops[0].position == LatLon(21.0285, 105.8542)
    assert trip.photos[0].position == LatLon(-33.8568, 151.2153)
    assert trip.photos[0].position.approximate is False
    assert trip.photos[1].position is None


def test_a_position_in_block_style_and_written_loosely(tmp_path: Path) -> None:
    text = HEAD + "stops:\n  - name: Hanoi\n    at: [ 21 ,105.5 ]  # the city\nphotos:\n  - file: a.jpg\n"
    trip = load_text(tmp_path, text)
    assert trip.stops[0].position == LatLon(21.0, 105.5)


def test_at_null_is_no_position(tmp_path: Path) -> None:
    assert load_text(tmp_path, photo_at("~")).photos[0].position is None


def test_the_edges_of_the_world_are_positions(tmp_path: Path) -> None:
    trip = load_text(tmp_path, photo_at("[-90, 180]"))
    assert trip.photos[0].position == LatLon(-90.0, 180.0)


@pytest.mark.parametrize(
    ("value", "column", "message"),
    [
        ("[21.0]", 9, "'at' holds 1 value; it needs two: latitude, then longitude"),
        ("[21, 105, 3]", 9, "'at' holds 3 values; it needs two"),
        ("[]", 9, "'at' holds nothing; it needs two"),
        ("Hanoi", 9, "'at' must be a list of two numbers: latitude, then longitude"),
        ("{lat: 1, lon: 2}", 9, "'at' must be a list of two numbers"),
        ("[north, 105]", 10, "the latitude in 'at' is not a number: 'north'"),
        ("[21, east]", 14, "the longitude in 'at' is not a number: 'east'"),
        ("[~, 105]", 10, "the latitude in 'at' must be a number of degrees"),
        ("[91, 105]", 10, "latitude 91 is outside -90 to 90 degrees"),
        ("[-90.5, 105]", 10, "latitude -90.5 is outside -90 to 90 degrees"),
        ("[21, -181]", 14, "longitude -181 is outside -180 to 180 degrees"),
        ("[.nan, 105]", 10, "the latitude in 'at' is not a number: '.nan'"),
        ("[nan, 105]", 10, "the latitude in 'at' is not a number: 'nan'"),
        ("[21, .inf]", 14, "the longitude in 'at' is not a number: '.inf'"),
        ("[21, -inf]", 14, "the longitude in 'at' is not a number: '-inf'"),
        ("[[21], 105]", 10, "the latitude in 'at' must be a number of degrees"),
    ],
)
def test_a_bad_position_is_an_error_where_it_is_written(
    tmp_path: Path, value: str, column: int, message: str
) -> None:
    error = load_error(tmp_path, photo_at(value))
    assert_error_at(error, tmp_path, 4, column, message)


def test_longitude_first_is_caught_with_a_hint(tmp_path: Path) -> None:
    error = load_error(tmp_path, photo_at("[105.8542, 21.0285]"))
    assert_error_at(error, tmp_path, 4, 10, "latitude 105.854 is outside -90 to 90 degrees")
    assert "longitude, latitude?" in str(error)


def test_a_bad_position_on_a_stop_is_an_error_too(tmp_path: Path) -> None:
    text = HEAD + "stops:\n  - {name: Hanoi, at: [21.0285, 195]}\nphotos:\n  - file: a.jpg\n"
    error = load_error(tmp_path, text)
    assert_error_at(error, tmp_path, 3, 33, "longitude 195 is outside -180 to 180 degrees")


def test_at_is_a_known_key_misspelt_gets_a_hint(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + "photos:\n  - file: a.jpg\n    at_: [1, 2]\n")
    assert "unknown key 'at_'" in str(error)
    assert "did you mean 'at'?" in str(error)


# -- route ----------------------------------------------------------------------------


def with_route(value: str) -> str:
    return HEAD + f"route: {value}\nphotos:\n  - file: a.jpg\n"


def test_a_route_beside_the_manifest_is_named_by_the_trip(tmp_path: Path) -> None:
    trip = load_text(tmp_path, with_route("tracks/route.gpx"))
    assert trip.route == tmp_path / "tracks" / "route.gpx"
    assert trip.route_problem is None


def test_no_route_is_none(tmp_path: Path) -> None:
    trip = load_text(tmp_path, HEAD + "photos:\n  - file: a.jpg\n")
    assert (trip.route, trip.route_problem) == (None, None)


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("../route.gpx", "'../route.gpx' leaves the manifest's folder"),
        ("/etc/route.gpx", "absolute paths are not allowed"),
        ("https://example.com/route.gpx", "URLs are not allowed"),
    ],
)
def test_a_route_outside_the_folder_is_a_problem_and_the_trip_still_loads(
    tmp_path: Path, value: str, says: str
) -> None:
    trip = load_text(tmp_path, with_route(value))
    assert trip.route is None
    assert trip.route_problem is not None
    assert trip.route_problem.startswith(f"{tmp_path / 'trip.yaml'}:2:8: the route is not read: ")
    assert says in trip.route_problem
    assert len(trip.photos) == 1


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_route_linking_out_of_the_folder_is_a_problem(tmp_path: Path) -> None:
    outside = tmp_path / "outside.gpx"
    outside.write_text("<gpx/>", encoding="utf-8")
    folder = tmp_path / "trip"
    folder.mkdir()
    (folder / "route.gpx").symlink_to(outside)
    trip = load_text(folder, with_route("route.gpx"))
    assert trip.route is None
    assert trip.route_problem is not None
    assert "leads outside the manifest's folder through a link" in trip.route_problem


def test_a_route_that_is_a_list_is_a_manifest_error(tmp_path: Path) -> None:
    error = load_error(tmp_path, with_route("[a.gpx]"))
    assert_error_at(error, tmp_path, 2, 8, "'route' must be text, not a list or mapping")
