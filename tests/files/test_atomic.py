"""Tests for the small-file storage: atomic writes, and corrupt JSON kept aside, never lost."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from viewer.files import atomic
from viewer.files.atomic import read_json, write_atomic, write_json


def test_write_atomic_replaces_the_content_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"old")

    write_atomic(path, b"new")

    assert path.read_bytes() == b"new"
    assert sorted(tmp_path.iterdir()) == [path]


def test_settings_wait_for_the_disk_and_cache_files_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    monkeypatch.setattr(atomic.os, "fsync", synced.append)
    write_json(tmp_path / "settings.json", {"positions": {}})
    assert len(synced) == 1
    write_atomic(tmp_path / "cached.thumb", b"pixels", durable=False)
    assert len(synced) == 1
    assert (tmp_path / "cached.thumb").read_bytes() == b"pixels"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["cached.thumb", "settings.json"]


def test_write_atomic_makes_the_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "config" / "deeper" / "settings.json"

    write_atomic(path, b"{}")

    assert path.read_bytes() == b"{}"


def test_a_failed_replace_keeps_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"old")

    def refuse(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(path, b"new")

    assert path.read_bytes() == b"old"
    assert sorted(tmp_path.iterdir()) == [path]


def test_a_failed_flush_to_disk_keeps_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"old")

    def refuse(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", refuse)
    with pytest.raises(OSError, match="Input/output"):
        write_atomic(path, b"new")

    assert path.read_bytes() == b"old"
    assert sorted(tmp_path.iterdir()) == [path]


def test_json_round_trips_with_unicode_as_written(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    value = {"recent": ["/trips/Đồng Đăng/trip.yaml"], "scale": 1.15}

    write_json(path, value)

    assert read_json(path) == (value, None)
    assert "Đồng Đăng" in path.read_text(encoding="utf-8")


def test_a_missing_file_reads_as_nothing_without_a_message(tmp_path: Path) -> None:
    assert read_json(tmp_path / "absent.json") == (None, None)


@pytest.mark.parametrize("content", [b'{"caption_scale": 1.', b"\xff\xfe not utf-8", b""])
def test_a_corrupt_file_is_moved_aside_with_its_content(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)

    value, message = read_json(path)

    assert value is None
    (aside,) = tmp_path.glob("settings.json.corrupt-*")
    assert aside.read_bytes() == content
    assert not path.exists()
    assert message is not None
    assert aside.name in message
    assert str(path) in message


def test_two_corrupt_files_in_the_same_second_are_both_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Freeze the clock so both land in the same second, as they do when a broken
    # setup writes a bad file again right after start-up.
    frozen = SimpleNamespace(strftime=lambda fmt, *args: "20190226-081500")
    monkeypatch.setattr(atomic, "time", frozen)
    path = tmp_path / "settings.json"

    path.write_bytes(b"{first")
    read_json(path)
    path.write_bytes(b"{second")
    read_json(path)

    kept = sorted(aside.read_bytes() for aside in tmp_path.glob("settings.json.corrupt-*"))
    assert kept == [b"{first", b"{second"]
