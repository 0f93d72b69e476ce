"""Laying the trip out on the route map, off the UI thread, for each shape of map a view asks for.

A layout (``viewer.model.maplayout``) reads the route's GPX and the coastlines and
projects thousands of points: tenths of a second for the sample trip, seconds for a
GPX of a million points, so it is made on a worker. The GPX is read once per trip
version and the coastlines' index once per run: a view that changes shape (a resize,
the console beside the window) costs only the projection again.

Views ask for an aspect ratio (:meth:`MapLayouts.want`) and take from ``ready`` the
layouts of the shape they have; the latest layout of each shape is kept
(:meth:`MapLayouts.latest`) for a view made mid-show.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from viewer.imaging.jobs import JobQueue
from viewer.model.coastlines import Atlas
from viewer.model.maplayout import MapLayout, lay_out_map
from viewer.model.metadata import PhotoMetadata
from viewer.model.resolve import shown_trip
from viewer.model.route import Route, route_of
from viewer.model.trip import Trip

log = logging.getLogger(__name__)


def shape_key(aspect: float) -> float:
    """Aspect ratios that differ by under 1 % share a layout (a few pixels of difference)."""
    return round(aspect, 2)


def has_places(trip: Trip) -> bool:
    """Whether the manifest itself puts the trip on a map: a route, or a stop or photo with a position."""
    return (
        trip.route is not None
        or any(stop.position is not None for stop in trip.stops)
        or any(photo.position is not None for photo in trip.photos)
    )


class _Relay(QObject):
    done = Signal(int, float, object)  # the trip's version, the shape asked for, MapLayout


class MapLayouts(QObject):
    """The open trip's map layouts, one per shape of map on screen.

    Signals:
        ready(float, MapLayout): a layout of the current trip version for a shape asked for
            (:func:`shape_key`); views take those of their shape. A layout's own aspect
            can differ from the one asked for (a world map is no wider than the world).
        cleared(): a new trip or version: layouts of the last one are out of date.
    """

    ready = Signal(float, object)
    cleared = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = JobQueue(1, "map-layout")
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self.destroyed.connect(self._jobs.close)
        self._version = 0
        self._requests = 0
        self._trip: Trip | None = None
        self._found: Mapping[Path, PhotoMetadata] = {}
        self._wanted: set[float] = set()
        self._latest: dict[float, MapLayout] = {}
        # Only ever touched on the worker (one thread): the route of the version being laid out.
        self._atlas = Atlas()
        self._route: tuple[int, Route] | None = None

    def set_trip(self, trip: Trip, found: Mapping[Path, PhotoMetadata]) -> None:
        """Lay out ``trip`` with what its photos' metadata adds (``found``, not changed afterwards).

        The GPX is read again only for a new trip or version, not when only the
        metadata grew (:meth:`update`).
        """
        self._version += 1
        self._trip, self._found = trip, found
        self._latest.clear()
        self.cleared.emit()
        for aspect in self._wanted:
            self._submit(aspect)

    def update(self, found: Mapping[Path, PhotoMetadata]) -> None:
        """The photos' metadata grew (their GPS, their times): lay the same trip out again."""
        if self._trip is None:
            return
        self._found = found
        for aspect in self._wanted:
            self._submit(aspect)

    def want(self, aspect: float) -> MapLayout | None:
        """A view shows a map of ``aspect`` (width / height): its layout comes by ``ready``.

        Returns the layout of that shape already made, if there is one.
        """
        key = shape_key(aspect)
        if key <= 0:
            return None
        known = self._latest.get(key)
        if key not in self._wanted:
            self._wanted.add(key)
            if self._trip is not None:
                self._submit(key)
        return known

    def unwant(self, aspect: float) -> None:
        """A view no longer shows a map of ``aspect``."""
        self._wanted.discard(shape_key(aspect))

    def latest(self, aspect: float) -> MapLayout | None:
        return self._latest.get(shape_key(aspect))

    def wait_idle(self, seconds: float | None = None) -> bool:
        return self._jobs.wait_idle(seconds)

    def _submit(self, aspect: float) -> None:
        trip, found, version, relay = self._trip, self._found, self._version, self._relay
        assert trip is not None
        self._requests += 1

        def job() -> None:
            if self._route is None or self._route[0] != version:
                self._route = (version, route_of(trip))
            route = self._route[1]
            layout = lay_out_map(shown_trip(trip, found), None, aspect, route=route, atlas=self._atlas)
            relay.done.emit(version, aspect, layout)

        # A newer request for the same shape replaces one that has not started.
        self._jobs.withdraw(lambda key: key[0] != aspect)  # type: ignore[index]
        self._jobs.submit((aspect, self._requests), job)

    @Slot(int, float, object)
    def _on_done(self, version: int, key: float, layout: MapLayout) -> None:
        if version != self._version:
            return
        self._latest[key] = layout
        self.ready.emit(key, layout)
