"""Laying the trip out on the route map, off the UI thread, for each shape of map a view asks for.

A layout (``viewer.model.maplayout``) reads the route's GPX and the coastlines and
projects thousands of points: tenths of a second for the sample trip, seconds for a
GPX of a million points, so it is made on a worker. The GPX is read once per trip
version and the coastlines' index once per run: a view that changes shape (a resize,
the console beside the window) costs only the projection again.

Nothing is laid out until :meth:`MapLayouts.start` (the show's first photo painted):
reading coastlines beside the first decode would keep the first photo waiting for a
core and for the interpreter lock.

Views ask for an aspect ratio (:meth:`MapLayouts.want`), of the whole trip or of
its photos alone (``detail``, for an inset), and take from ``ready`` the layouts of
the shape they asked for; the latest layout of each is kept for a view made mid-show.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from viewer.imaging.jobs import JobQueue
from viewer.model.coastlines import Atlas
from viewer.model.collector import collector_paused
from viewer.model.maplayout import MapLayout, lay_out_map
from viewer.model.metadata import PhotoMetadata
from viewer.model.resolve import shown_trip
from viewer.model.route import Route, route_of
from viewer.model.trip import Trip

log = logging.getLogger(__name__)


Shape = tuple[float, bool]  # an aspect ratio (see shape_key), and whether of the photos alone


def shape_key(aspect: float, detail: bool = False) -> Shape:
    """Aspect ratios that differ by under 1 % share a layout (a few pixels of difference)."""
    return round(aspect, 2), detail


def has_places(trip: Trip) -> bool:
    """Whether the manifest itself puts the trip on a map: a route, or a stop or photo with a position."""
    return (
        trip.route is not None
        or any(stop.position is not None for stop in trip.stops)
        or any(photo.position is not None for photo in trip.photos)
    )


class _Relay(QObject):
    done = Signal(int, object, object)  # the trip's version, the Shape asked for, MapLayout


class MapLayouts(QObject):
    """The open trip's map layouts, one per shape of map on screen.

    Signals:
        ready(tuple, MapLayout): a layout of the current trip version for a shape asked for
            (:func:`shape_key`); views take those of their shape. A layout's own aspect
            can differ from the one asked for (a world map is no wider than the world).
        cleared(): a new trip or version: layouts of the last one are out of date.
    """

    ready = Signal(object, object)
    cleared = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = JobQueue(1, "map-layout")
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self.destroyed.connect(self._jobs.close)
        self._version = 0
        self._requests = 0
        self._pending: dict[Shape, int] = {}  # shapes being laid out, by request
        self._started = False
        self._trip: Trip | None = None
        self._found: Mapping[Path, PhotoMetadata] = {}
        self._wanted: dict[Shape, int] = {}  # how many views show a map of each shape
        self._latest: dict[Shape, MapLayout] = {}
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
        self._pending.clear()
        self.cleared.emit()
        for shape in self._wanted:
            self._submit(shape)

    def start(self) -> None:
        """The first photo is on screen: lay out what the views have asked for so far."""
        if self._started:
            return
        self._started = True
        if self._trip is not None:
            for shape in self._wanted:
                self._submit(shape)

    def update(self, found: Mapping[Path, PhotoMetadata]) -> None:
        """The photos' metadata grew (their GPS, their times): lay the same trip out again."""
        if self._trip is None:
            return
        self._found = found
        for shape in self._wanted:
            self._submit(shape)

    def want(self, shape: Shape) -> MapLayout | None:
        """A view shows a map of ``shape`` (:func:`shape_key`): its layout comes by ``ready``.

        Returns the layout of that shape already made, if there is one. Views that
        share a shape share its layout; it is made while any of them wants it (each
        ``want`` is undone by one :meth:`unwant`).
        """
        if shape[0] <= 0:
            return None
        known = self._latest.get(shape)
        self._wanted[shape] = self._wanted.get(shape, 0) + 1
        if known is None and self._trip is not None and not self._pending.get(shape):
            self._submit(shape)
        return known

    def unwant(self, shape: Shape) -> None:
        """A view that wanted ``shape`` no longer shows it."""
        left = self._wanted.pop(shape, 0) - 1
        if left > 0:
            self._wanted[shape] = left

    def latest(self, shape: Shape) -> MapLayout | None:
        return self._latest.get(shape)

    def wait_idle(self, seconds: float | None = None) -> bool:
        return self._jobs.wait_idle(seconds)

    def _submit(self, shape: Shape) -> None:
        if not self._started:
            return  # laid out at start()
        trip, found, version, relay = self._trip, self._found, self._version, self._relay
        assert trip is not None
        self._requests += 1
        self._pending[shape] = self._requests
        aspect, detail = shape

        def job() -> None:
            if self._route is None or self._route[0] != version:
                self._route = (version, route_of(trip))
            route = self._route[1]
            with collector_paused():
                shown = shown_trip(trip, found)
                layout = lay_out_map(shown, None, aspect, route=route, atlas=self._atlas, detail=detail)
            relay.done.emit(version, shape, layout)

        # A newer request for the same shape replaces one that has not started.
        self._jobs.withdraw(lambda key: key[0] != shape)  # type: ignore[index]
        self._jobs.submit((shape, self._requests), job)

    @Slot(int, object, object)
    def _on_done(self, version: int, shape: Shape, layout: MapLayout) -> None:
        if version != self._version:
            return
        self._pending.pop(shape, None)
        self._latest[shape] = layout
        self.ready.emit(shape, layout)
