"""``trip-viewer handout``: the real command, with no display, its messages and exit codes.

0 written, 1 written with placeholders (each named on stderr), 2 nothing written.
A read-only folder is really read-only: as root (CI), the command runs as ``nobody``.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.handout.conftest import pdf_page_size, pdf_text, write_manifest, write_scene
from tests.test_cli import REPO, headless_env, run_cli
from viewer import paths
from viewer.handout import EXIT_CANCELLED, EXIT_FAILED, EXIT_PLACEHOLDERS, EXIT_WRITTEN
from viewer.model.handout import PAPERS

NOBODY = 65534


def test_the_sample_trip_is_written_without_a_display(tmp_path: Path, basedir: Path) -> None:
    out = tmp_path / "sample.pdf"

    result = run_cli(
        "handout", str(paths.sample_trip()), "-o", str(out), "--paper", "Letter", basedir=basedir
    )

    assert result.returncode == EXIT_WRITTEN, result.stderr
    assert result.stdout == f"Wrote {out}: 13 photos on 8 pages, Letter\n"
    assert result.stderr == ""
    assert pdf_page_size(out) == pytest.approx(PAPERS["Letter"], abs=0.5)
    assert "Image: Reuters/Stringer" in pdf_text(out)


def test_without_o_the_handout_goes_beside_the_manifest(tmp_path: Path, basedir: Path) -> None:
    write_scene(tmp_path / "a.jpg", (600, 400))
    manifest = write_manifest(tmp_path, ["  - {file: a.jpg, caption: One, credit: AP}\n"])

    result = run_cli("handout", str(manifest), "--per-page", "4", "--notes", basedir=basedir)

    assert result.returncode == EXIT_WRITTEN, result.stderr
    assert (tmp_path / "trip-handout.pdf").is_file()


def test_missing_photos_are_named_and_the_status_is_1(tmp_path: Path, basedir: Path) -> None:
    write_scene(tmp_path / "a.jpg", (600, 400))
    (tmp_path / "b.jpg").write_bytes(b"not a photo")
    entries = [
        f"  - {{file: {name}, caption: {name}, credit: AP}}\n" for name in ("a.jpg", "gone.jpg", "b.jpg")
    ]
    manifest = write_manifest(tmp_path, entries)
    out = tmp_path / "out.pdf"

    result = run_cli("handout", str(manifest), "-o", str(out), basedir=basedir)

    assert result.returncode == EXIT_PLACEHOLDERS
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "trip-viewer handout: photo 2, gone.jpg: the file is missing; printed as a placeholder on page 2"
    )
    assert lines[1].startswith("trip-viewer handout: photo 3, b.jpg: ")
    assert len(lines) == 2
    assert result.stdout.startswith(f"Wrote {out}: 3 photos on 3 pages")


def test_a_bad_manifest_writes_nothing_and_the_status_is_2(tmp_path: Path, basedir: Path) -> None:
    manifest = tmp_path / "trip.yaml"
    manifest.write_text("format: trip-viewer/1\ntitle: Bad\nphotos:\n  - captoin: x\n", encoding="utf-8")

    result = run_cli("handout", str(manifest), basedir=basedir)

    assert result.returncode == EXIT_FAILED
    assert result.stderr.startswith(f"trip-viewer handout: {manifest}:4:")
    assert not list(tmp_path.glob("*.pdf"))


@pytest.mark.parametrize("argument", ["0", "13", "two"])
def test_photos_per_page_outside_1_to_12_are_refused(argument: str, basedir: Path) -> None:
    result = run_cli("handout", str(paths.sample_trip()), "--per-page", argument, basedir=basedir)

    assert result.returncode == EXIT_FAILED
    assert "--per-page" in result.stderr


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can reach (pytest's own are its owner's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="trip-viewer-handout-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


def test_a_read_only_folder_gets_a_clear_message_and_the_old_handout_is_kept(shared_folder: Path) -> None:
    folder = shared_folder / "read-only"
    folder.mkdir()
    old = folder / "handout.pdf"
    old.write_bytes(b"%PDF-1.4 last week's handout")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    base = shared_folder / "base"
    base.mkdir(mode=0o777)
    base.chmod(0o777)
    command = [sys.executable, "-m", "viewer", "handout", str(paths.sample_trip()), "-o", str(old)]
    env = headless_env(base)
    if os.geteuid() == 0:  # root writes anywhere: run as a user the folder refuses
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv (util-linux) to drop to another user")
        command = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
        env["HOME"] = str(base)

    result = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, encoding="utf-8", timeout=60, check=False
    )

    assert result.returncode == EXIT_FAILED, result.stderr
    assert result.stderr == f"trip-viewer handout: {old}: cannot be written (permission denied)\n"
    assert old.read_bytes() == b"%PDF-1.4 last week's handout"
    assert sorted(path.name for path in folder.iterdir()) == ["handout.pdf"]


def test_for_the_window_it_says_its_progress_and_a_closed_stdin_cancels_it(
    tmp_path: Path, basedir: Path
) -> None:
    write_scene(tmp_path / "a.jpg", (3000, 2000))
    manifest = write_manifest(
        tmp_path, [f"  - {{file: a.jpg, caption: Photo {n}, credit: AP}}\n" for n in range(40)]
    )
    out = tmp_path / "out.pdf"
    with subprocess.Popen(
        [sys.executable, "-m", "viewer", "handout", str(manifest), "-o", str(out), "--progress"],
        cwd=REPO,
        env=headless_env(basedir),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line.split())
            if lines[-1] == ["progress", "42", "80"]:  # the second photo drawn: the PDF is begun
                break
        process.stdin.close()
        rest = process.stdout.read()
        assert process.wait(timeout=60) == EXIT_CANCELLED
    assert lines[:2] == [["progress", "1", "80"], ["progress", "2", "80"]]
    assert "report" not in rest
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.jpg", "trip.yaml"]
