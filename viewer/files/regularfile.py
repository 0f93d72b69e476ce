"""The one door for reading a file the viewer did not write itself: only plain files pass.

A manifest, a photo, a settings file or a cache entry can turn out to be
something else: a named pipe (reading it waits forever for a writer), a socket,
a device (``/dev/zero`` never ends, and its size says 0), a link that loops, or a
name holding a NUL that the system cannot even look up. Each is refused here
with a reason a person can read, before anything is opened: :func:`regular_stat`
looks at the file, :func:`open_regular` opens it without waiting (``O_NONBLOCK``)
and looks again at what it opened, in case the file was swapped in between, and
:func:`read_capped` stops after the bytes it was allowed, counting what it read,
never trusting the size the file claims.

Every refusal is an :class:`OSError` (a :class:`RefusedFileError`, or
``IsADirectoryError`` for a folder), so callers that already handle a missing or
unreadable file handle these too. No Qt here.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from pathlib import Path

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # Windows has none, and no named pipes in folders
_FLAGS = os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO), not a file"),
    (stat.S_ISSOCK, "a socket, not a file"),
    (stat.S_ISCHR, "a device, not a file"),
    (stat.S_ISBLK, "a disk device, not a file"),
)
_CHUNK = 1 << 20  # bytes read at a time past what the file claimed
LINK_LOOP = "a link loop: the link leads back to itself"
NUL_IN_NAME = "the name holds a NUL character, which no file name can"


class RefusedFileError(OSError):
    """A path that is not a plain file, or cannot name one; ``str()`` is the reason alone."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(errno.EINVAL, reason, os.fspath(path))
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


class FileTooBigError(OSError):
    """A file longer than its reader allows; ``str()`` says by how much."""

    def __init__(self, path: str | os.PathLike[str], limit: int) -> None:
        self.limit = limit
        reason = f"more than {_amount(limit)}"
        super().__init__(errno.EFBIG, reason, os.fspath(path))
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


def kind_of(mode: int) -> str | None:
    """Why a file of ``mode`` (``st_mode``) is refused; ``None`` for a plain file or a folder."""
    for test, reason in _KINDS:
        if test(mode):
            return reason
    return None


def regular_stat(path: str | os.PathLike[str]) -> os.stat_result:
    """``os.stat(path)`` of a plain file; raise for anything else.

    A folder raises ``IsADirectoryError``, a missing file ``FileNotFoundError``;
    a pipe, socket, device, link loop or a name with a NUL raise
    :class:`RefusedFileError`.
    """
    try:
        found = os.stat(path)  # noqa: PTH116 (str or Path alike, as every caller has)
    except ValueError:  # "embedded null byte": not an OSError, so nothing upstream would catch it
        raise RefusedFileError(_printable(path), NUL_IN_NAME) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise RefusedFileError(path, LINK_LOOP) from None
        raise
    _refuse(path, found.st_mode)
    return found


def open_regular(path: str | os.PathLike[str]) -> io.BufferedReader:
    """Open the plain file at ``path`` for reading in binary; raise as :func:`regular_stat` does.

    It is looked at before it is opened, so a device is never opened at all, and
    opened with ``O_NONBLOCK``, so a pipe swapped in after the look cannot make
    the open wait: what was opened is looked at again.
    """
    regular_stat(path)
    try:
        descriptor = os.open(path, _FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise RefusedFileError(path, LINK_LOOP) from None
        raise
    try:
        _refuse(path, os.fstat(descriptor).st_mode)
        if _NONBLOCK:
            os.set_blocking(descriptor, True)
        return io.open(descriptor, "rb")  # noqa: UP020 (os.fdopen is typed as any binary file)
    except BaseException:
        os.close(descriptor)
        raise


def read_capped(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the plain file at ``path``; :class:`FileTooBigError` past ``limit`` bytes.

    The bytes read are counted, not the size the file claims: ``/proc`` files say
    0 and are not empty, and a file may grow while it is read.
    """
    with open_regular(path) as handle:
        # The size the file claims only sizes the first read (a read allocates what it
        # asks for): the whole file in one read, when the claim is true.
        claimed = os.fstat(handle.fileno()).st_size
        parts = [handle.read(min(claimed, limit) + 1)]
        count = len(parts[0])
        while count <= limit and parts[-1]:  # longer than it claimed, or growing
            parts.append(handle.read(min(_CHUNK, limit + 1 - count)))
            count += len(parts[-1])
    if count > limit:
        raise FileTooBigError(path, limit)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _refuse(path: str | os.PathLike[str], mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "this is a folder, not a file", os.fspath(path))
    reason = kind_of(mode)
    if reason is not None:
        raise RefusedFileError(path, reason)


def _printable(path: str | os.PathLike[str]) -> str:
    return str(Path(os.fspath(path))).replace("\x00", "\\0")


def _amount(size: int) -> str:
    if size >= 2**20:
        return f"{size / 2**20:g} MB"
    if size >= 2**10:
        return f"{size / 2**10:g} KB"
    return f"{size} bytes"
