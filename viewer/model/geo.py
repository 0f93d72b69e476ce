"""Positions on the Earth: a latitude and longitude in degrees (WGS 84, as GPS and GPX give them).

Also the little spherical maths the map needs: distances along the ground, longitudes
unwrapped around a centre (so a route across the antimeridian stays in one piece),
and Mercator's latitude scale, the conformal projection the map draws in
(``viewer.model.projection`` says why).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088  # the mean radius: distances on a sphere are good to about 0.5 %
# Mercator stretches to infinity at the poles; beyond this latitude nothing is drawn
# taller (the same limit as web maps use, rounded).
MERCATOR_LIMIT = 85.0


@dataclass(frozen=True, slots=True)
class LatLon:
    """A position: ``lat`` in -90..90 degrees north, ``lon`` in -180..180 degrees east.

    ``approximate``: placed by estimate (from the route and the time), not given or measured.
    """

    lat: float
    lon: float
    approximate: bool = False

    def __post_init__(self) -> None:
        if not -90.0 <= self.lat <= 90.0:
            raise ValueError(f"latitude {self.lat} is outside -90 to 90 degrees")
        if not -180.0 <= self.lon <= 180.0:
            raise ValueError(f"longitude {self.lon} is outside -180 to 180 degrees")

    def __str__(self) -> str:
        """``21.0285° N, 105.8542° E``: four decimals, some ten metres."""
        north = "N" if self.lat >= 0 else "S"
        east = "E" if self.lon >= 0 else "W"
        return f"{abs(self.lat):.4f}° {north}, {abs(self.lon):.4f}° {east}"


_new = object.__new__
_SET_LAT, _SET_LON, _SET_APPROXIMATE = (
    getattr(LatLon, name).__set__ for name in ("lat", "lon", "approximate")
)


def made_latlon(lat: float, lon: float) -> LatLon:
    """``LatLon(lat, lon)`` for values already checked to be in range, made the quick way.

    For the manifest reader, which may make 10,000: the generated ``__init__`` of a
    frozen dataclass sets each field through ``object.__setattr__``, several times slower.
    """
    made: LatLon = _new(LatLon)
    _SET_LAT(made, lat)
    _SET_LON(made, lon)
    _SET_APPROXIMATE(made, False)
    return made


def distance_km(a: LatLon, b: LatLon) -> float:
    """The distance along the ground from ``a`` to ``b`` (haversine, on a sphere)."""
    return ground_km(a.lat, a.lon, b.lat, b.lon)


def ground_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """:func:`distance_km` for bare degrees, for loops over thousands of points."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(lon2 - lon1) / 2
    h = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def unwrap(lon: float, centre: float) -> float:
    """``lon`` moved by whole turns to within 180 degrees of ``centre`` (east of it at exactly 180)."""
    return centre + (lon - centre + 180.0) % 360.0 - 180.0


def mercator_y(lat: float) -> float:
    """Mercator's northing for ``lat`` degrees, in radians of longitude (clamped at the limit)."""
    lat = max(-MERCATOR_LIMIT, min(MERCATOR_LIMIT, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def mercator_lat(y: float) -> float:
    """The latitude in degrees whose Mercator northing is ``y`` (the inverse of :func:`mercator_y`)."""
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)
