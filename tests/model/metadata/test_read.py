"""Reading a photo's metadata: DESIGN.md's fallback order, every format, and files that do not open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from PIL import Image, ImageFile

from tests.conftest import REPO
from tests.photos import exif, iptc_block, photo, xmp
from viewer.model.metadata import capture_moment, read_metadata

SAMPLE = REPO / "resources" / "sample-trip"
UTC7 = timezone(timedelta(hours=7))


def test_the_sample_photos_say_what_the_manifest_says() -> None:
    manifest = yaml.safe_load((SAMPLE / "trip.yaml").read_text(encoding="utf-8"))
    for entry in manifest["photos"]:
        meta = read_metadata(SAMPLE / entry["file"])

        assert (meta.caption, meta.credit) == (entry["caption"], entry["credit"])
        # The stand-ins' XMP gives Location and City; the place names both, the city once.
        assert meta.place is not None and meta.place.startswith(entry["place"])
        assert meta.time is not None and meta.time.moment == datetime.fromisoformat(entry["time"])
        assert meta.sources["caption"] == meta.sources["credit"] == "XMP"
        assert (meta.format, meta.size, meta.problems, meta.error) == ("JPEG", (1800, 1200), (), None)


# -- the fallback order, one step at a time --------------------------------------------

XMP_ALL = xmp(description="From XMP", credit="XMP Agency", creator="Xavier", rights="(c) XMP")
IPTC_ALL = iptc_block(
    (1, 90, b"\x1b%G"),
    (2, 120, "From IPTC"),
    (2, 110, "IPTC Agency"),
    (2, 80, "Iris"),
    (2, 116, "(c) IPTC"),
)
EXIF_ALL = exif(description="From EXIF", artist="Eve", copyright="(c) EXIF")


@pytest.mark.parametrize(
    ("standards", "expected"),
    [
        (("xmp", "iptc", "exif"), ("From XMP", "XMP Agency/Xavier", "(c) XMP", "XMP")),
        (("iptc", "exif"), ("From IPTC", "IPTC Agency/Iris", "(c) IPTC", "IPTC")),
        (("exif",), ("From EXIF", "Eve", "(c) EXIF", "EXIF")),
    ],
    ids=["XMP-first", "then-IPTC", "then-EXIF"],
)
def test_caption_credit_and_copyright_fall_back_from_xmp_to_iptc_to_exif(
    tmp_path: Path, standards: tuple[str, ...], expected: tuple[str, str, str, str]
) -> None:
    path = photo(
        tmp_path / "a.jpg",
        xmp_packet=XMP_ALL if "xmp" in standards else None,
        iptc=IPTC_ALL if "iptc" in standards else None,
        exif_block=EXIF_ALL,
    )

    meta = read_metadata(path)

    caption, credit, copyright_, source = expected
    assert (meta.caption, meta.credit, meta.copyright) == (caption, credit, copyright_)
    assert meta.source("caption") == meta.source("credit") == meta.source("copyright") == source


def test_nothing_embedded_means_nothing_read(tmp_path: Path) -> None:
    meta = read_metadata(photo(tmp_path / "bare.jpg"))

    assert (meta.caption, meta.credit, meta.time, meta.place, meta.orientation) == (None,) * 5
    assert (meta.sources, meta.problems, meta.error) == ({}, (), None)
    assert (meta.format, meta.size) == ("JPEG", (24, 16))


@pytest.mark.parametrize(
    ("credit", "creator", "expected"),
    [
        ("Reuters", "Ann Wang", "Reuters/Ann Wang"),
        ("Reuters/Ann Wang", "Ann Wang", "Reuters/Ann Wang"),  # already named: not doubled
        ("AP", "AP Photo/Minh Hoang", "AP Photo/Minh Hoang"),  # the creator names the agency
        ("reuters/ANN WANG", "Ann Wang", "reuters/ANN WANG"),
        ("Reuters", None, "Reuters"),
        (None, "Ann Wang", "Ann Wang"),
    ],
)
def test_the_credit_is_agency_slash_creator(
    tmp_path: Path, credit: str | None, creator: str | None, expected: str
) -> None:
    path = photo(tmp_path / "a.jpg", xmp_packet=xmp(credit=credit, creator=creator))

    meta = read_metadata(path)

    assert meta.credit == expected
    assert meta.source("credit") == "XMP"


def test_the_credit_combines_across_standards_and_names_the_agency_source(tmp_path: Path) -> None:
    path = photo(
        tmp_path / "a.jpg",
        iptc=iptc_block((2, 110, "Reuters")),
        exif_block=exif(artist="Ann Wang"),
    )

    meta = read_metadata(path)

    assert (meta.credit, meta.source("credit")) == ("Reuters/Ann Wang", "IPTC")
    assert (meta.creator, meta.source("creator")) == ("Ann Wang", "EXIF")


def test_time_comes_from_exif_first_with_its_offset(tmp_path: Path) -> None:
    path = photo(
        tmp_path / "a.jpg",
        exif_block=exif(taken="2019:02:26 08:15:00", offset="+07:00"),
        xmp_packet=xmp(date_created="2019-02-26T09:00:00+07:00"),
    )

    meta = read_metadata(path)

    assert meta.time is not None
    assert meta.time.moment == datetime(2019, 2, 26, 8, 15, tzinfo=UTC7)
    assert meta.time.offset == timedelta(hours=7)
    assert meta.source("time") == "EXIF"


def test_a_time_with_an_offset_beats_an_exif_time_without_one(tmp_path: Path) -> None:
    path = photo(
        tmp_path / "a.jpg",
        exif_block=exif(taken="2019:02:26 08:15:00"),
        iptc=iptc_block((2, 55, "20190226"), (2, 60, "081500+0700")),
    )

    meta = read_metadata(path)

    assert meta.time is not None and meta.time.moment == datetime(2019, 2, 26, 8, 15, tzinfo=UTC7)
    assert meta.source("time") == "IPTC"
    assert meta.unzoned_time == datetime(2019, 2, 26, 8, 15)  # kept, but not needed


def test_a_time_without_an_offset_is_kept_apart_never_given_one(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", exif_block=exif(taken="2019:02:26 08:15:00"))

    meta = read_metadata(path)

    assert meta.time is None
    assert meta.unzoned_time == datetime(2019, 2, 26, 8, 15)
    assert meta.source("unzoned_time") == "EXIF"


def test_place_falls_back_from_xmp_to_iptc_to_gps(tmp_path: Path) -> None:
    both = photo(
        tmp_path / "both.jpg",
        xmp_packet=xmp(location="Opera House", city="Hanoi"),
        iptc=iptc_block((2, 92, "Elsewhere"), (2, 90, "Hue")),
        exif_block=exif(gps=(21.0278, "N", 105.8342, "E")),
    )
    iptc = photo(
        tmp_path / "iptc.jpg",
        iptc=iptc_block((2, 92, "North Korean embassy"), (2, 90, "Hanoi"), (2, 101, "Vietnam")),
        exif_block=exif(gps=(21.0278, "N", 105.8342, "E")),
    )
    gps = photo(tmp_path / "gps.jpg", exif_block=exif(gps=(21.0278, "N", 105.8342, "E")))

    found = [read_metadata(path) for path in (both, iptc, gps)]

    assert [(meta.place, meta.source("place")) for meta in found] == [
        ("Opera House, Hanoi", "XMP"),
        ("North Korean embassy, Hanoi", "IPTC"),
        ("21.0278° N, 105.8342° E", "EXIF"),
    ]
    assert found[1].country == "Vietnam"


@pytest.mark.parametrize(
    ("location", "city", "expected"),
    [
        ("Dong Dang station", "Dong Dang", "Dong Dang station"),  # the city is already said
        ("North Korean embassy, Hanoi", "Hanoi", "North Korean embassy, Hanoi"),
        (None, "Hanoi", "Hanoi"),
        ("Road to Hanoi", None, "Road to Hanoi"),
    ],
)
def test_the_place_names_the_city_once(
    tmp_path: Path, location: str | None, city: str | None, expected: str
) -> None:
    path = photo(tmp_path / "a.jpg", xmp_packet=xmp(location=location, city=city))

    assert read_metadata(path).place == expected


# -- formats -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "pillow_format"),
    [("jpg", "JPEG"), ("png", "PNG"), ("tif", "TIFF"), ("webp", "WEBP"), ("heic", "HEIF")],
)
def test_every_format_gives_its_metadata(tmp_path: Path, suffix: str, pillow_format: str) -> None:
    path = photo(
        tmp_path / f"photo.{suffix}",
        size=(40, 30),
        exif_block=exif(description="EXIF caption", orientation=1),
        xmp_packet=xmp(credit="AP Photo/Minh Hoang", date_created="2019-02-26T08:35:00+07:00"),
    )

    meta = read_metadata(path)

    assert (meta.format, meta.size, meta.error) == (pillow_format, (40, 30), None)
    assert (meta.caption, meta.credit) == ("EXIF caption", "AP Photo/Minh Hoang")
    assert meta.time is not None and meta.time.moment == datetime(2019, 2, 26, 8, 35, tzinfo=UTC7)


def test_reading_metadata_decodes_no_pixels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = photo(tmp_path / "a.jpg", size=(400, 300), xmp_packet=xmp(description="Caption"))

    def refuse(self: ImageFile.ImageFile) -> None:
        raise AssertionError("pixels were decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)

    assert read_metadata(path).caption == "Caption"


@pytest.mark.parametrize("orientation", range(1, 9))
def test_the_orientation_is_read_and_turns_the_size_upright(tmp_path: Path, orientation: int) -> None:
    # The pixels of every orientation are checked in tests/imaging/test_decode.py.
    path = photo(tmp_path / "a.jpg", size=(40, 30), exif_block=exif(orientation=orientation))

    meta = read_metadata(path)

    assert meta.orientation == orientation
    assert meta.size == (40, 30)
    assert meta.upright_size == ((30, 40) if orientation >= 5 else (40, 30))


# -- files that do not open ------------------------------------------------------------------


def test_a_missing_file_is_an_error_not_an_exception(tmp_path: Path) -> None:
    meta = read_metadata(tmp_path / "gone.jpg")

    assert meta.error is not None
    assert (meta.error.field, meta.error.message) == ("file", "the file is missing")
    assert str(meta.error) == f"{tmp_path / 'gone.jpg'}: file: the file is missing"


def test_a_folder_is_not_a_photo(tmp_path: Path) -> None:
    (tmp_path / "album.jpg").mkdir()

    meta = read_metadata(tmp_path / "album.jpg")

    assert meta.error is not None and "folder" in meta.error.message


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"%PDF-1.7\n...", "PDF document files cannot be shown"),
        (b"\x00\x00\x00\x18ftypavif\x00\x00\x00\x00", "AVIF files cannot be shown"),
        (b"GIF89a broken", "GIF"),
        (b"just some text", "not a photo in a format the viewer can read (JPEG, PNG, TIFF, WebP, HEIC)"),
        (b"\xff\xd8\xff\xe0 and then nothing", "the JPEG file is damaged"),
    ],
    ids=["pdf", "avif", "gif", "text", "damaged-jpeg"],
)
def test_a_file_that_does_not_open_names_its_format(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(content)

    meta = read_metadata(path)

    assert meta.error is not None
    assert words in meta.error.message
    assert meta.error.field in ("format", "file")


def test_a_decompression_bomb_is_an_error_about_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = photo(tmp_path / "huge.png", size=(100, 100))
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # refused outright above twice this

    meta = read_metadata(path)

    assert meta.error is not None
    assert meta.error.field == "size"
    assert "too many pixels to show safely" in meta.error.message


# -- the fast path for ordering a folder -----------------------------------------------------


def test_capture_moment_reads_exif_then_xmp_then_iptc(tmp_path: Path) -> None:
    from_exif = photo(tmp_path / "e.jpg", exif_block=exif(taken="2019:02:23 17:00:00", offset="+09:00"))
    from_xmp = photo(tmp_path / "x.jpg", xmp_packet=xmp(date_created="2019-02-25T15:00:00+08:00"))
    from_iptc = photo(tmp_path / "i.jpg", iptc=iptc_block((2, 55, "20190226"), (2, 60, "081000+0700")))

    assert [capture_moment(path) for path in (from_exif, from_xmp, from_iptc)] == [
        datetime(2019, 2, 23, 8, 0, tzinfo=UTC),
        datetime(2019, 2, 25, 7, 0, tzinfo=UTC),
        datetime(2019, 2, 26, 1, 10, tzinfo=UTC),
    ]


def test_capture_moment_takes_a_time_without_offset_as_local_and_none_as_none(tmp_path: Path) -> None:
    unzoned = photo(tmp_path / "u.jpg", exif_block=exif(taken="2019:02:26 08:15:00"))
    bare = photo(tmp_path / "b.jpg")
    (tmp_path / "broken.jpg").write_bytes(b"not a photo")

    assert capture_moment(unzoned) == datetime(2019, 2, 26, 8, 15).astimezone()
    assert capture_moment(bare) is None
    assert capture_moment(tmp_path / "broken.jpg") is None
    assert capture_moment(tmp_path / "missing.jpg") is None


def test_a_reader_failing_in_a_way_nobody_foresaw_is_a_problem_and_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = photo(tmp_path / "a.jpg", xmp_packet=xmp(credit="Reuters"), exif_block=exif(description="EXIF"))

    def explode(image: Image.Image, note: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("viewer.model.metadata.read.read_xmp", explode)
    meta = read_metadata(path)

    assert (meta.caption, meta.credit, meta.error) == ("EXIF", None, None)
    assert [str(problem) for problem in meta.problems] == [f"{path}: XMP: could not be read (a bug)"]
