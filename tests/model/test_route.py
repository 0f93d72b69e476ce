"""The trip's route: its GPX thinned for drawing (a million points too), else its stops
joined in time order; a GPX that cannot be read is the route's problem, not the trip's."""

from __future__ import annotations

import math
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from viewer.model.geo import LatLon
from viewer.model.route import MAX_DRAWN_POINTS, route_of, stops_path, thin
from viewer.model.trip import Photo, Stop, Trip, TripTime

PLUS7 = timezone(timedelta(hours=7))


def at(hour: int) -> TripTime:
    return TripTime(datetime(2019, 2, 26, hour, tzinfo=PLUS7))


def make_trip(
    folder: Path, stops: tuple[Stop, ...] = (), route: str | None = None, problem: str | None = None
) -> Trip:
    return Trip(
        source=folder / "trip.yaml",
        folder=folder,
        title="t",
        photos=(Photo(folder / "a.jpg", "a.jpg"),),
        stops=stops,
        route=folder / route if route else None,
        route_problem=problem,
    )


STOPS = (
    Stop("Dong Dang", at(8), LatLon(21.95, 106.71)),
    Stop("Nowhere", at(9)),
    Stop("Hanoi", at(11), LatLon(21.03, 105.85)),
    Stop("Nanning", at(1), LatLon(22.82, 108.37)),
)


def write_track(path: Path, points: list[tuple[float, float]]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0"?>\n<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>\n'
        )
        out.writelines(f'<trkpt lat="{lat:.6f}" lon="{lon:.6f}"/>\n' for lat, lon in points)
        out.write("</trkseg></trk></gpx>\n")
    return path


def test_without_a_gpx_the_route_is_the_stops_in_time_order(tmp_path: Path) -> None:
    route = route_of(make_trip(tmp_path, STOPS))
    assert route.points == (LatLon(22.82, 108.37), LatLon(21.95, 106.71), LatLon(21.03, 105.85))
    assert (route.from_gpx, route.problem) == (False, None)


def test_an_untimed_stop_keeps_its_place_after_the_one_before() -> None:
    stops = (Stop("A", at(8), LatLon(1, 1)), Stop("B", None, LatLon(2, 2)), Stop("C", at(9), LatLon(3, 3)))
    assert [p.lat for p in stops_path(stops)] == [1, 2, 3]


def test_the_gpx_is_the_route(tmp_path: Path) -> None:
    write_track(tmp_path / "route.gpx", [(22.82, 108.37), (22.0, 106.76), (21.95, 106.71)])
    route = route_of(make_trip(tmp_path, STOPS, "route.gpx"))
    assert route.from_gpx and route.problem is None and route.read == 3
    assert route.points == (LatLon(22.82, 108.37), LatLon(22.0, 106.76), LatLon(21.95, 106.71))


def test_a_gpx_that_does_not_parse_is_the_routes_problem_and_the_stops_stand_in(tmp_path: Path) -> None:
    (tmp_path / "route.gpx").write_text("<gpx><trk>", encoding="utf-8")
    route = route_of(make_trip(tmp_path, STOPS, "route.gpx"))
    assert route.problem is not None
    assert route.problem.startswith(f"{tmp_path / 'route.gpx'}:1: not a GPX file")
    assert not route.from_gpx and len(route.points) == 3


def test_a_missing_gpx_is_the_routes_problem(tmp_path: Path) -> None:
    route = route_of(make_trip(tmp_path, STOPS, "route.gpx"))
    assert route.problem is not None and "cannot read the route: No such file" in route.problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_gpx_that_is_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "route.gpx")
    route = route_of(make_trip(tmp_path, STOPS, "route.gpx"))
    says = "cannot read the route: a named pipe (FIFO), not a file"
    assert route.problem == f"{tmp_path / 'route.gpx'}: {says}"


def test_a_route_refused_by_the_manifest_is_not_read(tmp_path: Path) -> None:
    route = route_of(make_trip(tmp_path, STOPS, None, "trip.yaml:2:8: the route is not read: ..."))
    assert route.problem == "trip.yaml:2:8: the route is not read: ..."
    assert len(route.points) == 3


def test_a_million_point_gpx_is_thinned_to_what_can_be_drawn_keeping_its_corners(tmp_path: Path) -> None:
    # An L: 500,000 points north along longitude 105, then 500,000 east along latitude 25.
    count = 500_000
    north = [(20 + 5 * i / count, 105.0) for i in range(count)]
    east = [(25.0, 105 + 5 * i / count) for i in range(1, count + 1)]
    write_track(tmp_path / "route.gpx", north + east)
    route = route_of(make_trip(tmp_path, (), "route.gpx"))
    assert route.read == 2 * count
    assert 3 <= len(route.points) <= MAX_DRAWN_POINTS
    assert route.points[0] == LatLon(20.0, 105.0) and route.points[-1] == LatLon(25.0, 110.0)
    corner = min(route.points, key=lambda p: math.hypot(p.lat - 25, p.lon - 105))
    assert math.hypot(corner.lat - 25, corner.lon - 105) < 0.01


def test_a_zigzag_is_thinned_to_the_limit() -> None:
    # 200,000 points in 2,000 teeth: more corners than may be drawn; the biggest stay.
    lats = [20 + i * 1e-4 for i in range(200_000)]
    lons = [105 + (i % 100) * 1e-3 for i in range(200_000)]
    points = thin(lats, lons, limit=500)
    assert len(points) <= 500
    assert points[0] == LatLon(20.0, 105.0)


def test_a_track_across_the_antimeridian_is_thinned_as_one_line() -> None:
    # Due east along the equator from 179 to -179: a straight line needs its two ends alone.
    lons = [179 + i * 0.002 for i in range(1001)]
    points = thin([0.0] * 1001, [lon - 360 if lon > 180 else lon for lon in lons])
    assert [(p.lat, round(p.lon, 6)) for p in points] == [(0.0, 179.0), (0.0, -179.0)]


def test_a_track_standing_still_is_one_point_each_end() -> None:
    points = thin([21.0] * 1000, [105.0] * 1000)
    assert points == (LatLon(21.0, 105.0), LatLon(21.0, 105.0))
