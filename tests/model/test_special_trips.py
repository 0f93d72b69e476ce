"""Trips with special things in them load, and say what each one is: a pipe, a socket,
a device link, a link loop or a link out in a folder; a NUL or a null as a manifest's
``file``; a name written in NFC for a file stored in NFD."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from tests.photos import photo
from tests.special import bound_socket, finishes, make_fifo, make_loop, needs_special_files
from viewer.importer import import_folder
from viewer.model.folder import load_folder, load_trip
from viewer.model.manifest import ManifestError, load_manifest
from viewer.model.metadata import read_metadata
from viewer.model.photopaths import PhotoPaths
from viewer.model.trip import LeftOut

HEAD = "format: trip-viewer/1\nphotos:\n"


def write(folder: Path, text: str) -> Path:
    path = folder / "trip.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@needs_special_files
def test_a_folder_lists_special_files_named_as_photos_and_leaves_links_out_out(tmp_path: Path) -> None:
    folder = tmp_path / "shoot"
    folder.mkdir()
    photo(folder / "a.jpg")
    photo(folder / "b.jpg")
    make_fifo(folder / "pipe.jpg")
    make_loop(folder, "loop.jpg", "back.jpg")
    (folder / "zero.jpg").symlink_to("/dev/zero")
    photo(tmp_path / "secret.jpg")
    (folder / "out.jpg").symlink_to(tmp_path / "secret.jpg")
    (folder / "notes.txt").write_text("not a photo")

    with bound_socket(folder / "socket.jpg"):
        trip = finishes(lambda: load_folder(folder), folder)  # today: the whole folder was refused

    listed = sorted(item.file for item in trip.photos)
    assert listed == ["a.jpg", "b.jpg", "back.jpg", "loop.jpg", "pipe.jpg", "socket.jpg"]
    assert sorted(trip.left_out, key=lambda item: item.file) == [
        LeftOut("out.jpg", "a link that leads outside the folder"),
        LeftOut("zero.jpg", "a link that leads outside the folder"),
    ]
    errors = {item.file: read_metadata(item.path).error for item in trip.photos}
    assert errors["a.jpg"] is None and errors["b.jpg"] is None
    assert str(errors["pipe.jpg"]).endswith("pipe.jpg: file: a named pipe (FIFO), not a file")
    assert str(errors["loop.jpg"]).endswith("loop.jpg: file: a link loop: the link leads back to itself")


@needs_special_files
def test_a_folder_of_only_links_out_says_which_were_left_out(tmp_path: Path) -> None:
    (tmp_path / "trip").mkdir()
    photo(tmp_path / "elsewhere.jpg")
    (tmp_path / "trip" / "x.jpg").symlink_to(tmp_path / "elsewhere.jpg")
    with pytest.raises(ManifestError, match=r"x\.jpg is left out: a link that leads outside the folder"):
        load_folder(tmp_path / "trip")


@needs_special_files
def test_import_leaves_special_files_unread_and_counts_links_out(tmp_path: Path) -> None:
    photo(tmp_path / "a.jpg")
    make_fifo(tmp_path / "pipe.jpg")
    make_loop(tmp_path, "loop.jpg", "back.jpg")
    photo(tmp_path.parent / f"{tmp_path.name}-outside.jpg")
    (tmp_path / "out.jpg").symlink_to(tmp_path.parent / f"{tmp_path.name}-outside.jpg")

    result = finishes(lambda: import_folder(tmp_path), tmp_path)

    assert (result.photos, result.unreadable, result.skipped) == (4, 3, 1)


@needs_special_files
def test_a_manifest_listing_a_pipe_and_a_link_loop_loads_and_each_says_what_it_is(tmp_path: Path) -> None:
    photo(tmp_path / "a.jpg")
    make_fifo(tmp_path / "pipe.jpg")
    make_loop(tmp_path, "loop.jpg", "back.jpg")
    entries = "  - file: a.jpg\n  - file: pipe.jpg\n  - file: ./loop.jpg\n"
    trip = load_manifest(write(tmp_path, HEAD + entries))

    problems = [finishes(lambda path=item.path: read_metadata(path), tmp_path).error for item in trip.photos]

    assert problems[0] is None
    assert problems[1] is not None and problems[1].message == "a named pipe (FIFO), not a file"
    assert problems[2] is not None and problems[2].message == "a link loop: the link leads back to itself"


@needs_special_files
def test_a_manifest_that_is_a_pipe_is_refused_by_name(tmp_path: Path) -> None:
    pipe = make_fifo(tmp_path / "trip.yaml")
    with pytest.raises(ManifestError) as caught:
        finishes(lambda: load_trip(pipe), tmp_path)
    assert str(caught.value) == f"{pipe}: cannot read the manifest: a named pipe (FIFO), not a file"


@needs_special_files
def test_a_folder_whose_manifest_is_a_pipe_says_so_rather_than_open_as_photos(tmp_path: Path) -> None:
    photo(tmp_path / "a.jpg")
    pipe = make_fifo(tmp_path / "trip.yaml")
    with pytest.raises(ManifestError) as caught:
        finishes(lambda: load_trip(tmp_path), tmp_path)
    assert str(caught.value) == f"{pipe}: cannot read the manifest: a named pipe (FIFO), not a file"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('"a\\0.jpg"', "'file' holds a NUL character: 'a\\x00.jpg'; remove the \\0 from the name"),
        ('"photos/\\0"', "'file' holds a NUL character: 'photos/\\x00'; remove the \\0 from the name"),
        ("null", "a photo needs a 'file', and this one is empty; e.g. 'file: photos/01.jpg'"),
        ("~", "a photo needs a 'file', and this one is empty; e.g. 'file: photos/01.jpg'"),
    ],
)
def test_a_nul_or_a_null_file_is_refused_with_its_place(tmp_path: Path, entry: str, message: str) -> None:
    with pytest.raises(ManifestError) as caught:
        load_manifest(write(tmp_path, HEAD + "  - file: a.jpg\n  - file: " + entry + "\n"))
    assert str(caught.value) == f"{tmp_path / 'trip.yaml'}:4:11: {message}"


def test_a_file_named_null_in_quotes_is_a_file(tmp_path: Path) -> None:
    trip = load_manifest(write(tmp_path, HEAD + '  - file: "null"\n'))
    assert trip.photos[0].path == tmp_path / "null"


NAME = "Đồng Đăng/ga Đồng Đăng.jpg"


@pytest.mark.parametrize(("written", "stored"), [("NFC", "NFD"), ("NFD", "NFC")])
def test_a_name_finds_its_file_whichever_normalization_each_uses(
    tmp_path: Path, written: str, stored: str
) -> None:
    on_disk = tmp_path / unicodedata.normalize(stored, NAME)  # type: ignore[arg-type]
    on_disk.parent.mkdir()
    photo(on_disk)
    as_written = unicodedata.normalize(written, NAME)  # type: ignore[arg-type]

    trip = load_manifest(write(tmp_path, HEAD + f"  - file: {as_written}\n  - file: ./{as_written}\n"))

    assert [item.path for item in trip.photos] == [on_disk, on_disk]
    assert [item.file for item in trip.photos] == [as_written, f"./{as_written}"]  # as the manifest says
    assert read_metadata(trip.photos[0].path).error is None


def test_a_name_matching_two_files_by_normalization_is_left_as_written(tmp_path: Path) -> None:
    for form in ("NFC", "NFD"):
        name = unicodedata.normalize(form, "Hà Nội.jpg")  # type: ignore[arg-type]
        photo(tmp_path / name)
    written = "Hà Nội.jpg"  # one of the two exactly
    assert PhotoPaths(tmp_path).resolve(written) == tmp_path / written
    mixed = unicodedata.normalize("NFD", "Hà") + " Nội.jpg"  # neither: which one is meant?
    assert PhotoPaths(tmp_path).resolve(mixed) == tmp_path / mixed


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_normalization_match_that_is_a_link_out_is_still_refused(tmp_path: Path) -> None:
    (tmp_path / "trip").mkdir()
    photo(tmp_path / "secret.jpg")
    (tmp_path / "trip" / unicodedata.normalize("NFD", "Huế.jpg")).symlink_to(tmp_path / "secret.jpg")
    with pytest.raises(ManifestError, match="leads outside the manifest's folder through a link"):
        load_manifest(write(tmp_path / "trip", HEAD + "  - file: Huế.jpg\n"))
