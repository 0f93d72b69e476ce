"""How much of the CPU other programs took while a figure was measured.

On a shared two-core machine a test run started by someone else can slow the
app by half, and the figures would not show why. So each figure is bracketed:
the machine's busy CPU time (``/proc/stat``) minus the bench's own (itself, the
children it has reaped, and its Xvfb) is what everyone else used, given as a
share of all the CPU there was.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


class Contention:
    """Call :meth:`start`, measure, then :meth:`share` gives the others' share of the CPU (0 to 1)."""

    def __init__(self, helper_pids: tuple[int, ...] = ()) -> None:
        self.helper_pids = helper_pids  # long-running helpers the bench owns (its Xvfb)
        self._begin = (0.0, 0.0, 0.0)

    def start(self) -> None:
        self._begin = self._sample()

    def share(self) -> float:
        wall, busy, own = (now - then for now, then in zip(self._sample(), self._begin, strict=True))
        available = wall * (os.cpu_count() or 1)
        return max(0.0, busy - own) / available if available > 0 else 0.0

    def _sample(self) -> tuple[float, float, float]:
        """Wall time, the machine's busy CPU seconds, and the bench's own CPU seconds."""
        times = os.times()
        own = times.user + times.system + times.children_user + times.children_system
        own += sum(_process_seconds(pid) for pid in self.helper_pids)
        return time.monotonic(), _busy_seconds(), own


def _busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (Linux); 0 where unknown."""
    try:
        fields = Path("/proc/stat").read_text(encoding="ascii").splitlines()[0].split()[1:]
        user, nice, system, _idle, _iowait, irq, softirq, steal = (int(value) for value in fields[:8])
    except (OSError, ValueError, IndexError):
        return 0.0
    return (user + nice + system + irq + softirq + steal) / TICK


def _process_seconds(pid: int) -> float:
    """User and system CPU seconds of a running process; 0 once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / TICK  # utime and stime: fields 14 and 15 of stat
