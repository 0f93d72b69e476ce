"""What the installers say about the app: names, version, identifiers, file types.

One place for the facts the PyInstaller spec, the NSIS script, the macOS
Info.plist and the Linux .desktop file all repeat, so they cannot drift apart.
The version is read from ``viewer/__init__.py`` as text: the build must not
import the app (and Qt) just to learn a string.

``packaging/`` is a folder of scripts, not a Python package (a package named
``packaging`` would hide the PyPI ``packaging`` library that pip and pytest use);
its modules import each other because the running script's folder is on
``sys.path``.
"""

from __future__ import annotations

import platform
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
SAMPLE_TRIP = ROOT / "resources" / "sample-trip"

NAME = "Trip Viewer"  # what people see: window title, Start menu, /Applications
EXE = "trip-viewer"  # the executable and the frozen folder
PUBLISHER = "Trip Viewer"
DESCRIPTION = "Present the photos of a trip with captions, credits and a timeline strip."
COPYRIGHT = "Copyright (c) the Trip Viewer authors. MIT licence."
BUNDLE_ID = "io.github.tripviewer.TripViewer"  # macOS CFBundleIdentifier
PROGID = "TripViewer.Manifest"  # Windows: the "Open with" entry for manifests
MANIFEST_EXTENSIONS = ("yaml", "yml")  # a manifest is usually trip.yaml
MANIFEST_TYPE_NAME = "Trip Viewer manifest"

PHOTOS_SHOWN = 13  # the sample trip's photos: the smoke test expects each one painted


def version() -> str:
    """The app's version, ``X.Y.Z``, as ``viewer/__init__.py`` declares it."""
    text = (ROOT / "viewer" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise ValueError("viewer/__init__.py declares no __version__")
    return found.group(1)


def numeric_version(text: str | None = None) -> tuple[int, int, int, int]:
    """``0.1.0`` as ``(0, 1, 0, 0)``: Windows version resources want four numbers."""
    numbers = [int(part) for part in re.findall(r"\d+", text or version())][:4]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def platform_name() -> str:
    """``windows``, ``macos`` or ``linux``: the platform this build runs on (no cross-builds)."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def machine() -> str:
    """The CPU architecture in the names people know: ``x86_64``, ``arm64``."""
    name = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64", "x64": "x86_64"}.get(name, name)


def artifact_stem() -> str:
    """``trip-viewer-0.1.0-linux-x86_64``: the start of every file a release uploads."""
    return f"{EXE}-{version()}-{platform_name()}-{machine()}"
