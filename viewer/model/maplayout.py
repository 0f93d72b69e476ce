"""Everything the route map draws, placed in the map's frame: the map view only scales and paints.

:func:`lay_out_map` is the one call, made on a worker thread (it reads the GPX and the
coastline data, and projects thousands of points): it places the photos
(``viewer.model.mapplace``), frames the trip (``viewer.model.projection``), reads the
land, lakes and borders in the frame (``viewer.model.coastlines``) and projects all of
it to *unit* coordinates: x 0..1 left to right, y 0..1 top to bottom, for a frame of
the aspect ratio asked. The view multiplies by its width and height.

What to paint, in order: the sea (the whole frame), ``shapes`` (each filled, land
colour if ``land`` else sea colour; filled, not outlined, as a shape's edge may be
where it was cut, at the frame's edge or the antimeridian), ``borders`` (lines), ``route`` (a line), ``stops``
(a mark and the name), ``photos`` (a dot each, hollow where ``approximate``), then the
current photo's highlight at :meth:`MapLayout.where`. A click goes to
:meth:`MapLayout.photo_at`. ``route_problem`` and ``land_problem`` say, for the
window's banner, why the GPX or the coastlines are not drawn.

A trip's photos often crowd one end of its route (a 70-hour journey, then a day of
photos in the city it led to): on the map of the whole trip they are one blot.
:func:`detail_area` says when that is so, and where; a *detail* layout
(``lay_out_map(..., detail=True)``) frames only the photos, for an inset the view
puts in the corner :func:`inset_corner` finds emptiest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain

from viewer.model.coastlines import Atlas, AtlasError
from viewer.model.geo import LatLon, unwrap
from viewer.model.mapplace import place_photos
from viewer.model.projection import MapFrame, frame
from viewer.model.route import Route, route_of
from viewer.model.trip import Trip

UnitPoint = tuple[float, float]
UnitBox = tuple[float, float, float, float]  # left, top, right, bottom, in unit coordinates
_CELL = 1 / 32  # of the frame's height: the grid the click search looks in
# The photos get a detail inset when they all lie within this share of the map's
# width and height (and are not at one spot, which the inset would only enlarge).
DETAIL_SHARE = 0.2
LEAST_DETAIL = 0.004  # of the map's height: photos closer together than this are at one spot
INSET_WIDTH, INSET_HEIGHT = 0.5, 0.38  # the detail inset's share of the map on screen


@dataclass(frozen=True, slots=True)
class MapStop:
    """A stop with a position: its name and where it is drawn."""

    name: str
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class MapPhoto:
    """A photo with a position: its index in the trip, where it is drawn, and whether estimated."""

    index: int
    x: float
    y: float
    approximate: bool


@dataclass(frozen=True, slots=True)
class MapShape:
    """A filled ring: land, or water (a lake) lying on land."""

    land: bool
    points: tuple[UnitPoint, ...]


@dataclass(frozen=True)
class MapLayout:
    """The map of one trip at one aspect ratio, in unit coordinates (see the module)."""

    frame: MapFrame
    resolution: str  # of the coastlines: "c", "l" or "i" (crude, low, intermediate)
    shapes: tuple[MapShape, ...]
    borders: tuple[tuple[UnitPoint, ...], ...]
    route: tuple[UnitPoint, ...]
    route_from_gpx: bool
    route_problem: str | None
    land_problem: str | None
    stops: tuple[MapStop, ...]
    photos: tuple[MapPhoto, ...]  # in trip order; photos without a position are left out
    _by_index: dict[int, MapPhoto] = field(default_factory=dict, repr=False, compare=False)
    _grid: dict[tuple[int, int], list[MapPhoto]] = field(default_factory=dict, repr=False, compare=False)
    # Where the photos crowd (detail_area) and the inset enlarging them goes (inset_corner,
    # INSET_WIDTH by INSET_HEIGHT); found with the layout, on the worker: for 100,000
    # photos they take a tenth of a second.
    detail: UnitBox | None = None
    inset: UnitBox | None = None

    @property
    def aspect(self) -> float:
        return self.frame.aspect

    def where(self, index: int) -> MapPhoto | None:
        """Photo ``index`` on the map, or ``None`` if it has no position."""
        return self._by_index.get(index)

    def photo_at(self, x: float, y: float, radius: float) -> int | None:
        """The index of the photo drawn nearest ``x``, ``y`` (unit coordinates) within ``radius``.

        ``radius`` is a share of the frame's height (a dot of 6 px on a map 600 px high
        is 0.01), so it is round on the screen whatever the aspect ratio. Of photos at
        the same spot, the first in the trip.
        """
        aspect = self.frame.aspect
        px, py = x * aspect, y
        reach = int(radius / _CELL) + 1
        column, row = int(px // _CELL), int(py // _CELL)
        within = radius * radius
        best: tuple[float, int] | None = None
        for c in range(column - reach, column + reach + 1):
            for r in range(row - reach, row + reach + 1):
                for photo in self._grid.get((c, r), ()):
                    distance = (photo.x * aspect - px) ** 2 + (photo.y - py) ** 2
                    if distance <= within and (best is None or (distance, photo.index) < best):
                        best = (distance, photo.index)
        return best[1] if best is not None else None


def lay_out_map(
    trip: Trip,
    known_positions: Mapping[int, LatLon] | None,
    aspect: float,
    *,
    route: Route | None = None,
    atlas: Atlas | None = None,
    detail: bool = False,
) -> MapLayout:
    """The map of ``trip`` for a frame ``aspect`` wide to one high; run it on a worker.

    ``trip``: best the shown trip (``viewer.model.resolve.shown_trip``), whose photos
    carry the time and GPS position their metadata gives where the manifest gives none.
    ``known_positions``: photo positions from elsewhere, by index (the manifest's and
    the shown trip's own win over them). ``route``: the trip's, if already read (a GPX
    of a million points takes seconds: read it once with
    :func:`~viewer.model.route.route_of` and pass it on each resize). ``atlas``: one
    kept between calls saves reading its index again. ``detail``: frame the photos
    alone, not the stops and route (an inset); stops outside that frame are left out.
    """
    route = route if route is not None else route_of(trip)
    placed = place_photos(trip, known_positions, route)
    stops = [stop for stop in trip.stops if stop.position is not None]
    positions = [position for position in placed if position is not None]
    if detail and positions:
        framed = frame(positions, aspect)
    else:
        framed = frame(
            chain((stop.position for stop in stops if stop.position is not None), positions, route.points),
            aspect,
        )
    land_problem = None
    resolution = ""
    shapes: list[MapShape] = []
    borders: list[tuple[UnitPoint, ...]] = []
    try:
        geography = (atlas or Atlas()).read(framed.box())
    except AtlasError as error:
        land_problem = str(error)
    else:
        resolution = geography.resolution
        to_unit = framed.to_unit
        for shape in geography.shapes:
            points = tuple(to_unit(lat, lon, unwrapped=True) for lat, lon in shape.points)
            shapes.append(MapShape(shape.land, points))
        for line in geography.borders:
            borders.append(tuple(to_unit(lat, lon, unwrapped=True) for lat, lon in line))
    photos = []
    for index, position in enumerate(placed):
        if position is not None:
            x, y = framed.to_unit(position.lat, position.lon)
            photos.append(MapPhoto(index, x, y, position.approximate))
    map_stops = []
    for stop in stops:
        assert stop.position is not None  # only those with one were kept
        x, y = framed.to_unit(stop.position.lat, stop.position.lon)
        if 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0:
            map_stops.append(MapStop(stop.name, x, y))
    grid: dict[tuple[int, int], list[MapPhoto]] = {}
    for photo in photos:
        grid.setdefault((int(photo.x * framed.aspect // _CELL), int(photo.y // _CELL)), []).append(photo)
    layout = MapLayout(
        frame=framed,
        resolution=resolution,
        shapes=tuple(shapes),
        borders=tuple(borders),
        route=_route_line(framed, route),
        route_from_gpx=route.from_gpx,
        route_problem=route.problem,
        land_problem=land_problem,
        stops=tuple(map_stops),
        photos=tuple(photos),
        _by_index={photo.index: photo for photo in photos},
        _grid=grid,
    )
    crowded = None if detail else detail_area(layout)
    if crowded is None:
        return layout
    return replace(layout, detail=crowded, inset=inset_corner(layout, INSET_WIDTH, INSET_HEIGHT, [crowded]))


def _route_line(framed: MapFrame, route: Route) -> tuple[UnitPoint, ...]:
    """The route in unit coordinates, each step the short way round, so it is one stroke."""
    line: list[UnitPoint] = []
    lon = framed.centre_lon
    for point in route.points:
        lon = unwrap(point.lon, lon)
        line.append(framed.to_unit(point.lat, lon, unwrapped=True))
    return tuple(line)


def detail_area(layout: MapLayout) -> UnitBox | None:
    """The box the photos crowd into, if they need an inset to be told apart; else ``None``.

    They do when all of them lie within :data:`DETAIL_SHARE` of the map's width and
    height but are not all at one spot.
    """
    if len(layout.photos) < 2:
        return None
    xs = [photo.x for photo in layout.photos]
    ys = [photo.y for photo in layout.photos]
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    wide, tall = right - left, bottom - top
    if wide > DETAIL_SHARE or tall > DETAIL_SHARE:
        return None
    if max(wide * layout.aspect, tall) < LEAST_DETAIL:
        return None
    return left, top, right, bottom


def inset_corner(layout: MapLayout, width: float, height: float, avoid: Sequence[UnitBox] = ()) -> UnitBox:
    """Where a box ``width`` × ``height`` (shares of the map) goes over it: the corner that
    covers least of what the map shows (stops, route, photos), and none of ``avoid`` (the
    area an inset enlarges, the inset itself) if it can."""
    points = [(stop.x, stop.y) for stop in layout.stops]
    points += layout.route
    points += [(photo.x, photo.y) for photo in layout.photos]

    def covered(box: UnitBox) -> float:
        left, top, right, bottom = box
        hidden = sum(1 for x, y in points if left <= x <= right and top <= y <= bottom)
        overlaps = sum(
            1
            for a_left, a_top, a_right, a_bottom in avoid
            if left < a_right and a_left < right and top < a_bottom and a_top < bottom
        )
        return hidden + overlaps * (len(points) + 1)

    corners = [
        (1 - width, 0.0, 1.0, height),  # top right first: of equals, where a reader looks last
        (0.0, 0.0, width, height),
        (1 - width, 1 - height, 1.0, 1.0),
        (0.0, 1 - height, width, 1.0),
    ]
    return min(corners, key=covered)
