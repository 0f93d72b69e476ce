"""Strip thumbnails come from the disk cache the second time, and a bad entry is rebuilt."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

from viewer.imaging.decode import DecodeError
from viewer.imaging.thumbcache import ThumbnailCache

BOX = (96, 96)


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (600, 400), (200, 40, 40)).save(path, quality=90)
    return path


def test_the_second_load_comes_from_disk(tmp_path: Path, photo: Path, decodes: list[Path]) -> None:
    first = ThumbnailCache(tmp_path / "cache").load(photo, BOX)
    # A new cache object, as in a second run of the app.
    second = ThumbnailCache(tmp_path / "cache").load(photo, BOX)
    assert decodes == [photo]
    assert (second.width, second.height) == (first.width, first.height) == (96, 64)
    assert second.data == first.data
    assert second.source_size == (600, 400)


def test_an_edited_photo_gets_a_new_thumbnail(tmp_path: Path, photo: Path, decodes: list[Path]) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    cache.load(photo, BOX)
    Image.new("RGB", (600, 400), (20, 200, 40)).save(photo, quality=90)
    stat = photo.stat()
    os.utime(photo, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    fresh = cache.load(photo, BOX)
    assert decodes == [photo, photo]
    red, green = fresh.data[0], fresh.data[1]
    assert green > red  # the new, green photo


@pytest.mark.parametrize(
    "damage",
    [b"", b"TVTHUMB1", b"not a thumbnail at all, just some bytes here", "truncate"],
    ids=["empty", "header-only", "foreign", "truncated"],
)
def test_a_damaged_entry_is_rebuilt(tmp_path: Path, photo: Path, decodes: list[Path], damage: object) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    good = cache.load(photo, BOX)
    entry = cache.entry_path(photo, BOX)
    assert entry is not None and entry.is_file()
    if damage == "truncate":
        entry.write_bytes(entry.read_bytes()[:-100])
    else:
        assert isinstance(damage, bytes)
        entry.write_bytes(damage)
    rebuilt = cache.load(photo, BOX)
    assert rebuilt.data == good.data
    assert len(decodes) == 2
    assert cache.load(photo, BOX).data == good.data  # and stored again: no third decode
    assert len(decodes) == 2


def test_entries_are_written_whole(tmp_path: Path, photo: Path) -> None:
    cache = ThumbnailCache(tmp_path / "cache")
    cache.load(photo, BOX)
    files = [path for path in (tmp_path / "cache").rglob("*") if path.is_file()]
    assert [path.suffix for path in files] == [".thumb"]  # no temporary file left behind


def test_an_unwritable_cache_only_costs_speed(tmp_path: Path, photo: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be")
    thumbnail = ThumbnailCache(blocked).load(photo, BOX)
    assert (thumbnail.width, thumbnail.height) == (96, 64)


def test_a_missing_photo_raises_the_decode_error(tmp_path: Path) -> None:
    with pytest.raises(DecodeError, match="missing"):
        ThumbnailCache(tmp_path / "cache").load(tmp_path / "gone.jpg", BOX)


def test_a_photo_decoded_for_the_screen_gives_its_thumbnail_without_a_second_decode(
    tmp_path: Path, photo: Path, decodes: list[Path]
) -> None:
    from viewer.imaging.decode import decode_photo

    cache = ThumbnailCache(tmp_path / "cache")
    on_screen = decode_photo(photo, (300, 300))  # as the window's loader does
    cache.offer(photo, on_screen, BOX)
    thumbnail = cache.load(photo, BOX)
    assert decodes == []  # read from the entry the screen decode left behind
    assert (thumbnail.width, thumbnail.height) == (96, 64)
    assert thumbnail.source_size == (600, 400)
    assert thumbnail.data[:3] == bytes([200, 40, 40])  # the photo's red, scaled down


@pytest.fixture
def detailed(tmp_path: Path) -> Path:
    """A photo with fine detail, as a camera's: compression shows on it if anywhere."""
    path = tmp_path / "detailed.jpg"
    Image.effect_noise((1200, 800), 60).convert("RGB").save(path, quality=95)
    return path


def test_compact_entries_are_small_and_come_back_without_decoding(
    tmp_path: Path, detailed: Path, decodes: list[Path]
) -> None:
    box = (384, 256)
    raw = ThumbnailCache(tmp_path / "raw").load(detailed, box)
    first = ThumbnailCache(tmp_path / "compact", compact=True).load(detailed, box)
    second = ThumbnailCache(tmp_path / "compact", compact=True).load(detailed, box)
    assert decodes == [detailed, detailed]  # the raw cache's and the first compact load
    assert (second.width, second.height) == (first.width, first.height) == (384, 256)
    assert second.source_size == (1200, 800)
    assert len(second.data) == 384 * 256 * 4
    entry = ThumbnailCache(tmp_path / "compact", compact=True).entry_path(detailed, box)
    assert entry is not None
    assert entry.stat().st_size < len(raw.data) / 2
    original = Image.frombytes("RGBX", (384, 256), first.data).convert("RGB")
    stored = Image.frombytes("RGBX", (384, 256), second.data).convert("RGB")
    assert sum(ImageStat.Stat(ImageChops.difference(original, stored)).mean) / 3 < 6


def test_a_damaged_compact_entry_is_rebuilt(tmp_path: Path, detailed: Path, decodes: list[Path]) -> None:
    cache = ThumbnailCache(tmp_path / "cache", compact=True)
    good = cache.load(detailed, (200, 200))
    entry = cache.entry_path(detailed, (200, 200))
    assert entry is not None
    entry.write_bytes(entry.read_bytes()[:-500])
    assert cache.load(detailed, (200, 200)).data == good.data
    assert len(decodes) == 2


def test_compact_entries_keep_transparency(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    Image.new("RGBA", (300, 200), (0, 120, 255, 100)).save(path)
    first = ThumbnailCache(tmp_path / "cache", compact=True).load(path, (150, 150))
    again = ThumbnailCache(tmp_path / "cache", compact=True).load(path, (150, 150))
    assert again.has_alpha
    assert again.data == first.data  # stored losslessly
    assert again.data[3] == 100
