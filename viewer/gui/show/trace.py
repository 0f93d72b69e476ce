"""A timing trace for benchmarks, off unless ``TRIP_VIEWER_TRACE=FILE`` is set.

Each event is one JSON line with ``t`` from ``time.monotonic()``, the clock
every process on the machine shares, so a benchmark can compare the moment it
sent a key with the moment the photo was painted. A heartbeat timer notes every
gap longer than ``STALL_MS`` in the UI thread: those are the stalls a person
would feel. Each ``stall`` event says how much of it the UI thread ran (``cpu``)
and, on Linux, how long it was ready to run but waited for a core (``queued``,
from the scheduler's own count): the rest it slept, mostly waiting for the
interpreter lock. A watcher thread looks at the UI thread's stack while a stall
lasts, so each also says where the UI thread was (``where``).
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import os
import re
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QObject, QTimer, Slot

VARIABLE = "TRIP_VIEWER_TRACE"
HEARTBEAT_MS = 4
STALL_MS = 20
WATCH_MS = 10  # how often the watcher thread looks at the UI thread's stack during a stall


def _rss_bytes() -> int:
    """Resident memory of this process (Linux), 0 where /proc is absent."""
    try:
        # Read as bytes: a text file's codec would be imported here, during a stall.
        with Path("/proc/self/statm").open("rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class Trace(QObject):
    """Writes timing events when enabled; costs nothing when not."""

    def __init__(self, path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file: IO[str] | None = None
        self._last_beat = 0.0
        self._last_cpu = 0.0
        self._last_queued = 0.0
        self._schedstat: int | None = None
        self._longest_gap = 0.0
        if path is None:
            return
        self._file = path.open("a", encoding="utf-8", buffering=1)
        self._beat = QTimer(self)
        self._beat.setInterval(HEARTBEAT_MS)
        self._beat.timeout.connect(self._on_beat)
        self._beat.start()
        self._last_beat, self._last_cpu = time.monotonic(), time.thread_time()
        with contextlib.suppress(OSError):  # Linux: the UI thread's own scheduler figures
            self._schedstat = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        self._last_queued = self._queued()
        self._ui_thread = threading.get_ident()
        self._seen: Counter[str] = Counter()  # where the UI thread was, during the current stall
        self._watching = threading.Event()
        threading.Thread(target=self._watch, name="trace-stalls", daemon=True).start()

    @classmethod
    def from_environment(cls, parent: QObject | None = None) -> Trace:
        value = os.environ.get(VARIABLE)
        return cls(Path(value) if value else None, parent)

    @property
    def enabled(self) -> bool:
        return self._file is not None

    def note(self, name: str, **fields: Any) -> None:
        if self._file is None:
            return
        record = {"event": name, "t": time.monotonic(), **fields}
        if name in ("shown", "zoomed", "zoom"):
            record["rss"] = _rss_bytes()
        self._file.write(json.dumps(record) + "\n")

    def _queued(self) -> float:
        """Seconds the UI thread has waited for a core so far (0 where unknown)."""
        if self._schedstat is None:
            return 0.0
        try:
            return int(os.pread(self._schedstat, 64, 0).split()[1]) / 1e9
        except (OSError, ValueError, IndexError):
            return 0.0

    @Slot()
    def _on_beat(self) -> None:
        now, cpu, queued = time.monotonic(), time.thread_time(), self._queued()
        gap, busy, waited = now - self._last_beat, cpu - self._last_cpu, queued - self._last_queued
        self._last_beat, self._last_cpu, self._last_queued = now, cpu, queued
        seen, self._seen = self._seen, Counter()
        if gap * 1000 > STALL_MS:
            # ``cpu``: how much of the gap the UI thread ran; ``queued``: how long it was ready
            # but had no core (other programs, or this one's workers); the rest it slept,
            # waiting for the interpreter lock (or for the X server).
            where = [place for place, _ in seen.most_common(3)]
            self.note(
                "stall",
                ms=round(gap * 1000, 1),
                cpu=round(busy * 1000, 1),
                queued=round(waited * 1000, 1),
                where=where,
            )

    def _watch(self) -> None:
        """Note the UI thread's innermost frames while it misses its heartbeat.

        The stack is read by ``faulthandler``, in C, into a scratch file: holding the
        UI thread's frames from here would keep their locals alive past their return
        (a painter of a paint event, then ended on this thread: a crash).
        """
        with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as scratch:
            while not self._watching.wait(WATCH_MS / 1000):
                if (time.monotonic() - self._last_beat) * 1000 > STALL_MS:
                    scratch.seek(0)
                    scratch.truncate()
                    faulthandler.dump_traceback(scratch, all_threads=True)
                    scratch.seek(0)
                    where = _innermost(scratch.read(), self._ui_thread)
                    if where:
                        self._seen[where] += 1

    def close(self) -> None:
        if self._schedstat is not None:
            os.close(self._schedstat)
            self._schedstat = None
        if self._file is not None:
            self._watching.set()
            self.note("exit", rss=_rss_bytes())
            self._file.close()
            self._file = None


def _innermost(dump: str, thread: int, depth: int = 4) -> str:
    """The ``depth`` innermost frames of ``thread`` in a ``faulthandler`` dump, innermost first."""
    frames: list[str] = []
    current = False
    for line in dump.splitlines():
        if not line.startswith("  "):  # "Thread 0x… (most recent call first):" or "Current thread 0x…"
            current = f"{thread:#018x}" in line or f"{thread:#x}" in line
        elif current and len(frames) < depth:
            found = re.match(r'\s*File "(.*)", line (\d+) in (.*)', line)
            if found:
                frames.append(f"{Path(found[1]).name}:{found[2]} {found[3]}")
    return " < ".join(frames)
