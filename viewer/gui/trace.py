"""A timing trace for benchmarks, off unless ``TRIP_VIEWER_TRACE=FILE`` is set.

Each event is one JSON line with ``t`` from ``time.monotonic()``, the clock
every process on the machine shares, so a benchmark can compare the moment it
sent a key with the moment the photo was painted. A heartbeat timer notes every
gap longer than ``STALL_MS`` in the UI thread: those are the stalls a person
would feel.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QObject, QTimer, Slot

VARIABLE = "TRIP_VIEWER_TRACE"
HEARTBEAT_MS = 4
STALL_MS = 20


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
        if gap * 1000 > STALL_MS:
            self.note("stall", ms=round(gap * 1000, 1))

    def close(self) -> None:
        if self._file is not None:
            self.note("exit", rss=_rss_bytes())
            self._file.close()
            self._file = None
