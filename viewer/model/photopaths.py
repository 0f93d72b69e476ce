"""Where a manifest's photo may be: a local file in or below the manifest's folder.

Opening a manifest must never make the machine reach the network or read
elsewhere on the disk, so a photo's ``file`` is refused when it is a URL, a
Windows network (UNC) path, an absolute path, a ``..`` that climbs out, a
link that leads out, or a name holding a NUL. A name written in one Unicode
normalization finds the file stored in the other, as on macOS. Plain strings are used, not ``Path`` objects: a
10,000-photo manifest resolves 10,000 of them.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")  # two letters or more: not "C:"
_DRIVE = re.compile(r"^[A-Za-z]:")
# "photos/01.jpg": names of letters, digits, "_", "-" and ".", none of them "." or
# "..", joined by "/". Such a path is none of the refused kinds, and is already normal.
_PLAIN = re.compile(r"(?:(?!\.\.?/)[\w.-]+/)*(?!\.\.?$)[\w.-]+")


def _join(folder: Path, name: str) -> Path:
    return folder / name


# pathlib's own way to add one plain name to a path (``iterdir`` uses it): several
# times faster than "/", which parses the name again. "/" where it is missing.
_child: Callable[[Path, str], Path] = getattr(Path, "_make_child_relpath", _join)


class PathRefusedError(ValueError):
    """A photo path that is not allowed: ``args`` are the message and a hint (or None)."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message, hint)
        self.message, self.hint = message, hint


class PhotoPaths:
    """Resolves photo paths below one folder, each photo folder's real path looked up once."""

    def __init__(self, folder: Path) -> None:
        self._folder = str(folder)
        self._real_folder = os.path.realpath(folder)
        self._real_dirs: dict[str, str] = {}
        self._listings: dict[str, dict[str, list[str]]] = {}  # folder → NFC name → names as stored
        # For each folder plain paths name: the folder as a Path, and its real path
        # with a separator after it, or None when that is outside the manifest's folder.
        self._plain_dirs: dict[str, tuple[Path, str | None]] = {}

    def resolve(self, file: str) -> Path:
        """The photo ``file`` (as the manifest writes it) as a path; raise :class:`PathRefusedError`."""
        if not file.isascii():
            file = self._stored_spelling(file)
        if _PLAIN.fullmatch(file):
            return self._resolve_plain(file)
        if not file:
            raise PathRefusedError("'file' is empty")
        if "\x00" in file:  # no file name holds one; the system would refuse it on every look
            raise PathRefusedError(f"'file' holds a NUL character: {file!r}", "remove the \\0 from the name")
        if file.startswith(("\\\\", "//")):
            raise PathRefusedError(
                f"network paths are not allowed: {file!r}", "keep photos beside the manifest"
            )
        if _URL.match(file):
            raise PathRefusedError(
                f"URLs are not allowed: {file!r}", "download the photo and give its local path"
            )
        relative = file.replace("\\", "/")
        if _DRIVE.match(file) or relative.startswith("/"):
            raise PathRefusedError(
                f"absolute paths are not allowed: {file!r}",
                "write the path relative to the manifest's folder",
            )
        normal = os.path.normpath(relative)
        if normal == ".." or normal.startswith("../"):
            raise PathRefusedError(f"{file!r} leaves the manifest's folder", "keep photos in or below it")
        full = os.path.join(self._folder, normal)  # noqa: PTH118
        parent, name = os.path.split(full)
        real_parent = self._real_dirs.get(parent)
        if real_parent is None:
            real_parent = self._real_dirs[parent] = os.path.realpath(parent)
        self._refuse_links_out(file, os.path.join(real_parent, name))  # noqa: PTH118
        return Path(full)

    def _stored_spelling(self, file: str) -> str:
        """``file`` as the disk spells it, where only Unicode normalization tells them apart.

        "é" is one character (NFC, as most editors write it) or "e" and an accent
        (NFD, as macOS's older disks and some copies store names). macOS opens either
        spelling; elsewhere each name written is looked for as the folder spells it,
        if it is not found as written and exactly one name there matches.
        """
        folder, spelled, changed = self._folder, [], False
        for part in file.replace("\\", "/").split("/"):
            here = os.path.join(folder, part)  # noqa: PTH118
            if not part.isascii() and "\x00" not in part and not os.path.lexists(here):
                stored = self._same_name(folder, part)
                if stored is not None:
                    part, here, changed = stored, os.path.join(folder, stored), True  # noqa: PTH118
            spelled.append(part)
            folder = here
        return "/".join(spelled) if changed else file

    def _same_name(self, folder: str, name: str) -> str | None:
        """The one name in ``folder`` equal to ``name`` once both are in NFC, if there is one."""
        names = self._listings.get(folder)
        if names is None:
            names = self._listings[folder] = {}
            try:
                for found in os.listdir(folder):  # noqa: PTH208 (names as stored, not Paths)
                    names.setdefault(unicodedata.normalize("NFC", found), []).append(found)
            except (OSError, ValueError):
                pass
        matches = names.get(unicodedata.normalize("NFC", name), [])
        return matches[0] if len(matches) == 1 else None

    def _resolve_plain(self, file: str) -> Path:
        """A path :data:`_PLAIN` matched: only the links on the way need checking."""
        folder, _, name = file.rpartition("/")
        known = self._plain_dirs.get(folder)
        if known is None:
            path = Path(self._folder, folder)
            real = os.path.realpath(path)
            inside = real == self._real_folder or real.startswith(self._real_folder + os.sep)
            known = self._plain_dirs[folder] = (path, real + os.sep if inside else None)
        path, real_folder = known
        if real_folder is None:
            raise PathRefusedError(f"{file!r} leads outside the manifest's folder through a link")
        if os.path.islink(real_folder + name):  # noqa: PTH114
            self._refuse_links_out(file, real_folder + name)
        return _child(path, name)

    def _refuse_links_out(self, file: str, real: str) -> None:
        """Refuse ``file`` if ``real`` (its folder's real path joined with its name) is outside."""
        if os.path.islink(real):  # noqa: PTH114
            real = os.path.realpath(real)
        if real != self._real_folder and not real.startswith(self._real_folder + os.sep):
            raise PathRefusedError(f"{file!r} leads outside the manifest's folder through a link")
