"""The one place that says where Trip Viewer keeps its files.

Settings, caches and logs live in the platform's usual folders (platformdirs).
``--basedir DIR`` or the ``TRIP_VIEWER_BASEDIR`` environment variable puts them
all under one folder instead; tests and benchmarks use it so they never touch a
real user's files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "trip-viewer"
BASEDIR_VARIABLE = "TRIP_VIEWER_BASEDIR"

_basedir: Path | None = None


def set_basedir(path: Path | None) -> None:
    """Keep every file under ``path`` (``None`` returns to the platform folders)."""
    global _basedir
    _basedir = Path(path).absolute() if path is not None else None


def _base() -> Path | None:
    if _basedir is not None:
        return _basedir
    override = os.environ.get(BASEDIR_VARIABLE)
    return Path(override).absolute() if override else None


def config_dir() -> Path:
    base = _base()
    return base / "config" if base else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    base = _base()
    return base / "cache" if base else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def thumbnail_dir() -> Path:
    """Where strip thumbnails are cached (``viewer.imaging.thumbcache``)."""
    return cache_dir() / "thumbnails"


def log_dir() -> Path:
    base = _base()
    return base / "log" if base else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / "trip-viewer.log"


def resources_dir() -> Path:
    """The bundled resources: beside the package when installed or frozen, else the repo's."""
    package = Path(__file__).resolve().parent
    candidates = [package / "resources", package.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def sample_trip() -> Path:
    """The manifest of the bundled sample trip (the Hanoi summit journey)."""
    return resources_dir() / "sample-trip" / "trip.yaml"
