"""Fuzzing the manifest loader: whatever the bytes, it returns a trip or raises ManifestError
with a line and column, and nothing else. Trips that load are then played through the
model with what their folders hold: pipes, sockets, device links, link loops, links
out, names in NFD and times at the calendar's edge, and nothing may hang or raise.

A short run is part of the normal suite. The long run is one command:

    TRIP_VIEWER_FUZZ_EXAMPLES=20000 python -m pytest -o faulthandler_timeout=0 \
        tests/model/test_fuzz_manifest.py

"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.photos import exif, photo, xmp
from tests.special import finishes, make_fifo, needs_special_files
from viewer.check import run_check
from viewer.imaging.decode import DecodeError, decode_photo
from viewer.model.folder import load_folder
from viewer.model.manifest import (
    PHOTO_KEYS,
    STOP_KEYS,
    TRIP_KEYS,
    ManifestError,
    load_manifest,
    parse_manifest,
)
from viewer.model.metadata import read_metadata
from viewer.model.resolve import resolve
from viewer.model.search import haystack, search
from viewer.model.timefmt import local_label
from viewer.model.timeline import View, photo_fractions, stop_fractions, ticks, trip_axis, wall_clock
from viewer.model.trip import Trip
from viewer.paths import sample_trip

EXAMPLES = int(os.environ.get("TRIP_VIEWER_FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
HERE = Path("/fuzz/trip.yaml")
SAMPLE = sample_trip().read_bytes()

KEYS = st.sampled_from(sorted({*TRIP_KEYS, *PHOTO_KEYS, *STOP_KEYS, "captoin", "<<", "", "file "}))
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(
        [
            "trip-viewer/1",
            "2019-02-26T08:15+07:00",
            "2019-02-26",
            "2019-02-30T25:61",
            "Asia/Ho_Chi_Minh",
            "Mars/Olympus",
            "photos/a.jpg",
            "../a.jpg",
            "https://example.com/a.jpg",
            "\\\\host\\share\\a.jpg",
            "/etc/passwd",
            "C:\\a.jpg",
        ]
    ),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=5)),
    max_leaves=20,
)
DOCUMENTS = st.dictionaries(KEYS, VALUES, max_size=8).map(
    lambda document: {"format": "trip-viewer/1", **document}
)


def check(data: bytes) -> None:
    try:
        parse_manifest(data, HERE)
    except ManifestError as error:
        assert error.line is not None and error.column is not None, str(error)
        assert error.line >= 1 and error.column >= 1
        assert "\n" not in str(error).split(";")[0]  # the what-and-where part is one line


@FUZZ
@given(DOCUMENTS)
def test_structured_documents(document: dict[str, object]) -> None:
    check(yaml.safe_dump(document, allow_unicode=True).encode("utf-8"))


@FUZZ
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(st.data())
def test_the_sample_manifest_mutated(data: st.DataObject) -> None:
    text = bytearray(SAMPLE)
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(text) - 1))
        action = data.draw(st.sampled_from(["flip", "delete", "insert", "cut"]))
        if action == "flip":
            text[at] = data.draw(st.integers(0, 255))
        elif action == "delete":
            del text[at : at + data.draw(st.integers(1, 40))]
        elif action == "insert":
            text[at:at] = data.draw(
                st.sampled_from(
                    [
                        b"!!python/object/apply:os.system ",
                        b"&a ",
                        b"*a",
                        b"- ",
                        b": ",
                        b"\t",
                        b"[",
                        b"{",
                        b"'",
                        b'"',
                        b"\x00",
                        b"\xff",
                        b"!!binary ",
                        b"<<: *a\n",
                    ]
                )
            )
        else:
            del text[at:]
        if not text:
            break
    check(bytes(text))


# -- special files and far-out times -----------------------------------------------------

NFD_NAME = unicodedata.normalize("NFD", "Đồng Đăng.jpg")
NAMES = [
    "a.jpg",
    "photos/b.jpg",
    "pipe.jpg",
    "socket.jpg",
    "zero.jpg",
    "loop.jpg",
    "./loop.jpg",
    "out.jpg",
    "photos/../pipe.jpg",
    "missing.jpg",
    unicodedata.normalize("NFC", "Đồng Đăng.jpg"),
    NFD_NAME,
    "edge.jpg",
    "a\x00.jpg",
    "\x00",
    "photos/\x00/b.jpg",
]
WIDEST = 23 * 60 + 59  # minutes


def written_time(wall: datetime, minutes: int | None) -> str:
    """A time as a manifest writes it; ``minutes`` east of UTC, or none (the trip's zone)."""
    text = wall.isoformat(timespec="minutes")  # four-digit years, "0001" too
    if minutes is None:
        return text
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


WALLS = st.one_of(
    st.sampled_from([datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59), datetime(2019, 2, 26, 8, 15)]),
    st.datetimes(min_value=datetime.min, max_value=datetime.max),
)
OFFSET_MINUTES = st.one_of(st.sampled_from([-WIDEST, WIDEST, 0]), st.integers(-WIDEST, WIDEST))
TIMES = st.one_of(
    st.builds(written_time, WALLS, st.one_of(st.none(), OFFSET_MINUTES)),
    WALLS.map(lambda wall: wall.date().isoformat()),
    st.none(),
)
FILES = st.sampled_from([*NAMES, None])  # None: "file: null"
ENTRIES = st.fixed_dictionaries({"file": FILES}, optional={"time": TIMES, "caption": st.text(max_size=5)})
TRIP_ZONES = st.sampled_from([None, "UTC", "Asia/Ho_Chi_Minh", "America/St_Johns", "Pacific/Kiritimati"])


