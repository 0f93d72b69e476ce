"""IPTC IIM: character sets, repeated fields, dates, and damaged blocks.

Most blocks are built byte by byte (``tests.photos.iptc_block``) so these tests
always run; the last ones write IPTC with the real exiftool when it is there.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.photos import UTF8, exif, exiftool, iptc_block, photo, xmp
from viewer.model.metadata import read_metadata

UTC7 = timezone(timedelta(hours=7))


def caption_of(tmp_path: Path, *datasets: tuple[int, int, bytes | str]) -> str | None:
    return read_metadata(photo(tmp_path / "a.jpg", iptc=iptc_block(*datasets))).caption


@pytest.mark.parametrize(
    ("datasets", "expected"),
    [
        ([(1, 90, UTF8), (2, 120, "Kim arrives at Đồng Đăng")], "Kim arrives at Đồng Đăng"),
        ([(2, 120, "Kim arrives at Đồng Đăng")], "Kim arrives at Đồng Đăng"),  # no 1:90, valid UTF-8
        ([(2, 120, b"Caf\xe9 in Hano\xef")], "Café in Hanoï"),  # no 1:90, Latin-1
        ([(2, 120, b"\x93Kim\x92s train\x94 \x96 Hanoi")], "“Kim’s train” – Hanoi"),  # Windows-1252
        ([(2, 120, b"\x81\x8d")], "\x81\x8d"),  # bytes cp1252 leaves undefined: Latin-1
        ([(1, 90, b"\x1b-A"), (2, 120, "Ã©".encode("latin-1"))], "Ã©"),  # declared Latin-1
    ],
    ids=["utf8-declared", "utf8-guessed", "latin1", "cp1252", "undefined-in-cp1252", "latin1-declared"],
)
def test_text_is_decoded_in_its_character_set(
    tmp_path: Path, datasets: list[tuple[int, int, bytes | str]], expected: str
) -> None:
    assert caption_of(tmp_path, *datasets) == expected


def test_text_that_is_not_the_utf8_it_claims_is_a_problem_and_still_shown(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", iptc=iptc_block((1, 90, UTF8), (2, 120, b"Caf\xe9")))

    meta = read_metadata(path)

    assert meta.caption == "Caf\ufffd"
    assert [(problem.field, problem.message) for problem in meta.problems] == [
        ("IPTC 2:120", "not valid UTF-8, though 1:90 says it is")
    ]


def test_an_unknown_character_set_is_a_problem_and_the_text_is_guessed(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", iptc=iptc_block((1, 90, b"\x1b$B"), (2, 120, b"Caf\xe9")))

    meta = read_metadata(path)

    assert meta.caption == "Café"
    assert [problem.field for problem in meta.problems] == ["IPTC 1:90"]


def test_every_byline_is_kept_and_other_repeats_keep_the_first(tmp_path: Path) -> None:
    path = photo(
        tmp_path / "a.jpg",
        iptc=iptc_block(
            (2, 110, "Reuters"),
            (2, 80, "Ann Wang"),
            (2, 80, "Jorge Silva"),
            (2, 120, "First caption"),
            (2, 120, "Second caption"),
        ),
    )

    meta = read_metadata(path)

    assert meta.creator == "Ann Wang, Jorge Silva"
    assert meta.credit == "Reuters/Ann Wang, Jorge Silva"
    assert meta.caption == "First caption"


@pytest.mark.parametrize(
    ("time", "expected", "unzoned"),
    [
        ("081500+0700", datetime(2019, 2, 26, 8, 15, tzinfo=UTC7), None),
        ("011500-0000", datetime(2019, 2, 26, 1, 15, tzinfo=UTC), None),
        ("011500Z", datetime(2019, 2, 26, 1, 15, tzinfo=UTC), None),
        ("081500", None, datetime(2019, 2, 26, 8, 15)),
    ],
)
def test_date_and_time_make_the_capture_time(
    tmp_path: Path, time: str, expected: datetime | None, unzoned: datetime | None
) -> None:
    path = photo(tmp_path / "a.jpg", iptc=iptc_block((2, 55, "20190226"), (2, 60, time)))

    meta = read_metadata(path)

    assert (meta.time.moment if meta.time else None, meta.unzoned_time) == (expected, unzoned)
    assert meta.problems == ()


def test_a_date_without_a_time_is_a_date_only_time(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", iptc=iptc_block((2, 55, "20190226")))

    meta = read_metadata(path)

    assert meta.time is not None and meta.time.date_only
    assert meta.time.moment.date() == datetime(2019, 2, 26).date()
    assert meta.source("time") == "IPTC"


@pytest.mark.parametrize(
    ("datasets", "field", "date_only"),
    [
        ([(2, 55, "2019-02-26")], "IPTC 2:55", None),
        ([(2, 55, "20191326")], "IPTC 2:55", None),
        ([(2, 55, "20190226"), (2, 60, "quarter past eight")], "IPTC 2:60", True),
        ([(2, 55, "20190226"), (2, 60, "081500+2500")], "IPTC 2:60", True),
    ],
)
def test_a_bad_date_or_time_is_a_problem_naming_the_dataset(
    tmp_path: Path, datasets: list[tuple[int, int, str]], field: str, date_only: bool | None
) -> None:
    meta = read_metadata(photo(tmp_path / "a.jpg", iptc=iptc_block(*datasets)))

    assert [problem.field for problem in meta.problems] == [field]
    assert (meta.time.date_only if meta.time else None) == date_only


def test_a_damaged_block_is_a_problem_and_the_other_standards_are_read(tmp_path: Path) -> None:
    damaged = iptc_block((2, 120, "Lost")) + b"\x1d\x02\x78\x00\x04oops"  # 0x1d is no IIM tag marker
    path = photo(
        tmp_path / "a.jpg",
        iptc=damaged,
        xmp_packet=xmp(credit="Reuters"),
        exif_block=exif(description="EXIF"),
    )

    meta = read_metadata(path)

    assert meta.error is None
    assert (meta.credit, meta.caption) == ("Reuters", "EXIF")
    assert [problem.field for problem in meta.problems] == ["IPTC"]


# -- written by exiftool -----------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["jpg", "tif"])
def test_iptc_written_by_exiftool_is_read(tmp_path: Path, suffix: str) -> None:
    path = photo(tmp_path / f"a.{suffix}")
    exiftool(
        path,
        "-charset",
        "iptc=UTF8",
        "-IPTC:CodedCharacterSet=UTF8",
        "-IPTC:Caption-Abstract=Kim’s motorcade passes the Opera House in Hà Nội.",
        "-IPTC:Credit=Reuters",
        "-IPTC:By-line=Ann Wang",
        "-IPTC:CopyrightNotice=© Reuters",
        "-IPTC:DateCreated=2019:02:26",
        "-IPTC:TimeCreated=10:55:00+07:00",
        "-IPTC:City=Hanoi",
        "-IPTC:Sub-location=Opera House",
        "-IPTC:Country-PrimaryLocationName=Vietnam",
    )

    meta = read_metadata(path)

    assert meta.caption == "Kim’s motorcade passes the Opera House in Hà Nội."
    assert (meta.credit, meta.copyright) == ("Reuters/Ann Wang", "© Reuters")
    assert meta.time is not None and meta.time.moment == datetime(2019, 2, 26, 10, 55, tzinfo=UTC7)
    assert (meta.place, meta.country) == ("Opera House, Hanoi", "Vietnam")
    assert {meta.source(name) for name in ("caption", "credit", "time", "place")} == {"IPTC"}
    assert meta.problems == ()


def test_windows_1252_iptc_written_by_exiftool_without_a_character_set_is_read(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg")
    # exiftool's "Latin" is Windows-1252, and it writes no 1:90 for it.
    exiftool(path, "-charset", "iptc=Latin", "-IPTC:Caption-Abstract=“Café” – Hanoi")

    assert b"Caf\xe9" in path.read_bytes()
    assert read_metadata(path).caption == "“Café” – Hanoi"
