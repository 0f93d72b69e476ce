"""Positions on the Earth: a latitude and longitude in degrees (WGS 84, as GPS and GPX give them)."""

from __future__ import annotations

from dataclasses import dataclass


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
