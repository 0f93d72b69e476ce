"""``check`` and ``import`` judge a photo as the window does: damaged photos of every kind.

Each kind is made in ``tmp_path`` (``tests.photos.damaged``): truncated JPEG, PNG,
WebP, TIFF and HEIC; garbage in the middle of the compressed pixels; an empty
file; a 100-megapixel decompression bomb; and photos that still show but not as
they should (a damaged EXIF block, a broken colour profile, a PNG named .jpg).
The commands run for real as subprocesses too, to prove nothing Pillow (or
libtiff under it) says reaches stderr raw.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.photos import DOUBTFUL, UNSHOWABLE, damaged, photo
from viewer.check import run_check
from viewer.imaging.decode import DecodeError, decode_photo
from viewer.importer import import_folder
from viewer.model.pillowwarnings import route_warnings

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def routed() -> None:
    """Pillow's warnings handled as the commands and the app handle them (pytest restores the filters)."""
    route_warnings()


def trip_of(folder: Path, names: list[str]) -> Path:
    """A manifest giving every photo its caption, credit and time: only the files can be wrong."""
    entries = "".join(
        f"  - file: {name}\n    caption: Photo {number}\n    credit: Reuters/Ann Wang\n"
        f"    time: 2019-02-26T{8 + number:02d}:00+07:00\n"
        for number, name in enumerate(names)
    )
    path = folder / "trip.yaml"
    path.write_text(f"format: trip-viewer/1\ntitle: Damaged\nphotos:\n{entries}", encoding="utf-8")
    return path


def every_kind(folder: Path) -> list[str]:
    """A good photo, then each damaged kind, in a folder."""
    photo(folder / "good.jpg")
    for name in UNSHOWABLE + DOUBTFUL:
        damaged(folder / name)
    return ["good.jpg", *UNSHOWABLE, *DOUBTFUL]


@pytest.mark.parametrize("name", UNSHOWABLE)
def test_a_photo_the_window_cannot_show_is_an_error_with_the_error_slides_reason(
    tmp_path: Path, name: str
) -> None:
    photo(tmp_path / "good.jpg")
    bad = damaged(tmp_path / name)

    report = run_check(trip_of(tmp_path, ["good.jpg", name]))

    (finding,) = report.findings
    assert (finding.severity, finding.file, finding.photo, report.exit_code) == ("error", name, 2, 2)
    with pytest.raises(DecodeError) as slide:  # what the window shows instead of the photo
        decode_photo(bad, (1280, 860))
    assert finding.message.startswith(str(slide.value)), (finding.message, str(slide.value))


@pytest.mark.parametrize(
    ("name", "field", "words"),
    [
        ("bad-exif.jpg", "EXIF", "the EXIF block is damaged; what could be read is used (Corrupt EXIF data."),
        ("bad-profile.png", "colour profile", "the embedded colour profile is damaged; colours are shown"),
        ("png-named.jpg", "format", "a PNG photo named .jpg; other tools may refuse it: rename it to .png"),
    ],
)
def test_a_photo_that_shows_but_not_as_it_should_is_one_warning_naming_it(
    tmp_path: Path, name: str, field: str, words: str, caplog: pytest.LogCaptureFixture
) -> None:
    damaged(tmp_path / name)

    with caplog.at_level(logging.INFO, logger="viewer.photos"):
        report = run_check(trip_of(tmp_path, [name]))

    (finding,) = report.findings  # heard by the metadata reader and the decoder, said once
    assert (finding.severity, finding.file, finding.field, report.exit_code) == ("warning", name, field, 1)
    assert finding.message.startswith(words)
    if field != "format":  # and the app's log names the photo
        assert any(message.startswith(str(tmp_path / name)) for message in caplog.messages)


def test_a_photo_truncated_a_few_bytes_short_is_an_error(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", size=(640, 480))
    path.write_bytes(path.read_bytes()[:-200])  # the headers and most of the pixels are there

    (finding,) = run_check(trip_of(tmp_path, ["a.jpg"])).findings

    assert (finding.severity, finding.field) == ("error", "file")
    assert finding.message.startswith("the JPEG file is damaged: image file is truncated")


def test_the_report_names_every_damaged_photo_in_text_and_json(tmp_path: Path) -> None:
    names = every_kind(tmp_path)
    report = run_check(trip_of(tmp_path, names))

    errors = {finding.file for finding in report.findings if finding.severity == "error"}
    warnings = {finding.file for finding in report.findings if finding.severity == "warning"}
    assert (errors, warnings) == (set(UNSHOWABLE), set(DOUBTFUL))


def test_import_counts_what_the_window_cannot_show_as_unreadable(tmp_path: Path) -> None:
    every_kind(tmp_path)

    result = import_folder(tmp_path)

    assert (result.photos, result.unreadable) == (1 + len(UNSHOWABLE) + len(DOUBTFUL), len(UNSHOWABLE))


# -- the real commands: nothing raw on stderr --------------------------------------------------


def run(*args: str, basedir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRIP_VIEWER_BASEDIR": str(basedir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_the_check_command_names_each_photo_and_prints_nothing_raw(tmp_path: Path, basedir: Path) -> None:
    folder = tmp_path / "shoot"
    every_kind(folder)

    text, as_json = (
        run("check", str(folder), basedir=basedir),
        run("check", "--json", str(folder), basedir=basedir),
    )

    assert (text.returncode, text.stderr, as_json.returncode, as_json.stderr) == (2, "", 2, "")
    for name in UNSHOWABLE:
        assert f"{name}: error: " in text.stdout
    findings = json.loads(as_json.stdout)["findings"]
    damage = {"file", "format", "size"}
    assert {f["file"] for f in findings if f["severity"] == "error" and f["field"] in damage} == set(
        UNSHOWABLE
    )
    assert {f["file"] for f in findings if f["field"] in {"EXIF", "colour profile", "format"}} >= set(
        DOUBTFUL
    )


def test_the_import_command_counts_them_and_prints_nothing_raw(tmp_path: Path, basedir: Path) -> None:
    every_kind(tmp_path)

    done = run("import", str(tmp_path), basedir=basedir)

    assert (done.returncode, done.stderr) == (0, "")
    assert f"{len(UNSHOWABLE)} unreadable" in done.stdout


def test_the_viewer_plays_them_all_and_prints_nothing_raw(tmp_path: Path, basedir: Path) -> None:
    names = every_kind(tmp_path)

    played = run("--play-once", str(trip_of(tmp_path, names)), basedir=basedir)

    assert played.returncode == 0, played.stderr
    # Only the app's own lines (Qt's notes on the offscreen platform among them), never
    # a Python warning ("…/TiffImagePlugin.py:982: UserWarning: …") or libtiff's "tempfile.tif: …".
    assert [line for line in played.stderr.splitlines() if not line.startswith("trip-viewer: ")] == []
    logged = (basedir / "log" / "trip-viewer.log").read_text(encoding="utf-8")
    assert f"viewer.photos INFO: {tmp_path / 'bad-exif.jpg'}: Pillow: Corrupt EXIF data." in logged
