"""The Linux .tar.gz: one folder with the program, a valid .desktop file and the icon."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import appinfo  # packaging/, put on the path by conftest
import linux_archive
import pytest


def test_the_desktop_entry_is_valid(tmp_path: Path) -> None:
    entry = linux_archive.desktop_entry()
    assert "Exec=trip-viewer %f\n" in entry
    assert "Icon=trip-viewer\n" in entry
    assert "MimeType=application/yaml;application/x-yaml;inode/directory;\n" in entry
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt: desktop-file-utils)")
    path = tmp_path / "trip-viewer.desktop"
    path.write_text(entry, encoding="utf-8")
    check = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links and modes as Linux has them")
def test_the_archive_holds_the_app_desktop_file_and_icon(tmp_path: Path) -> None:
    frozen = tmp_path / "trip-viewer"
    (frozen / "_internal" / "lib").mkdir(parents=True)
    (frozen / "trip-viewer").write_text("#!/bin/sh\n", encoding="utf-8")
    (frozen / "trip-viewer").chmod(0o700)
    (frozen / "_internal" / "lib" / "libheif.so").write_bytes(b"\x7fELF")
    (frozen / "_internal" / "libheif.so").symlink_to("lib/libheif.so")

    archive = linux_archive.make_archive(frozen, tmp_path / "out")

    assert archive.name == f"trip-viewer-{appinfo.version()}-linux-{appinfo.machine()}.tar.gz"
    assert sorted(path.name for path in archive.parent.iterdir()) == [archive.name]  # no leftovers
    top = f"trip-viewer-{appinfo.version()}"
    with tarfile.open(archive) as tar:
        members = {member.name: member for member in tar.getmembers()}
        assert {f"{top}/trip-viewer", f"{top}/trip-viewer.desktop", f"{top}/trip-viewer.png"} <= set(members)
        assert members[f"{top}/trip-viewer"].mode == 0o755
        assert members[f"{top}/trip-viewer.desktop"].mode == 0o644
        assert members[f"{top}/_internal/libheif.so"].issym()
        assert all(member.uid == 0 and member.uname == "" for member in members.values())
        desktop = tar.extractfile(f"{top}/trip-viewer.desktop")
        assert desktop is not None
        assert desktop.read().decode() == linux_archive.desktop_entry()
