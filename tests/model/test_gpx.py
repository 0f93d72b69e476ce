"""Reading a GPX file's path: track points, else route points; every bad file a clear error
naming the file (and line), and nothing that is not a plain file is waited on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from viewer.model import gpx
from viewer.model.gpx import GpxError, read_gpx

NS = 'xmlns="http://www.topografix.com/GPX/1/1"'


HEAD = f'<gpx version="1.1" {NS}>'


def write_gpx(folder: Path, body: str, name: str = "route.gpx", head: str = HEAD) -> Path:
    path = folder / name
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n{head}\n{body}\n</gpx>\n', encoding="utf-8")
    return path


def track(*points: tuple[float, float]) -> str:
    inside = "".join(f'<trkpt lat="{lat}" lon="{lon}"><ele>10</ele></trkpt>\n' for lat, lon in points)
    return f"<trk><name>t</name><trkseg>\n{inside}</trkseg></trk>"


def gpx_error(path: Path) -> GpxError:
    with pytest.raises(GpxError) as caught:
        read_gpx(path)
    return caught.value


def test_track_points_in_file_order(tmp_path: Path) -> None:
    path = write_gpx(tmp_path, track((39.0, 125.7), (40.1, 124.4), (21.0, 105.8)))
    lats, lons = read_gpx(path)
    assert list(zip(lats, lons, strict=True)) == [(39.0, 125.7), (40.1, 124.4), (21.0, 105.8)]


def test_several_segments_and_tracks_follow_on(tmp_path: Path) -> None:
    path = write_gpx(tmp_path, track((1, 2)) + track((3, 4), (5, 6)))
    assert list(read_gpx(path)[0]) == [1, 3, 5]


def test_route_points_when_there_is_no_track(tmp_path: Path) -> None:
    route = '<rte><rtept lat="1" lon="2"/><rtept lat="3" lon="4"/></rte>'
    path = write_gpx(tmp_path, '<wpt lat="9" lon="9"/>' + route)
    assert list(zip(*read_gpx(path), strict=True)) == [(1, 2), (3, 4)]


def test_a_track_is_preferred_to_a_route(tmp_path: Path) -> None:
    path = write_gpx(tmp_path, '<rte><rtept lat="1" lon="2"/></rte>' + track((5, 6)))
    assert list(read_gpx(path)[0]) == [5]


def test_gpx_1_0_and_no_namespace_read_alike(tmp_path: Path) -> None:
    old = write_gpx(
        tmp_path, track((1, 2)), "a.gpx", '<gpx version="1.0" xmlns="http://www.topografix.com/GPX/1/0">'
    )
    bare = write_gpx(tmp_path, track((1, 2)), "b.gpx", "<gpx>")
    assert list(read_gpx(old)[0]) == list(read_gpx(bare)[0]) == [1]


def test_text_that_is_not_xml_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "route.gpx"
    path.write_text("<gpx>\n<trk><trkseg>\n<trkpt lat='1' lon='2'>\n</trk>", encoding="utf-8")
    error = gpx_error(path)
    assert str(error).startswith(f"{path}:4: not a GPX file: mismatched tag")


def test_another_kind_of_xml_is_not_gpx(tmp_path: Path) -> None:
    path = tmp_path / "route.gpx"
    path.write_text('<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>', encoding="utf-8")
    assert str(gpx_error(path)) == f"{path}:1: not a GPX file: it holds <kml>, not <gpx>"


def test_no_points_is_an_error(tmp_path: Path) -> None:
    path = write_gpx(tmp_path, '<wpt lat="1" lon="2"/>')
    assert str(gpx_error(path)) == f"{path}: the GPX file holds no track or route points"


@pytest.mark.parametrize(
    ("point", "says"),
    [
        ('<trkpt lat="91" lon="2"/>', "a point's latitude 91 is outside -90 to 90 degrees"),
        ('<trkpt lat="1" lon="-180.5"/>', "a point's longitude -180.5 is outside -180 to 180 degrees"),
        ('<trkpt lat="nan" lon="2"/>', "a point's latitude nan is outside -90 to 90 degrees"),
        ('<trkpt lat="north" lon="2"/>', "a point's latitude is not a number: 'north'"),
        ('<trkpt lon="2"/>', "a point has no latitude ('lat')"),
    ],
)
def test_a_bad_point_names_its_line(tmp_path: Path, point: str, says: str) -> None:
    path = write_gpx(tmp_path, f"<trk><trkseg>\n{point}\n</trkseg></trk>")
    assert str(gpx_error(path)) == f"{path}:4: {says}"


def test_entities_and_document_types_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "route.gpx"
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY l0 "lol">{lol}]><gpx>&l9;</gpx>')
    assert "a GPX file holds no <!DOCTYPE>; this one does" in str(gpx_error(path))


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    error = gpx_error(tmp_path / "route.gpx")
    assert str(error).startswith(f"{tmp_path / 'route.gpx'}: cannot read the route: No such file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    path = tmp_path / "route.gpx"
    os.mkfifo(path)
    assert str(gpx_error(path)) == f"{path}: cannot read the route: a named pipe (FIFO), not a file"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "route.gpx").mkdir()
    assert "this is a folder, not a file" in str(gpx_error(tmp_path / "route.gpx"))


def test_reading_stops_at_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gpx, "MAX_GPX_BYTES", 2**20)
    path = write_gpx(tmp_path, track(*[(1.0, 2.0)] * 30_000))
    assert str(gpx_error(path)) == f"{path}: the file is more than 1 MB; simplify the track"
