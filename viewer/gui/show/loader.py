"""Decode photos on worker threads and keep the recent ones in a cache bounded in bytes.

The window asks for the current photo at its size in device pixels; the loader
answers from the cache or starts a decode on its worker threads, and prefetches
the neighbours in the direction of travel. The cache is keyed by file and size,
so a reloaded trip keeps what it already decoded. Results come back to the UI
thread through a queued signal, tagged with the file's version and the size
they were made for: a result for a file that has since changed or left the
trip, or for an old window size, is simply dropped.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SIGNAL, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from viewer.gui.show.pixels import SCREEN_SCALER, stored_qimage, to_qimage
from viewer.gui.show.relay import Relay
from viewer.imaging.decode import Decoded, DecodeError, decode_photo
from viewer.imaging.jobs import Job, JobQueue, Stopped

log = logging.getLogger(__name__)

DEFAULT_BUDGET = 64 * 1024 * 1024  # bytes of decoded pixels kept around (9 full-HD photos)
PHOTO_BAND = 10_000_000  # a photo on its way to the screen goes before any thumbnail
PREFETCH_AHEAD = 4
PREFETCH_BEHIND = 1
QUEUE_CHUNK = 150  # photos queued for decoding per turn of the event loop, so a turn stays short
QUEUE_PAUSE_MS = 2  # between two chunks, for the window's other events

Box = tuple[int, int]


@dataclass(frozen=True)
class LoadedPhoto:
    """A decoded photo, or the reason it could not be decoded."""

    image: QImage | None
    error: str | None = None
    nbytes: int = 0
    size: tuple[int, int] | None = None  # the upright photo's own size, in its pixels


def decode_for_screen(path: Path, box: Box, stop: Callable[[], bool] | None = None) -> Decoded:
    """The window's decoder: :func:`decode_photo`, sized by Qt where that is quicker."""
    return decode_photo(path, box, stop, SCREEN_SCALER)


def positions(paths: list[Path]) -> dict[Path, list[int]]:
    """Where each file stands in the trip (a file may be shown more than once)."""
    found: dict[Path, list[int]] = {}
    for index, path in enumerate(paths):
        found.setdefault(path, []).append(index)
    return found


class _Relay(Relay):
    """Carries results from worker threads to the loader in the UI thread."""

    finished = Signal(object, int, object, object)  # path, version, box, LoadedPhoto
    batch = Signal(object, object)  # box, [(path, version, LoadedPhoto)]
    preloaded = Signal(int)  # the number of the preload that has ended


class Decoder(Protocol):
    """Decodes a photo to fit a box; gives up with ``Stopped`` once ``stop()`` says so."""

    def __call__(self, path: Path, box: Box, stop: Callable[[], bool] | None = None, /) -> Decoded: ...


Afterwards = Callable[[Path, Decoded], None]
# Stored pixels of many files in batches, never decoding (a disk cache's read_many).
Lookup = Callable[[list[Path], Box], Iterable[list[tuple[Path, Decoded]]]]


def _decode(
    decoder: Decoder, path: Path, box: Box, stop: Callable[[], bool] | None = None
) -> tuple[LoadedPhoto, Decoded | None]:
    """The photo for the UI thread, and its pixels for ``afterwards`` (None if it failed)."""
    try:
        decoded = decoder(path, box, stop)
    except Stopped:
        raise  # the queue knows what to do with it
    except DecodeError as exc:
        return LoadedPhoto(None, str(exc)), None
    except Exception as exc:  # never let a worker die silently
        log.exception("decoding %s failed", path)
        return LoadedPhoto(None, f"unexpected error: {exc}"), None
    return LoadedPhoto(to_qimage(decoded), nbytes=decoded.nbytes, size=decoded.source_size), decoded


def _after(afterwards: Afterwards, path: Path, decoded: Decoded) -> None:
    """``afterwards`` once the photo is on its way: its failure never costs the photo."""
    try:
        afterwards(path, decoded)
    except Exception:
        log.exception("after decoding %s", path)


