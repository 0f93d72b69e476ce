"""Open a folder of photos as a trip, for folders that have no manifest.

The photos are ordered by capture time. Until embedded metadata is read, the
file's modification time stands in for the capture time; it only orders the
photos and is never shown as the photo's time.
"""

from __future__ import annotations

import os
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
    try:
        entries = [entry for entry in os.scandir(folder) if _is_photo(entry)]
    except OSError as exc:
        raise ManifestError(folder, f"cannot read the folder: {exc.strerror or exc}") from None
    if not entries:
        raise ManifestError(
            folder,
            "no manifest and no photos in this folder",
            hint="add a trip.yaml or photos (JPEG, PNG, TIFF, WebP, HEIC)",
        )
    entries.sort(key=lambda entry: (entry.stat().st_mtime, entry.name))
    photos = tuple(Photo(path=folder / entry.name, file=entry.name) for entry in entries)
    return Trip(source=folder, folder=folder, title=folder.name or str(folder), photos=photos)


def _is_photo(entry: os.DirEntry[str]) -> bool:
    return (
        not entry.name.startswith(".")
        and os.path.splitext(entry.name)[1].lower() in PHOTO_SUFFIXES
        and entry.is_file()
    )
