"""The map's frame: every point shown with a margin, shapes kept, the antimeridian, the
whole globe and a single place all framed sensibly, and clicks mapped back to places."""

from __future__ import annotations

import math

import pytest

from viewer.model.geo import LatLon, ground_km
from viewer.model.projection import MIN_SPAN_KM, frame

SAMPLE = [LatLon(39.04, 125.76), LatLon(40.13, 124.39), LatLon(22.82, 108.37), LatLon(21.03, 105.85)]


def inside(x: float, y: float) -> bool:
    return 0.0 < x < 1.0 and 0.0 < y < 1.0


@pytest.mark.parametrize("aspect", [16 / 9, 1.0, 0.5])
def test_every_point_is_in_the_frame_with_a_margin_at_the_asked_aspect(aspect: float) -> None:
    shown = frame(SAMPLE, aspect)
    assert shown.aspect == pytest.approx(aspect)
    for point in SAMPLE:
        x, y = shown.to_unit(point.lat, point.lon)
        assert 0.06 < x < 0.94 and 0.06 < y < 0.94  # 8 % of the span each side: 0.069 of the frame
    north = shown.to_unit(40.13, 124.39)[1]
    south = shown.to_unit(21.03, 105.85)[1]
    assert north < south  # y runs down


def test_the_trip_fills_the_frame_on_its_long_side() -> None:
    shown = frame(SAMPLE, 1.0)
    ys = [shown.to_unit(p.lat, p.lon)[1] for p in SAMPLE]
    assert max(ys) - min(ys) == pytest.approx(1 / 1.16, rel=0.01)  # 8 % margin each side


def test_shapes_are_kept_a_small_cross_has_equal_arms() -> None:
    # 10 km north and 10 km east of Pyongyang are as far from it on the screen.
    aspect = 1.6
    shown = frame(SAMPLE, aspect)
    height = 1000.0
    cx, cy = shown.to_unit(39.04, 125.76)
    nx, ny = shown.to_unit(39.04 + 10 / 111.2, 125.76)
    ex, ey = shown.to_unit(39.04, 125.76 + 10 / (111.2 * math.cos(math.radians(39.04))))
    north_px = math.hypot((nx - cx) * height * aspect, (ny - cy) * height)
    east_px = math.hypot((ex - cx) * height * aspect, (ey - cy) * height)
    assert north_px == pytest.approx(east_px, rel=0.01)


def test_a_click_maps_back_to_its_place() -> None:
    shown = frame(SAMPLE, 1.5)
    for point in SAMPLE:
        back = shown.to_latlon(*shown.to_unit(point.lat, point.lon))
        assert (back.lat, back.lon) == pytest.approx((point.lat, point.lon))


def test_a_route_across_the_antimeridian_is_framed_in_one_piece() -> None:
    fiji = [LatLon(-17.7, 177.4), LatLon(-18.1, 178.4), LatLon(-16.8, -179.9), LatLon(-13.8, -171.8)]
    shown = frame(fiji, 1.5)
    xs = [shown.to_unit(p.lat, p.lon)[0] for p in fiji]
    assert all(0.0 < x < 1.0 for x in xs)
    assert xs == sorted(xs)  # west to east across 180, in order
    box = shown.box()
    assert (box.west < 180.0 < box.east or box.west < -180.0 < box.east) and box.east - box.west < 40
    back = shown.to_latlon(*shown.to_unit(-13.8, -171.8))
    assert back.lon == pytest.approx(-171.8)


def test_points_around_the_globe_get_the_whole_world() -> None:
    world = [LatLon(51.5, -0.1), LatLon(35.7, 139.7), LatLon(-33.9, 151.2), LatLon(40.7, -74.0)]
    world += [LatLon(-22.9, -43.2), LatLon(21.3, -157.8), LatLon(19.1, 72.8)]
    shown = frame(world, 2.0)
    box = shown.box()
    assert box.east - box.west == pytest.approx(360.0)  # once round: not a second copy beside it
    assert all(inside(*shown.to_unit(p.lat, p.lon)) for p in world)


def test_the_poles_do_not_stretch_the_frame_to_infinity() -> None:
    shown = frame([LatLon(90.0, 0.0), LatLon(-90.0, 0.0), LatLon(0.0, 10.0)], 1.0)
    assert all(math.isfinite(v) for v in (shown.top, shown.bottom, shown.left, shown.right))
    _, y = shown.to_unit(90.0, 0.0)
    assert math.isfinite(y) and 0.0 <= y < 0.5


def test_all_points_at_one_place_show_at_least_the_least_span() -> None:
    here = [LatLon(21.0285, 105.8542)] * 5
    shown = frame(here, 1.0)
    assert shown.km_per_unit_height() >= MIN_SPAN_KM
    assert shown.km_per_unit_height() < 2 * MIN_SPAN_KM
    assert shown.to_unit(21.0285, 105.8542) == pytest.approx((0.5, 0.5))
    edge = shown.to_latlon(0.5, 0.0)
    assert ground_km(edge.lat, edge.lon, 21.0285, 105.8542) >= MIN_SPAN_KM / 2


def test_no_points_is_the_world() -> None:
    box = frame([], 2.0).box()
    assert box.east - box.west == pytest.approx(360.0)


def test_a_tall_view_of_the_world_shows_it_once_with_sea_above_and_below() -> None:
    world = [LatLon(51.5, -0.1), LatLon(35.7, 139.7), LatLon(-33.9, 151.2), LatLon(40.7, -74.0)]
    world += [LatLon(21.3, -157.8), LatLon(19.1, 72.8)]
    shown = frame(world, 0.5)
    box = shown.box()
    assert box.east - box.west == pytest.approx(360.0)
    assert box.north > 85.0 and box.south < -85.0


@pytest.mark.parametrize("aspect", [0.0, -1.0, math.nan, math.inf])
def test_a_senseless_aspect_is_refused(aspect: float) -> None:
    with pytest.raises(ValueError, match="aspect ratio"):
        frame(SAMPLE, aspect)
