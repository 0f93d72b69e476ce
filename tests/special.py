"""Special files for tests: pipes, sockets, devices and link loops where photos should be.

Reading a named pipe waits for a writer forever, so a test that would hang if the
code under test opened one runs that code through :func:`finishes`: it waits for
the call, and if the call is stuck after a generous while, writes nothing into
every pipe in the folder (which lets a blocked reader go) and fails the test.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")
PATIENCE = 30.0  # seconds: far beyond any of these calls, even on a loaded machine

needs_special_files = pytest.mark.skipif(
    not hasattr(os, "mkfifo") or not hasattr(socket, "AF_UNIX"), reason="needs named pipes and sockets"
)


def make_fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


@contextlib.contextmanager
def bound_socket(path: Path) -> Iterator[Path]:
    """A Unix socket file at ``path`` while the block lasts."""
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        yield path
    finally:
        server.close()


def make_loop(folder: Path, first: str, second: str) -> tuple[Path, Path]:
    """Two links in ``folder`` that lead to each other."""
    (folder / first).symlink_to(second)
    (folder / second).symlink_to(first)
    return folder / first, folder / second


def finishes(call: Callable[[], T], folder: Path) -> T:
    """``call()``'s result; fails the test, instead of hanging it, if ``call`` waits on a pipe."""
    result: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(call())
        except BaseException as exc:  # handed to the test below
            failure.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(PATIENCE)
    if thread.is_alive():
        _release_pipes(folder)
        thread.join(PATIENCE)
        pytest.fail(f"{call} waited on a named pipe in {folder}")
    if failure:
        raise failure[0]
    return result[0]


def _release_pipes(folder: Path) -> None:
    """Open and close every pipe in ``folder`` for writing: a reader blocked on one sees its end."""
    for path in folder.rglob("*"):
        with contextlib.suppress(OSError):
            if stat.S_ISFIFO(path.lstat().st_mode):
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
