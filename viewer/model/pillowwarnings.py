"""Pillow's warnings about a photo: to the log naming the file, and to whoever is reading it.

Pillow says some things about a damaged file with ``warnings.warn`` and goes on
("Corrupt EXIF data", "Truncated File Read", ``DecompressionBombWarning``). Left
alone they print raw to stderr, once per text, naming no photo. Instead:

- :func:`route_warnings` (once, from the main thread, before photos are read)
  shows every one of them, not once per text, and through :func:`_show`, which
  logs it on the ``viewer.photos`` logger with the photo's file.
- :func:`listening` marks, for the thread it runs on, which photo is being
  read; warnings raised meanwhile on that thread are about that photo, and
  collected for the reader (``trip-viewer check`` turns them into findings).

``warnings.catch_warnings`` would do the collecting too, but it swaps
process-wide state and so is not safe on the decode workers; the thread-local
stack here is. :func:`note` lets the readers add what they find themselves
(a colour profile that does not load) to the same channel.
"""

from __future__ import annotations

import logging
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

log = logging.getLogger("viewer.photos")

_PILLOW_MODULES = r"(PIL|pi_heif|pillow_heif)(\.|$)"
_PILLOW_FOLDERS = {"PIL", "pi_heif", "pillow_heif"}
_local = threading.local()
_previous: Any = None  # the showwarning that was there before ours, for everyone else's warnings


@dataclass(frozen=True)
class PhotoWarning:
    """Something worth a look about one photo that still shows: ``field: message``."""

    field: str  # "EXIF", "colour profile", "file"
    message: str


def route_warnings() -> None:
    """Send Pillow's warnings to the log and to :func:`listening` readers, every time they occur.

    Call it from the main thread before photos are read (it changes the
    process's warning filters) and again after anything else replaces
    ``warnings.showwarning`` (``logging.captureWarnings``): it is idempotent.
    Other packages' warnings go on to whatever showed them before.
    """
    global _previous
    for category in (UserWarning, RuntimeWarning):  # DecompressionBombWarning is a RuntimeWarning
        warnings.filterwarnings("always", category=category, module=_PILLOW_MODULES)
    if warnings.showwarning is not _show:
        _previous = warnings.showwarning
        warnings.showwarning = _show


@contextmanager
def listening(path: Path) -> Iterator[list[PhotoWarning]]:
    """While this thread reads ``path``: the warnings about it, collected in the list yielded.

    Contexts nest (a check around a decode): every reader on the thread hears
    each warning once; the log gets it once.
    """
    stack: list[tuple[Path, list[PhotoWarning]]] = _local.__dict__.setdefault("stack", [])
    heard: list[PhotoWarning] = []
    stack.append((Path(path), heard))
    try:
        yield heard
    finally:
        stack.pop()


def note(field: str, message: str) -> None:
    """Report ``field: message`` about the photo this thread is reading: logged, and heard."""
    stack: list[tuple[Path, list[PhotoWarning]]] = _local.__dict__.get("stack", [])
    path = stack[-1][0] if stack else None
    log.info("%s: %s: %s", path or "a photo", field, message)
    _tell(stack, PhotoWarning(field, message))


def _tell(stack: list[tuple[Path, list[PhotoWarning]]], warning: PhotoWarning) -> None:
    for _, heard in stack:
        if warning not in heard:
            heard.append(warning)


def _show(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """``warnings.showwarning``: Pillow's to the log and the readers, the rest as before."""
    if Path(filename).parent.name not in _PILLOW_FOLDERS or issubclass(category, DeprecationWarning):
        if _previous is not None:
            _previous(message, category, filename, lineno, file, line)
        return
    stack: list[tuple[Path, list[PhotoWarning]]] = _local.__dict__.get("stack", [])
    text = " ".join(str(message).split())
    log.info("%s: Pillow: %s", stack[-1][0] if stack else "a photo", text)
    warning = describe(category, text, Path(filename).stem)
    if warning is not None:
        _tell(stack, warning)


def describe(category: type[Warning], text: str, module: str = "") -> PhotoWarning | None:
    """What a Pillow warning means for the photo, in words for a person; ``None``: nothing to add.

    ``module``: the Pillow module that warned; its TIFF reader also reads every
    photo's EXIF block. A decompression bomb is refused by its size, which says it better.
    """
    if category.__name__ == "DecompressionBombWarning":
        return None
    if "EXIF" in text or module == "TiffImagePlugin":
        return PhotoWarning("EXIF", f"the EXIF block is damaged; what could be read is used ({text})")
    return PhotoWarning("file", f"the file is malformed; it is shown as far as it can be read ({text})")
