"""Tests for the manifest loader: every field, every error with its line and column,
the paths and tags it refuses, and the bundled sample trip against the seed article.

Manifests are written into ``tmp_path``; nothing here touches the network.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer import paths
from viewer.model.manifest import ManifestError, load_manifest, parse_manifest
from viewer.model.trip import Trip

HEAD = "format: trip-viewer/1\n"
ONE_PHOTO = "photos:\n  - file: a.jpg\n"
REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "seed" / "000_5b900e03b5c10ba5.txt"


def write_manifest(folder: Path, text: str | bytes, name: str = "trip.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def load_text(folder: Path, text: str | bytes) -> Trip:
    return load_manifest(write_manifest(folder, text))


def load_error(folder: Path, text: str | bytes) -> ManifestError:
    path = write_manifest(folder, text)
    with pytest.raises(ManifestError) as caught:
        load_manifest(path)
    return caught.value


def assert_error_at(error: ManifestError, folder: Path, line: int, column: int, message: str) -> None:
    """The error points at ``line:column`` of trip.yaml and says ``message`` (and maybe a hint)."""
    assert (error.line, error.column) == (line, column)
    assert str(error).startswith(f"{folder / 'trip.yaml'}:{line}:{column}: {message}")
    assert "\n" not in str(error)


# -- every field ------------------------------------------------------------------

FULL = """\
format: trip-viewer/1
title: Kim Jong Un's train journey to the Hanoi summit
source: Quartz, 26 February 2019
timezone: Asia/Ho_Chi_Minh
notes: The whole trip's notes.
stops:
  - {name: Pyongyang, time: 2019-02-23T17:00+09:00}
  - name: Dong Dang
    time: 2019-02-26T08:10+07:00
    approximate: true
photos:
  - file: photos/01-dong-dang-arrival.jpg
    caption: Kim arrives by train at Dong Dang, Vietnam.
    credit: Reuters/Stringer
    time: 2019-02-26T08:15+07:00
    approximate: true
    place: Dong Dang station
    notes: Shown only to the presenter.
  - file: photos/02.jpg
