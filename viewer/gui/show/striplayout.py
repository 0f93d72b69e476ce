"""Placing a trip on the timeline strip, off the UI thread when the trip is big.

Placing is linear in the photos plus a sort, with the photos' metadata laid
under the manifest first: quick for a trip of a few hundred photos, done at once
so the window's first frame has its strip, and long enough to be felt for
100,000, done on a worker so the window never stalls meanwhile.
Only the latest request's layout is handed over.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from viewer.gui.show.relay import Relay
from viewer.imaging.jobs import JobQueue
from viewer.model.metadata import PhotoMetadata
from viewer.model.resolve import shown_trip
from viewer.model.timeline import Layout, lay_out
from viewer.model.trip import Trip

AT_ONCE = 1_000  # photos placed on the UI thread, quickly; more go to the worker


class _Relay(Relay):
    done = Signal(int, object, float)  # request number, Layout, seconds it took


class StripLayouts(QObject):
    """Lays trips out for the strip.

    Signals:
        ready(Layout): the layout of the latest trip asked for.
    """

    ready = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = JobQueue(1, "strip-layout")
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self.destroyed.connect(self._jobs.close)
        self._requests = 0
        self.took = 0.0  # seconds the last layout took: placing again sooner would only queue up

    @staticmethod
    def places_behind(trip: Trip) -> bool:
        """Whether ``trip`` is placed on the worker (big), not at once."""
        return len(trip.photos) > AT_ONCE

    def place(self, trip: Trip, found: Mapping[Path, PhotoMetadata]) -> None:
        """Lay out ``trip`` with what ``found`` (metadata by file, not changed afterwards) adds."""
        self._requests += 1
        number, relay = self._requests, self._relay
        if not self.places_behind(trip):
            self.ready.emit(lay_out(shown_trip(trip, found)))
            return

        def job() -> None:
            started = time.monotonic()
            layout = lay_out(shown_trip(trip, found))
            relay.send("done", number, layout, time.monotonic() - started)

        self._jobs.withdraw(lambda key: False)
        self._jobs.submit(number, job)

    def wait_idle(self, seconds: float | None = None) -> bool:
        return self._jobs.wait_idle(seconds)

    @Slot(int, object, float)
    def _on_done(self, number: int, layout: Layout, took: float) -> None:
        self.took = took
        if number == self._requests:
            self.ready.emit(layout)
