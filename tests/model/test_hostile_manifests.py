"""Hostile and broken manifests are refused with a clear message, in bounded time and memory."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from viewer.model.manifest import MAX_MANIFEST_BYTES, MAX_TEXT, ManifestError, load_manifest, parse_manifest

HEAD = "format: trip-viewer/1\nphotos:\n"


def write(tmp_path: Path, data: bytes | str) -> Path:
    path = tmp_path / "trip.yaml"
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_an_alias_bomb_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    # "Billion laughs": nine levels of nine aliases would be 9**9 strings if expanded.
    levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        levels.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    text = "\n".join(levels) + "\n" + HEAD + "  - file: a.jpg\n    caption: *a9\n"
    tracemalloc.start()
    try:
        with pytest.raises(ManifestError) as caught:
            load_manifest(write(tmp_path, text))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.line == 1 and caught.value.column == 1
    assert "unknown key 'a0'" in str(caught.value)
    assert peak < 20 * 2**20  # nothing was expanded


def test_an_alias_bomb_where_a_photo_should_be_is_refused(tmp_path: Path) -> None:
    items = ["  - &a0 [x, x, x, x, x, x, x, x]"]
    for level in range(1, 10):
        items.append(f"  - &a{level} [" + ", ".join([f"*a{level - 1}"] * 8) + "]")
    with pytest.raises(ManifestError) as caught:
        parse_manifest(HEAD + "\n".join(items) + "\n", tmp_path / "trip.yaml")
    assert str(caught.value).endswith(":3:5: a photo must be a mapping of 'key: value' lines")


def test_a_50_mb_caption_is_refused_before_it_is_read(tmp_path: Path) -> None:
    text = HEAD + "  - file: a.jpg\n    caption: " + "x" * (50 * 2**20) + "\n"
    with pytest.raises(ManifestError) as caught:
        load_manifest(write(tmp_path, text))
    assert str(caught.value) == (
        f"{tmp_path / 'trip.yaml'}:1:1: the manifest is 50.0 MB; a manifest may be at most "
        f"{MAX_MANIFEST_BYTES // 2**20} MB; is this the right file?"
    )


def test_a_caption_too_long_to_show_is_refused_with_its_place(tmp_path: Path) -> None:
    text = HEAD + "  - file: a.jpg\n    caption: " + "word " * MAX_TEXT + "\n"
    with pytest.raises(ManifestError) as caught:
        load_manifest(write(tmp_path, text))
    assert (caught.value.line, caught.value.column) == (4, 14)
    assert "'caption' is 49,999 characters long; at most 10,000 can be shown" in str(caught.value)


@pytest.mark.parametrize(
    ("encoding", "name"), [("utf-16", "UTF-16"), ("utf-16-be", None), ("utf-32", "UTF-32")]
)
def test_a_manifest_in_another_encoding_says_so(tmp_path: Path, encoding: str, name: str | None) -> None:
    data = (HEAD + "  - file: a.jpg\n").encode(encoding)
    with pytest.raises(ManifestError) as caught:
        load_manifest(write(tmp_path, data))
    assert caught.value.line is not None and caught.value.column is not None
    if name:
        assert f"the manifest is {name} text; save it as UTF-8" in str(caught.value)
    else:  # no byte-order mark: the first odd byte is named instead
        assert "not UTF-8" in str(caught.value) or "control character" in str(caught.value)


def test_binary_garbage_is_refused(tmp_path: Path) -> None:
    data = bytes(range(256)) * 8
    with pytest.raises(ManifestError) as caught:
        load_manifest(write(tmp_path, data))
    assert caught.value.line is not None


def test_ten_thousand_photos_load(tmp_path: Path) -> None:
    lines = [HEAD.rstrip("\n")]
    for index in range(10_000):
        lines += [f"  - file: photos/{index:05d}.jpg", f"    caption: Photo {index}", "    credit: Desk"]
    trip = load_manifest(write(tmp_path, "\n".join(lines) + "\n"))
    assert len(trip.photos) == 10_000
    assert trip.photos[-1].path == tmp_path / "photos" / "09999.jpg"
