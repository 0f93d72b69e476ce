"""Small files written so that a crash or a full disk never leaves half a file.

Writes go to a temporary file in the same folder, are flushed to disk, and then
replace the old file in one step (``os.replace`` is atomic on POSIX and Windows).
A file that cannot be parsed is moved aside, never deleted, so nothing is lost.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from viewer.files.regularfile import read_capped

log = logging.getLogger(__name__)

MAX_JSON_BYTES = 16 * 2**20  # settings are a few KB: anything this long is not ours


def write_atomic(path: Path, data: bytes, durable: bool = True, *, published: bool = False) -> None:
    """Replace ``path`` with ``data`` in one step.

    ``durable``: wait for the data to reach the disk before the rename, so that even
    a power cut leaves the old file or the new one. A cache that checks what it
    reads and rebuilds what is damaged passes False: a person's settings are worth
    the wait (milliseconds on a laptop's disk), a strip of 500 thumbnails is not.
    ``published``: the file gets the usual permissions of a new file (readable by
    all, under the umask), as a web server must read it; otherwise it stays
    readable by its owner alone, as ``mkstemp`` makes it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if published:
            Path(temporary).chmod(0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write a big file into; it replaces ``path`` when the block ends.

    For files written by something that wants a path or a stream of its own (a PDF
    of hundreds of photos is not held in memory to hand to :func:`write_atomic`).
    The temporary file is created before the block runs, so a folder that cannot be
    written to fails at once, before any work. If the block raises (an error, a
    cancel), the temporary file is deleted and ``path`` is left as it was. The new
    file gets the old one's permissions, or the usual ones for a new file
    (``mkstemp`` would leave it readable by its owner alone).
    """
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except OSError:
            mode = 0o666 & ~_umask()
        temporary.chmod(mode)
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's file-creation mask (read by setting it, then putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_json(path: Path, value: Any, *, published: bool = False) -> None:
    write_atomic(path, json.dumps(value, indent=2, ensure_ascii=False).encode("utf-8"), published=published)


def read_json(path: Path) -> tuple[Any, str | None]:
    """The JSON value at ``path`` (``None`` if absent) and a message if it was corrupt or unreadable.

    A corrupt file is renamed to ``NAME.corrupt-TIMESTAMP`` beside itself and
    ``None`` is returned, so the caller falls back to defaults.
    """
    try:
        data = read_capped(path, MAX_JSON_BYTES)
    except FileNotFoundError:
        return None, None
    except OSError as exc:  # a pipe or device in its place, or far too long: left where it is
        return None, f"{path}: cannot read ({exc.strerror or exc}); using defaults"
    try:
        return json.loads(data.decode("utf-8")), None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.corrupt-{stamp}")
        number = 1
        while aside.exists():  # never overwrite an earlier copy kept aside
            number += 1
            aside = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
        try:
            os.replace(path, aside)
        except OSError:
            aside = path
        message = f"{path}: not valid JSON ({exc}); kept as {aside.name}, using defaults"
        log.warning(message)
        return None, message
