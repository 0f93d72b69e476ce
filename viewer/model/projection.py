"""The map's frame: which part of the Earth it shows, and where a place falls in it.

The projection is Mercator, centred on the trip's longitude. It is conformal (a
region keeps its shape: a country looks like itself, angles are true), it works for
a trip at any latitude, across the equator or round the world, and it is exact to
invert for clicks. A Lambert conic would spread scale more evenly over a wide
mid-latitude trip, but needs standard parallels chosen per trip and fails across the
equator; over a trip like Pyongyang to Hanoi (39° to 21° N) Mercator's scale varies
by a fifth, which a map of a story can bear.

:func:`frame` fits the trip's points with a margin into a frame of the view's aspect
ratio (width over height). Longitudes are unwrapped around the trip's middle, found
as the middle of the arc its points cover (the complement of the widest empty gap),
so a route across the antimeridian, Fiji to Samoa, is one piece in the middle of the
frame. A trip spreading over most of the globe gets the whole world; latitudes are
cut at :data:`~viewer.model.geo.MERCATOR_LIMIT`; points all at one place get a frame
of at least :data:`MIN_SPAN_KM`.

Positions in the frame are *unit* coordinates: x from 0 at the left edge to 1 at
the right, y from 0 at the top to 1 at the bottom, whatever the aspect ratio; the
view multiplies by its width and height.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from viewer.model.geo import EARTH_RADIUS_KM, MERCATOR_LIMIT, LatLon, mercator_lat, mercator_y, unwrap

MIN_SPAN_KM = 50.0  # the least width or height of the area shown, for a trip at one place
MARGIN = 0.08  # of the points' span, on each side
WHOLE_WORLD_SPAN = 240.0  # degrees of longitude: a trip round two thirds of the globe gets it all
_WORLD_X = math.pi  # half the world's width, in Mercator's units (radians of longitude)
_WORLD_Y = mercator_y(MERCATOR_LIMIT)


@dataclass(frozen=True)
class LatLonBox:
    """Degrees: ``south`` to ``north``, ``west`` to ``east`` (may pass ±180, unwrapped; west < east)."""

    south: float
    north: float
    west: float
    east: float


@dataclass(frozen=True)
class MapFrame:
    """Mercator's plane, centred on ``centre_lon``, cut to ``left..right`` and ``bottom..top``.

    Plane units are radians of longitude east of the centre, and Mercator's northing.
    """

    centre_lon: float
    left: float
    right: float
    bottom: float
    top: float

    @property
    def aspect(self) -> float:
        """Width over height."""
        return (self.right - self.left) / (self.top - self.bottom)

    def to_unit(self, lat: float, lon: float, *, unwrapped: bool = False) -> tuple[float, float]:
        """Where ``lat``/``lon`` (degrees) fall in the frame, unit coordinates (y down).

        ``lon`` is first moved by whole turns to within 180 degrees of the centre, unless
        it is ``unwrapped`` already: a coastline or a route whose points were unwrapped
        together stays in one piece that way, even past the edge of a world map.
        """
        east = (lon if unwrapped else unwrap(lon, self.centre_lon)) - self.centre_lon
        return self.x_unit(math.radians(east)), self.y_unit(mercator_y(lat))

    def x_unit(self, x: float) -> float:
        return (x - self.left) / (self.right - self.left)

    def y_unit(self, y: float) -> float:
        return (self.top - y) / (self.top - self.bottom)

    def to_latlon(self, x: float, y: float) -> LatLon:
        """The place at unit coordinates ``x``, ``y`` (a click), longitude wrapped into ±180."""
        east = math.degrees(self.left + x * (self.right - self.left))
        lat = mercator_lat(self.top - y * (self.top - self.bottom))
        return LatLon(max(-90.0, min(90.0, lat)), unwrap(self.centre_lon + east, 0.0))

    def box(self) -> LatLonBox:
        """The degrees the frame covers; longitudes unwrapped around the centre."""
        return LatLonBox(
            south=mercator_lat(self.bottom),
            north=mercator_lat(self.top),
            west=self.centre_lon + math.degrees(self.left),
            east=self.centre_lon + math.degrees(self.right),
        )

    def km_per_unit_height(self) -> float:
        """Roughly how many km the frame's height covers, at its middle latitude."""
        middle = math.radians(mercator_lat((self.top + self.bottom) / 2))
        return (self.top - self.bottom) * EARTH_RADIUS_KM * math.cos(middle)


