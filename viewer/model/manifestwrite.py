"""Write a manifest's YAML as a person would: plain times, one-line positions, long text as a block.

Both imports (``viewer.importer`` from a folder's metadata, ``viewer.webdesk``
from a web story) build the manifest as plain dicts and lists and hand them here,
so the two write the same YAML: keys in the order given, text unescaped
(``allow_unicode``), a time as ``2019-02-26T08:15:00+07:00`` rather than a quoted
string, a position as ``[21.0285, 105.8542]`` on one line. No Qt here.
"""

from __future__ import annotations

from typing import Any

import yaml

from viewer.model.geo import LatLon
from viewer.model.trip import TripTime

POSITION_DECIMALS = 5  # a metre or so: finer than any phone's GPS


class Timestamp(str):
    """A time written plain (``2019-02-26T08:15:00+07:00``), as manifests are, not quoted."""


class Position(tuple[float, float]):
    """A position written on one line, ``[21.0285, 105.8542]``, as a person would."""


class _Dumper(yaml.SafeDumper):
    """``yaml.safe_dump``'s dumper, plus plain timestamps and one-line positions."""


_Dumper.add_representer(
    Timestamp, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:timestamp", str(value))
)
_Dumper.add_representer(
    str,
    lambda dumper, value: dumper.represent_scalar(
        "tag:yaml.org,2002:str", value, style="|" if "\n" in value else None
    ),
)
_Dumper.add_representer(
    Position,
    lambda dumper, value: dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True),
)


def timestamp(time: TripTime) -> Timestamp:
    """``time`` as a manifest writes it: the date alone for a date-only time, else to the second."""
    if time.date_only:
        return Timestamp(time.moment.date().isoformat())
    return Timestamp(time.moment.isoformat(timespec="seconds"))


def position(where: LatLon) -> Position:
    return Position((round(where.lat, POSITION_DECIMALS), round(where.lon, POSITION_DECIMALS)))


def dump_manifest(document: dict[str, Any]) -> str:
    """The YAML text of ``document``, keys in their order, lines never folded."""
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4096)
