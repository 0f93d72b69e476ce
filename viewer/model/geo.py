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