@pytest.fixture(scope="module")
def special_folder() -> Iterator[Path]:
    """A folder holding a little of everything a manifest may list, special files too."""
    folder = Path(tempfile.mkdtemp(prefix="fuzz-special-"))
    photo(folder / "a.jpg", exif_block=exif(taken="0001:01:01 00:00:00", offset="+14:00"))
    photo(folder / "photos" / "b.jpg", xmp_packet=xmp(date_created="9999-12-31T23:59:00-23:59"))
    photo(folder / "edge.jpg", exif_block=exif(taken="9999:12:31 23:59:59"))
    photo(folder / NFD_NAME)
    make_fifo(folder / "pipe.jpg")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "socket.jpg"))
    server.close()  # the socket's file stays
    (folder / "zero.jpg").symlink_to("/dev/zero")
    (folder / "loop.jpg").symlink_to("back.jpg")
    (folder / "back.jpg").symlink_to("loop.jpg")
    (folder / "out.jpg").symlink_to(sample_trip().parent / "photos" / "01-pyongyang-departure.jpg")
    yield folder
    shutil.rmtree(folder)


def play_through(trip: Trip) -> None:
    """What the window, the strip, find and check do with a trip; none of it may raise.

    The strip places the trip as shown: with the times the photos' own metadata adds.
    """
    resolved = [resolve(item, read_metadata(item.path), trip.timezone) for item in trip.photos]
    shown = replace(trip, photos=tuple(replace(item.photo, time=item.time) for item in resolved))
    axis = trip_axis(shown)
    fractions = photo_fractions(shown, axis)
    assert all(0.0 <= fraction <= 1.0 for fraction in fractions)
    stop_fractions(shown, axis)
    shown.chronological()
    zone = shown.display_zone()
    if axis is not None:
        for view in (View(), View().zoom(1e6, 0.5, axis.min_view_span())):
            ticks(axis, view, 1280.0, zone)
            wall_clock(axis.moment_at(view.start), zone)  # the strip's first day label
    search(resolved, "26 feb 0001", [haystack(item) for item in resolved])
    for item in resolved:
        if item.time is not None:
            local_label(item.time, zone, with_year=True)
        with contextlib.suppress(DecodeError):  # a slide saying why
            decode_photo(item.photo.path, (64, 64), stop=lambda: False)


@needs_special_files
@FUZZ
@given(st.lists(ENTRIES, min_size=1, max_size=6), st.lists(TIMES, max_size=3), TRIP_ZONES)
def test_manifests_listing_special_files_with_far_out_times(
    special_folder: Path, entries: list[dict[str, object]], stop_times: list[str | None], zone: str | None
) -> None:
    document: dict[str, object] = {"format": "trip-viewer/1"}
    if zone is not None:
        document["timezone"] = zone
    document["stops"] = [{"name": f"stop {n}", "time": when} for n, when in enumerate(stop_times)]
    document["photos"] = entries
    path = special_folder / "trip.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")

    def load_and_play() -> None:
        try:
            trip = load_manifest(path)
        except ManifestError as error:
            assert error.line is not None and error.column is not None, str(error)
        else:
            play_through(trip)
        report = run_check(path)
        assert report.exit_code in (0, 1, 2)

    finishes(load_and_play, special_folder)


KINDS = st.sampled_from(["photo", "exif-edge", "xmp-edge", "pipe", "socket", "device", "loop", "out", "nfd"])


@needs_special_files
@FUZZ
@given(st.lists(KINDS, min_size=1, max_size=5), st.sampled_from([*NAMES[:2], "x.jpg", "y.JPG"]))
def test_folders_of_special_files_with_far_out_times(kinds: list[str], first: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-folder-"))
    try:
        for number, kind in enumerate(kinds):
            name = f"{number}-{first.replace('/', '-')}"
            make_entry(folder, name, kind)

        def load_and_play() -> None:
            try:
                trip = load_folder(folder)
            except ManifestError as error:
                assert "no manifest and no photos" in error.message
                assert all(kind in ("out", "device") for kind in kinds)
            else:
                assert len(trip.photos) + len(trip.left_out) == len(kinds)
                play_through(trip)
            assert run_check(folder).exit_code in (0, 1, 2)

        finishes(load_and_play, folder)
    finally:
        shutil.rmtree(folder)


def make_entry(folder: Path, name: str, kind: str) -> None:
    path = folder / name
    if kind == "photo":
        photo(path.with_suffix(".jpg"), exif_block=exif(taken="2019:02:26 08:15:00", offset="+07:00"))
        path.with_suffix(".jpg").rename(path)
    elif kind == "exif-edge":
        photo(folder / "tmp.jpg", exif_block=exif(taken="0001:01:01 00:00:00", offset="+14:00"))
        (folder / "tmp.jpg").rename(path)
    elif kind == "xmp-edge":
        photo(folder / "tmp.jpg", xmp_packet=xmp(date_created="9999-12-31T23:59:00-23:59"))
        (folder / "tmp.jpg").rename(path)
    elif kind == "pipe":
        make_fifo(path)
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    elif kind == "device":
        path.symlink_to("/dev/zero")
    elif kind == "loop":
        path.symlink_to(path.name)  # a link to itself
    elif kind == "out":
        path.symlink_to(sample_trip().parent / "photos" / "01-pyongyang-departure.jpg")
    else:
        photo(folder / "tmp.jpg")
        (folder / "tmp.jpg").rename(folder / unicodedata.normalize("NFD", f"Đồng-{name}"))


def test_times_are_written_as_manifests_write_them() -> None:
    assert written_time(datetime(1, 1, 1), -WIDEST) == "0001-01-01T00:00-23:59"
    assert written_time(datetime(9999, 12, 31, 23, 59), 7 * 60) == "9999-12-31T23:59+07:00"
    assert written_time(datetime(2019, 2, 26, 8, 15), None) == "2019-02-26T08:15"
