"""glibc's allocator as the show sets it up: few arenas, however many threads decode."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from viewer import allocator

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.confstr("CS_GNU_LIBC_VERSION") is None,
    reason="glibc's allocator, on Linux",
)

# Six threads allocate at once, then glibc reports its arenas ("Arena N:" on stderr).
THREADS_ALLOCATING = textwrap.dedent(
    """
    import ctypes, sys, threading
    from viewer import allocator
    if sys.argv[1] == "tuned":
        assert allocator.tune()
    ready = threading.Barrier(6)
    def decode():
        ready.wait()
        buffers = [bytearray(50_000) for _ in range(40)]  # photo rows, line buffers...
        del buffers
    threads = [threading.Thread(target=decode) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ctypes.CDLL("libc.so.6").malloc_stats()
    """
)


def _arenas(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", THREADS_ALLOCATING, mode],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return sum(1 for line in done.stderr.splitlines() if line.startswith("Arena "))


def test_threads_share_two_arenas_once_tuned() -> None:
    assert _arenas("untouched") > allocator.ARENAS  # each thread made its own
    assert _arenas("tuned") <= allocator.ARENAS


def test_tuning_twice_is_harmless() -> None:
    assert allocator.tune()
    assert allocator.tune()
