"""Open a folder of photos as a trip, for folders that have no manifest.

The photos are ordered by capture time, read from their own metadata (EXIF,
then XMP, then IPTC; only the time is read, so a folder of 500 photos opens in
a blink). A photo without a capture time is placed by its file's modification
time, which only orders it and is never shown as the photo's time. The photos
carry no caption, credit or time of their own: those come from the metadata
through ``viewer.model.resolve``, which says where each came from.

Reading 20,000 photos' times takes seconds, so the viewer does not wait for
it: ``load_trip(path, listed=True)`` lists the folder in modification-time order
(a stat per file, no reading), a *provisional* trip, and once the window has
read every photo's metadata behind the first photo, :func:`settle_order` puts
it in capture-time order. ``check`` and ``import`` read the times first.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from viewer.model.manifest import ManifestError, find_manifest, load_manifest
from viewer.model.trip import LeftOut, Photo, Trip

log = logging.getLogger(__name__)

PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".heic", ".heif"})
_UNKNOWN = datetime.min.replace(tzinfo=UTC)  # no time to order by: first, then by name


def load_trip(path: Path, *, listed: bool = False) -> Trip:
    """Open a manifest file, a folder with a manifest, or a folder of photos.

    ``listed``: a folder of photos comes in modification-time order, provisional,
    without reading any photo (see :func:`settle_order`).
    """
    path = Path(path)
    if path.is_dir():
        manifest = find_manifest(path)
        if manifest:
            return load_manifest(manifest)
        return load_folder(path, moment=_unread if listed else None)
    return load_manifest(path)


def load_folder(folder: Path, moment: Callable[[Path], datetime | None] | None = None) -> Trip:
    """A trip of the photos directly inside ``folder``, oldest first.

    ``moment``: as for :func:`photos_by_time`; :func:`_unread` lists the folder
    without reading the photos, a provisional trip.
    """
    folder = Path(folder).absolute()
    left_out: list[LeftOut] = []
    paths = photos_by_time(folder, moment, left_out=left_out)
    if not paths:
        raise ManifestError(
            folder,
            "no manifest and no photos in this folder"
            + "".join(f"; {item.file} is left out: {item.reason}" for item in left_out),
            hint="add a trip.yaml or photos (JPEG, PNG, TIFF, WebP, HEIC)",
        )
    photos = tuple(Photo(path=path, file=path.name) for path in paths)
    title = folder.name or str(folder)
    return Trip(
        source=folder,
        folder=folder,
        title=title,
        photos=photos,
        provisional=moment is _unread,
        left_out=tuple(left_out),
    )


def settle_order(trip: Trip, moments: Mapping[Path, datetime | None]) -> Trip:
    """A provisional folder trip in capture-time order, given each photo's capture moment.

    The order :func:`load_folder` gives: by capture time, then modification time,
    then name. A photo missing from ``moments`` (or None there) is placed by its
    file's modification time. Stats the files: for a worker thread.
    """
    photos = sorted(trip.photos, key=lambda photo: (_moment_of(photo.path, moments), photo.path.name))
    return replace(trip, photos=tuple(photos), provisional=False)


def _moment_of(path: Path, moments: Mapping[Path, datetime | None]) -> datetime:
    found = moments.get(path)
    if found is not None:
        return found
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:  # gone since it was listed: at the start, the watcher will tell
        return datetime.min.replace(tzinfo=UTC)


def _unread(path: Path) -> datetime | None:
    """No capture time, without reading the photo: folders listed in modification-time order."""
    return None


def photos_by_time(
    folder: Path,
    moment: Callable[[Path], datetime | None] | None = None,
    *,
    left_out: list[LeftOut] | None = None,
) -> list[Path]:
    """The photos directly inside ``folder``, by capture time, then modification time, then name.

    ``moment`` gives a photo's capture time (aware), by default read from the
    file (:func:`~viewer.model.metadata.capture_moment`, imported here so that
    opening a manifest never pays for Pillow). Raises :class:`ManifestError`
    when the folder cannot be read. ``left_out`` collects the files named as
    photos that are not listed, and why (see :func:`_is_photo`).
    """
    if moment is None:
        from viewer.model.metadata import capture_moment

        moment = capture_moment
    real_folder = os.path.realpath(folder)
    try:
        entries = [entry for entry in os.scandir(folder) if _is_photo(entry, real_folder, left_out)]
    except OSError as exc:
        raise ManifestError(folder, f"cannot read the folder: {exc.strerror or exc}") from None

    ordered = sorted((_taken(entry, moment), entry.name) for entry in entries)
    return [folder / name for _, name in ordered]


def _taken(entry: os.DirEntry[str], moment: Callable[[Path], datetime | None]) -> datetime:
    taken = moment(Path(entry.path))
    if taken is not None:
        return taken
    try:
        return datetime.fromtimestamp(entry.stat().st_mtime, UTC)
    except (OSError, OverflowError, ValueError):  # a link loop, or a clock set centuries out
        return _UNKNOWN


def _is_photo(entry: os.DirEntry[str], real_folder: str, left_out: list[LeftOut] | None) -> bool:
    """Whether ``entry``, named like a photo, is listed as one of the folder's photos.

    A pipe, socket, device or link loop named like a photo is listed: it is never
    opened (``viewer.files.regularfile`` refuses it), and its slide and ``check``
    say what it is. A link that leads out of the folder is left out, as a manifest
    refuses one: opening a folder reads only what is in it.
    """
    if entry.name.startswith(".") or os.path.splitext(entry.name)[1].lower() not in PHOTO_SUFFIXES:
        return False
    if entry.is_symlink():
        real = os.path.realpath(entry.path)
        if real != real_folder and not real.startswith(real_folder + os.sep):
            reason = "a link that leads outside the folder"
            log.info("%s: left out: %s", entry.path, reason)
            if left_out is not None:
                left_out.append(LeftOut(entry.name, reason))
            return False
    try:
        return not entry.is_dir()
    except OSError:  # a link loop: listed, and its slide says so
        return True
