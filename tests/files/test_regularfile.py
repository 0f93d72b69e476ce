"""Only plain files are read: every reader the viewer has refuses a pipe, a socket, a
device or a link loop by name, before opening it, and stops at its cap by the bytes
it read, whatever size the file claims."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.special import bound_socket, finishes, make_fifo, make_loop, needs_special_files
from viewer.files.photofiles import sniff
from viewer.files.regularfile import (
    LINK_LOOP,
    NUL_IN_NAME,
    FileTooBigError,
    RefusedFileError,
    open_regular,
    read_capped,
    regular_stat,
)
from viewer.imaging.decode import DecodeError, decode_photo
from viewer.imaging.thumbcache import ThumbnailCache
from viewer.imaging.thumbpack import read_pack
from viewer.model.manifest import ManifestError, load_manifest
from viewer.model.metadata import read_metadata
from viewer.model.settings import load_settings

pytestmark = needs_special_files
DEVICE = Path("/dev/zero")  # never ends, and says its size is 0

needs_device = pytest.mark.skipif(not DEVICE.exists(), reason="needs /dev/zero")


def special(tmp_path: Path, kind: str) -> Path:
    """A ``kind`` of special file named like a photo in ``tmp_path``."""
    path = tmp_path / f"{kind}.jpg"
    if kind == "fifo":
        return make_fifo(path)
    if kind == "device":
        path.symlink_to(DEVICE)
        return path
    if kind == "loop":
        return make_loop(tmp_path, path.name, "other.jpg")[0]
    raise AssertionError(kind)


REASONS = {
    "fifo": "a named pipe (FIFO), not a file",
    "device": "a device, not a file",
    "loop": LINK_LOOP,
}
KINDS = [pytest.param(kind, marks=needs_device) if kind == "device" else kind for kind in REASONS]


@pytest.mark.parametrize("kind", KINDS)
def test_a_special_file_is_refused_before_it_is_opened(tmp_path: Path, kind: str) -> None:
    path = special(tmp_path, kind)
    for look in (regular_stat, open_regular, lambda found: read_capped(found, 100)):
        with pytest.raises(RefusedFileError) as caught:
            finishes(lambda look=look: look(path), tmp_path)  # type: ignore[misc]
        assert str(caught.value) == REASONS[kind]
        assert caught.value.filename == str(path)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    with bound_socket(tmp_path / "s.jpg") as path, pytest.raises(RefusedFileError, match="a socket"):
        open_regular(path)


def test_a_folder_and_a_name_with_a_nul_are_refused_as_what_they_are(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        open_regular(tmp_path)
    with pytest.raises(RefusedFileError) as caught:
        regular_stat(tmp_path / "a\x00.jpg")
    assert str(caught.value) == NUL_IN_NAME


def test_a_plain_file_is_read_whole_and_a_longer_one_stops_at_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    assert read_capped(path, 100) == b"x" * 100
    with open_regular(path) as handle:
        assert handle.read() == b"x" * 100
    with pytest.raises(FileTooBigError, match="more than 99 bytes"):
        read_capped(path, 99)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_the_cap_counts_bytes_read_not_the_size_the_file_claims() -> None:
    status = Path("/proc/self/status")
    assert status.stat().st_size == 0  # it says it is empty...
    assert b"Name:" in read_capped(status, 1 << 20)  # ...and is not
    with pytest.raises(FileTooBigError):
        read_capped(status, 10)


# -- every reader goes through the door ------------------------------------------------


def readers(tmp_path: Path) -> dict[str, Callable[[Path], str]]:
    """Each reader of files the viewer did not write, giving what it says of ``path``."""

    def manifest(path: Path) -> str:
        with pytest.raises(ManifestError) as caught:
            load_manifest(path)
        return str(caught.value)

    def decode(path: Path) -> str:
        with pytest.raises(DecodeError) as caught:
            decode_photo(path, (100, 100), stop=lambda: False)  # the stoppable way opens a handle
        return str(caught.value)

    def decode_at_once(path: Path) -> str:
        with pytest.raises(DecodeError) as caught:
            decode_photo(path, (100, 100))  # the head start's way: Pillow opens the path
        return str(caught.value)

    def metadata(path: Path) -> str:
        error = read_metadata(path).error
        assert error is not None
        return str(error)

    def settings(path: Path) -> str:
        loaded, message = load_settings(path)
        assert loaded.recent == []
        assert message is not None
        return message

    def thumbnail(path: Path) -> str:
        cache = ThumbnailCache(tmp_path / "cache")
        assert cache._read(path) is None  # a cache entry that is not a file is made again
        assert read_pack(path) == {}
        return "made again"

    def kind(path: Path) -> str:
        assert sniff(path) is None
        return "unknown"

    return {
        "manifest": manifest,
        "decode": decode,
        "decode at once": decode_at_once,
        "metadata": metadata,
        "settings": settings,
        "thumbnail": thumbnail,
        "sniff": kind,
    }


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "reader", ["manifest", "decode", "decode at once", "metadata", "settings", "thumbnail", "sniff"]
)
def test_every_reader_refuses_a_special_file_and_says_why(tmp_path: Path, kind: str, reader: str) -> None:
    path = special(tmp_path, kind)
    said = finishes(lambda: readers(tmp_path)[reader](path), tmp_path)
    if reader not in ("thumbnail", "sniff"):
        assert REASONS[kind] in said
    if reader in ("manifest", "metadata", "settings"):
        assert str(path) in said  # the message names the file


@needs_device
def test_a_manifest_that_is_a_device_is_refused_not_read_until_memory_runs_out() -> None:
    with pytest.raises(ManifestError) as caught:
        load_manifest(DEVICE)
    assert str(caught.value) == f"{DEVICE}: cannot read the manifest: a device, not a file"


def test_a_file_swapped_for_a_pipe_after_the_look_is_still_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = tmp_path / "a.jpg"
    plain.write_bytes(b"")
    pipe = make_fifo(tmp_path / "pipe.jpg")
    real_open = os.open

    def swapped(path: object, flags: int, *args: object) -> int:
        return real_open(pipe, flags, *args)  # the plain file became a pipe between look and open

    monkeypatch.setattr(os, "open", swapped)
    with pytest.raises(RefusedFileError, match="named pipe"):
        finishes(lambda: open_regular(plain), tmp_path)
