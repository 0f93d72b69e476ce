"""The Linux download: the frozen folder as a .tar.gz, with a .desktop file and the icon.

The archive unpacks to one folder, ``trip-viewer-VERSION/``, holding the
``trip-viewer`` program, its ``_internal/`` files, ``trip-viewer.desktop`` and
``trip-viewer.png``. The README's "Installers" section says where to put them
for one user (``~/.local``); nothing needs root. The desktop entry offers Trip
Viewer in "Open with" for YAML files and folders without asking to be the
default for them.
"""

from __future__ import annotations

import tarfile
from pathlib import Path

import appinfo

MIME_TYPES = ("application/yaml", "application/x-yaml", "inode/directory")


def desktop_entry() -> str:
    """The freedesktop.org desktop entry (``trip-viewer.desktop``)."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",
            f"Name={appinfo.NAME}",
            "GenericName=Photo slideshow",
            f"Comment={appinfo.DESCRIPTION}",
            f"Exec={appinfo.EXE} %f",
            f"Icon={appinfo.EXE}",
            "Terminal=false",
            "Categories=Graphics;Viewer;Photography;",
            f"MimeType={';'.join(MIME_TYPES)};",
            "Keywords=slideshow;presentation;photos;trip;timeline;",
            "StartupWMClass=trip-viewer",
            "",
        ]
    )


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Owned by nobody in particular, readable by all: the archive is the same whoever builds it."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
    return info


def make_archive(frozen: Path, out: Path) -> Path:
    """Write ``trip-viewer-VERSION-linux-ARCH.tar.gz`` from the ``frozen`` folder into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    archive = out / f"{appinfo.artifact_stem()}.tar.gz"
    top = f"{appinfo.EXE}-{appinfo.version()}"
    desktop = out / f"{appinfo.EXE}.desktop"
    desktop.write_text(desktop_entry(), encoding="utf-8")
    try:
        with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
            tar.add(frozen, arcname=top, filter=_normalise)
            tar.add(desktop, arcname=f"{top}/{desktop.name}", filter=_normalise)
            tar.add(appinfo.ICONS / "trip-viewer.png", arcname=f"{top}/{appinfo.EXE}.png", filter=_normalise)
    finally:
        desktop.unlink()
    return archive
