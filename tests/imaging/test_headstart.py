"""The head start: the first photo decoded once before the window, sized when asked;
the strip's stored thumbnails read meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from viewer.imaging import decode, headstart
from viewer.imaging.decode import Decoded, DecodeError, Prepared, Scaler, decode_photo
from viewer.imaging.headstart import HeadStart, StoredStrip
from viewer.imaging.thumbcache import ThumbnailCache

SCREEN = (1920, 1080)
THUMBNAIL = (96, 96)


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[int, int]]]:
    """The size of every photo file decoded, by any path through the decoder."""
    sizes: list[tuple[int, int]] = []
    real = decode._prepare

    def counting(image: Image.Image, box: tuple[int, int], stop: object) -> decode.Prepared:
        prepared = real(image, box, stop)  # type: ignore[arg-type]
        sizes.append(prepared.image.size)
        return prepared

    monkeypatch.setattr(decode, "_prepare", counting)
    yield sizes


def photo(tmp_path: Path, name: str = "big.jpg", size: tuple[int, int] = (4000, 3000)) -> Path:
    path = tmp_path / name
    Image.linear_gradient("L").resize(size).convert("RGB").save(path, quality=85)
    return path


def test_the_first_photo_is_decoded_once_and_sized_to_the_box_asked_for(
    tmp_path: Path, decodes: list[tuple[int, int]]
) -> None:
    path = photo(tmp_path)
    head = HeadStart(path, SCREEN)
    shown = head.decode(path, (1600, 900))  # the photo area, smaller than the screen
    assert (shown.width, shown.height) == (1200, 900)
    assert decodes == [(2000, 1500)]  # one decode, at the DCT scale the screen needs
    assert head.used
    same = decode_photo(path, (1600, 900))
    assert (same.width, same.height) == (shown.width, shown.height)


def test_a_box_bigger_than_the_head_start_covers_is_decoded_afresh(
    tmp_path: Path, decodes: list[tuple[int, int]]
) -> None:
    path = photo(tmp_path)
    head = HeadStart(path, (960, 540))  # a guess far too small
    shown = head.decode(path, (1920, 1080))
    assert (shown.width, shown.height) == (1440, 1080)  # sharp all the same
    assert len(decodes) == 2


def test_another_photo_is_decoded_as_usual_and_the_head_start_let_go(
    tmp_path: Path, decodes: list[tuple[int, int]]
) -> None:
    first, other = photo(tmp_path, "first.jpg"), photo(tmp_path, "other.jpg", (400, 300))
    head = HeadStart(first, SCREEN)
    shown = head.decode(other, (1600, 900))
    assert (shown.width, shown.height) == (400, 300)
    assert head.used
    again = head.decode(first, (1600, 900))  # too late: decoded the usual way
    assert (again.width, again.height) == (1200, 900)
    assert len(decodes) == 3


def test_a_photo_that_cannot_be_read_gets_the_usual_error(tmp_path: Path) -> None:
    missing = tmp_path / "gone.jpg"
    head = HeadStart(missing, SCREEN)
    with pytest.raises(DecodeError, match="the file is missing"):
        head.decode(missing, (1600, 900))


def stored_strip_cache(tmp_path: Path, count: int) -> tuple[ThumbnailCache, list[Path]]:
    """A thumbnail cache holding the thumbnails of ``count`` photos."""
    cache = ThumbnailCache(tmp_path / "cache")
    photos = [photo(tmp_path, f"{index:02d}.jpg", (400, 300)) for index in range(count)]
    for path in photos:
        cache.load(path, THUMBNAIL)
    return cache, photos


def test_the_stored_strip_is_read_once_early_and_handed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache, photos = stored_strip_cache(tmp_path, 4)
    reads: list[int] = []
    real = cache.read_many

    def counting(paths: list[Path], box: tuple[int, int]) -> Iterator[list[tuple[Path, Decoded]]]:
        reads.append(len(paths))
        return real(paths, box)

    monkeypatch.setattr(cache, "read_many", counting)
    strip = StoredStrip(cache, photos, THUMBNAIL)
    found = [path for batch in strip.read_many(photos, THUMBNAIL) for path, _ in batch]
    assert sorted(found) == photos
    assert reads == [4]  # the early read, not a second one
    again = [path for batch in strip.read_many(photos[:2], THUMBNAIL) for path, _ in batch]
    assert sorted(again) == photos[:2]  # another question gets a fresh read
    assert reads == [4, 2]


def test_a_stored_strip_asked_for_other_photos_reads_them(tmp_path: Path) -> None:
    cache, photos = stored_strip_cache(tmp_path, 3)
    strip = StoredStrip(cache, photos[:1], THUMBNAIL)
    found = [path for batch in strip.read_many(photos, THUMBNAIL) for path, _ in batch]
    assert sorted(found) == photos


def test_a_finished_early_read_is_taken_at_once_and_only_once(tmp_path: Path) -> None:
    cache, photos = stored_strip_cache(tmp_path, 3)
    strip = StoredStrip(cache, photos, THUMBNAIL)
    strip.wait()  # the early read is over
    taken = strip.take_ready(photos, THUMBNAIL)
    assert taken is not None
    assert sorted(path for batch in taken for path, _ in batch) == photos
    assert strip.take_ready(photos, THUMBNAIL) is None  # handed over already
    assert list(strip.read_many(photos, THUMBNAIL))  # later questions get fresh reads


def test_an_early_read_of_another_trip_is_let_go(tmp_path: Path) -> None:
    cache, photos = stored_strip_cache(tmp_path, 3)
    strip = StoredStrip(cache, photos, THUMBNAIL)
    strip.wait()
    assert strip.take_ready(photos[:1], THUMBNAIL) is None
    assert strip.take_ready(photos, THUMBNAIL) is None  # gone with the first question


def test_the_head_start_says_when_its_pixels_can_be_had_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (3000, 2000), "#2980b9").save(path, quality=90)
    other = tmp_path / "other.jpg"
    Image.new("RGB", (300, 200), "#c0392b").save(other, quality=90)
    release = threading.Event()
    real = headstart.prepare_photo

    def held(*args: Any, **given: Any) -> Prepared:
        release.wait(5)
        return real(*args, **given)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(headstart, "prepare_photo", held)
        head = HeadStart(path, (1500, 1000))
        assert not head.ready(path, (1500, 1000))  # still decoding
        release.set()
        head.wait()
    assert head.ready(path, (1500, 1000))  # at the size decoded: nothing to resize
    assert not head.ready(other, (1500, 1000))  # another photo
    assert not head.ready(path, (3000, 2000))  # more pixels than it has
    assert not head.ready(path, (1200, 800))  # a resize by Pillow: tens of ms at 4K
    head.scaler = Scaler(lambda data, size, target: data, most_pixels=1200 * 800)
    assert head.ready(path, (1200, 800))  # one the quick scaler takes
    assert not head.ready(path, (1300, 866))  # more than it takes
    head.decode(path, (1500, 1000))
    assert not head.ready(path, (1500, 1000))  # handed over already
