"""glibc's memory allocator, set up for a process that decodes photo after photo.

:func:`tune` is called once, as the show starts and before any thread does. It
applies only where glibc is the C library (Linux); elsewhere, or if glibc cannot
be reached, it does nothing and the show goes on.
"""

from __future__ import annotations

import functools
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

M_TRIM_THRESHOLD = -1  # glibc's mallopt() parameter numbers
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
ARENAS = 2  # shared by the UI thread, the decode workers and Qt's threads
MAPPED_FROM = 256 * 1024  # bytes: blocks this big get a mapping of their own
KEPT_FREE = 16 * 1024 * 1024  # bytes free at the top of a heap before it is given back


def tune() -> bool:
    """Two arenas, big blocks mapped, 16 MB kept free; whether glibc took all three.

    - glibc gives each new thread an arena of its own, up to eight per core, and
      each arena keeps what its thread freed for that thread's next allocation. The
      decode workers, the head start, the strip's reader and Qt's threads each had
      one, holding freed decode buffers apart. An arena once made stays, hence
      before threads start.
    - glibc raises its mmap threshold each time a large block is freed, after which
      photo-sized buffers come from the heap and fragment it: a show that reloads
      and re-decodes for an hour creeps upwards. A fixed threshold keeps every
      buffer over 256 KB in its own mapping, given back whole when freed.
    - Fixing that threshold leaves the trim threshold at glibc's 128 KB: a heap gives
      its free top back to the system at once, and the next photo's decode faults
      it in again. 16 MB kept free costs no time.

    Together they keep a play-through's peak memory about a tenth lower at the same
    speed; the figures, and the settings tried and dropped, are in
    ``docs/performance.md`` (under ``viewer.allocator``).
    """
    arenas = _mallopt(M_ARENA_MAX, ARENAS)
    mapped = _mallopt(M_MMAP_THRESHOLD, MAPPED_FROM)
    kept = _mallopt(M_TRIM_THRESHOLD, KEPT_FREE)
    return arenas and mapped and kept


def _mallopt(parameter: int, value: int) -> bool:
    libc = _glibc()
    if libc is None:
        return False
    try:
        return bool(libc.mallopt(parameter, value))
    except (OSError, AttributeError):  # a C library without mallopt()
        log.info("cannot tune the memory allocator; carrying on")
        return False


@functools.cache
def _glibc() -> Any:
    """glibc, through ctypes, or None where the C library is another or cannot be loaded."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        log.info("cannot load the C library to tune its allocator; carrying on")
        return None
