"""Searching a trip a slice at a time, so typing in find never waits for 100,000 photos.

A search looks through one haystack a photo (``viewer.model.search``), made
from the photo as shown. For the sample's 13 photos all of it is done at once,
as the person types. For 100,000 it takes longer than a person waits between
keys, so it is done in slices of at most
``SLICE_MS`` on the UI thread, between which the window paints and takes the
next key: the haystacks are made from the moment the panel opens (ahead of
the typing), and a query goes through all of them, making those still missing
as it goes. Its results are told at its end, all at once, ranked: the best
match is only known when every photo has been seen. A key typed meanwhile
starts the search again with the new query; the old one is dropped.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from viewer.gui.language import date_words
from viewer.model.resolve import ResolvedPhoto
from viewer.model.search import Query, haystack
from viewer.model.timefmt import ENGLISH

SLICE_MS = 12.0  # the most a slice takes of the UI thread, well under the 50 ms a person feels
CHECK_EVERY = 64  # photos between two looks at the clock


class SlicedSearch(QObject):
    """Searches ``photos`` (set by :meth:`start`) for a query (:meth:`find`), a slice at a time.

    Signals:
        found(str, list): the photos matching this query, best first (indexes of ``photos``).
    """

    found = Signal(str, object)  # a list, passed as it is

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._photos: Sequence[ResolvedPhoto] = ()
        self._haystacks: list[str] = []
        self._words = ENGLISH
        self._query: Query | None = None  # the query under way, None when there is none
        self._next = 0  # the next photo the query looks at
        self._ranked: dict[tuple[int, int], list[int]] = {}  # the matches so far, by rank, in trip order
        self._slices = QTimer(self, singleShot=True, interval=0)
        self._slices.timeout.connect(self._slice)

    def start(self, photos: Sequence[ResolvedPhoto]) -> None:
        """Search these photos from now on, their haystacks made from now (a slice at once)."""
        self._photos, self._haystacks, self._query = photos, [], None
        self._words = date_words()  # months and weekdays in the interface's language, found too
        self._slice()

    def stop(self) -> None:
        """No more slices until the next :meth:`find` (the panel closed)."""
        self._slices.stop()
        self._query = None

    def find(self, text: str) -> None:
        """Look for ``text``; ``found`` tells the result, at once if the first slice sees every photo."""
        query = Query(text)
        if not query:
            self._query = None
            self.found.emit(text, [])
            return
        self._query, self._next, self._ranked = query, 0, {}
        self._slice()

    @property
    def searching(self) -> bool:
        """Whether a query is under way (its results not told yet)."""
        return self._query is not None

    @property
    def made(self) -> int:
        """How many photos have their haystack."""
        return len(self._haystacks)

    @Slot()
    def _slice(self) -> None:
        """Go on with the query, else with the haystacks, for at most ``SLICE_MS``."""
        deadline = time.perf_counter() + SLICE_MS / 1000
        photos, haystacks, total = self._photos, self._haystacks, len(self._photos)
        while True:
            query = self._query
            if query is not None:
                stop = min(total, self._next + CHECK_EVERY)
                for index in range(self._next, stop):
                    if index == len(haystacks):
                        haystacks.append(haystack(photos[index], self._words))
                    if (rank := query.rank(haystacks[index])) is not None:
                        self._ranked.setdefault(rank, []).append(index)
                self._next = stop
                if stop == total:  # a few ranks: joined, not 100,000 matches sorted
                    found = list(
                        itertools.chain.from_iterable(self._ranked[rank] for rank in sorted(self._ranked))
                    )
                    self._query, self._ranked = None, {}
                    self.found.emit(query.text, found)
            elif len(haystacks) < total:
                haystacks += [
                    haystack(photos[index], self._words)
                    for index in range(len(haystacks), total)[:CHECK_EVERY]
                ]
            else:
                return  # all made, nothing asked
            if time.perf_counter() >= deadline:
                self._slices.start()
                return
