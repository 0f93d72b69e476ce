"""What the show needs first, begun while the window is still being built.

At start-up a person waits for one thing: the first photo. Its decode (80 ms or
more for a 24-megapixel JPEG) needs only the file and roughly how big it will
be shown, not the window; importing Qt and building the window take longer than
that. So ``viewer.cli`` begins a :class:`HeadStart` once the trip is loaded,
before Qt is imported, for the screen the window opened on last time (or a
full-HD one), and the decode runs on its own thread meanwhile, with the GIL
released inside libjpeg. Once Qt can say how big the screen really is,
``viewer.gui.app`` keeps it if its box holds the real one, or begins another.
It decodes for the whole window (the photo's area is smaller, so the pixels are
enough), and :meth:`HeadStart.decode` sizes them to the photo area's exact box
once the loader asks for it. Anything else (another photo, a box it cannot
cover, a file it could not read) is decoded the usual way, which also gives the
usual error.

:class:`StoredStrip` does the same for the strip: its stored thumbnails are read
from the disk cache meanwhile, so the strip is full from its first paint. No Qt here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from viewer.imaging.decode import (
    Decoded,
    DecodeError,
    Prepared,
    Scaler,
    decode_photo,
    finish_photo,
    prepare_photo,
    quick_to_finish,
)
from viewer.imaging.thumbcache import ThumbnailCache

log = logging.getLogger(__name__)

Box = tuple[int, int]


class HeadStart:
    """Decodes ``path`` for a window of ``window_box`` device pixels, on a thread of its own.

    ``scaler``: how the pixels are sized to their box, as for :func:`finish_photo`; it
    may be given once Qt is up, before the loader asks for the photo.
    """

    def __init__(self, path: Path, window_box: Box, scaler: Scaler | None = None) -> None:
        self.path = path
        self.window_box = window_box
        self.scaler = scaler
        self._lock = threading.Lock()
        self._prepared: Prepared | None = None
        self._taken = False
        self._thread = threading.Thread(
            target=self._prepare, args=(window_box,), name="decode-head-start", daemon=True
        )
        self._thread.start()

    def decode(self, path: Path, box: Box, stop: Callable[[], bool] | None = None) -> Decoded:
        """A decoder for ``PhotoLoader``: the head start's pixels the first time they fit."""
        prepared = self._take(path)
        if prepared is not None and prepared.covers(box):
            return finish_photo(prepared, box, self.scaler)
        return decode_photo(path, box, stop, self.scaler)

    def ready(self, path: Path, box: Box) -> bool:
        """Whether :meth:`decode` would hand over pixels for ``path`` at ``box`` without waiting.

        The decode is over, was of this photo, its pixels cover the box, and sizing
        them takes a few milliseconds (``scaler`` takes the box: up to full HD), so
        the window may do it on its own thread.
        """
        if self._taken or self._thread.is_alive() or path != self.path:
            return False
        prepared = self._prepared
        return prepared is not None and prepared.covers(box) and quick_to_finish(prepared, box, self.scaler)

    def wait(self) -> None:
        """Block until the decode is over."""
        self._thread.join()

    @property
    def used(self) -> bool:
        """Whether the head start has been handed over (or given up)."""
        return self._taken

    def _take(self, path: Path) -> Prepared | None:
        """The prepared pixels, once, for the photo they are of; waits for the decode."""
        with self._lock:
            if self._taken:
                return None
            self._taken = True  # one chance: whoever comes first, the pixels go
        self._thread.join()
        prepared, self._prepared = self._prepared, None
        return prepared if path == self.path else None

    def _prepare(self, window_box: Box) -> None:
        try:
            self._prepared = prepare_photo(self.path, window_box)
        except DecodeError as exc:  # the loader decodes it again and shows why
            log.info("no head start for %s: %s", self.path, exc)
        except Exception:  # never let the head start break the start
            log.exception("head start for %s failed", self.path)


class StoredStrip:
    """The stored thumbnails of ``photos`` at ``box``, read from ``cache`` on a thread of its own."""

    def __init__(self, cache: ThumbnailCache, photos: list[Path], box: Box) -> None:
        self.cache = cache
        self._photos, self._box = list(dict.fromkeys(photos)), box
        self._batches: list[list[tuple[Path, Decoded]]] = []
        self._lock = threading.Lock()
        self._taken = False
        self._thread = threading.Thread(target=self._read, name="strip-head-start", daemon=True)
        self._thread.start()

    def take_ready(self, photos: list[Path], box: Box) -> list[list[tuple[Path, Decoded]]] | None:
        """The early read's batches if it is over and is what is asked; never waits."""
        if self._thread.is_alive() or not self._claim(photos, box):
            return None
        batches, self._batches = self._batches, []
        return batches

    def read_many(self, photos: list[Path], box: Box) -> Iterator[list[tuple[Path, Decoded]]]:
        """The cache's ``read_many``, answered from the early read the first time it fits."""
        if self._claim(photos, box):
            self._thread.join()
            batches, self._batches = self._batches, []
            yield from batches
        else:
            yield from self.cache.read_many(photos, box)

    def wait(self) -> None:
        """Block until the early read is over."""
        self._thread.join()

    def _claim(self, photos: list[Path], box: Box) -> bool:
        """Whether the early read answers this question; it answers one, the first.

        A first question about other photos means another trip is on screen: the
        early read is let go.
        """
        with self._lock:
            if self._taken:
                return False
            self._taken = True
        if list(dict.fromkeys(photos)) == self._photos and box == self._box:
            return True
        self._thread.join()
        self._batches = []
        return False

    def _read(self) -> None:
        try:
            self._batches = list(self.cache.read_many(self._photos, self._box))
        except Exception:  # the preload reads again, and says why if it fails too
            log.exception("reading the stored strip early failed")