class PhotoLoader(QObject):
    """Decoded photos for the window, asked for by index, at the window's size.

    Signals:
        ready(int): the photo at this index is now available for the current size.
        arrived(list): these indexes became available together (one decode, or a batch
            read from a disk cache); for views that redraw once for many photos.
    """

    ready = Signal(int)
    arrived = Signal(object)  # a list, passed as it is: Signal(list) copies it through Qt

    def __init__(
        self,
        budget: int = DEFAULT_BUDGET,
        threads: int = 2,
        decoder: Decoder | None = None,  # default: decode_for_screen
        parent: QObject | None = None,
        jobs: JobQueue | None = None,
        urgent: bool = True,
        afterwards: Afterwards | None = None,
    ) -> None:
        """``jobs``: worker threads shared with another loader; ``urgent``: this loader's
        work goes before a non-urgent one's (the photo on screen before strip thumbnails);
        ``afterwards``: called on the worker with each decoded photo (to make its thumbnail)."""
        super().__init__(parent)
        self.budget = budget
        self._decoder = decoder
        self._afterwards = afterwards
        self._band = PHOTO_BAND if urgent else 0
        self._paths: list[Path] = []
        self._indexes: dict[Path, list[int]] = {}  # a file may appear more than once
        self._firsts: list[int] = []  # where each file first appears, in trip order
        self._queueing = 0  # the latest request_all, whose chunks are still being queued
        self._versions: dict[Path, int] = {}  # bumped when a file changes on disk
        self._box: Box = (1, 1)
        self._current = -1  # the photo last asked for: on screen, never evicted for prefetch
        self._preloads = 0
        self._preload_over = True  # no preload under way
        self._rest_wanted = True
        self._direction = 1
        self._prefetch_pending = False
        self._cache: OrderedDict[tuple[Path, Box], LoadedPhoto] = OrderedDict()
        self._delivering: set[tuple[int, Path, int, Box]] = set()  # decoded, on its way to _on_finished
        self._wanted: set[tuple[int, Path, int, Box]] = set()  # queued by want()
        self._cached_bytes = 0
        self._jobs = jobs or JobQueue(threads, "decode")
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.batch.connect(self._on_batch)
        self._relay.preloaded.connect(self._on_preloaded)
        if jobs is None:
            self.destroyed.connect(self._jobs.close)

    # -- what the window asks ----------------------------------------------------

    def set_photos(
        self, paths: list[Path], indexes: dict[Path, list[int]] | None = None, same_files: bool = False
    ) -> None:
        """The trip's photos, in order; what is decoded of files still in it is kept.

        ``indexes``: where each file stands (:func:`positions`), if known already; not changed here.
        ``same_files``: the caller knows these are the files already set, in another order
        (a folder's order settling), so they are not compared again on the UI thread.
        """
        same_files = same_files or (indexes is not None and indexes.keys() == self._indexes.keys())
        self._paths = list(paths)
        self._indexes = indexes if indexes is not None else positions(self._paths)
        self._firsts = [places[0] for places in self._indexes.values()]  # each file once
        self._queueing += 1  # a request_all under way for the last photos stops
        self._current = -1
        if same_files:  # in another order (a folder's order settling): all still wanted, all kept
            return
        self._jobs.withdraw(lambda key: False, group=id(self))
        for key in [key for key in self._cache if key[0] not in self._indexes]:
            self._cached_bytes -= self._cache.pop(key).nbytes

    def clear(self) -> None:
        """Let go of every decoded photo (the window closes; what is on screen stays there)."""
        self._cache.clear()
        self._cached_bytes = 0

    def forget(self, paths: list[Path]) -> None:
        """These files changed on disk: decode them again when next asked."""
        for path in paths:
            self._versions[path] = self._versions.get(path, 0) + 1
            for key in [key for key in self._cache if key[0] == path]:
                self._cached_bytes -= self._cache.pop(key).nbytes

    def set_box(self, box: Box) -> None:
        """The size photos are shown at, in device pixels."""
        self._box = (max(1, box[0]), max(1, box[1]))

    def fit_budget(self, least: int) -> None:
        """Make room for the photos on their way to the screen at the current size.

        At least ``least`` bytes, and never less than the photo on screen with
        its prefetched neighbours, so a 4K screen does not evict what it prefetched.
        """
        photo = self._box[0] * self._box[1] * 4
        self.budget = max(least, photo * (PREFETCH_AHEAD + PREFETCH_BEHIND + 2))

    @property
    def box(self) -> Box:
        return self._box

    def holds_photos(self) -> bool:
        """Whether any of the trip's photos is decoded, or on its way to the cache, at the current size."""
        return any(box == self._box and path in self._indexes for path, box in self._cache) or any(
            box == self._box and path in self._indexes for _, path, _, box in self._delivering
        )

    @property
    def cached_bytes(self) -> int:
        return self._cached_bytes

    def get(self, index: int) -> LoadedPhoto | None:
        """The photo at ``index`` for the current size, if it is decoded."""
        if not 0 <= index < len(self._paths):
            return None
        key = (self._paths[index], self._box)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
        return found

    def request(self, index: int, direction: int = 1) -> None:
        """Make sure ``index`` gets decoded, then its neighbours ahead and behind.

        The neighbours wait until ``index`` itself is decoded: decoded alongside it they
        would only share the cores with the photo the person is waiting for (at start-up,
        after a jump, or while a clicker races ahead and skips them anyway). A racing
        clicker's next photo is the exception: it starts at once, beside this one.
        """
        previous = self._current
        self._current, self._direction = index, direction
        step = 1 if direction >= 0 else -1
        window = [index]
        window += [index + step * n for n in range(1, PREFETCH_AHEAD + 1)]
        window += [index - step * n for n in range(1, PREFETCH_BEHIND + 1)]
        window = [i for i in window if 0 <= i < len(self._paths)]
        keep = {self._job_key(i) for i in window}
        ahead = {self._job_key(i) for i in window[: PREFETCH_AHEAD + 1]}
        # Work queued for photos the person has moved away from is dropped, and their
        # decodes under way stop (the one just left too: a clicker racing ahead never
        # waits for it); what is queued for this photo's neighbours stays, behind it.
        self._jobs.withdraw(
            lambda key: key in keep,
            stop=lambda key: key not in ahead and not self._not_mine(key),
            group=id(self),
        )
        self._prefetch_pending = self.get(index) is None
        wanted = [index] if self._prefetch_pending else window
        if self._prefetch_pending and 0 <= previous == index - step and self.get(previous) is None:
            # A clicker racing ahead of the decoding (the photo just left never came):
            # the next one is asked for in a moment, so it starts now, on the other core.
            wanted += [index + step] if 0 <= index + step < len(self._paths) else []
        for rank, wanted_index in enumerate(wanted):
            self._start(wanted_index, priority=len(window) - rank, preempt=rank == 0)

    def want(self, indexes: Sequence[int], priority: int) -> None:
        """Decode these photos, the first first, from ``priority`` down; no others.

        What an earlier call queued for photos left out is dropped, and their decodes
        under way stop. Only those jobs are looked up, not the whole shared queue, so
        this stays quick with a huge trip's strip thumbnails waiting in it.
        """
        keys = {index: self._job_key(index) for index in indexes if 0 <= index < len(self._paths)}
        self._jobs.drop(self._wanted.difference(keys.values()))
        self._wanted = set(keys.values())
        for rank, index in enumerate(keys):
            self._start(index, priority - rank)

    def decode_here(self, index: int, decoder: Decoder) -> None:
        """Decode photo ``index`` with ``decoder`` now, on the calling (UI) thread.

        Only for pixels at hand that need sizing alone, a few milliseconds: the head
        start's. Its thumbnail is still made on a worker.
        """
        _, path, version, box = key = self._job_key(index)
        if (path, box) in self._cache or key in self._delivering:
            return
        loaded, decoded = _decode(decoder, path, box)
        indexes = self._take(path, version, box, loaded)
        afterwards = self._afterwards
        if afterwards is not None and decoded is not None:
            self._jobs.submit(
                ("afterwards", path, box), lambda: _after(afterwards, path, decoded), self._band
            )
        self._announce(indexes)

    def request_all(self) -> None:
        """Decode every photo, in order, behind any other work (strip thumbnails).

        Each file once, however often the trip shows it, and queued ``QUEUE_CHUNK`` at a
        time, a turn of the event loop each: 100,000 photos never hold the window up.
        """
        self._queueing += 1
        self._queue_from(self._queueing, 0)

    def _queue_from(self, queueing: int, start: int) -> None:
        if queueing != self._queueing:
            return  # another trip, or another request_all, since
        # One call, one lock: a submit each woke a worker, and each woken worker took the
        # interpreter lock from this thread.
        jobs = []
        for index in self._firsts[start : start + QUEUE_CHUNK]:
            made = self._job(index)
            if made is not None:
                jobs.append((made[0], made[1], self._band - index))
        self._jobs.submit_many(jobs, group=id(self))
        if start + QUEUE_CHUNK < len(self._firsts):
            # Not 0 ms: chained zero timers ran back to back, the heartbeat saw one long stall.
            QTimer.singleShot(QUEUE_PAUSE_MS, self, lambda: self._queue_from(queueing, start + QUEUE_CHUNK))

    def fetch(self, indexes: list[int]) -> None:
        """Decode these photos next, before the rest of :meth:`request_all`'s, withdrawing nothing."""
        for rank, index in enumerate(indexes):
            if 0 <= index < len(self._paths):
                self._start(index, priority=len(indexes) - rank)

    def held(self) -> dict[int, LoadedPhoto]:
        """Every photo decoded at the current size, by index."""
        found: dict[int, LoadedPhoto] = {}
        for (path, box), loaded in self._cache.items():
            if box == self._box:
                for index in self._indexes.get(path, ()):
                    found[index] = loaded
        return found

    def preload(
        self,
        lookup: Lookup,
        jobs: JobQueue,
        decode_rest: bool = True,
        at_hand: list[list[tuple[Path, Decoded]]] | None = None,
    ) -> None:
        """Take what ``lookup`` (a disk cache) holds in one job on ``jobs``, then decode the rest.

        Reading 500 stored thumbnails is a fraction of a second: it must not wait behind
        the decoding of photos in the shared queue. They reach the UI thread a batch at a
        time, one signal each; what the cache lacks is queued as `request_all` does once
        the lookup is over, so no stored thumbnail is read twice. ``decode_rest``: False
        to hold that decoding back until :meth:`decode_rest` is called. ``at_hand``: the
        lookup's answer, read already (before the window was built): taken at once.
        """
        paths, box, relay = list(self._indexes), self._box, self._relay  # each file once
        versions = dict(self._versions)  # the few files changed since they were listed
        self._preloads += 1
        number = self._preloads
        self._preload_over, self._rest_wanted = False, decode_rest

        def stored(found: list[tuple[Path, Decoded]]) -> list[tuple[Path, int, LoadedPhoto]]:
            return [
                (
                    path,
                    versions.get(path, 0),
                    LoadedPhoto(stored_qimage(pixels), nbytes=pixels.nbytes, size=pixels.source_size),
                )
                for path, pixels in found
            ]

        if at_hand is not None:  # in memory already: no file work left for a thread
            for found in at_hand:
                self._on_batch(box, stored(found))
            self._on_preloaded(number)
            return

        def job() -> None:
            try:
                for found in lookup(paths, box):
                    relay.send("batch", box, stored(found))
            finally:
                relay.send("preloaded", number)

        if not jobs.submit(("preload", id(self), number), job):
            self._on_preloaded(number)  # the cache reader is closing: decode everything

    def decode_rest(self) -> None:
        """Decode what the disk cache lacked, once the preload is over (see :meth:`preload`).

        Asking again, or when nothing was held back, does nothing.
        """
        if self._rest_wanted:
            return
        self._rest_wanted = True
        if self._preload_over:
            self.request_all()

    def wait_idle(self, msecs: int = -1) -> bool:
        """Block until no decode waits or runs (for shutdown and tests)."""
        return self._jobs.wait_idle(None if msecs < 0 else msecs / 1000)

    # -- internals -----------------------------------------------------------------

    def _job_key(self, index: int) -> tuple[int, Path, int, Box]:
        path = self._paths[index]
        return id(self), path, self._versions.get(path, 0), self._box

    def _not_mine(self, key: object) -> bool:
        """A job of another loader sharing the threads: never withdrawn by this one."""
        return not (isinstance(key, tuple) and key[0] == id(self))

    def _start(self, index: int, priority: int, preempt: bool = False) -> None:
        """Queue photo ``index``; ``preempt``: the person waits for it, so it may take
        a worker from less urgent work (another loader's, such as strip thumbnails)."""
        made = self._job(index)
        if made is not None:
            key, job = made
            preempt_below = self._band if preempt else None
            self._jobs.submit(key, job, self._band + priority, preempt_below, group=id(self))

    def _job(self, index: int) -> tuple[Hashable, Job] | None:
        """The decode of photo ``index`` as a job and its key; None if decoded or on its way."""
        _, path, version, box = key = self._job_key(index)
        if (path, box) in self._cache or key in self._delivering:
            return None  # decoded already, or its result is waiting in the event queue
        relay, decoder, afterwards, jobs, delivering = (
            self._relay,
            self._decoder or decode_for_screen,
            self._afterwards,
            self._jobs,
            self._delivering,
        )

        def job() -> None:
            loaded, decoded = _decode(decoder, path, box, stop=lambda: jobs.stopping(key))
            delivering.add(key)  # the job counts as done from here: no one may queue it again
            relay.send("finished", path, version, box, loaded)
            if afterwards is not None and decoded is not None:
                _after(afterwards, path, decoded)  # the strip's thumbnail: after the person's photo

        return key, job

    @Slot(object, int, object, object)
    def _on_finished(self, path: Path, version: int, box: Box, result: LoadedPhoto) -> None:
        self._delivering.discard((id(self), path, version, box))
        indexes = self._take(path, version, box, result)
        if not indexes:
            return
        current = self._current
        if self._prefetch_pending and 0 <= current < len(self._paths) and self._paths[current] == path:
            # The photo is in: now its neighbours, queued before anyone told of it can
            # queue other work (strip thumbnails) that an idle worker would take first.
            self.request(current, self._direction)
        self._announce(indexes)

    @Slot(object, object)
    def _on_batch(self, box: Box, results: list[tuple[Path, int, LoadedPhoto]]) -> None:
        indexes = [
            index for path, version, result in results for index in self._take(path, version, box, result)
        ]
        self._announce(indexes)

    def _announce(self, indexes: list[int]) -> None:
        """Tell of photos just kept: one ``ready`` each, then one ``arrived`` for them all.

        ``ready`` only if someone listens: a thumbnail of a file a trip lists 200 times
        would otherwise be 200 signals for nobody.
        """
        if self.receivers(SIGNAL("ready(int)")):
            for index in indexes:
                self.ready.emit(index)
        if indexes:
            self.arrived.emit(indexes)

    @Slot(int)
    def _on_preloaded(self, number: int) -> None:
        if number != self._preloads:
            return  # another trip was set since: its own preload follows
        self._preload_over = True
        if self._rest_wanted:
            self.request_all()

    def _take(self, path: Path, version: int, box: Box, result: LoadedPhoto) -> list[int]:
        """Keep a result; the indexes it fills, none if it came too late to be wanted."""
        if path not in self._indexes or version != self._versions.get(path, 0) or box != self._box:
            return []  # the file left the trip or changed since, or the window's size changed
        key = (path, box)
        if key in self._cache:
            return []
        self._cache[key] = result
        self._cached_bytes += result.nbytes
        self._evict(protect=key)
        return list(self._indexes[path])

    def _evict(self, protect: tuple[Path, Box]) -> None:
        if self._cached_bytes <= self.budget:
            return
        keep = {protect}
        if 0 <= self._current < len(self._paths):
            keep.add((self._paths[self._current], self._box))
        while self._cached_bytes > self.budget:
            # The least recently used that may go: found from the old end, not by copying
            # the whole cache (2,700 strip thumbnails) for every one that comes in.
            oldest = next((key for key in self._cache if key not in keep), None)
            if oldest is None:
                break
            self._cached_bytes -= self._cache.pop(oldest).nbytes
