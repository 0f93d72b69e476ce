"""Which photo formats open, and words for the ones that do not.

Pillow reads JPEG, PNG, TIFF and WebP by itself. HEIC/HEIF (what phones shoot)
comes from the ``pi-heif`` plugin (pillow-heif without its encoder), registered the first time a HEIF file is
met rather than at start-up: importing it costs ~40 ms that a trip of JPEGs
should not pay. :func:`open_image` is the one door for opening a photo lazily
(no pixels decoded) with that plugin in place.

A file that does not open gets a message naming what it is (``a Canon CR2 raw
file``, ``a PDF document``) from its first bytes, so a person knows what to
convert, instead of a bare "cannot identify image file".
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import IO

from PIL import Image, UnidentifiedImageError

from viewer.files.regularfile import open_regular, regular_stat

log = logging.getLogger(__name__)

READABLE = "JPEG, PNG, TIFF, WebP, HEIC"

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_lock = threading.Lock()
_heif_state: bool | None = None  # None: not tried yet; else whether the plugin is in


def register_heif() -> bool:
    """Register the HEIF opener once; whether HEIC/HEIF files can be opened.

    pi-heif is pillow-heif without the HEVC encoder (21 MB of x265 the viewer never
    uses, and GPL-licensed); pillow-heif itself is taken if that is what is installed.
    """
    global _heif_state
    with _lock:
        if _heif_state is None:
            try:
                import pi_heif as heif
            except ImportError:
                try:
                    import pillow_heif as heif
                except ImportError:  # an optional plugin: the message says what is missing
                    log.info("pi-heif is not installed: HEIC/HEIF photos cannot be opened")
                    _heif_state = False
                    return False
            heif.register_heif_opener()
            _heif_state = True
        return _heif_state


def open_image(path: Path, handle: IO[bytes] | None = None) -> Image.Image:
    """``Image.open(path)``, with the HEIF plugin registered when the file needs it.

    ``handle``: the file already opened, to read from instead (its owner closes it).
    Raises what ``Image.open`` raises, and :class:`~viewer.files.regularfile.RefusedFileError`
    for a pipe, socket, device or link loop, looked at before it is opened (Pillow
    would wait on a pipe forever). The caller closes the image.

    Given the path, Pillow opens the file itself, loading only the plugin for its
    extension (given a file object, it first loads five): the look and the open
    are two steps, and a plain file swapped for a pipe in between is the one case
    left. ``handle`` comes from :func:`~viewer.files.regularfile.open_regular`,
    which closes that gap.
    """
    if handle is None:
        regular_stat(path)
    source: Path | IO[bytes] = path if handle is None else handle
    try:
        return Image.open(source)
    except UnidentifiedImageError:
        if _heif_state is None and sniff(path) == "HEIF" and register_heif():
            if handle is not None:
                handle.seek(0)
            return Image.open(source)
        raise


def sniff(path: Path) -> str | None:
    """What the file is by its first bytes: a short format name, or ``None``."""
    try:
        with open_regular(path) as handle:
            head = handle.read(32)
    except OSError:
        return None
    return sniff_bytes(head, path.suffix.lower())


def sniff_bytes(head: bytes, suffix: str = "") -> str | None:
    """The format named by a file's first bytes (and, for TIFF-based raws, its suffix)."""
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS:
            return "HEIF"
        return {b"avif": "AVIF", b"avis": "AVIF", b"crx ": "Canon CR3 raw"}.get(brand, "video")
    if head.startswith((b"II*\x00", b"MM\x00*")):
        raw = _TIFF_RAWS.get(suffix)
        return raw if raw else "TIFF"
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    return None


def unreadable_reason(path: Path) -> str:
    """Why ``path`` did not open as a photo, naming its format when it can be told."""
    try:
        if path.stat().st_size == 0:
            return "the file is empty (0 bytes)"
    except OSError:
        pass
    found = sniff(path)
    if found == "HEIF" and not register_heif():
        return "a HEIC/HEIF photo, and HEIF support (the pi-heif package) is not installed"
    if found in {"JPEG", "PNG", "TIFF", "WebP", "HEIF"}:
        return f"the {found} file is damaged and cannot be read"
    if found is not None:
        return f"{found} files cannot be shown; convert it to JPEG"
    return f"not a photo in a format the viewer can read ({READABLE})"


def damage_reason(path: Path, error: BaseException) -> str:
    """Why a photo that opened cannot be read on: ``the JPEG file is damaged: image file is truncated``."""
    kind = sniff(path)
    what = f"the {kind} file" if kind else "the file"
    return f"{what} is damaged: {' '.join(str(error).split()) or type(error).__name__}"


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF8", "GIF"),
    (b"BM", "BMP"),
    (b"8BPS", "Photoshop PSD"),
    (b"%PDF", "PDF document"),
    (b"\xff\x0a", "JPEG XL"),
    (b"\x00\x00\x00\x0cJXL ", "JPEG XL"),
    (b"FUJIFILMCCD-RAW", "Fujifilm RAF raw"),
    (b"IIRO", "Olympus ORF raw"),
    (b"IIU\x00", "Panasonic RW2 raw"),
    (b"<svg", "SVG drawing"),
    (b"<?xml", "XML"),
)
_TIFF_RAWS = {
    ".cr2": "Canon CR2 raw",
    ".nef": "Nikon NEF raw",
    ".arw": "Sony ARW raw",
    ".dng": "DNG raw",
    ".orf": "Olympus ORF raw",
}
