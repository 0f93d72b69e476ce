"""A small pool of worker threads that runs the most urgent job first.

Decoding is queued here rather than on Qt's ``QThreadPool`` because queued work
must be withdrawable by its key when the person jumps far away (stale work is
dropped, not run), and because plain Python is testable without Qt. Pillow
releases the GIL while it decodes and resizes, so two threads use both cores.

A job that has started can be asked to stop: it looks at :meth:`JobQueue.stopping`
between chunks of its work and raises :class:`Stopped`. A photo the clicker has
raced past is then given up within a millisecond instead of holding a core for
the 80 ms of its decode; and an urgent job that finds every worker busy with
less urgent work (strip thumbnails) takes a worker from it, the interrupted job
going back into the queue to start again later.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import os
import sys
import threading
from collections.abc import Callable, Hashable, Iterable

log = logging.getLogger(__name__)

Job = Callable[[], None]


class Stopped(Exception):  # noqa: N818  (a request honoured, not an error)
    """Raised by a job that was asked to stop (see :meth:`JobQueue.stopping`)."""


class JobQueue:
    """Runs callables on ``threads`` daemon threads, highest priority first.

    A job is named by a key; submitting a key already waiting only raises its
    priority. Jobs that have not started can be withdrawn; running ones can be
    asked to stop.
    """

    def __init__(self, threads: int, name: str) -> None:
        self._threads = max(1, threads)
        self._name = name
        self._lock = threading.Condition()
        self._heap: list[tuple[int, int, Hashable]] = []
        self._waiting: dict[Hashable, tuple[int, Job]] = {}
        self._running: dict[Hashable, tuple[int, Job]] = {}
        self._dropping: set[Hashable] = set()  # running, asked to stop for good
        self._yielding: set[Hashable] = set()  # running, asked to make way: queued again once stopped
        self._workers: list[threading.Thread] = []
        # Keys by group (waiting or running): a loader withdraws its own few jobs without
        # looking at the 100,000 thumbnail decodes another loader queued beside them.
        self._members: dict[Hashable, set[Hashable]] = {}
        self._group_of: dict[Hashable, Hashable] = {}
        self._order = itertools.count()
        self._closed = False

    def submit(
        self,
        key: Hashable,
        job: Job,
        priority: int = 0,
        preempt_below: int | None = None,
        group: Hashable | None = None,
    ) -> bool:
        """Queue ``job`` under ``key``; False if that key is already waiting or running.

        A running job that was asked to stop is wanted again: it carries on (or, if
        it stopped already, is queued again). ``preempt_below``: when every worker
        is busy, the least urgent running job with a priority under this one is
        asked to make way. ``group``: whose job it is, for :meth:`withdraw`.
        """
        with self._lock:
            if self._closed:
                return False
            if key in self._running:
                self._dropping.discard(key)
                return False
            known = self._waiting.get(key)
            if known is not None and known[0] >= priority:
                return False
            self._queue(key, job, priority)
            self._join(key, group)
            if len(self._workers) < self._threads:
                self._spawn()
            elif preempt_below is not None:
                self._preempt(preempt_below)
            self._lock.notify()
            return known is None

    def submit_many(self, jobs: list[tuple[Hashable, Job, int]], group: Hashable | None = None) -> None:
        """:meth:`submit` each ``(key, job, priority)``, taking the lock and waking the workers once."""
        with self._lock:
            if self._closed:
                return
            for key, job, priority in jobs:
                if key in self._running:
                    self._dropping.discard(key)
                    continue
                known = self._waiting.get(key)
                if known is None or known[0] < priority:
                    self._queue(key, job, priority)
                    self._join(key, group)
            while len(self._workers) < min(self._threads, len(self._waiting)):
                self._spawn()
            self._lock.notify_all()

    def _spawn(self) -> None:
        """One more worker thread (lock held)."""
        worker = threading.Thread(target=self._work, name=f"{self._name}-{len(self._workers)}", daemon=True)
        self._workers.append(worker)
        worker.start()

    def withdraw(
        self,
        keep: Callable[[Hashable], bool],
        stop: Callable[[Hashable], bool] | None = None,
        group: Hashable | None = None,
    ) -> list[Hashable]:
        """Drop every waiting job whose key ``keep`` refuses; return their keys.

        ``stop``: also ask the running jobs whose key it accepts to stop for good.
        ``group``: look only at that group's jobs (see :meth:`submit`).
        """
        with self._lock:
            waiting = (
                self._waiting if group is None else self._members.get(group, set()) & self._waiting.keys()
            )
            dropped = [key for key in waiting if not keep(key)]
            for key in dropped:
                del self._waiting[key]
                self._leave(key)
            if stop is not None:
                self._dropping.update(key for key in self._running if stop(key))
            if not self._waiting and not self._running:
                self._lock.notify_all()
            return dropped

    def drop(self, keys: Iterable[Hashable]) -> None:
        """Drop these jobs if they wait, and ask those running to stop for good.

        Unlike :meth:`withdraw` it looks up only these keys, never the whole queue:
        quick however much other work waits (a huge trip's strip thumbnails).
        """
        with self._lock:
            for key in keys:
                if self._waiting.pop(key, None) is None and key in self._running:
                    self._dropping.add(key)
            if not self._waiting and not self._running:
                self._lock.notify_all()

    def stopping(self, key: Hashable) -> bool:
        """Whether the running job ``key`` has been asked to stop (jobs poll this)."""
        with self._lock:
            return key in self._dropping or key in self._yielding

    def busy(self, key: Hashable) -> bool:
        """Whether ``key`` is waiting or running."""
        with self._lock:
            return key in self._waiting or key in self._running

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until nothing waits or runs; False if ``timeout`` seconds passed first."""
        with self._lock:
            return self._lock.wait_for(lambda: not self._waiting and not self._running, timeout)

    def close(self) -> None:
        """Drop waiting work and let the threads end after their current job."""
        with self._lock:
            self._closed = True
            self._waiting.clear()
            self._members.clear()
            self._group_of.clear()
            self._dropping.update(self._running)
            self._lock.notify_all()

    def _join(self, key: Hashable, group: Hashable | None) -> None:
        """Count ``key`` in ``group`` until it has run or is withdrawn (lock held)."""
        if group is not None and self._group_of.get(key) != group:
            self._leave(key)
            self._group_of[key] = group
            self._members.setdefault(group, set()).add(key)

    def _leave(self, key: Hashable) -> None:
        group = self._group_of.pop(key, None)
        if group is not None:
            members = self._members[group]
            members.discard(key)
            if not members:
                del self._members[group]

    def _queue(self, key: Hashable, job: Job, priority: int) -> None:
        self._waiting[key] = (priority, job)
        heapq.heappush(self._heap, (-priority, next(self._order), key))

    def _preempt(self, priority: int) -> None:
        """Ask the least urgent running job under ``priority`` to make way (lock held)."""
        if len(self._running) < self._threads:
            return  # a worker is free or about to be
        candidates = [
            (entry[0], key)
            for key, entry in self._running.items()
            if entry[0] < priority and key not in self._dropping and key not in self._yielding
        ]
        if candidates:
            self._yielding.add(min(candidates, key=lambda candidate: candidate[0])[1])

    def _work(self) -> None:
        _yield_to_the_window()
        while True:
            with self._lock:
                key, entry = self._next()
                if entry is None:
                    return
                self._running[key] = entry
            stopped = False
            try:
                entry[1]()
            except Stopped:
                stopped = True
            except Exception:  # a job must never take its worker down with it
                log.exception("job %r failed", key)
            finally:
                with self._lock:
                    del self._running[key]
                    dropped = key in self._dropping
                    self._dropping.discard(key)
                    self._yielding.discard(key)
                    if stopped and not dropped and not self._closed and key not in self._waiting:
                        self._queue(key, entry[1], entry[0])  # made way, or wanted again after all
                    elif key not in self._waiting:
                        self._leave(key)
                    self._lock.notify_all()

    def _next(self) -> tuple[Hashable, tuple[int, Job] | None]:
        """The most urgent waiting job (call with the lock held); None once closed."""
        while not self._closed:
            while self._heap:
                negative, _, key = heapq.heappop(self._heap)
                entry = self._waiting.get(key)
                if entry is not None and entry[0] == -negative:  # else withdrawn or re-prioritised
                    del self._waiting[key]
                    return key, entry
            self._lock.wait()
        return None, None


WORKER_NICENESS = 5  # how much lower than the UI thread a worker asks the system to run


def _yield_to_the_window() -> None:
    """Run this worker thread at a lower priority than the UI thread (Linux: threads have their own).

    The machine's cores are shared by the UI thread and up to five workers (decoding,
    metadata, strip drawing, …): at equal priority the UI thread waited its turn, for
    tens of milliseconds while a big trip filled. Elsewhere a priority is the process's.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            thread = threading.get_native_id()
            os.setpriority(os.PRIO_PROCESS, thread, os.getpriority(os.PRIO_PROCESS, thread) + WORKER_NICENESS)