def frame(points: Iterable[LatLon], aspect: float, margin: float = MARGIN) -> MapFrame:
    """The frame showing every one of ``points`` with a ``margin``, ``aspect`` wide to one high.

    With no points at all, the whole world.
    """
    if not aspect > 0 or not math.isfinite(aspect):
        raise ValueError(f"a frame's aspect ratio must be a positive number, not {aspect}")
    listed = list(points)
    if not listed:
        return _world(0.0, 0.0, 0.0, aspect, margin)
    west, span = _longitudes_covered([point.lon for point in listed])
    centre = west + span / 2
    ys = [mercator_y(point.lat) for point in listed]
    if span > WHOLE_WORLD_SPAN:
        return _world(centre, min(ys), max(ys), aspect, margin)
    left, right = math.radians(-span / 2), math.radians(span / 2)
    bottom, top = min(ys), max(ys)
    # The least span, in plane units at the points' middle latitude.
    middle = math.radians(mercator_lat((bottom + top) / 2))
    least = MIN_SPAN_KM / (EARTH_RADIUS_KM * math.cos(middle))
    left, right = _widened(left, right, least)
    bottom, top = _widened(bottom, top, least)
    pad_x, pad_y = (right - left) * margin, (top - bottom) * margin
    return _fit(centre, left - pad_x, right + pad_x, bottom - pad_y, top + pad_y, aspect)


def _world(centre: float, bottom: float, top: float, aspect: float, margin: float) -> MapFrame:
    """The world once round, as tall as the aspect gives, about the points' latitudes.

    Wider than the world only when the points' latitudes need it (a very wide view of
    a trip from pole to pole): a world drawn twice side by side is a puzzle.
    """
    pad = (top - bottom) * margin
    height = max(2 * _WORLD_X / aspect, top - bottom + 2 * pad)
    middle = 0.0  # a frame taller than the world: sea above and below
    if height < 2 * _WORLD_Y:  # else within the world's latitudes, about the points'
        middle = max(-_WORLD_Y + height / 2, min(_WORLD_Y - height / 2, (bottom + top) / 2))
    width = height * aspect
    return MapFrame(unwrap(centre, 0.0), -width / 2, width / 2, middle - height / 2, middle + height / 2)


def _longitudes_covered(lons: list[float]) -> tuple[float, float]:
    """The westmost longitude of the smallest arc holding every one of ``lons``, and its span."""
    ordered = sorted((lon + 180.0) % 360.0 - 180.0 for lon in lons)
    gap, after = ordered[0] + 360.0 - ordered[-1], 0  # the gap across the antimeridian
    for k in range(1, len(ordered)):
        if ordered[k] - ordered[k - 1] > gap:
            gap, after = ordered[k] - ordered[k - 1], k
    return ordered[after], 360.0 - gap


def _widened(low: float, high: float, least: float) -> tuple[float, float]:
    if high - low >= least:
        return low, high
    middle = (low + high) / 2
    return middle - least / 2, middle + least / 2


def _fit(centre: float, left: float, right: float, bottom: float, top: float, aspect: float) -> MapFrame:
    """The frame grown on its short side, about its middle, to ``aspect``."""
    width, height = right - left, top - bottom
    if width < height * aspect:
        grow = (height * aspect - width) / 2
        left, right = left - grow, right + grow
    else:
        grow = (width / aspect - height) / 2
        bottom, top = bottom - grow, top + grow
    return MapFrame(unwrap(centre, 0.0), left, right, bottom, top)
