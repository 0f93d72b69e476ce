"""Placing photos on the map: a given position stays, a photo with only a time is put on
the route between the stops (or located photos) around it in time, marked approximate."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from viewer.model.geo import LatLon, ground_km
from viewer.model.mapplace import place_photos
from viewer.model.route import Route
from viewer.model.trip import Photo, Stop, Trip, TripTime

FOLDER = Path("/trips/t")
PLUS7 = timezone(timedelta(hours=7))
PLUS8 = timezone(timedelta(hours=8))


def at(hour: float, zone: timezone = PLUS7) -> TripTime:
    return TripTime(datetime(2019, 2, 26, tzinfo=zone) + timedelta(hours=hour))


def photo(when: TripTime | None = None, position: LatLon | None = None) -> Photo:
    return Photo(FOLDER / "p.jpg", "p.jpg", time=when, position=position)


def trip(*photos: Photo, stops: tuple[Stop, ...] = ()) -> Trip:
    return Trip(FOLDER / "trip.yaml", FOLDER, "t", tuple(photos), stops)


DONG_DANG = LatLon(21.95, 106.71)
HANOI = LatLon(21.03, 105.85)
TWO_STOPS = (Stop("Dong Dang", at(8), DONG_DANG), Stop("Hanoi", at(12), HANOI))


def close(a: LatLon | None, b: LatLon, km: float = 0.5) -> bool:
    return a is not None and ground_km(a.lat, a.lon, b.lat, b.lon) < km


def test_a_photo_with_a_position_keeps_it_as_fact() -> None:
    placed = place_photos(trip(photo(at(9), HANOI), stops=TWO_STOPS))
    assert placed == [HANOI]
    assert placed[0] is not None and not placed[0].approximate


def test_known_positions_are_used_and_the_manifest_wins_over_them() -> None:
    elsewhere = LatLon(10.0, 10.0)
    placed = place_photos(trip(photo(at(9), HANOI), photo(at(9))), {0: elsewhere, 1: elsewhere})
    assert placed == [HANOI, elsewhere]


def test_a_photo_halfway_in_time_is_halfway_along_the_line_and_approximate() -> None:
    (placed,) = place_photos(trip(photo(at(10)), stops=TWO_STOPS), route=Route((DONG_DANG, HANOI)))
    assert placed is not None and placed.approximate
    half = ground_km(DONG_DANG.lat, DONG_DANG.lon, HANOI.lat, HANOI.lon) / 2
    assert ground_km(placed.lat, placed.lon, DONG_DANG.lat, DONG_DANG.lon) == pytest.approx(half, rel=0.01)
    assert ground_km(placed.lat, placed.lon, HANOI.lat, HANOI.lon) == pytest.approx(half, rel=0.01)


def test_times_in_other_zones_are_compared_as_instants() -> None:
    # 11:00 at UTC+8 is 10:00 at UTC+7: halfway, not three quarters.
    (placed,) = place_photos(trip(photo(at(11, PLUS8)), stops=TWO_STOPS), route=Route((DONG_DANG, HANOI)))
    (halfway,) = place_photos(trip(photo(at(10)), stops=TWO_STOPS), route=Route((DONG_DANG, HANOI)))
    assert placed == halfway


def test_before_the_first_stop_and_after_the_last_is_at_that_stop() -> None:
    first, last = place_photos(trip(photo(at(2)), photo(at(20)), stops=TWO_STOPS))
    assert close(first, DONG_DANG, 0.01) and close(last, HANOI, 0.01)
    assert first is not None and first.approximate and last is not None and last.approximate


def test_no_time_and_no_position_is_no_place() -> None:
    assert place_photos(trip(photo(None), stops=TWO_STOPS)) == [None]


def test_no_anchor_anywhere_is_no_place() -> None:
    stops = (Stop("Dong Dang", at(8)), Stop("Hanoi", None, HANOI))  # no time, or no position
    assert place_photos(trip(photo(at(10)), stops=stops)) == [None]


def test_located_photos_are_anchors_too() -> None:
    # No stops: a photo between two GPS photos in time falls between them.
    photos = (photo(at(8), DONG_DANG), photo(at(10)), photo(at(12)))
    placed = place_photos(trip(*photos), {2: HANOI})
    middle = placed[1]
    assert middle is not None and middle.approximate
    assert DONG_DANG.lat > middle.lat > HANOI.lat and DONG_DANG.lon > middle.lon > HANOI.lon


def test_on_a_gpx_route_the_photo_follows_the_track_not_the_straight_line() -> None:
    # The track goes north from A to a corner, then east to B; the stops are A and B.
    a, corner, b = LatLon(20.0, 105.0), LatLon(25.0, 105.0), LatLon(25.0, 110.0)
    track = tuple(LatLon(20 + i / 10, 105.0) for i in range(50)) + tuple(
        LatLon(25, 105 + i / 10) for i in range(51)
    )
    stops = (Stop("A", at(0), a), Stop("B", at(10), b))
    (placed,) = place_photos(trip(photo(at(5)), stops=stops), route=Route(track, from_gpx=True))
    north = ground_km(a.lat, a.lon, corner.lat, corner.lon)
    east = ground_km(corner.lat, corner.lon, b.lat, b.lon)
    # Halfway along: still on the northward leg, as it is the longer one.
    expected = LatLon(20 + 5 * ((north + east) / 2) / north, 105.0)
    assert close(placed, expected, 2.0)


def test_a_stop_off_the_track_is_found_at_the_tracks_nearest_point() -> None:
    track = tuple(LatLon(20 + i / 10, 105.0) for i in range(51))  # due north, 20 to 25
    stops = (Stop("A", at(0), LatLon(21.0, 105.3)), Stop("B", at(10), LatLon(24.0, 104.8)))
    (placed,) = place_photos(trip(photo(at(5)), stops=stops), route=Route(track, from_gpx=True))
    assert close(placed, LatLon(22.5, 105.0), 2.0)


def test_across_the_antimeridian_the_photo_goes_the_short_way() -> None:
    stops = (Stop("Suva", at(0), LatLon(-18.0, 178.0)), Stop("Apia", at(10), LatLon(-18.0, -178.0)))
    (placed,) = place_photos(trip(photo(at(5)), stops=stops))
    assert placed is not None and abs(placed.lon) == pytest.approx(180.0, abs=0.01)


def test_photos_at_one_instant_with_the_stops() -> None:
    stops = (Stop("A", at(8), DONG_DANG), Stop("B", at(8), HANOI))
    (placed,) = place_photos(trip(photo(at(8)), stops=stops))
    assert placed is not None and placed.approximate
