"""The route map's layout: the sample trip's map as the view will paint it, clicks on dots,
and bad input (a million-point GPX, the antimeridian, the whole globe, one place, a GPX
that is a pipe or a link out of the folder): a sensible map or a clear problem, no hang."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.model.test_coastlines import contains
from tests.model.test_route import write_track
from viewer import paths
from viewer.model.coastlines import Atlas
from viewer.model.geo import LatLon
from viewer.model.manifest import load_manifest
from viewer.model.maplayout import (
    DETAIL_SHARE,
    INSET_HEIGHT,
    INSET_WIDTH,
    MapLayout,
    detail_area,
    inset_corner,
    lay_out_map,
)
from viewer.model.projection import MIN_SPAN_KM
from viewer.model.route import MAX_DRAWN_POINTS

HEAD = "format: trip-viewer/1\n"
ROAD_TO_HANOI = {4, 5, 6}  # photos 05 to 07: no position of their own in the sample


@pytest.fixture(scope="module")
def atlas() -> Atlas:
    return Atlas()


@pytest.fixture(scope="module")
def sample(atlas: Atlas) -> MapLayout:
    return lay_out_map(load_manifest(paths.sample_trip()), {}, 1280 / 860, atlas=atlas)


def surface(layout: MapLayout, x: float, y: float) -> str:
    found = "sea"
    for shape in layout.shapes:
        if contains([(py, px) for px, py in shape.points], y, x):
            found = "land" if shape.land else "lake"
    return found


def inside(points: Sequence[tuple[float, float]]) -> bool:
    return all(0.0 < x < 1.0 and 0.0 < y < 1.0 for x, y in points)


def write_trip(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "trip.yaml"
    path.write_text(HEAD + text, encoding="utf-8")
    return path


def test_the_sample_maps_its_stops_photos_and_route_from_pyongyang_to_hanoi(sample: MapLayout) -> None:
    assert [stop.name for stop in sample.stops] == ["Pyongyang", "Dandong", "Nanning", "Dong Dang", "Hanoi"]
    assert [photo.index for photo in sample.photos] == list(range(13))
    assert {photo.index for photo in sample.photos if photo.approximate} == ROAD_TO_HANOI
    assert sample.route_from_gpx and sample.route_problem is None and sample.land_problem is None
    assert len(sample.route) == 72
    assert inside([(s.x, s.y) for s in sample.stops]) and inside([(p.x, p.y) for p in sample.photos])
    assert inside(sample.route)
    pyongyang, hanoi = sample.stops[0], sample.stops[-1]
    assert pyongyang.x > hanoi.x and pyongyang.y < hanoi.y  # north-east of Hanoi
    assert sample.frame.aspect == pytest.approx(1280 / 860)


def test_the_sample_map_has_land_where_the_cities_are_and_sea_between(sample: MapLayout) -> None:
    for stop in sample.stops:
        assert surface(sample, stop.x, stop.y) == "land", stop.name
    yellow_sea = sample.frame.to_unit(37.0, 124.0)
    south_china_sea = sample.frame.to_unit(18.0, 113.0)
    assert surface(sample, *yellow_sea) == "sea"
    assert surface(sample, *south_china_sea) == "sea"
    assert sample.borders and sample.resolution == "l"


def test_photos_on_the_road_lie_between_dong_dang_and_hanoi_in_time_order(sample: MapLayout) -> None:
    dong_dang, hanoi = sample.stops[3], sample.stops[4]
    road = [sample.where(index) for index in sorted(ROAD_TO_HANOI)]
    assert all(photo is not None for photo in road)
    ys = [photo.y for photo in road if photo is not None]
    assert dong_dang.y < ys[0] < ys[1] < ys[2] < hanoi.y + 0.01


def test_a_click_on_a_dot_finds_its_photo_and_a_click_on_the_sea_none(sample: MapLayout) -> None:
    on_the_road = sample.where(5)
    assert on_the_road is not None
    assert sample.photo_at(on_the_road.x + 0.001, on_the_road.y - 0.001, 0.005) == 5
    # Photos 01 to 03 are at one spot, Dong Dang station: the first of them.
    first = sample.where(0)
    assert first is not None and sample.photo_at(first.x, first.y, 0.01) == 0
    assert sample.photo_at(*sample.frame.to_unit(18.0, 113.0), 0.02) is None
    assert sample.where(99) is None


def test_a_click_reaches_no_further_than_the_radius(sample: MapLayout) -> None:
    photo = sample.where(8)  # at the embassy in Hanoi
    assert photo is not None
    height_share = 0.03
    beside = photo.x + height_share / sample.aspect  # 0.03 of the height to the right
    assert sample.photo_at(beside, photo.y, 0.02) is None
    assert sample.photo_at(beside, photo.y, 0.04) is not None


def test_known_positions_come_in_from_outside_the_manifest(tmp_path: Path, atlas: Atlas) -> None:
    path = write_trip(tmp_path, "photos:\n  - file: a.jpg\n  - file: b.jpg\n    at: [21.0, 105.8]\n")
    layout = lay_out_map(load_manifest(path), {0: LatLon(10.8, 106.7)}, 1.0, atlas=atlas)
    assert [photo.index for photo in layout.photos] == [0, 1]
    saigon, hanoi = layout.photos
    assert saigon.y > hanoi.y and not saigon.approximate


def test_missing_coastline_data_is_a_problem_and_the_rest_is_drawn(tmp_path: Path, sample: MapLayout) -> None:
    trip = load_manifest(paths.sample_trip())
    layout = lay_out_map(trip, {}, 1.5, atlas=Atlas(tmp_path))
    assert layout.land_problem is not None and "gshhsmeta_l.dat" in layout.land_problem
    assert layout.shapes == () and len(layout.photos) == 13 and len(layout.route) == 72


# -- bad input ----------------------------------------------------------------------------


def test_a_million_point_gpx_draws_at_most_the_drawn_points(tmp_path: Path, atlas: Atlas) -> None:
    count = 1_000_000
    write_track(tmp_path / "route.gpx", [(20 + 5 * i / count, 105 + (i % 2000) / 4000) for i in range(count)])
    path = write_trip(tmp_path, "route: route.gpx\nphotos:\n  - file: a.jpg\n    at: [21, 105.5]\n")
    layout = lay_out_map(load_manifest(path), {}, 1.5, atlas=atlas)
    assert layout.route_from_gpx and 2 <= len(layout.route) <= MAX_DRAWN_POINTS
    assert inside(layout.route)


def test_a_route_across_the_antimeridian_is_one_stroke(tmp_path: Path, atlas: Atlas) -> None:
    stops = [
        ("Nadi", -17.76, 177.44),
        ("Suva", -18.14, 178.44),
        ("Taveuni", -16.85, -179.95),
        ("Apia", -13.83, -171.76),
    ]
    text = "stops:\n" + "".join(
        f"  - {{name: {name}, time: 2020-01-0{day + 1}T08:00+12:00, at: [{lat}, {lon}]}}\n"
        for day, (name, lat, lon) in enumerate(stops)
    )
    path = write_trip(tmp_path, text + "photos:\n  - {file: a.jpg, time: 2020-01-03T20:00+12:00}\n")
    layout = lay_out_map(load_manifest(path), {}, 1.5, atlas=atlas)
    xs = [x for x, _ in layout.route]
    assert xs == sorted(xs) and inside(layout.route)  # west to east, no jump across the frame
    (photo,) = layout.photos
    assert photo.approximate and xs[2] < photo.x < xs[3]
    assert any(shape.land and inside(shape.points[:1]) for shape in layout.shapes)  # Fiji's islands


def test_photos_spanning_the_globe_get_the_world_once(tmp_path: Path, atlas: Atlas) -> None:
    places = [(51.5, -0.1), (35.7, 139.7), (-33.9, 151.2), (21.3, -157.8), (40.7, -74.0), (19.1, 72.8)]
    text = "photos:\n" + "".join(
        f"  - {{file: p{k}.jpg, at: [{lat}, {lon}]}}\n" for k, (lat, lon) in enumerate(places)
    )
    layout = lay_out_map(load_manifest(write_trip(tmp_path, text)), {}, 1.5, atlas=atlas)
    box = layout.frame.box()
    assert box.east - box.west == pytest.approx(360.0)
    assert len(layout.photos) == 6 and inside([(p.x, p.y) for p in layout.photos])
    assert layout.resolution == "c"


def test_all_photos_at_one_point_show_the_place_around_them(tmp_path: Path, atlas: Atlas) -> None:
    text = "photos:\n" + "".join(f"  - {{file: p{k}.jpg, at: [21.0285, 105.8542]}}\n" for k in range(50))
    layout = lay_out_map(load_manifest(write_trip(tmp_path, text)), {}, 1.5, atlas=atlas)
    assert {(round(p.x, 9), round(p.y, 9)) for p in layout.photos} == {(0.5, 0.5)}
    assert layout.frame.km_per_unit_height() >= MIN_SPAN_KM
    assert layout.resolution == "i" and surface(layout, 0.5, 0.5) == "land"
    assert layout.photo_at(0.5, 0.5, 0.01) == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_gpx_that_is_a_fifo_is_a_route_problem_not_a_hang(tmp_path: Path, atlas: Atlas) -> None:
    os.mkfifo(tmp_path / "route.gpx")
    text = "route: route.gpx\nstops:\n  - {name: A, at: [21, 105]}\n  - {name: B, at: [22, 106]}\n"
    path = write_trip(tmp_path, text + "photos:\n  - file: a.jpg\n")
    layout = lay_out_map(load_manifest(path), {}, 1.5, atlas=atlas)
    assert (
        layout.route_problem
        == f"{tmp_path / 'route.gpx'}: cannot read the route: a named pipe (FIFO), not a file"
    )
    assert not layout.route_from_gpx and len(layout.route) == 2


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_gpx_linking_out_of_the_folder_is_a_route_problem(tmp_path: Path, atlas: Atlas) -> None:
    write_track(tmp_path / "elsewhere.gpx", [(1.0, 2.0), (3.0, 4.0)])
    folder = tmp_path / "trip"
    folder.mkdir()
    (folder / "route.gpx").symlink_to(tmp_path / "elsewhere.gpx")
    path = write_trip(folder, "route: route.gpx\nphotos:\n  - file: a.jpg\n    at: [21, 105]\n")
    layout = lay_out_map(load_manifest(path), {}, 1.5, atlas=atlas)
    assert layout.route_problem is not None
    assert layout.route_problem.startswith(f"{path}:2:8: the route is not read: ")
    assert "leads outside the manifest's folder through a link" in layout.route_problem
    assert layout.route == ()


def test_a_trip_without_any_position_is_the_world_without_dots(tmp_path: Path, atlas: Atlas) -> None:
    path = write_trip(tmp_path, "photos:\n  - file: a.jpg\n    time: 2019-02-26T08:15+07:00\n")
    layout = lay_out_map(load_manifest(path), {}, 1.5, atlas=atlas)
    assert layout.photos == () and layout.stops == () and layout.route == ()
    assert layout.frame.box().east - layout.frame.box().west == pytest.approx(360.0)


def test_the_sample_photos_crowd_one_spot_and_get_a_detail_of_their_own(
    sample: MapLayout, atlas: Atlas
) -> None:
    box = detail_area(sample)
    assert box is not None  # Dong Dang to Hanoi, on a map from Pyongyang
    left, top, right, bottom = box
    assert 0 < right - left <= DETAIL_SHARE and 0 < bottom - top <= DETAIL_SHARE
    assert all(left <= p.x <= right and top <= p.y <= bottom for p in sample.photos)
    detail = lay_out_map(load_manifest(paths.sample_trip()), {}, 1.3, atlas=atlas, detail=True)
    assert [stop.name for stop in detail.stops] == ["Dong Dang", "Hanoi"]  # the rest are off it
    assert inside([(p.x, p.y) for p in detail.photos])
    xs, ys = [p.x for p in detail.photos], [p.y for p in detail.photos]
    assert max(max(xs) - min(xs), max(ys) - min(ys)) > 0.7  # the photos fill it
    assert detail.resolution == "i"  # 150 km across: the intermediate coastlines
    assert detail_area(detail) is None  # a detail needs no detail


def test_photos_spread_over_the_map_or_at_one_spot_need_no_detail(tmp_path: Path, atlas: Atlas) -> None:
    spread = "photos:\n  - {file: a.jpg, at: [39.03, 125.75]}\n  - {file: b.jpg, at: [21.03, 105.85]}\n"
    assert (
        detail_area(lay_out_map(load_manifest(write_trip(tmp_path / "a", spread)), {}, 1.5, atlas=atlas))
        is None
    )
    one = (
        "stops:\n  - {name: Pyongyang, at: [39.03, 125.75]}\n  - {name: Hanoi, at: [21.03, 105.85]}\n"
        "photos:\n" + "".join(f"  - {{file: p{k}.jpg, at: [21.0285, 105.8542]}}\n" for k in range(5))
    )
    assert (
        detail_area(lay_out_map(load_manifest(write_trip(tmp_path / "b", one)), {}, 1.5, atlas=atlas)) is None
    )


def test_an_inset_goes_in_the_emptiest_corner_never_over_what_it_enlarges(sample: MapLayout) -> None:
    box = detail_area(sample)
    assert box is not None
    corner = inset_corner(sample, 0.5, 0.38, [box])
    left, top, right, bottom = corner
    assert right - left == pytest.approx(0.5) and bottom - top == pytest.approx(0.38)
    b_left, b_top, b_right, b_bottom = box
    assert not (left < b_right and b_left < right and top < b_bottom and b_top < bottom)
    hidden = [s.name for s in sample.stops if left <= s.x <= right and top <= s.y <= bottom]
    assert hidden == []  # no stop under it


def test_the_layout_carries_its_detail_and_inset_made_on_the_worker(sample: MapLayout, atlas: Atlas) -> None:
    """The view reads them: worked out on the UI thread, 100,000 photos' took a tenth of a second."""
    assert sample.detail == detail_area(sample)
    assert sample.inset == inset_corner(sample, INSET_WIDTH, INSET_HEIGHT, [sample.detail])  # type: ignore[list-item]
    detail = lay_out_map(load_manifest(paths.sample_trip()), {}, 1.3, atlas=atlas, detail=True)
    assert detail.detail is None and detail.inset is None
