"""Freeze the app with PyInstaller, and say how big the frozen folder is.

The spec (``packaging/trip-viewer.spec``) makes one windowed onedir app; on macOS
it also wraps that folder as ``Trip Viewer.app``. :func:`freeze` runs it in a
clean work folder and returns where the executable landed; :func:`size_report`
measures the unpacked folder, which is what a person's disk pays.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import appinfo

SIZE_GOAL_MB = 130.0  # issue #8: the unpacked app should stay within this


@dataclass(frozen=True)
class Frozen:
    """Where a frozen build put things."""

    folder: Path  # the onedir folder (on macOS, the .app bundle)
    executable: Path  # what to run for the smoke test
    dropped: Path  # the spec's list of what it left out, and why


def freeze(build: Path, codesign_identity: str | None = None) -> Frozen:
    """Run PyInstaller on the spec into ``build``; return the frozen app's paths."""
    dist, work = build / "dist", build / "work"
    for folder in (dist, work):
        shutil.rmtree(folder, ignore_errors=True)
    env = dict(os.environ)
    env.pop("TRIP_VIEWER_CODESIGN_IDENTITY", None)
    if codesign_identity:
        env["TRIP_VIEWER_CODESIGN_IDENTITY"] = codesign_identity
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(appinfo.PACKAGING / "trip-viewer.spec"),
    ]
    subprocess.run(command, check=True, env=env, cwd=appinfo.ROOT)
    return frozen_paths(build)


def frozen_paths(build: Path) -> Frozen:
    """The paths :func:`freeze` produces under ``build``, for this platform."""
    dist = build / "dist"
    dropped = build / "work" / "trip-viewer" / "dropped.txt"
    if appinfo.platform_name() == "macos":
        bundle = dist / f"{appinfo.NAME}.app"
        return Frozen(bundle, bundle / "Contents" / "MacOS" / appinfo.EXE, dropped)
    suffix = ".exe" if appinfo.platform_name() == "windows" else ""
    folder = dist / appinfo.EXE
    return Frozen(folder, folder / f"{appinfo.EXE}{suffix}", dropped)


def size_report(folder: Path, top: int = 10) -> tuple[float, str]:
    """The unpacked size in MB (10^6 bytes), and the biggest parts and files, largest first."""
    files = {
        path.relative_to(folder).as_posix(): path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()  # a link is counted as the file it points to
    }
    parts: dict[str, int] = {}
    for name, size in files.items():
        steps = [step for step in name.split("/") if step not in _CONTAINERS]
        key = "/".join(steps[:3] if steps[0] == "PySide6" else steps[:1])
        parts[key] = parts.get(key, 0) + size
    total = sum(files.values()) / 1e6
    mebibytes = sum(files.values()) / 2**20  # what du -h and file managers show
    lines = [
        f"unpacked size: {total:.1f} MB ({mebibytes:.1f} MiB) in {len(files)} files"
        f" (goal <= {SIZE_GOAL_MB:.0f} MB: {'met' if total <= SIZE_GOAL_MB else 'NOT met'})"
    ]
    for title, table in (("parts", parts), ("largest files", files)):
        lines.append(f"{title}:")
        for name, size in sorted(table.items(), key=lambda item: -item[1])[:top]:
            lines.append(f"  {size / 1e6:7.1f} MB  {name}")
    return total, "\n".join(lines)


# Folders that only hold the app's files: _internal/ (onedir), the .app's Contents/...
_CONTAINERS = {"_internal", "Contents", "Frameworks", "Resources", "MacOS"}
