"""The trip's path on the Earth, as few points as draw it faithfully.

With a ``route:`` GPX (``viewer.model.gpx``) the path is the file's track, thinned for
drawing to at most :data:`MAX_DRAWN_POINTS`: first every point closer than half a pixel
to the last one kept goes, then the least significant points by Visvalingam-Whyatt,
which takes n log n time whatever the track's shape (Douglas-Peucker takes n times the
points kept on a zigzag: 30 s for a million-point one). The thinning is our own, some
60 lines: the packages on PyPI that do it need numpy (30 MB that the installers would
carry for this alone) or are recursive pure Python, which runs out of stack.

Without a GPX (or when it cannot be read: the route's problem says why, for the map's
banner) the path is the stops that have a position, in time order, joined by straight
lines: straight on the map, not great circles, because nothing is known of the way
between two stops, and a curve would look like knowledge; on a train or road trip the
difference is a hair's breadth anyway.
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from viewer.model.geo import LatLon, made_latlon
from viewer.model.gpx import GpxError, read_gpx
from viewer.model.trip import EARLIEST, Stop, Trip, utc_instant

MAX_DRAWN_POINTS = 4000  # a path of more than this is thinned further
# Douglas-Peucker's first tolerance: this fraction of the path's longer side, some
# half a pixel on a map a thousand pixels across.
_TOLERANCE = 1 / 2000
_LEAST_TOLERANCE = 1e-7  # degrees, a centimetre: a logger standing still is one point


@dataclass(frozen=True)
class Route:
    """The path to draw: ``points`` in order along it.

    ``from_gpx``: the points are the GPX file's (thinned), else the stops'.
    ``problem``: why the trip's GPX was not used (``None`` if it was, or if there is none).
    ``read``: how many points the GPX held, before thinning.
    """

    points: tuple[LatLon, ...]
    from_gpx: bool = False
    problem: str | None = None
    read: int = 0


def route_of(trip: Trip) -> Route:
    """The trip's route: its GPX read and thinned, else its stops joined.

    Reads the GPX file: seconds for a million points, so call it off the UI thread.
    """
    problem = trip.route_problem
    if trip.route is not None and problem is None:
        try:
            lats, lons = read_gpx(trip.route)
        except GpxError as error:
            problem = str(error)
        else:
            return Route(thin(lats, lons), from_gpx=True, read=len(lats))
    return Route(stops_path(trip.stops), problem=problem)


def stops_path(stops: Sequence[Stop]) -> tuple[LatLon, ...]:
    """The positions of the ``stops`` that have one, in time order.

    A stop without a time keeps its place after the stop listed before it, as the
    manifest lists stops in the order they are passed.
    """
    keyed: list[tuple[datetime, int, LatLon]] = []
    last = EARLIEST
    for order, stop in enumerate(stops):
        if stop.time is not None:
            last = utc_instant(stop.time.moment)
        if stop.position is not None:
            keyed.append((last, order, stop.position))
    return tuple(position for _, _, position in sorted(keyed, key=lambda item: item[:2]))


def thin(lats: Sequence[float], lons: Sequence[float], limit: int = MAX_DRAWN_POINTS) -> tuple[LatLon, ...]:
    """The path through ``lats``/``lons`` in at most ``limit`` points, keeping its shape.

    Longitudes are unwrapped along the path while thinning, so a track across the
    antimeridian is thinned as the one stroke it is.
    """
    ys = array("d", lats)
    # Thinned in a plane true to shape around the path's middle latitude: what is
    # dropped is under half a pixel there, and Mercator's own plane is not needed for that.
    squeeze = math.cos(math.radians((min(ys) + max(ys)) / 2)) or 1.0
    xs = _unwrapped(lons, squeeze)
    side = max(max(xs) - min(xs), max(ys) - min(ys))
    tolerance = max(side * _TOLERANCE, _LEAST_TOLERANCE)
    kept = _radial(xs, ys, tolerance)
    chosen = _visvalingam(xs, ys, kept, limit, tolerance * tolerance)
    return tuple(made_latlon(float(lats[i]), float(lons[i])) for i in chosen)


def _unwrapped(lons: Sequence[float], squeeze: float) -> array[float]:
    """Longitudes each taken the short way round from the one before, times ``squeeze``."""
    out = array("d", lons)
    previous = out[0]
    for i, lon in enumerate(out):
        previous += (lon - previous + 180.0) % 360.0 - 180.0
        out[i] = previous * squeeze
    return out


def _radial(xs: array[float], ys: array[float], tolerance: float) -> list[int]:
    """Indexes of the points at least ``tolerance`` from the last one kept, and the last point.

    One pass that drops the thousands of fixes a logger takes standing still or crawling,
    so that the slower step sees a fraction of a long track.
    """
    kept = [0]
    last_x, last_y = xs[0], ys[0]
    square = tolerance * tolerance
    for i in range(1, len(xs)):
        x, y = xs[i], ys[i]
        if (x - last_x) ** 2 + (y - last_y) ** 2 >= square:
            kept.append(i)
            last_x, last_y = x, y
    if kept[-1] != len(xs) - 1:
        kept.append(len(xs) - 1)
    return kept


def _visvalingam(xs: array[float], ys: array[float], kept: list[int], limit: int, least: float) -> list[int]:
    """The indexes among ``kept`` left when the least significant points are dropped.

    A point's significance is the area of the triangle it makes with its neighbours
    (Visvalingam-Whyatt); points go smallest first, while more than ``limit`` remain or
    their area is under ``least``. A heap makes it n log n whatever the track's shape,
    where Douglas-Peucker takes n times the points kept on a zigzag.
    """
    count = len(kept)
    if count <= 2:
        return kept
    before = list(range(-1, count - 1))
    after = list(range(1, count + 1))

    def area(k: int) -> float:
        a, b, c = kept[before[k]], kept[k], kept[after[k]]
        return abs((xs[b] - xs[a]) * (ys[c] - ys[a]) - (xs[c] - xs[a]) * (ys[b] - ys[a])) / 2

    areas = [math.inf] + [area(k) for k in range(1, count - 1)] + [math.inf]
    heap = [(areas[k], k) for k in range(1, count - 1)]
    heapq.heapify(heap)
    dropped = bytearray(count)
    remaining = count
    while heap:
        smallest, k = heapq.heappop(heap)
        if dropped[k] or smallest != areas[k]:
            continue  # dropped already, or its area changed since it was pushed
        if remaining <= limit and smallest >= least:
            break
        dropped[k] = 1
        remaining -= 1
        left, right = before[k], after[k]
        after[left], before[right] = right, left
        for neighbour in (left, right):
            if 0 < neighbour < count - 1:
                # Never less than the point just dropped: a neighbour does not become
                # less significant because a smaller detail beside it went first.
                areas[neighbour] = max(area(neighbour), smallest)
                heapq.heappush(heap, (areas[neighbour], neighbour))
    return [index for index, gone in zip(kept, dropped, strict=True) if not gone]