"""


def test_every_field_is_read(tmp_path: Path) -> None:
    trip = load_text(tmp_path, FULL)

    assert trip.source == tmp_path / "trip.yaml"
    assert trip.folder == tmp_path
    assert trip.title == "Kim Jong Un's train journey to the Hanoi summit"
    assert trip.attribution == "Quartz, 26 February 2019"
    assert trip.timezone == ZoneInfo("Asia/Ho_Chi_Minh")
    assert trip.notes == "The whole trip's notes."
    assert trip.photo_lines == (12, 19)

    pyongyang, dong_dang = trip.stops
    assert pyongyang.name == "Pyongyang"
    assert pyongyang.time is not None
    assert pyongyang.time.moment == datetime(2019, 2, 23, 17, 0, tzinfo=timezone(timedelta(hours=9)))
    assert pyongyang.time.approximate is False
    assert dong_dang.name == "Dong Dang"
    assert dong_dang.time is not None
    assert dong_dang.time.approximate is True

    first, second = trip.photos
    assert first.file == "photos/01-dong-dang-arrival.jpg"
    assert first.path == tmp_path / "photos" / "01-dong-dang-arrival.jpg"
    assert first.caption == "Kim arrives by train at Dong Dang, Vietnam."
    assert first.credit == "Reuters/Stringer"
    assert first.time is not None
    assert first.time.moment == datetime(2019, 2, 26, 8, 15, tzinfo=timezone(timedelta(hours=7)))
    assert first.time.approximate is True
    assert first.time.date_only is False
    assert first.place == "Dong Dang station"
    assert first.notes == "Shown only to the presenter."

    assert second.path == tmp_path / "photos" / "02.jpg"


def test_missing_optional_fields_are_none_never_invented(tmp_path: Path) -> None:
    trip = load_text(tmp_path / "Hanoi 2019", HEAD + ONE_PHOTO)

    assert trip.title == "Hanoi 2019"  # the folder's name
    assert trip.attribution is None
    assert trip.timezone is None
    assert trip.notes is None
    assert trip.stops == ()
    (photo,) = trip.photos
    assert (photo.caption, photo.credit, photo.time, photo.place, photo.notes) == (None,) * 5


def test_null_values_count_as_missing(tmp_path: Path) -> None:
    trip = load_text(tmp_path, HEAD + "title:\nstops:\n" + ONE_PHOTO + "    caption: ~\n    time:\n")

    assert trip.title == tmp_path.name
    assert trip.stops == ()
    assert trip.photos[0].caption is None
    assert trip.photos[0].time is None


def test_a_plain_value_that_looks_like_a_number_is_read_as_text(tmp_path: Path) -> None:
    trip = load_text(tmp_path, HEAD + "title: 1969\n" + ONE_PHOTO + "    caption: 12.50\n    credit: 'yes'\n")

    assert trip.title == "1969"
    assert trip.photos[0].caption == "12.50"
    assert trip.photos[0].credit == "yes"


def test_an_equals_sign_is_a_plain_caption(tmp_path: Path) -> None:
    # YAML 1.1 resolves a lone "=" to the !!value tag; it is still just text.
    trip = load_text(tmp_path, HEAD + ONE_PHOTO + "    caption: =\n")

    assert trip.photos[0].caption == "="


def test_anchors_and_aliases_work_for_plain_values(tmp_path: Path) -> None:
    text = (
        HEAD + "photos:\n  - file: a.jpg\n    credit: &r Reuters/Stringer\n  - file: b.jpg\n    credit: *r\n"
    )

    trip = load_text(tmp_path, text)

    assert [photo.credit for photo in trip.photos] == ["Reuters/Stringer", "Reuters/Stringer"]


# -- times ------------------------------------------------------------------------


def photo_time(folder: Path, value: str, zone: str | None = None) -> tuple[datetime, bool]:
    text = HEAD + (f"timezone: {zone}\n" if zone else "") + ONE_PHOTO + f"    time: {value}\n"
    time = load_text(folder, text).photos[0].time
    assert time is not None
    return time.moment, time.date_only


def test_a_time_keeps_its_utc_offset(tmp_path: Path) -> None:
    moment, date_only = photo_time(tmp_path, "2019-02-23T17:00+09:00", zone="Asia/Ho_Chi_Minh")

    assert moment.utcoffset() == timedelta(hours=9)
    assert (moment.hour, moment.minute) == (17, 0)
    assert date_only is False


def test_a_date_alone_is_date_only(tmp_path: Path) -> None:
    moment, date_only = photo_time(tmp_path, "2019-02-26", zone="Asia/Ho_Chi_Minh")

    assert date_only is True
    assert moment.tzinfo is not None
    assert moment.date() == date(2019, 2, 26)


def test_a_time_without_offset_takes_the_trips_timezone(tmp_path: Path) -> None:
    moment, _ = photo_time(tmp_path, "2019-02-26T08:15", zone="Asia/Ho_Chi_Minh")

    assert moment.utcoffset() == timedelta(hours=7)
    assert moment.astimezone(UTC) == datetime(2019, 2, 26, 1, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-02-26T08:15:30+07:00", datetime(2019, 2, 26, 1, 15, 30, tzinfo=UTC)),
        ("2019-02-26T01:15Z", datetime(2019, 2, 26, 1, 15, tzinfo=UTC)),
        ("2019-02-26T01:15:30Z", datetime(2019, 2, 26, 1, 15, 30, tzinfo=UTC)),
        ("'2019-02-26T08:15+07:00'", datetime(2019, 2, 26, 1, 15, tzinfo=UTC)),
    ],
)
def test_seconds_and_z_are_accepted(tmp_path: Path, value: str, expected: datetime) -> None:
    moment, _ = photo_time(tmp_path, value)

    assert moment == expected


def test_a_time_without_offset_or_trip_timezone_is_an_error(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + ONE_PHOTO + "    time: 2019-02-26T08:15\n")

    assert_error_at(error, tmp_path, 4, 11, "the time '2019-02-26T08:15' has no UTC offset")
    assert "timezone" in str(error)


@pytest.mark.parametrize("value", ["next tuesday", "2019-02-26T25:00+07:00", "26/02/2019"])
def test_a_garbage_time_is_an_error_with_an_example(tmp_path: Path, value: str) -> None:
    error = load_error(tmp_path, HEAD + ONE_PHOTO + f"    time: {value}\n")

    assert_error_at(error, tmp_path, 4, 11, f"not an ISO 8601 time: {value!r}")
    assert str(error).endswith("; write it like 2019-02-26T08:15+07:00")


def test_an_impossible_date_is_an_error(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + ONE_PHOTO + "    time: 2019-02-30\n")

    assert_error_at(error, tmp_path, 4, 11, "not a valid date '2019-02-30'")


def test_photos_are_ordered_by_absolute_time_across_time_zones(tmp_path: Path) -> None:
    # By wall clock the order would be 14:45, 16:30, 17:00; by absolute time it is
    # 07:45Z (UTC+7), 08:00Z (UTC+9), 08:30Z (UTC+8).
    text = HEAD + (
        "photos:\n"
        "  - {file: nanning.jpg, time: 2019-02-23T16:30+08:00}\n"
        "  - {file: untimed.jpg}\n"
        "  - {file: pyongyang.jpg, time: 2019-02-23T17:00+09:00}\n"
        "  - {file: dong-dang.jpg, time: 2019-02-23T14:45+07:00}\n"
    )
    trip = load_text(tmp_path, text)

    order = [trip.photos[index].file for index in trip.chronological()]

    assert order == ["dong-dang.jpg", "pyongyang.jpg", "nanning.jpg", "untimed.jpg"]


def test_untimed_photos_before_any_time_come_first(tmp_path: Path) -> None:
    text = HEAD + (
        "photos:\n"
        "  - {file: first.jpg}\n"
        "  - {file: b.jpg, time: 2019-02-26T09:00+07:00}\n"
        "  - {file: a.jpg, time: 2019-02-26T08:00+07:00}\n"
    )
    trip = load_text(tmp_path, text)

    assert [trip.photos[index].file for index in trip.chronological()] == ["first.jpg", "a.jpg", "b.jpg"]


# -- errors, each with its line and column ----------------------------------------------


def test_a_manifest_that_is_not_a_mapping(tmp_path: Path) -> None:
    error = load_error(tmp_path, "- a.jpg\n- b.jpg\n")

    assert_error_at(error, tmp_path, 1, 1, "the manifest must be a mapping of 'key: value' lines")


def test_missing_format(tmp_path: Path) -> None:
    error = load_error(tmp_path, "# my trip\ntitle: x\n" + ONE_PHOTO)

    assert_error_at(error, tmp_path, 2, 1, "not a trip-viewer manifest: 'format' is missing")
    assert str(error).endswith("; add 'format: trip-viewer/1'")


def test_wrong_format(tmp_path: Path) -> None:
    error = load_error(tmp_path, "format: trip-viewer/2\n" + ONE_PHOTO)

    assert_error_at(error, tmp_path, 1, 9, "unsupported format 'trip-viewer/2'")
    assert str(error).endswith("; this version reads 'trip-viewer/1'")


def test_no_photos_key(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + "title: x\n")

    assert_error_at(error, tmp_path, 1, 1, "the manifest has no 'photos' list")


@pytest.mark.parametrize(("value", "column"), [("", 8), (" []", 9), (" ~", 9)])
def test_an_empty_photos_list(tmp_path: Path, value: str, column: int) -> None:
    error = load_error(tmp_path, HEAD + f"photos:{value}\n")

    assert_error_at(error, tmp_path, 2, column, "the trip has no photos")


def test_photos_that_are_not_a_list(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + "photos: a.jpg\n")

    assert_error_at(error, tmp_path, 2, 9, "'photos' must be a list ('- ' items)")


def test_a_photo_that_is_not_a_mapping(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + "photos:\n  - file: a.jpg\n  - b.jpg\n")

    assert_error_at(error, tmp_path, 4, 5, "a photo must be a mapping of 'key: value' lines")


def test_a_photo_without_file(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + "photos:\n  - file: a.jpg\n  - caption: Kim waves.\n")

    assert_error_at(error, tmp_path, 4, 5, "a photo needs a 'file'")


def test_an_empty_file_value(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + "photos:\n  - file: ''\n")

    assert_error_at(error, tmp_path, 3, 11, "'file' is empty")


def test_an_unknown_photo_key_suggests_the_close_one(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + ONE_PHOTO + "    captoin: Kim waves.\n")

    assert_error_at(error, tmp_path, 4, 5, "unknown key 'captoin' in a photo")
    assert str(error).endswith("; did you mean 'caption'?")


def test_an_unknown_top_level_key(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + "titel: x\n" + ONE_PHOTO)

    assert_error_at(error, tmp_path, 2, 1, "unknown key 'titel' in the manifest")
    assert str(error).endswith("; did you mean 'title'?")


def test_an_unknown_key_with_no_close_match_lists_the_known_ones(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + "colour: red\n" + ONE_PHOTO)

    assert_error_at(error, tmp_path, 2, 1, "unknown key 'colour' in the manifest")
    known = "format, title, source, timezone, notes, route, duration, transition, stops, photos"
    assert f"known keys: {known}" in str(error)


def test_a_duplicate_key(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + ONE_PHOTO + "    caption: one\n    caption: two\n")

    assert_error_at(error, tmp_path, 5, 5, "'caption' is given twice in a photo")


def test_a_bad_approximate_value(tmp_path: Path) -> None:
    error = load_error(
        tmp_path, HEAD + ONE_PHOTO + "    time: 2019-02-26T08:15+07:00\n    approximate: maybe\n"
    )

    assert_error_at(error, tmp_path, 5, 18, "'approximate' must be true or false, not 'maybe'")


def test_an_unknown_timezone_suggests_the_close_one(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + "timezone: Asia/Ho_Chi_Minhh\n" + ONE_PHOTO)

    assert_error_at(error, tmp_path, 2, 11, "unknown time zone 'Asia/Ho_Chi_Minhh'")
    assert str(error).endswith("; did you mean 'Asia/Ho_Chi_Minh'?")


@pytest.mark.parametrize("zone", ["Asia", "Nowhere/At_All", "../etc/passwd", "/etc/localtime", ""])
def test_a_timezone_that_is_not_a_zone_is_a_manifest_error(tmp_path: Path, zone: str) -> None:
    # "Asia" is a folder of the time-zone database, not a zone.
    error = load_error(tmp_path, HEAD + f"timezone: '{zone}'\n" + ONE_PHOTO)

    assert_error_at(error, tmp_path, 2, 11, f"unknown time zone {zone!r}")


def test_a_stop_without_a_name(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + "stops:\n  - {time: 2019-02-26T08:10+07:00}\n" + ONE_PHOTO)

    assert_error_at(error, tmp_path, 3, 5, "a stop needs a 'name'")


def test_a_list_where_text_is_expected(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + ONE_PHOTO + "    caption: [Kim, waves]\n")

    assert_error_at(error, tmp_path, 4, 14, "'caption' must be text, not a list or mapping")


def test_invalid_yaml_bad_indentation(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + "photos:\n  - file: a.jpg\n    caption: x\n   credit: y\n")

    assert_error_at(error, tmp_path, 5, 4, "invalid YAML: ")


def test_invalid_yaml_unclosed_quote(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + ONE_PHOTO + '    caption: "Kim waves\n')

    assert_error_at(error, tmp_path, 5, 1, "invalid YAML: ")


def test_several_yaml_documents_are_refused(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + ONE_PHOTO + "---\n" + HEAD + ONE_PHOTO)

    assert_error_at(error, tmp_path, 4, 1, "invalid YAML: ")


@pytest.mark.parametrize("text", ["", " \n\n  \t\n", "# only a comment\n"])
def test_an_empty_manifest(tmp_path: Path, text: str) -> None:
    error = load_error(tmp_path, text)

    assert (error.line, error.column) == (1, 1)  # about the whole file: where it starts
    assert (
        str(error)
        == f"{tmp_path / 'trip.yaml'}:1:1: the manifest is empty; start it with 'format: trip-viewer/1'"
    )


def test_bytes_that_are_not_utf8_name_their_line_and_column(tmp_path: Path) -> None:
    error = load_error(tmp_path, (HEAD + ONE_PHOTO + "    caption: caf").encode() + b"\xe9\n")

    assert_error_at(error, tmp_path, 4, 17, "the manifest is not UTF-8 text (byte 0xe9)")
    assert str(error).endswith("; save it as UTF-8")


def test_the_column_of_a_bad_byte_counts_characters_not_bytes(tmp_path: Path) -> None:
    # "Đồng " is 5 characters but 8 bytes; editors count characters.
    error = load_error(tmp_path, (HEAD + ONE_PHOTO + "    caption: Đồng ").encode() + b"\xff\n")

    assert (error.line, error.column) == (4, 19)


def test_a_control_character_is_one_line_with_its_position(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + ONE_PHOTO + "    caption: Kim\x07 waves\n")

    assert_error_at(error, tmp_path, 4, 17, "invalid YAML: ")


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    trip = load_text(tmp_path, b"\xef\xbb\xbf" + (HEAD + ONE_PHOTO + "    caption: Đồng Đăng\n").encode())

    assert trip.photos[0].caption == "Đồng Đăng"


def test_errors_after_a_bom_keep_their_columns(tmp_path: Path) -> None:
    error = load_error(tmp_path, b"\xef\xbb\xbf" + (HEAD + ONE_PHOTO + "    captoin: x\n").encode())

    assert_error_at(error, tmp_path, 4, 5, "unknown key 'captoin' in a photo")


def test_windows_line_endings_keep_line_numbers(tmp_path: Path) -> None:
    error = load_error(tmp_path, (HEAD + ONE_PHOTO + "    captoin: x\n").replace("\n", "\r\n"))

    assert_error_at(error, tmp_path, 4, 5, "unknown key 'captoin' in a photo")


def test_an_unreadable_manifest(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "trip.yaml"

    with pytest.raises(ManifestError) as caught:
        load_manifest(missing)

    assert str(caught.value).startswith(f"{missing}: cannot read the manifest")


# -- photo paths ------------------------------------------------------------------

REFUSED_PATHS = [
    "https://example.com/a.jpg",
    "http://example.com/a.jpg",
    "HTTPS://EXAMPLE.COM/A.JPG",
    "file:///etc/passwd",
    "ftp://x/y.jpg",
    "smb://host/share/a.jpg",
    r"\\host\share\a.jpg",
    "//host/share/a.jpg",
    "/etc/passwd",
    r"\etc\passwd",
    r"C:\photos\a.jpg",
    "C:/photos/a.jpg",
    "C:photos/a.jpg",
    "../outside.jpg",
    r"..\outside.jpg",
    "..",
    "photos/../../outside.jpg",
    r"photos\..\..\outside.jpg",
]


@pytest.mark.parametrize("file", REFUSED_PATHS)
def test_a_photo_path_outside_the_folder_is_refused(tmp_path: Path, file: str) -> None:
    error = load_error(tmp_path / "trip", HEAD + f"photos:\n  - file: '{file}'\n")

    assert (error.line, error.column) == (3, 11)
    assert repr(file) in error.message


@pytest.mark.parametrize(
    ("file", "expected"),
    [
        ("photos/a.jpg", Path("photos", "a.jpg")),
        (r"photos\a.jpg", Path("photos", "a.jpg")),
        ("./a.jpg", Path("a.jpg")),
        ("photos/../a.jpg", Path("a.jpg")),
        ("photos//a.jpg", Path("photos", "a.jpg")),
        ("Đồng Đăng/ảnh 01.jpg", Path("Đồng Đăng", "ảnh 01.jpg")),
    ],
)
def test_a_photo_path_inside_the_folder_is_allowed(tmp_path: Path, file: str, expected: Path) -> None:
    trip = load_text(tmp_path, HEAD + f"photos:\n  - file: '{file}'\n")

    assert trip.photos[0].path == tmp_path / expected
    assert trip.photos[0].file == file


def make_symlink(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target, target_is_directory=target.is_dir())
    except OSError as exc:  # Windows without the privilege to make links
        pytest.skip(f"cannot make a symbolic link here: {exc}")


def test_a_link_inside_the_folder_pointing_outside_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.jpg"
    outside.write_bytes(b"not ours")
    (tmp_path / "trip" / "photos").mkdir(parents=True)
    make_symlink(tmp_path / "trip" / "photos" / "a.jpg", outside)

    error = load_error(tmp_path / "trip", HEAD + "photos:\n  - file: photos/a.jpg\n")

    assert_error_at(error, tmp_path / "trip", 3, 11, "'photos/a.jpg' leads outside the manifest's folder")


def test_a_linked_folder_pointing_outside_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "trip").mkdir()
    make_symlink(tmp_path / "trip" / "photos", tmp_path / "elsewhere")

    error = load_error(tmp_path / "trip", HEAD + "photos:\n  - file: photos/a.jpg\n")

    assert (error.line, error.column) == (3, 11)


def test_a_manifest_reached_through_a_linked_folder_still_loads(tmp_path: Path) -> None:
    write_manifest(tmp_path / "real", HEAD + ONE_PHOTO)
    make_symlink(tmp_path / "alias", tmp_path / "real")

    trip = load_manifest(tmp_path / "alias" / "trip.yaml")

    assert trip.photos[0].path == tmp_path / "alias" / "a.jpg"


# -- YAML tags: nothing is ever run -------------------------------------------------


def test_a_python_tag_is_refused_and_not_run(tmp_path: Path) -> None:
    pwned = tmp_path / "pwned"
    text = HEAD + ONE_PHOTO + f'    caption: !!python/object/apply:os.system ["touch {pwned.as_posix()}"]\n'

    error = load_error(tmp_path, text)

    assert_error_at(error, tmp_path, 4, 14, "the YAML tag !!python/object/apply:os.system is not allowed")
    assert not pwned.exists()


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("!!python/name:os.system", "!!python/name:os.system"),
        ("!!python/object/new:os.system [echo]", "!!python/object/new:os.system"),
        ("!foo bar", "!foo"),
        ("!!binary aGVsbG8=", "!!binary"),
    ],
)
def test_tags_beyond_plain_yaml_are_refused(tmp_path: Path, value: str, tag: str) -> None:
    error = load_error(tmp_path, HEAD + ONE_PHOTO + f"    caption: {value}\n")

    assert_error_at(error, tmp_path, 4, 14, f"the YAML tag {tag} is not allowed")


def test_a_tag_on_a_key_or_a_list_is_refused_too(tmp_path: Path) -> None:
    error = load_error(tmp_path, HEAD + "photos: !!python/tuple\n  - file: a.jpg\n")

    assert_error_at(error, tmp_path, 2, 9, "the YAML tag !!python/tuple is not allowed")


def test_a_plain_str_tag_is_allowed(tmp_path: Path) -> None:
    trip = load_text(tmp_path, HEAD + ONE_PHOTO + "    caption: !!str 12\n")

    assert trip.photos[0].caption == "12"


# -- generated input ----------------------------------------------------------------

FUZZ_PATH = Path(os.sep, "fuzz", "trip.yaml")  # parse_manifest never opens it
FUZZ_SETTINGS = settings(max_examples=200, database=None, suppress_health_check=[HealthCheck.too_slow])
SAFE_TEXT = st.text(st.characters(exclude_categories=("Cs",)))


@FUZZ_SETTINGS
@given(caption=SAFE_TEXT, credit=SAFE_TEXT)
def test_any_text_round_trips_as_caption_and_credit(caption: str, credit: str) -> None:
    document = {
        "format": "trip-viewer/1",
        "photos": [{"file": "a.jpg", "caption": caption, "credit": credit}],
    }
    text = yaml.safe_dump(document, allow_unicode=True, default_style='"', width=1_000_000)

    photo = parse_manifest(text.encode("utf-8"), FUZZ_PATH).photos[0]

    assert photo.caption == caption.strip()
    assert photo.credit == credit.strip()


YAMLISH = st.text(alphabet=" \t\n\r-:[]{},!&*#'\"|>%@`?~=\\/.+Tabcfilmeptxz0129\ufeff\x00\x85\u2028Đ")


@FUZZ_SETTINGS
@given(
    data=st.one_of(
        st.binary(), YAMLISH.map(str.encode), YAMLISH.map(lambda s: (HEAD + ONE_PHOTO + s).encode())
    )
)
def test_any_bytes_load_or_raise_only_manifest_error(data: bytes) -> None:
    try:
        parse_manifest(data, FUZZ_PATH)
    except ManifestError as error:
        assert str(error).startswith(str(FUZZ_PATH))


# -- the bundled sample trip ------------------------------------------------------------


def seed_photos() -> list[tuple[str, str]]:
    """(caption, credit) of each photo line of the seed article, as the seed writes them."""
    if not SEED.is_file():
        pytest.skip(f"the seed article is not beside the repository ({SEED})")
    text = SEED.read_text(encoding="utf-8").replace("Dang Dong", "Dong Dang")
    pairs = []
    for line in text.splitlines():
        if "Image: " in line:
            caption, credit = line.rsplit("Image: ", 1)
            pairs.append((caption.strip(), credit.strip()))
    return pairs


@pytest.fixture
def sample() -> Trip:
    return load_manifest(paths.sample_trip())


def test_the_sample_trip_has_the_seeds_captions_and_credits(sample: Trip) -> None:
    expected = seed_photos()

    assert len(expected) == 13
    assert [(photo.caption, photo.credit) for photo in sample.photos] == expected


def test_every_sample_photo_file_exists(sample: Trip) -> None:
    missing = [photo.file for photo in sample.photos if not photo.path.is_file()]

    assert missing == []


def test_every_sample_time_is_approximate_and_written_with_an_offset(sample: Trip) -> None:
    raw = yaml.safe_load(paths.sample_trip().read_text(encoding="utf-8"))
    written = [str(item["time"]) for item in (*raw["stops"], *raw["photos"])]
    items = (*sample.stops, *sample.photos)

    assert all(re.search(r"([+-]\d\d:\d\d|Z)$", value) for value in written), written
    assert all(item.time is not None and item.time.approximate for item in items)
    assert all(item.time is not None and not item.time.date_only for item in items)


def test_the_sample_route_runs_from_pyongyang_through_nanning_to_hanoi(sample: Trip) -> None:
    names = [stop.name for stop in sample.stops]
    moments = [stop.time.moment for stop in sample.stops if stop.time is not None]

    assert names[0] == "Pyongyang"
    assert names[-1] == "Hanoi"
    assert "Nanning" in names
    assert "Dong Dang" in names
    assert moments == sorted(moments)
    assert len(moments) == len(names)


def test_the_sample_photos_come_after_the_dong_dang_stop(sample: Trip) -> None:
    dong_dang = next(stop for stop in sample.stops if stop.name == "Dong Dang")
    assert dong_dang.time is not None
    order = sample.chronological()
    moments = [sample.photos[index].time.moment for index in order if sample.photos[index].time is not None]

    assert len(moments) == 13
    assert moments[0] >= dong_dang.time.moment
    assert moments == sorted(moments)
    assert order[0] == 0  # the arrival at Dong Dang opens the story
    assert sample.photos[order[0]].place == "Dong Dang station"


# -- the cycle collector, held off while a manifest is read ------------------------


@pytest.mark.parametrize("text", [HEAD + ONE_PHOTO, HEAD + "photos: []\n"])
def test_the_cycle_collector_runs_again_after_a_load(tmp_path: Path, text: str) -> None:
    with contextlib.suppress(ManifestError):
        load_text(tmp_path, text)
    assert gc.isenabled()


def test_a_load_leaves_a_stopped_cycle_collector_stopped(tmp_path: Path) -> None:
    gc.disable()
    try:
        load_text(tmp_path, HEAD + ONE_PHOTO)
        assert not gc.isenabled()
    finally:
        gc.enable()
