"""Big shoots for P7 and P8: folders and manifests of thousands of small photos.

A folder costs per file, not per pixel: listing it, reading each photo's capture
time, placing each on the strip. So the photos are small (320×213 JPEGs, a few
KB), each with an EXIF capture time and offset, and a folder of ``count`` photos
is hard links to a set of distinct ones under distinct names. The names run
against the capture times (the newest photo has the first name), so a folder
opened in name order must really be re-ordered by time. A manifest of ``count``
entries lists the same few files again and again, as the issue's 300,000-entry
manifest did, with a caption and time per entry.

Kept under the bench's cache folder, like the big photos, and reused by later runs.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image

from bench.photos import cache_root

RECIPE = 1  # bump when what is made below changes
DISTINCT = 500  # distinct photo files behind every folder
SIZE = (320, 213)
START = datetime(2024, 5, 1, 6, 0, tzinfo=UTC)
STEP = timedelta(seconds=7)  # between two photos' capture times
EXIF_IFD, DATE_TIME_ORIGINAL, OFFSET_TIME_ORIGINAL = 0x8769, 0x9003, 0x9011


def _root() -> Path:
    return cache_root() / f"bigtrip-r{RECIPE}"


def distinct_photos() -> list[Path]:
    """``DISTINCT`` small photos, each of its own colour, photo n taken at ``START + n·STEP``."""
    folder = _root() / "distinct"
    paths = [folder / f"d{number:04d}.jpg" for number in range(DISTINCT)]
    if all(path.exists() for path in paths):
        return paths
    folder.mkdir(parents=True, exist_ok=True)
    for number, path in enumerate(paths):
        taken = START + number * STEP
        exif = Image.Exif()
        details = exif.get_ifd(EXIF_IFD)
        details[DATE_TIME_ORIGINAL] = taken.strftime("%Y:%m:%d %H:%M:%S")
        details[OFFSET_TIME_ORIGINAL] = "+00:00"
        colour = ((number * 37) % 256, (number * 91) % 256, (number * 53) % 256)
        part = path.with_suffix(".part")
        Image.new("RGB", SIZE, colour).save(part, "JPEG", quality=85, exif=exif)
        os.replace(part, path)
    return paths


def shoot_folder(count: int) -> Path:
    """A folder of ``count`` photos (hard links), named against their capture order.

    File ``f00000.jpg`` is the last link made of the newest distinct photo; names
    ascend as capture times descend, within each round of ``DISTINCT`` links.
    """
    folder = _root() / f"folder-{count}"
    done = folder / ".complete"
    if done.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    sources = distinct_photos()
    for number in range(count):
        source = sources[DISTINCT - 1 - number % DISTINCT]
        (folder / f"f{number:06d}.jpg").hardlink_to(source)
    done.touch()
    return folder


def shoot_manifest(count: int) -> Path:
    """A ``trip.yaml`` of ``count`` entries over the distinct photos, each with caption and time."""
    folder = _root() / f"manifest-{count}"
    path = folder / "trip.yaml"
    if path.exists():
        return path
    sources = distinct_photos()
    folder.mkdir(parents=True, exist_ok=True)
    photos = folder / "photos"  # hard links: a manifest refuses a link that leads out of its folder
    photos.mkdir(exist_ok=True)
    for source in sources:
        if not (photos / source.name).exists():
            (photos / source.name).hardlink_to(source)
    lines = ["format: trip-viewer/1", f"title: A shoot of {count:,} photos", "photos:"]
    for number in range(count):
        when = (START + number * STEP).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        lines += [
            f"  - file: photos/{sources[number % DISTINCT].name}",
            f"    caption: Frame {number + 1} of the shoot",
            f"    time: {when}",
        ]
    part = path.with_suffix(".part")
    part.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(part, path)
    return path
