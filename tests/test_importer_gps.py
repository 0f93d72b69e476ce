"""``trip-viewer import`` of GPS photos: positions as ``at: [lat, lon]``, offsets from GPS said so."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from tests.photos import exif, photo, xmp
from tests.test_importer import loads_positions
from viewer.importer import _summary, import_folder
from viewer.model.geo import LatLon
from viewer.model.manifest import load_manifest

HANOI = (21.02851, "N", 105.85423, "E")
DERIVED = re.compile(
    r"  time: 2019-02-26T12:00:00\+07:00  # offset from GPS position, Asia/(Ho_Chi_Minh|Bangkok)\n"
)


def gps_folder(folder: Path, caption: str = "Hanoi at noon") -> Path:
    """Noon in Hanoi from a camera that writes no offset; a phone's photo in Pyongyang that does."""
    photo(
        folder / "hanoi.jpg",
        exif_block=exif(taken="2019:02:26 12:00:00", gps=HANOI),
        xmp_packet=xmp(description=caption),
    )
    photo(
        folder / "pyongyang.jpg",
        exif_block=exif(taken="2019:02:23 17:00:00", offset="+09:00", gps=(39.0392, "S", 125.7625, "W")),
    )
    photo(folder / "nowhere.jpg", exif_block=exif(taken="2019:02:27 09:00:00"))
    return folder


def test_positions_are_written_on_one_line_to_five_decimals(tmp_path: Path) -> None:
    text = import_folder(gps_folder(tmp_path)).path.read_text(encoding="utf-8")

    assert "  at: [21.02851, 105.85423]\n" in text
    assert "  at: [-39.0392, -125.7625]\n" in text
    assert text.count("  at: ") == 2  # the photo without GPS has none


def test_an_offset_from_the_gps_position_is_written_with_a_comment_saying_so(tmp_path: Path) -> None:
    result = import_folder(gps_folder(tmp_path))
    text = result.path.read_text(encoding="utf-8")

    assert DERIVED.search(text), text
    assert "  time: 2019-02-23T17:00:00+09:00\n" in text  # the camera's own offset: no comment
    assert text.count("# offset from GPS position") == 1
    assert result.zoned_by_gps == 1
    assert "1 with a UTC offset from the GPS position" in _summary(result)


def test_a_caption_that_looks_like_a_time_line_gets_no_comment(tmp_path: Path) -> None:
    caption = "Kim\n  time: 2019-02-26T12:00:00+07:00\ntime: later"
    result = import_folder(gps_folder(tmp_path, caption))
    text = result.path.read_text(encoding="utf-8")

    written = yaml.safe_load(text)  # the comments keep the YAML whole

    (hanoi,) = [entry for entry in written["photos"] if entry["file"] == "hanoi.jpg"]
    assert hanoi["caption"] == caption
    assert hanoi["time"] == datetime(2019, 2, 26, 5, tzinfo=UTC)
    assert text.count("# offset from GPS position") == 1 and DERIVED.search(text)


def test_the_gps_zone_comes_before_the_timezone_option(tmp_path: Path) -> None:
    """--timezone says where the photos without GPS were taken; one with GPS says for itself."""
    result = import_folder(gps_folder(tmp_path), zone=ZoneInfo("Europe/Berlin"))
    text = result.path.read_text(encoding="utf-8")

    assert DERIVED.search(text)
    assert "  time: 2019-02-27T09:00:00+01:00\n" in text  # nowhere.jpg, by --timezone


@loads_positions
def test_what_import_writes_loads_with_positions_and_local_times(tmp_path: Path) -> None:
    trip = load_manifest(import_folder(gps_folder(tmp_path)).path)

    by_file = {entry.file: entry for entry in trip.photos}
    hanoi = by_file["hanoi.jpg"]
    assert hanoi.position == LatLon(21.02851, 105.85423)
    assert hanoi.time is not None and hanoi.time.moment.astimezone(UTC) == datetime(
        2019, 2, 26, 5, tzinfo=UTC
    )
    assert hanoi.time.offset == timedelta(hours=7)
    assert by_file["pyongyang.jpg"].position == LatLon(-39.0392, -125.7625)
    assert by_file["nowhere.jpg"].position is None
