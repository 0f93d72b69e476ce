"""A trip's strip comes back from one pack file; a damaged pack is rebuilt, and two
viewers filling the same cache lose nothing."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PIL import Image

from viewer.imaging.thumbcache import ThumbnailCache
from viewer.imaging.thumbpack import read_pack

BOX = (96, 96)
COUNT = 12


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "trip"
    folder.mkdir()
    made = []
    for number in range(COUNT):
        path = folder / f"p{number:02d}.jpg"
        Image.new("RGB", (300, 200), (20 * number, 100, 200 - 10 * number)).save(path, quality=90)
        made.append(path)
    return made


def fill(cache: ThumbnailCache, photos: list[Path]) -> dict[Path, bytes]:
    """What the window does: stored thumbnails first, decode the rest, then pack."""
    found = {path: decoded.data for batch in cache.read_many(photos, BOX) for path, decoded in batch}
    for path in photos:
        if path not in found:
            found[path] = cache.load(path, BOX).data
    cache.write_packs(photos, BOX)
    return found


def read_back(folder: Path, photos: list[Path]) -> dict[Path, bytes]:
    """A second run: a new cache object reads what is stored."""
    batches = list(ThumbnailCache(folder).read_many(photos, BOX))
    return {path: decoded.data for batch in batches for path, decoded in batch}


def entries(folder: Path) -> list[Path]:
    return list(folder.glob("??/*.thumb"))


def test_a_second_run_reads_the_whole_strip_from_one_pack(
    tmp_path: Path, photos: list[Path], decodes: list[Path]
) -> None:
    cache_folder = tmp_path / "cache"
    first = fill(ThumbnailCache(cache_folder), photos)
    assert sorted(decodes) == photos
    for entry in entries(cache_folder):  # the pack alone must be enough
        entry.unlink()
    batches = list(ThumbnailCache(cache_folder).read_many(photos, BOX))
    assert len(batches) == 1  # one batch for the folder: one signal to the UI thread
    assert {path: decoded.data for path, decoded in batches[0]} == first
    assert len(decodes) == COUNT


def test_an_edited_photo_is_not_taken_from_the_pack(
    tmp_path: Path, photos: list[Path], decodes: list[Path]
) -> None:
    cache_folder = tmp_path / "cache"
    fill(ThumbnailCache(cache_folder), photos)
    Image.new("RGB", (300, 200), (0, 255, 0)).save(photos[3], quality=90)
    stat = photos[3].stat()
    os.utime(photos[3], ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    found = read_back(cache_folder, photos)
    assert photos[3] not in found and len(found) == COUNT - 1
    red, green, _ = fill(ThumbnailCache(cache_folder), photos)[photos[3]][:3]
    assert green > 200 > 50 > red  # the new, green photo


@pytest.mark.parametrize("damage", ["pixel", "truncated", "foreign"])
def test_a_damaged_pack_is_rebuilt_without_decoding_again(
    tmp_path: Path, photos: list[Path], decodes: list[Path], damage: str
) -> None:
    cache_folder = tmp_path / "cache"
    good = fill(ThumbnailCache(cache_folder), photos)
    pack = ThumbnailCache(cache_folder).pack_path(photos[0].parent, BOX)
    data = bytearray(pack.read_bytes())
    if damage == "pixel":
        data[-100] ^= 0xFF  # one pixel of the last record
    elif damage == "truncated":
        del data[len(data) // 2 :]
    else:
        data[:] = b"not a pack at all"
    pack.write_bytes(bytes(data))

    cache = ThumbnailCache(cache_folder)
    assert fill(cache, photos) == good  # the damaged part came from the entries
    assert len(decodes) == COUNT  # nothing decoded twice
    assert len(read_pack(pack)) == COUNT  # and the pack is whole again


def test_two_viewers_filling_one_cache_lose_nothing(
    tmp_path: Path, photos: list[Path], decodes: list[Path]
) -> None:
    cache_folder = tmp_path / "cache"
    halves = [photos[: COUNT // 2 + 2], photos[COUNT // 2 - 2 :]]  # they overlap
    results: list[dict[Path, bytes]] = []
    workers = [
        threading.Thread(target=lambda half=half: results.append(fill(ThumbnailCache(cache_folder), half)))
        for half in halves
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(results) == 2
    assert not list(cache_folder.rglob("*.tmp"))  # no half-written file left behind
    decoded = len(decodes)
    again = fill(ThumbnailCache(cache_folder), photos)
    assert len(decodes) == decoded  # every thumbnail either viewer made is there
    assert again == {**results[0], **results[1]}
    assert len(read_back(cache_folder, photos)) == COUNT
