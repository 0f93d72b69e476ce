"""Tests for photo path rules: the short way for plain paths ("photos/01.jpg") gives
the same paths, and refuses the same links, as the long way every other path takes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from viewer.model.photopaths import PathRefusedError, PhotoPaths


@pytest.mark.parametrize("file", ["a.jpg", "photos/01.jpg", "photos/day-1/01_a.b.jpg", "...", "é/ü.jpg"])
def test_a_plain_path_resolves_as_the_long_way_does(tmp_path: Path, file: str) -> None:
    long_way = PhotoPaths(tmp_path).resolve("./" + file)  # "./" is not plain
    assert PhotoPaths(tmp_path).resolve(file) == long_way == tmp_path / file


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_plain_path_through_a_linked_folder_that_leads_out_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "trip").mkdir()
    (tmp_path / "trip" / "photos").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    paths = PhotoPaths(tmp_path / "trip")
    for _ in range(2):  # the folder's verdict is kept: the second photo is refused too
        with pytest.raises(PathRefusedError, match="leads outside the manifest's folder through a link"):
            paths.resolve("photos/a.jpg")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_plain_path_to_a_link_is_followed_and_checked(tmp_path: Path) -> None:
    (tmp_path / "trip" / "photos").mkdir(parents=True)
    (tmp_path / "trip" / "photos" / "real.jpg").write_bytes(b"")
    (tmp_path / "trip" / "photos" / "inside.jpg").symlink_to(tmp_path / "trip" / "photos" / "real.jpg")
    (tmp_path / "outside.jpg").write_bytes(b"")
    (tmp_path / "trip" / "photos" / "out.jpg").symlink_to(tmp_path / "outside.jpg")
    paths = PhotoPaths(tmp_path / "trip")
    assert paths.resolve("photos/inside.jpg") == tmp_path / "trip" / "photos" / "inside.jpg"
    with pytest.raises(PathRefusedError, match="through a link"):
        paths.resolve("photos/out.jpg")
