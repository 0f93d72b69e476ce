"""A small pool of worker threads that runs the most urgent job first.

Decoding is queued here rather than on Qt's ``QThreadPool`` because queued work
must be withdrawable by its key when the person jumps far away (stale work is
dropped, not run), and because plain Python is testable without Qt. Pillow
releases the GIL while it decodes and resizes, so two threads use both cores.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
from collections.abc import Callable, Hashable

log = logging.getLogger(__name__)


class JobQueue:
    """Runs callables on ``threads`` daemon threads, highest priority first.

    A job is named by a key; submitting a key already waiting only raises its
    priority. Jobs that have not started can be withdrawn.
    """

    def __init__(self, threads: int, name: str) -> None:
        self._threads = max(1, threads)
        self._name = name
        self._lock = threading.Condition()
        self._heap: list[tuple[int, int, Hashable]] = []
        self._waiting: dict[Hashable, tuple[int, Callable[[], None]]] = {}
        self._running: set[Hashable] = set()
        self._workers: list[threading.Thread] = []
        self._order = itertools.count()
        self._closed = False

    def submit(self, key: Hashable, job: Callable[[], None], priority: int = 0) -> bool:
        """Queue ``job`` under ``key``; False if that key is already waiting or running."""
        with self._lock:
            if self._closed or key in self._running:
                return False
            known = self._waiting.get(key)
            if known is not None and known[0] >= priority:
                return False
            self._waiting[key] = (priority, job)
            heapq.heappush(self._heap, (-priority, next(self._order), key))
            if len(self._workers) < self._threads:
                worker = threading.Thread(
                    target=self._work, name=f"{self._name}-{len(self._workers)}", daemon=True
                )
                self._workers.append(worker)
                worker.start()
            self._lock.notify()
            return known is None

    def withdraw(self, keep: Callable[[Hashable], bool]) -> list[Hashable]:
        """Drop every waiting job whose key ``keep`` refuses; return their keys."""
        with self._lock:
            dropped = [key for key in self._waiting if not keep(key)]
            for key in dropped:
                del self._waiting[key]
            if not self._waiting and not self._running:
                self._lock.notify_all()
            return dropped

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
            self._lock.notify_all()

    def _work(self) -> None:
        while True:
            with self._lock:
                key, job = self._next()
                if job is None:
                    return
                self._running.add(key)
            try:
                job()
            except Exception:  # a job must never take its worker down with it
                log.exception("job %r failed", key)
            finally:
                with self._lock:
                    self._running.discard(key)
                    self._lock.notify_all()

    def _next(self) -> tuple[Hashable, Callable[[], None] | None]:
        """The most urgent waiting job (call with the lock held); None once closed."""
        while not self._closed:
            while self._heap:
                negative, _, key = heapq.heappop(self._heap)
                entry = self._waiting.get(key)
                if entry is not None and entry[0] == -negative:  # else withdrawn or re-prioritised
                    del self._waiting[key]
                    return key, entry[1]
            self._lock.wait()
        return None, None
