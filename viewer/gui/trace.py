"""A timing trace for benchmarks, off unless ``TRIP_VIEWER_TRACE=FILE`` is set.

Each event is one JSON line with ``t`` from ``time.monotonic()``, the clock
every process on the machine shares, so a benchmark can compare the moment it
sent a key with the moment the photo was painted. A heartbeat timer notes every
gap longer than ``STALL_MS`` in the UI thread: those are the stalls a person
would feel. A watcher thread looks at the UI thread's stack while a stall lasts,
so each ``stall`` event also says where the UI thread was (``where``).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
import traceback
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
        with Path("/proc/self/statm").open(encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class Trace(QObject):
    """Writes timing events when enabled; costs nothing when not."""

    def __init__(self, path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._file: IO[str] | None = None
        self._last_beat = 0.0
        self._longest_gap = 0.0
        if path is None:
            return
        self._file = path.open("a", encoding="utf-8", buffering=1)
        self._beat = QTimer(self)
        self._beat.setInterval(HEARTBEAT_MS)
        self._beat.timeout.connect(self._on_beat)
        self._beat.start()
        self._last_beat = time.monotonic()
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
        if name == "shown":
            record["rss"] = _rss_bytes()
        self._file.write(json.dumps(record) + "\n")

    @Slot()
    def _on_beat(self) -> None:
        now = time.monotonic()
        gap = now - self._last_beat
        self._last_beat = now
        seen, self._seen = self._seen, Counter()
        if gap * 1000 > STALL_MS:
            self.note("stall", ms=round(gap * 1000, 1), where=[place for place, _ in seen.most_common(3)])

    def _watch(self) -> None:
        """Note the UI thread's innermost frames while it misses its heartbeat."""
        while not self._watching.wait(WATCH_MS / 1000):
            if (time.monotonic() - self._last_beat) * 1000 > STALL_MS:
                frame = sys._current_frames().get(self._ui_thread)
                if frame is not None:
                    stack = traceback.extract_stack(frame)[-4:]
                    self._seen[
                        " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack))
                    ] += 1

    def close(self) -> None:
        if self._file is not None:
            self._watching.set()
            self.note("exit", rss=_rss_bytes())
            self._file.close()
            self._file = None
