"""Tests for opening a folder as a trip: its manifest if it has one, else its photos in time order.

Empty files have no capture time, so the first tests order by file time; the
last ones give the photos real metadata.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.photos import exif, iptc_block, photo, xmp
from viewer.model.folder import load_trip
from viewer.model.manifest import ManifestError

MANIFEST = "format: trip-viewer/1\ntitle: From the manifest\nphotos:\n  - file: photos/a.jpg\n"


def touch(path: Path, mtime: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    os.utime(path, (mtime, mtime))
    return path


def test_a_folder_without_manifest_is_a_trip_of_its_photos_oldest_first(tmp_path: Path) -> None:
    folder = tmp_path / "Hanoi 2019"
    touch(folder / "a-newest.JPG", 1_551_200_000)
    touch(folder / "b-oldest.png", 1_551_000_000)
    touch(folder / "c-middle.jpeg", 1_551_100_000)
    touch(folder / "d.TIFF", 1_551_150_000)
    touch(folder / "e.webp", 1_551_160_000)

    trip = load_trip(folder)

    assert [photo.file for photo in trip.photos] == [
        "b-oldest.png",
        "c-middle.jpeg",
        "d.TIFF",
        "e.webp",
        "a-newest.JPG",
    ]
    assert trip.title == "Hanoi 2019"
    assert trip.source == folder
    assert trip.folder == folder
    assert trip.photos[0].path == folder / "b-oldest.png"


def test_a_folder_trip_never_invents_times_or_captions(tmp_path: Path) -> None:
    touch(tmp_path / "a.jpg", 1_551_000_000)

    (photo,) = load_trip(tmp_path).photos

    assert (photo.time, photo.caption, photo.credit, photo.place) == (None, None, None, None)


def test_hidden_files_non_photos_and_subfolders_are_left_out(tmp_path: Path) -> None:
    touch(tmp_path / "kim.jpg", 1_551_000_000)
    touch(tmp_path / ".hidden.jpg", 1_551_000_001)
    touch(tmp_path / "notes.txt", 1_551_000_002)
    touch(tmp_path / "jpg", 1_551_000_003)
    touch(tmp_path / "archive.jpg.zip", 1_551_000_004)
    (tmp_path / "more.jpg").mkdir()
    touch(tmp_path / "sub" / "deeper.jpg", 1_551_000_005)

    trip = load_trip(tmp_path)

    assert [photo.file for photo in trip.photos] == ["kim.jpg"]


def test_photos_taken_at_the_same_time_keep_name_order(tmp_path: Path) -> None:
    for name in ("b.jpg", "c.jpg", "a.jpg"):
        touch(tmp_path / name, 1_551_000_000)

    trip = load_trip(tmp_path)

    assert [photo.file for photo in trip.photos] == ["a.jpg", "b.jpg", "c.jpg"]


def test_a_folder_with_a_manifest_loads_the_manifest(tmp_path: Path) -> None:
    touch(tmp_path / "stray.jpg", 1_551_000_000)
    (tmp_path / "trip.yaml").write_text(MANIFEST, encoding="utf-8")

    trip = load_trip(tmp_path)

    assert trip.title == "From the manifest"
    assert trip.source == tmp_path / "trip.yaml"
    assert [photo.file for photo in trip.photos] == ["photos/a.jpg"]


def test_a_manifest_file_path_loads_the_manifest(tmp_path: Path) -> None:
    manifest = tmp_path / "journey.yaml"
    manifest.write_text(MANIFEST, encoding="utf-8")

    trip = load_trip(manifest)

    assert trip.title == "From the manifest"
    assert trip.photos[0].path == tmp_path / "photos" / "a.jpg"


def test_a_bad_manifest_in_a_folder_is_reported_not_replaced_by_its_photos(tmp_path: Path) -> None:
    touch(tmp_path / "stray.jpg", 1_551_000_000)
    (tmp_path / "trip.yaml").write_text("format: trip-viewer/9\nphotos: []\n", encoding="utf-8")

    with pytest.raises(ManifestError) as caught:
        load_trip(tmp_path)

    assert (caught.value.line, caught.value.column) == (1, 9)


@pytest.mark.parametrize("contents", [[], ["notes.txt", ".hidden.jpg"]])
def test_a_folder_without_photos_is_an_error_naming_it(tmp_path: Path, contents: list[str]) -> None:
    folder = tmp_path / "empty trip"
    folder.mkdir()
    for name in contents:
        touch(folder / name, 1_551_000_000)

    with pytest.raises(ManifestError) as caught:
        load_trip(folder)

    assert caught.value.path == folder
    assert str(caught.value).startswith(f"{folder}: no manifest and no photos in this folder")


def test_a_path_that_does_not_exist_is_an_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"

    with pytest.raises(ManifestError) as caught:
        load_trip(missing)

    assert str(caught.value).startswith(f"{missing}: cannot read")


# -- ordered by the photos' own capture time ---------------------------------------------


def test_photos_are_ordered_by_capture_time_across_offsets_not_file_time(tmp_path: Path) -> None:
    # Local clocks say Hanoi 08:15 < Nanning 15:00 < Pyongyang 17:00; absolute time is the reverse.
    hanoi = photo(tmp_path / "a-hanoi.jpg", exif_block=exif(taken="2019:02:26 08:15:00", offset="+07:00"))
    nanning = photo(tmp_path / "b-nanning.jpg", xmp_packet=xmp(date_created="2019-02-25T15:00:00+08:00"))
    pyongyang = photo(
        tmp_path / "c-pyongyang.jpg", iptc=iptc_block((2, 55, "20190223"), (2, 60, "170000+0900"))
    )
    for path, mtime in ((hanoi, 1_000), (nanning, 3_000), (pyongyang, 2_000)):
        os.utime(path, (mtime, mtime))

    trip = load_trip(tmp_path)

    assert [entry.file for entry in trip.photos] == ["c-pyongyang.jpg", "b-nanning.jpg", "a-hanoi.jpg"]


def test_photos_without_a_capture_time_are_placed_by_their_file_time(tmp_path: Path) -> None:
    photo(tmp_path / "timed.jpg", exif_block=exif(taken="2019:02:26 08:15:00", offset="+07:00"))
    before = photo(tmp_path / "z-before.jpg")
    after = photo(tmp_path / "a-after.jpg")
    os.utime(before, (1_551_000_000, 1_551_000_000))  # 24 Feb 2019
    os.utime(after, (1_552_000_000, 1_552_000_000))  # 7 Mar 2019

    trip = load_trip(tmp_path)

    assert [entry.file for entry in trip.photos] == ["z-before.jpg", "timed.jpg", "a-after.jpg"]


# -- a folder listed at once, its order settled once the times are read -------------------


def shoot(folder: Path, count: int) -> list[Path]:
    """``count`` photos whose names run against their capture times, all with one file time."""
    paths = []
    for number in range(count):
        taken = f"2024:05:01 10:{59 - number:02d}:00"  # the first name is the newest
        path = photo(folder / f"f{number:02d}.jpg", exif_block=exif(taken=taken, offset="+02:00"))
        os.utime(path, (1_700_000_000, 1_700_000_000))
        paths.append(path)
    return paths


def test_a_listed_folder_comes_in_file_order_without_reading_a_photo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = shoot(tmp_path, 5)
    import viewer.model.metadata as metadata

    def never(path: Path) -> None:
        raise AssertionError(f"{path} was read")

    monkeypatch.setattr(metadata, "capture_moment", never)
    trip = load_trip(tmp_path, listed=True)
    assert trip.provisional
    assert [p.path for p in trip.photos] == paths  # one file time: by name


def test_settling_a_listed_folder_gives_the_order_load_trip_gives(tmp_path: Path) -> None:
    from viewer.model.folder import settle_order
    from viewer.model.metadata import read_metadata

    shoot(tmp_path, 6)
    touch(tmp_path / "no-time.jpg", 1_600_000_000)  # no capture time: placed by its file time, first
    listed = load_trip(tmp_path, listed=True)
    moments = {p.path: read_metadata(p.path).sort_moment for p in listed.photos}
    settled = settle_order(listed, moments)
    assert not settled.provisional
    assert [p.file for p in settled.photos] == [p.file for p in load_trip(tmp_path).photos]
    assert [p.file for p in settled.photos] == [
        "no-time.jpg",
        "f05.jpg",
        "f04.jpg",
        "f03.jpg",
        "f02.jpg",
        "f01.jpg",
        "f00.jpg",
    ]
    partly = settle_order(listed, {})  # nothing read: file times, then names
    assert [p.file for p in partly.photos][:2] == ["no-time.jpg", "f00.jpg"]
