"""Where each photo goes on the map: its own position, else an estimate from its time.

A photo's own position is the manifest's ``at:``, else what the caller knows (the
photo's GPS, read by ``viewer.model.metadata`` and handed in as a mapping, so this
module reads no files). A photo with only a time is placed on the route between the
*anchors* around it in time, the stops and photos whose time and position are both
known, at the share of the way between them that its time is of theirs: measured
along the route's length, so a train that spends an hour crossing a plain and a
minute in a tunnel is placed where it would be at a steady speed. Such a position is
marked ``approximate`` (the map draws it hollow); before the first anchor or after
the last it is the first or last anchor's place. A photo with no time and no
position, or a trip with no anchor, gets none.

The route is the GPX's when there is one: each anchor is found at the route's point
nearest it. Otherwise it is the anchors themselves in time order, joined straight.
Between two points, the estimate lies on the straight line the map draws (in
Mercator's plane), not on the great circle.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from datetime import datetime

from viewer.model.geo import LatLon, ground_km, mercator_lat, mercator_y
from viewer.model.route import Route, route_of
from viewer.model.trip import Trip, utc_instant

_CHUNK = 32  # route segments per box in the search for the nearest point


def place_photos(
    trip: Trip, known: Mapping[int, LatLon] | None = None, route: Route | None = None
) -> list[LatLon | None]:
    """A position for each photo of ``trip``, by index: given, estimated, or ``None``.

    ``known``: positions from outside the manifest (the photos' GPS), by photo index;
    the manifest's ``at:`` wins over them. ``route``: the trip's, if already read
    (else it is read here: :func:`~viewer.model.route.route_of` reads the GPX).
    """
    known = known or {}
    placed: list[LatLon | None] = [
        photo.position if photo.position is not None else known.get(index)
        for index, photo in enumerate(trip.photos)
    ]
    wanted = [
        (index, utc_instant(photo.time.moment))
        for index, photo in enumerate(trip.photos)
        if placed[index] is None and photo.time is not None
    ]
    if not wanted:
        return placed
    anchors = _anchors(trip, placed)
    if not anchors:
        return placed
    if route is None:
        route = route_of(trip)
    times = [when for when, _ in anchors]
    if route.from_gpx and len(route.points) > 1:
        path = _Path(route.points)
        found: dict[int, float] = {}

        def along(k: int) -> float:
            if k not in found:
                found[k] = path.locate(anchors[k][1])
            return found[k]
    else:
        path = _Path([position for _, position in anchors])

        def along(k: int) -> float:
            return path.along[k]

    for index, when in wanted:
        after = bisect_right(times, when)
        if after == 0:
            distance = along(0)
        elif after == len(anchors):
            distance = along(len(anchors) - 1)
        else:
            start, end = times[after - 1], times[after]
            share = (when - start) / (end - start) if end > start else 0.0
            distance = along(after - 1) + share * (along(after) - along(after - 1))
        placed[index] = path.point_at(distance)
    return placed


def _anchors(trip: Trip, placed: Sequence[LatLon | None]) -> list[tuple[datetime, LatLon]]:
    """The stops and photos with both a time and a position, in time order."""
    anchors = [
        (utc_instant(stop.time.moment), stop.position)
        for stop in trip.stops
        if stop.time is not None and stop.position is not None
    ]
    for photo, position in zip(trip.photos, placed, strict=True):
        if photo.time is not None and position is not None:
            anchors.append((utc_instant(photo.time.moment), position))
    anchors.sort(key=lambda anchor: anchor[0])
    return anchors


class _Path:
    """A polyline with its length so far at each point, in Mercator's plane for drawing."""

    def __init__(self, points: Sequence[LatLon]) -> None:
        self.ys = [mercator_y(point.lat) for point in points]
        self.xs: list[float] = []  # longitudes in radians, unwrapped along the path
        self.along = [0.0]  # kilometres from the start to each point
        previous: LatLon | None = None
        for point in points:
            lon = point.lon
            if previous is not None:
                lon = math.degrees(self.xs[-1]) + (lon - previous.lon + 180.0) % 360.0 - 180.0
                self.along.append(
                    self.along[-1] + ground_km(previous.lat, previous.lon, point.lat, point.lon)
                )
            self.xs.append(math.radians(lon))
            previous = point
        self._boxes: list[tuple[int, float, float, float, float]] | None = None

    def point_at(self, distance: float) -> LatLon:
        """The point ``distance`` km along the path (at an end if beyond it), marked approximate."""
        last = len(self.along) - 1
        k = min(max(bisect_right(self.along, distance) - 1, 0), max(last - 1, 0))
        if last == 0:
            x, y = self.xs[0], self.ys[0]
        else:
            length = self.along[k + 1] - self.along[k]
            share = min(max((distance - self.along[k]) / length, 0.0), 1.0) if length > 0 else 0.0
            x = self.xs[k] + share * (self.xs[k + 1] - self.xs[k])
            y = self.ys[k] + share * (self.ys[k + 1] - self.ys[k])
        lon = (math.degrees(x) + 180.0) % 360.0 - 180.0
        return LatLon(max(-90.0, min(90.0, mercator_lat(y))), lon, approximate=True)

    def locate(self, point: LatLon) -> float:
        """How far along the path (km) its point nearest ``point`` is, nearness in Mercator's plane.

        Segments are looked at box by box, nearest box first, until no box left can
        hold a nearer one: a few dozen segments of a route of thousands.
        """
        if self._boxes is None:
            self._boxes = self._make_boxes()
        y = mercator_y(point.lat)
        best, best_along = math.inf, 0.0
        reach: list[tuple[float, int, float]] = []
        for first, left, right, low, high in self._boxes:
            x = _near(math.radians(point.lon), (left + right) / 2)
            dx = max(left - x, 0.0, x - right)
            dy = max(low - y, 0.0, y - high)
            reach.append((dx * dx + dy * dy, first, x))
        reach.sort()
        last = len(self.xs) - 1
        for bound, first, x in reach:
            if bound >= best:
                break
            for k in range(first, min(first + _CHUNK, last)):
                ax, ay = self.xs[k], self.ys[k]
                dx, dy = self.xs[k + 1] - ax, self.ys[k + 1] - ay
                length = dx * dx + dy * dy
                share = min(max(((x - ax) * dx + (y - ay) * dy) / length, 0.0), 1.0) if length else 0.0
                ex, ey = x - ax - share * dx, y - ay - share * dy
                distance = ex * ex + ey * ey
                if distance < best:
                    best = distance
                    best_along = self.along[k] + share * (self.along[k + 1] - self.along[k])
        return best_along

    def _make_boxes(self) -> list[tuple[int, float, float, float, float]]:
        boxes = []
        for first in range(0, max(len(self.xs) - 1, 1), _CHUNK):
            xs = self.xs[first : first + _CHUNK + 1]
            ys = self.ys[first : first + _CHUNK + 1]
            boxes.append((first, min(xs), max(xs), min(ys), max(ys)))
        return boxes


def _near(x: float, centre: float) -> float:
    """Longitude ``x`` (radians) moved by whole turns to within half a turn of ``centre``."""
    return centre + (x - centre + math.pi) % math.tau - math.pi
