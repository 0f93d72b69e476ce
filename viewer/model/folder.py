"""Open a folder of photos as a trip, for folders that have no manifest.

The photos are ordered by capture time, read from their own metadata (EXIF,
then XMP, then IPTC; only the time is read, so a folder of 500 photos opens in
a blink). A photo without a capture time is placed by its file's modification
time, which only orders it and is never shown as the photo's time. The photos
carry no caption, credit or time of their own: those come from the metadata
through ``viewer.model.resolve``, which says where each came from.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from viewer.model.manifest import ManifestError, find_manifest, load_manifest
from viewer.model.trip import Photo, Trip

PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".heic", ".heif"})


def load_trip(path: Path) -> Trip:
    """Open a manifest file, a folder with a manifest, or a folder of photos."""
    path = Path(path)
    if path.is_dir():
        manifest = find_manifest(path)
        return load_manifest(manifest) if manifest else load_folder(path)
    return load_manifest(path)


def load_folder(folder: Path) -> Trip:
    """A trip of the photos directly inside ``folder``, oldest first."""
    folder = Path(folder).absolute()
    paths = photos_by_time(folder)
    if not paths:
        raise ManifestError(
            folder,
            "no manifest and no photos in this folder",
            hint="add a trip.yaml or photos (JPEG, PNG, TIFF, WebP, HEIC)",
        )
    photos = tuple(Photo(path=path, file=path.name) for path in paths)
    return Trip(source=folder, folder=folder, title=folder.name or str(folder), photos=photos)


def photos_by_time(folder: Path, moment: Callable[[Path], datetime | None] | None = None) -> list[Path]:
    """The photos directly inside ``folder``, by capture time, then modification time, then name.

    ``moment`` gives a photo's capture time (aware), by default read from the
    file (:func:`~viewer.model.metadata.capture_moment`, imported here so that
    opening a manifest never pays for Pillow). Raises :class:`ManifestError`
    when the folder cannot be read.
    """
    if moment is None:
        from viewer.model.metadata import capture_moment

        moment = capture_moment
    try:
        entries = [entry for entry in os.scandir(folder) if _is_photo(entry)]
    except OSError as exc:
        raise ManifestError(folder, f"cannot read the folder: {exc.strerror or exc}") from None

    ordered = sorted((_taken(entry, moment), entry.name) for entry in entries)
    return [folder / name for _, name in ordered]


def _taken(entry: os.DirEntry[str], moment: Callable[[Path], datetime | None]) -> datetime:
    taken = moment(Path(entry.path))
    return taken if taken is not None else datetime.fromtimestamp(entry.stat().st_mtime, UTC)


def _is_photo(entry: os.DirEntry[str]) -> bool:
    return (
        not entry.name.startswith(".")
        and os.path.splitext(entry.name)[1].lower() in PHOTO_SUFFIXES
        and entry.is_file()
    )
