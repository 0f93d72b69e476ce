"""EXIF: text as phones really write it, times and offsets, GPS, and blocks that are broken."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image, TiffImagePlugin

from tests.photos import ARTIST, COPYRIGHT, GPS_IFD, IMAGE_DESCRIPTION, exif, photo, xmp
from viewer.model.metadata import MetadataProblem, read_metadata


def fields(problems: tuple[MetadataProblem, ...]) -> list[str]:
    return [problem.field for problem in problems]


def test_utf8_text_in_an_ascii_field_is_read_as_utf8(tmp_path: Path) -> None:
    block = Image.Exif()
    block[IMAGE_DESCRIPTION] = "Kim’s motorcade in Đồng Đăng".encode()
    block[ARTIST] = b"Jos\xe9 Mar\xeda"  # Latin-1: not UTF-8, kept as Latin-1
    path = photo(tmp_path / "a.jpg", exif_block=block)

    meta = read_metadata(path)

    assert meta.caption == "Kim’s motorcade in Đồng Đăng"
    assert meta.creator == "José María"


@pytest.mark.parametrize("placeholder", ["OLYMPUS DIGITAL CAMERA", "SONY DSC", "   ", ""])
def test_what_cameras_write_when_there_is_no_caption_is_not_a_caption(
    tmp_path: Path, placeholder: str
) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(description=placeholder))

    assert read_metadata(path).caption is None


def test_a_copyright_of_photographer_and_editor_keeps_both(tmp_path: Path) -> None:
    block = Image.Exif()
    block[COPYRIGHT] = "Ann Wang\x00Reuters"
    path = photo(tmp_path / "a.jpg", exif_block=block)

    assert read_metadata(path).copyright == "Ann Wang; Reuters"


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        ("+07:00", timedelta(hours=7)),
        ("-03:00", timedelta(hours=-3)),
        ("+05:30", timedelta(hours=5, minutes=30)),
    ],
)
def test_the_offset_is_kept(tmp_path: Path, offset: str, expected: timedelta) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(taken="2019:02:26 08:15:00", offset=offset))

    meta = read_metadata(path)

    assert meta.time is not None
    assert meta.time.moment == datetime(2019, 2, 26, 8, 15, tzinfo=timezone(expected))
    assert (meta.time.date_only, meta.time.approximate) == (False, False)


@pytest.mark.parametrize("blank", ["    :  :     :  :  ", "0000:00:00 00:00:00", ""])
def test_a_blank_date_is_no_date_and_no_problem(tmp_path: Path, blank: str) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(taken=blank, offset="+07:00"))

    meta = read_metadata(path)

    assert (meta.time, meta.unzoned_time, meta.problems) == (None, None, ())


def test_a_bad_date_is_a_problem_naming_the_field(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(taken="yesterday morning", description="Still read"))

    meta = read_metadata(path)

    assert meta.time is None and meta.caption == "Still read"
    (problem,) = meta.problems
    assert problem.field == "EXIF DateTimeOriginal"
    assert "'yesterday morning'" in problem.message
    assert str(problem).startswith(f"{path}: EXIF DateTimeOriginal: not a date and time")


def test_a_bad_offset_is_a_problem_and_the_time_stays_without_one(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(taken="2019:02:26 08:15:00", offset="+25:00"))

    meta = read_metadata(path)

    assert (meta.time, meta.unzoned_time) == (None, datetime(2019, 2, 26, 8, 15))
    assert fields(meta.problems) == ["EXIF OffsetTimeOriginal"]


@pytest.mark.parametrize(
    ("gps", "expected"),
    [
        ((21.0278, "N", 105.8342, "E"), "21.0278° N, 105.8342° E"),
        ((33.8688, "S", 151.2093, "E"), "33.8688° S, 151.2093° E"),
        ((40.7128, "N", 74.006, "W"), "40.7128° N, 74.0060° W"),
    ],
)
def test_gps_is_a_place_in_degrees(tmp_path: Path, gps: tuple[float, str, float, str], expected: str) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(gps=gps))

    meta = read_metadata(path)

    assert (meta.place, meta.source("place")) == (expected, "EXIF")


def test_gps_zero_zero_is_no_fix(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(gps=(0.0, "N", 0.0, "E")))

    assert read_metadata(path).place is None


@pytest.mark.parametrize(
    "gps",
    [
        {2: (21.0, 1.0, 0.0), 4: (105.0, 50.0, 0.0)},  # no N/S, E/W references
        {1: "N", 2: (TiffImagePlugin.IFDRational(1, 0), 0.0, 0.0), 3: "E", 4: (105.0, 0.0, 0.0)},
        {1: "N", 2: (95.0, 0.0, 0.0), 3: "E", 4: (105.0, 0.0, 0.0)},
        {1: "Q", 2: (21.0, 0.0, 0.0), 3: "E", 4: (105.0, 0.0, 0.0)},
    ],
    ids=["no-reference", "zero-denominator", "beyond-the-pole", "bad-reference"],
)
def test_unreadable_gps_is_a_problem_not_a_place(tmp_path: Path, gps: dict[int, object]) -> None:
    block = Image.Exif()
    block.get_ifd(GPS_IFD).update(gps)
    path = photo(tmp_path / "a.jpg", exif_block=block)

    meta = read_metadata(path)

    assert meta.place is None
    assert fields(meta.problems) == ["EXIF GPS"]


def test_an_impossible_orientation_is_a_problem_and_none(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(orientation=99))

    meta = read_metadata(path)

    assert meta.orientation is None
    assert fields(meta.problems) == ["EXIF Orientation"]


@pytest.mark.parametrize(
    "block",
    [
        b"Exif\x00\x00II*\x00\xff\xff\xff\x7f",  # the first IFD lies far past the end
        b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x05\x00\x12\x01\x03\x00",  # an IFD cut short
        b"Exif\x00\x00not a TIFF header at all",
    ],
    ids=["offset-past-end", "truncated-ifd", "garbage"],
)
# Pillow warns about corrupt EXIF; the app sends warnings to its log.
@pytest.mark.filterwarnings("ignore:Corrupt EXIF data:UserWarning")
@pytest.mark.filterwarnings("ignore:Possibly corrupted field:UserWarning")
def test_a_broken_exif_block_never_stops_the_photo(tmp_path: Path, block: bytes) -> None:
    path = photo(tmp_path / "a.jpg", size=(40, 30), exif_block=block)  # type: ignore[arg-type]

    meta = read_metadata(path)

    assert meta.error is None
    assert (meta.size, meta.time, meta.caption) == ((40, 30), None, None)
    # Pillow reads what it can of a damaged block and warns (to the app's log).
    assert all(field.startswith("EXIF") for field in fields(meta.problems))


def test_an_exif_block_pillow_cannot_parse_is_a_problem_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(description="Lost"), xmp_packet=xmp(description="Kept"))

    def broken(self: Image.Image) -> Image.Exif:
        raise SyntaxError("not a TIFF file")

    monkeypatch.setattr(Image.Image, "getexif", broken)
    meta = read_metadata(path)

    assert (meta.caption, meta.source("caption"), meta.error) == ("Kept", "XMP", None)
    assert [str(problem) for problem in meta.problems] == [
        f"{path}: EXIF: the EXIF block is damaged and was skipped (not a TIFF file)"
    ]
