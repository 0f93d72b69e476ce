"""``trip-viewer check`` on special files and far-out values: it finishes, names each
file with what it is, checks the rest, and exits 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.photos import photo, xmp
from tests.special import bound_socket, finishes, make_fifo, make_loop, needs_special_files
from tests.test_check import manifest, wire
from tests.test_cli import REPO, headless_env
from viewer.check import EXIT_ERRORS, format_text, run_check

OUTSIDE = "falls outside years 1 to 9999 in UTC; is the year right?"


def check_command(*args: str, basedir: Path) -> subprocess.CompletedProcess[str]:
    """The real ``trip-viewer check``: a hang fails the test at the timeout instead of holding it."""
    return subprocess.run(
        [sys.executable, "-m", "viewer", "check", *args],
        cwd=REPO,
        env=headless_env(basedir),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


@needs_special_files
def test_a_folder_with_special_files_is_checked_and_each_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "shoot"
    wire(folder / "a.jpg")
    make_fifo(folder / "pipe.jpg")
    make_loop(folder, "loop.jpg", "back.jpg")
    (folder / "zero.jpg").symlink_to("/dev/zero")
    wire(tmp_path / "secret.jpg")
    (folder / "out.jpg").symlink_to(tmp_path / "secret.jpg")

    with bound_socket(folder / "socket.jpg"):
        report = finishes(lambda: run_check(folder), folder)

    said = {(finding.file, finding.field, finding.message) for finding in report.findings}
    assert said == {
        ("out.jpg", "file", "left out: a link that leads outside the folder"),
        ("zero.jpg", "file", "left out: a link that leads outside the folder"),
        ("pipe.jpg", "file", "a named pipe (FIFO), not a file"),
        ("socket.jpg", "file", "a socket, not a file"),
        ("loop.jpg", "file", "a link loop: the link leads back to itself"),
        ("back.jpg", "file", "a link loop: the link leads back to itself"),
    }  # and a.jpg is checked and clean
    assert all(finding.severity == "error" for finding in report.findings)
    assert (report.photos, report.exit_code) == (5, EXIT_ERRORS)
    assert format_text(report).endswith(f"{folder}: 5 photos checked: 6 errors\n")


@needs_special_files
def test_a_manifest_listing_a_pipe_a_socket_and_a_link_loop_is_checked_to_the_end(tmp_path: Path) -> None:
    wire(tmp_path / "a.jpg")
    make_fifo(tmp_path / "pipe.jpg")
    make_loop(tmp_path, "loop.jpg", "back.jpg")
    entries = "".join(f"  - file: {name}\n" for name in ("pipe.jpg", "socket.jpg", "./loop.jpg", "a.jpg"))
    path = manifest(tmp_path, entries)

    with bound_socket(tmp_path / "socket.jpg"):
        report = finishes(lambda: run_check(path), tmp_path)

    assert [(finding.photo, finding.file, finding.message) for finding in report.findings] == [
        (1, "pipe.jpg", "a named pipe (FIFO), not a file"),
        (2, "socket.jpg", "a socket, not a file"),
        (3, "./loop.jpg", "a link loop: the link leads back to itself"),
    ]
    assert report.exit_code == EXIT_ERRORS


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_check_of_a_device_ends_at_once_with_what_it_is(basedir: Path) -> None:
    result = check_command("/dev/zero", basedir=basedir)  # today: reads until memory runs out
    assert result.returncode == EXIT_ERRORS, result.stderr
    said = "/dev/zero: error: manifest: cannot read the manifest: a device, not a file\n"
    assert result.stdout.startswith(said)


@needs_special_files
def test_check_of_a_pipe_ends_at_once_with_what_it_is(tmp_path: Path, basedir: Path) -> None:
    pipe = make_fifo(tmp_path / "trip.yaml")
    result = check_command(str(pipe), basedir=basedir)
    assert result.returncode == EXIT_ERRORS, result.stderr
    said = f"{pipe}: error: manifest: cannot read the manifest: a named pipe (FIFO), not a file"
    assert said in result.stdout


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('"b\\0.jpg"', "'file' holds a NUL character: 'b\\x00.jpg'; remove the \\0 from the name"),
        ("null", "a photo needs a 'file', and this one is empty; e.g. 'file: photos/01.jpg'"),
    ],
)
def test_a_nul_or_a_null_file_is_one_error_with_its_place(tmp_path: Path, entry: str, message: str) -> None:
    wire(tmp_path / "a.jpg")
    path = manifest(tmp_path, f"  - file: a.jpg\n  - file: {entry}\n")

    report = run_check(path)  # today: a NUL gave a traceback, null a photo named "null"

    [finding] = report.findings
    assert (finding.file, finding.field, finding.message) == (str(path), "manifest", message)
    assert (finding.line, finding.column, report.exit_code) == (5, 11, EXIT_ERRORS)


def test_times_past_the_calendars_edge_are_warnings_and_the_rest_is_checked(tmp_path: Path) -> None:
    for name, taken in [("a.jpg", "2019-02-26T08:15:00+07:00"), ("b.jpg", "9999-12-31T23:59:00-23:59")]:
        photo(tmp_path / name, xmp_packet=xmp(description="c", credit="AP", date_created=taken))
    wire(tmp_path / "c.jpg")
    entries = "  - file: a.jpg\n    time: 0001-01-01T00:30+01:00\n  - file: b.jpg\n  - file: c.jpg\n"
    path = manifest(tmp_path, entries)

    report = run_check(path)

    assert [(finding.file, finding.field, finding.message) for finding in report.findings] == [
        ("a.jpg", "time", f"0001-01-01T00:30:00+01:00 {OUTSIDE}"),
        ("b.jpg", "time", f"9999-12-31T23:59:00-23:59 {OUTSIDE}"),
        (
            "c.jpg",
            "order",
            "listed after photo 2 (b.jpg, 31 Dec 23:59 (UTC-23:59)) but taken earlier (26 Feb 08:15 (UTC+7))",
        ),
    ]
    assert report.exit_code == 1
