"""Read the points of a GPX file's path: its track points, or failing those its route points.

The file is read through ``viewer.files.regularfile`` (a pipe, a device or a link loop is
refused by name; reading stops at :data:`MAX_GPX_BYTES`) and parsed as a stream by
the standard library's expat, keeping only each point's latitude and longitude in two
arrays of floats: 16 bytes a point, so a logger's file of a million points is read in
seconds and a few tens of MB. gpxpy, the usual GPX library, first builds an object of
every point with all its fields: some 1.3 KB and 20 µs a point (2 s and 130 MB for
100,000 points), so well over a gigabyte for that file, and it is not used here
(``bench/route_map.py`` times both).

Nothing outside the file is fetched: a GPX holds no document type, so one with a
``<!DOCTYPE`` (the way to entity bombs and external entities) is refused.
"""

from __future__ import annotations

import math
import xml.parsers.expat
from array import array
from pathlib import Path

from viewer.files.regularfile import open_regular

MAX_GPX_BYTES = 128 * 2**20  # about 1.5 million points with times, 5 million bare
_CHUNK = 1 << 20
_TRACK, _ROUTE = "trkpt", "rtept"


class GpxError(Exception):
    """A GPX file that cannot be used; ``str()`` is ``path[:line]: what is wrong``."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        self.path, self.message, self.line = path, message, line
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")


def read_gpx(path: Path) -> tuple[array[float], array[float]]:
    """The latitudes and longitudes (degrees) of ``path``'s track points in file order.

    A file with no track points gives its route points; with neither, or anything not
    GPX, raise :class:`GpxError` naming the file (and the line, where there is one).
    """
    track = (array("d"), array("d"))
    route = (array("d"), array("d"))
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    root: list[str] = []

    def start(name: str, attributes: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if not root:
            root.append(local)
            if local != "gpx":
                message = f"not a GPX file: it holds <{local}>, not <gpx>"
                raise GpxError(path, message, parser.CurrentLineNumber)
        if local == _TRACK:
            lats, lons = track
        elif local == _ROUTE:
            lats, lons = route
        else:
            return
        lats.append(_degrees(path, parser, attributes, "lat", 90.0))
        lons.append(_degrees(path, parser, attributes, "lon", 180.0))

    def doctype(*_: object) -> None:
        raise GpxError(path, "a GPX file holds no <!DOCTYPE>; this one does", parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = doctype
    try:
        with open_regular(path) as handle:
            count = 0
            while chunk := handle.read(_CHUNK):
                count += len(chunk)
                if count > MAX_GPX_BYTES:
                    too_big = f"the file is more than {MAX_GPX_BYTES // 2**20} MB; simplify the track"
                    raise GpxError(path, too_big)
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except OSError as exc:
        raise GpxError(path, f"cannot read the route: {exc.strerror or exc}") from None
    except xml.parsers.expat.ExpatError as exc:
        message = xml.parsers.expat.errors.messages.get(exc.code, str(exc))
        raise GpxError(path, f"not a GPX file: {message} (column {exc.offset + 1})", exc.lineno) from None
    lats, lons = track if track[0] else route
    if not lats:
        raise GpxError(path, "the GPX file holds no track or route points")
    return lats, lons


def _degrees(
    path: Path, parser: xml.parsers.expat.XMLParserType, attributes: dict[str, str], key: str, limit: float
) -> float:
    written = attributes.get(key)
    what = "latitude" if key == "lat" else "longitude"
    line = parser.CurrentLineNumber
    if written is None:
        raise GpxError(path, f"a point has no {what} ('{key}')", line)
    try:
        value = float(written)
    except ValueError:
        raise GpxError(path, f"a point's {what} is not a number: {written!r}", line) from None
    if not math.isfinite(value) or abs(value) > limit:
        raise GpxError(path, f"a point's {what} {written} is outside -{limit:g} to {limit:g} degrees", line)
    return value
