"""Read a ``format: trip-viewer/1`` manifest into a :class:`~viewer.model.trip.Trip`.

The YAML is read into a tree of marked nodes by ``viewer.model.yamltree``
(safe YAML only: no tag can run code), and every value keeps the line and
column it came from, so each error names ``file:line:column``. The node tree is
then read field by field into the dataclasses of ``viewer.model.trip``.

A manifest either loads whole or raises :class:`ManifestError`; there is no
partial trip. The one exception is asked for by ``trip-viewer check``: with an
``unknown_keys`` list, unknown keys are collected there and skipped, so that
every one of them is reported at once.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from viewer.files.regularfile import FileTooBigError, read_capped
from viewer.model.collector import collector_paused
from viewer.model.geo import LatLon, made_latlon
from viewer.model.photopaths import PathRefusedError, PhotoPaths
from viewer.model.timing import DURATION_HINT, TimingError, parse_seconds, parse_transition
from viewer.model.trip import Photo, Stop, Trip, TripTime, made_photo, made_trip_time
from viewer.model.yamlnodes import Mapping, Node, Sequence, YamlRefusedError, is_null, position
from viewer.model.yamltree import compose

FORMAT = "trip-viewer/1"
MANIFEST_NAMES = ("trip.yaml", "trip.yml", "manifest.yaml", "manifest.yml")

TRIP_KEYS = (
    "format",
    "title",
    "source",
    "timezone",
    "notes",
    "route",
    "duration",
    "transition",
    "stops",
    "photos",
)
STOP_KEYS = ("name", "time", "approximate", "at")
PHOTO_KEYS = (
    "file",
    "caption",
    "credit",
    "time",
    "approximate",
    "place",
    "notes",
    "at",
    "duration",
    "transition",
    "url",
)
_KEY_SETS: dict[tuple[str, ...], frozenset[str]] = {
    keys: frozenset(keys) for keys in (TRIP_KEYS, STOP_KEYS, PHOTO_KEYS)
}

_TRUE = {"true", "yes", "on"}
_FALSE = {"false", "no", "off"}
_TIME_HINT = "write it like 2019-02-26T08:15+07:00"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_AT_HINT = "write it as 'at: [latitude, longitude]' in degrees, like 'at: [21.0285, 105.8542]'"
# A 10,000-photo manifest is about 3 MB; anything near this is a mistake or an attack.
MAX_MANIFEST_BYTES = 32 * 2**20
MAX_TEXT = 10_000  # characters in one caption, note or name: more cannot be read on a slide
_OTHER_ENCODINGS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)

T = TypeVar("T")


class ManifestError(Exception):
    """A manifest that cannot be read, with where and why.

    ``str()`` gives the one-line form ``file:line:column: message; hint``.
    Line and column are 1-based, as editors count them.
    """

    def __init__(
        self,
        path: Path,
        message: str,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = path
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.message}"
        return f"{text}; {self.hint}" if self.hint else text


def find_manifest(folder: Path) -> Path | None:
    """The manifest inside ``folder``, if it has one.

    Anything by a manifest's name but a folder counts, even a pipe or a broken link:
    loading it then says what it is, rather than the folder opening as something else.
    """
    for name in MANIFEST_NAMES:
        candidate = folder / name
        if os.path.lexists(candidate) and not candidate.is_dir():
            return candidate
    return None


def load_manifest(path: Path, *, unknown_keys: list[ManifestError] | None = None) -> Trip:
    """Read the manifest at ``path``; raise :class:`ManifestError` if it is bad.

    With an ``unknown_keys`` list, unknown keys are added to it and skipped
    instead of stopping the load, so ``trip-viewer check`` can report them all.
    """
    path = Path(path)
    try:
        # Only a plain file, and no more of it than a manifest may hold: a pipe or a
        # device would wait forever or never end, whatever size it claims.
        data = read_capped(path, MAX_MANIFEST_BYTES)
    except FileTooBigError:
        raise _too_big(path, _claimed_size(path)) from None
    except OSError as exc:
        raise ManifestError(path, f"cannot read the manifest: {exc.strerror or exc}") from None
    return parse_manifest(data, path, unknown_keys=unknown_keys)


def parse_manifest(data: bytes | str, path: Path, *, unknown_keys: list[ManifestError] | None = None) -> Trip:
    """Read manifest text (as found at ``path``, which anchors photo paths)."""
    reader = _Reader(Path(path), unknown_keys)
    if len(data) > MAX_MANIFEST_BYTES:
        raise _too_big(reader.path, len(data))
    with collector_paused():
        return reader.read(_decode(data, reader.path))


def _claimed_size(path: Path) -> int | None:
    """The size the file says it has, for the message, if it says more than the cap (a plain file does)."""
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return size if size > MAX_MANIFEST_BYTES else None


def _too_big(path: Path, size: int | None) -> ManifestError:
    """``size``: the bytes of the text, when it was all read; ``None`` when reading stopped at the cap."""
    found = f"{size / 2**20:.1f} MB" if size is not None else f"over {MAX_MANIFEST_BYTES // 2**20} MB"
    return ManifestError(
        path,
        f"the manifest is {found}; a manifest may be at most {MAX_MANIFEST_BYTES // 2**20} MB",
        1,
        1,
        "is this the right file?",
    )


def _decode(data: bytes | str, path: Path) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    for bom, name in _OTHER_ENCODINGS:
        if data.startswith(bom):
            raise ManifestError(path, f"the manifest is {name} text", 1, 1, "save it as UTF-8")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        # Columns count characters, as editors (and YAML's own marks) do.
        column = len(data[line_start : exc.start].decode("utf-8-sig")) + 1
        raise ManifestError(
            path,
            f"the manifest is not UTF-8 text (byte 0x{data[exc.start]:02x})",
            line,
            column,
            "save it as UTF-8",
        ) from None


class _Reader:
    """Reads one manifest's node tree; holds the paths errors and files refer to."""

    def __init__(self, path: Path, unknown_keys: list[ManifestError] | None = None) -> None:
        self.path = path
        self.unknown_keys = unknown_keys  # collect unknown keys here instead of raising
        self.folder = path.parent.absolute()
        self._paths = PhotoPaths(self.folder)
        self._resolved: dict[str, Path] = {}  # a file listed again is the same Path: hashed once

    # -- errors ------------------------------------------------------------------

    def error(self, node: Node | None, message: str, hint: str | None = None) -> ManifestError:
        if node is None:  # about the whole document
            return ManifestError(self.path, message, 1, 1, hint)
        return ManifestError(self.path, message, *position(node), hint)

    # -- the document ------------------------------------------------------------

    def read(self, text: str) -> Trip:
        if not text.strip():
            raise self.error(None, "the manifest is empty", f"start it with 'format: {FORMAT}'")
        try:
            root = compose(text)
        except YamlRefusedError as refused:
            raise ManifestError(
                self.path, refused.message, refused.line, refused.column, refused.hint
            ) from None
        if root is None:
            raise self.error(None, "the manifest is empty", f"start it with 'format: {FORMAT}'")
        fields = self.mapping(root, TRIP_KEYS, "the manifest")

        format_node = fields.get("format")
        if format_node is None:
            raise self.error(
                root, "not a trip-viewer manifest: 'format' is missing", f"add 'format: {FORMAT}'"
            )
        found = self.text(format_node, "format")
        if found != FORMAT:
            raise self.error(format_node, f"unsupported format {found!r}", f"this version reads '{FORMAT}'")

        zone = self.optional(fields, "timezone", self.zone)
        photos_node = fields.get("photos")
        if photos_node is None:
            raise self.error(root, "the manifest has no 'photos' list")
        photo_nodes = self.sequence(photos_node, "photos")
        if not photo_nodes:
            raise self.error(photos_node, "the trip has no photos", "list at least one under 'photos'")
        stops_node = fields.get("stops")
        stop_nodes = self.sequence(stops_node, "stops") if stops_node is not None else []
        route, route_problem = self.route(fields.get("route"))

        return Trip(
            source=self.path,
            folder=self.folder,
            title=self.optional(fields, "title", self.text) or self.folder.name,
            attribution=self.optional(fields, "source", self.text),
            timezone=zone,
            notes=self.optional(fields, "notes", self.text),
            stops=tuple(self.stop(node, zone) for node in stop_nodes),
            photos=tuple(self.photo(node, zone) for node in photo_nodes),
            photo_lines=tuple(position(node)[0] for node in photo_nodes),
            route=route,
            route_problem=route_problem,
            duration=self.optional(fields, "duration", self.seconds),
            transition=self.optional(fields, "transition", self.transition),
        )

    def stop(self, node: Node, zone: tzinfo | None) -> Stop:
        fields = self.mapping(node, STOP_KEYS, "a stop")
        name_node = fields.get("name")
        name = self.text(name_node, "name") if name_node is not None else None
        if not name:
            raise self.error(node, "a stop needs a 'name'")
        at = fields.get("at")
        position = self.at(at) if at is not None else None
        return Stop(name=name, time=self.trip_time(fields, zone), position=position)

    def photo(self, node: Node, zone: tzinfo | None) -> Photo:
        fields = self.mapping(node, PHOTO_KEYS, "a photo")
        file_node = fields.get("file")
        if file_node is None:
            raise self.error(node, "a photo needs a 'file'", "e.g. 'file: photos/01.jpg'")
        if is_null(file_node):  # 'file: null' or 'file: ~' is no file, not one named "null"
            hint = "e.g. 'file: photos/01.jpg'"
            raise self.error(file_node, "a photo needs a 'file', and this one is empty", hint)
        file = self.text(file_node, "file")
        text = self.optional_text
        return made_photo(
            self.photo_path(file_node, file),
            file,
            text(fields, "caption"),
            text(fields, "credit"),
            self.trip_time(fields, zone),
            text(fields, "place"),
            text(fields, "notes"),
            self.at(fields["at"]) if "at" in fields else None,
            self.optional(fields, "duration", self.seconds) if "duration" in fields else None,
            self.optional(fields, "transition", self.transition) if "transition" in fields else None,
            text(fields, "url"),  # a web story's media URL: kept for people, never fetched
        )

    # -- structure ---------------------------------------------------------------

    def mapping(self, node: Node, allowed: tuple[str, ...], what: str) -> dict[str, Node]:
        if not isinstance(node, Mapping):
            raise self.error(node, f"{what} must be a mapping of 'key: value' lines")
        fields = {key[0]: value for key, value in node.pairs if isinstance(key, tuple) and not key[3]}
        if len(fields) == len(node.pairs) and fields.keys() <= _KEY_SETS[allowed]:
            return fields  # every key plain, known and given once: the usual case
        fields = {}
        for key_node, value_node in node.pairs:
            if not isinstance(key_node, tuple) or key_node[3]:
                raise self.error(key_node, "a key must be plain text")
            key = key_node[0]
            if key not in allowed:
                unknown = self.error(key_node, f"unknown key {key!r} in {what}", _did_you_mean(key, allowed))
                if self.unknown_keys is None:
                    raise unknown
                self.unknown_keys.append(unknown)
                continue
            if key in fields:
                raise self.error(key_node, f"{key!r} is given twice in {what}")
            fields[key] = value_node
        return fields

    def sequence(self, node: Node, key: str) -> list[Node]:
        if is_null(node):
            return []
        if not isinstance(node, Sequence):
            raise self.error(node, f"'{key}' must be a list ('- ' items)")
        return node.items

    def optional(self, fields: dict[str, Node], key: str, read: Callable[[Node, str], T]) -> T | None:
        node = fields.get(key)
        if node is None or is_null(node):
            return None
        return read(node, key)

    def optional_text(self, fields: dict[str, Node], key: str) -> str | None:
        """``self.optional(fields, key, self.text)``, the short way for the common case."""
        node = fields.get(key)
        if node is None:
            return None
        if isinstance(node, tuple) and len(node[0]) <= MAX_TEXT:
            return None if node[3] else node[0].strip()
        return self.optional(fields, key, self.text)

    # -- values ------------------------------------------------------------------

    def text(self, node: Node, key: str) -> str:
        if not isinstance(node, tuple):
            raise self.error(node, f"'{key}' must be text, not a list or mapping")
        value = node[0]
        if len(value) > MAX_TEXT:
            raise self.error(
                node,
                f"'{key}' is {len(value):,} characters long; at most {MAX_TEXT:,} can be shown",
                "shorten it",
            )
        return value.strip()

    def flag(self, node: Node, key: str) -> bool:
        value = self.text(node, key).lower()
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
        written = node[0] if isinstance(node, tuple) else value  # self.text refused anything else
        raise self.error(node, f"'{key}' must be true or false, not {written!r}")

    def zone(self, node: Node, key: str) -> tzinfo:
        name = self.text(node, key)
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            close = _close_matches(name, sorted(available_timezones()))
            hint = f"did you mean {close[0]!r}?" if close else "use an IANA name like 'Asia/Ho_Chi_Minh'"
            raise self.error(node, f"unknown time zone {name!r}", hint) from None

    def seconds(self, node: Node, key: str) -> float:
        """A photo's time in autoplay, in seconds (``viewer.model.timing``)."""
        if not isinstance(node, tuple):
            raise self.error(node, f"'{key}' must be a number of seconds", DURATION_HINT)
        try:
            return parse_seconds(node[0], key)
        except TimingError as refused:
            raise self.error(node, str(refused), refused.hint) from None

    def transition(self, node: Node, key: str) -> str:
        """How a photo arrives on screen: ``cut`` or ``fade``."""
        try:
            return parse_transition(self.text(node, key))
        except TimingError as refused:
            raise self.error(node, str(refused), refused.hint) from None

    def trip_time(self, fields: dict[str, Node], zone: tzinfo | None) -> TripTime | None:
        approximate = "approximate" in fields and bool(self.optional(fields, "approximate", self.flag))
        node = fields.get("time")
        if node is None or is_null(node):
            return None
        value = self.text(node, "time")
        if len(value) == 10 and _DATE.fullmatch(value):
            try:
                day = date.fromisoformat(value)
            except ValueError as exc:
                raise self.error(node, f"not a valid date {value!r}: {exc}", _TIME_HINT) from None
            # A day without an hour: placed at noon, flagged so no hour is shown.
            moment = datetime.combine(day, time(12), zone or UTC)
            return made_trip_time(moment, True, approximate)
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise self.error(node, f"not an ISO 8601 time: {value!r}", _TIME_HINT) from None
        if moment.tzinfo is None:
            if zone is None:
                raise self.error(
                    node,
                    f"the time {value!r} has no UTC offset",
                    f"{_TIME_HINT}, or set the trip's 'timezone'",
                )
            moment = moment.replace(tzinfo=zone)
        return made_trip_time(moment, False, approximate)

    def at(self, node: Node) -> LatLon | None:
        """A position written ``[latitude, longitude]`` in degrees; ``at: ~`` is none."""
        if is_null(node):
            return None
        if not isinstance(node, Sequence):
            raise self.error(node, "'at' must be a list of two numbers: latitude, then longitude", _AT_HINT)
        if len(node.items) != 2:
            count = len(node.items)
            found = "nothing" if not count else f"{count} value{'s' * (count != 1)}"
            raise self.error(node, f"'at' holds {found}; it needs two: latitude, then longitude", _AT_HINT)
        lat_node, lon_node = node.items
        lat = self.degrees(lat_node, "latitude")
        lon = self.degrees(lon_node, "longitude")
        if abs(lat) > 90.0:
            hint = "latitude comes first: was this written longitude, latitude?" if abs(lon) <= 90.0 else None
            raise self.error(lat_node, f"latitude {lat:g} is outside -90 to 90 degrees", hint or _AT_HINT)
        if abs(lon) > 180.0:
            raise self.error(lon_node, f"longitude {lon:g} is outside -180 to 180 degrees", _AT_HINT)
        return made_latlon(lat, lon)

    def degrees(self, node: Node, what: str) -> float:
        if not isinstance(node, tuple) or node[3]:
            raise self.error(node, f"the {what} in 'at' must be a number of degrees", _AT_HINT)
        written = node[0]
        try:
            value = float(written)
        except ValueError:
            raise self.error(node, f"the {what} in 'at' is not a number: {written!r}", _AT_HINT) from None
        if not math.isfinite(value) or "_" in written:  # Python reads "nan", "inf" and "1_0"; YAML does not
            raise self.error(node, f"the {what} in 'at' is not a number: {written!r}", _AT_HINT)
        return value

    def route(self, node: Node | None) -> tuple[Path | None, str | None]:
        """The route file, resolved, and why it cannot be read, if it cannot.

        A route that is refused (it leaves the folder, it is not a file) does not stop
        the trip loading: the photos are the show, and the map says what is wrong.
        """
        if node is None or is_null(node):
            return None, None
        name = self.text(node, "route")
        if not name:
            return None, None
        try:
            path = self._paths.resolve(name)
        except PathRefusedError as refused:
            hint = "keep the route's GPX in the manifest's folder"
            problem = self.error(node, f"the route is not read: {refused.message}", hint)
            return None, str(problem)
        return path, None

    def photo_path(self, node: Node, file: str) -> Path:
        """Resolve ``file`` below the manifest's folder, refusing anything else."""
        known = self._resolved.get(file)
        if known is not None:
            return known
        try:
            path = self._resolved[file] = self._paths.resolve(file)
        except PathRefusedError as refused:
            raise self.error(node, refused.message, refused.hint) from None
        return path


def _close_matches(word: str, known: list[str] | tuple[str, ...]) -> list[str]:
    """The known word nearest ``word``, if one is near: only a manifest with a mistake asks."""
    import difflib  # 1 to 2 ms that a good manifest, and the start, need not pay

    return difflib.get_close_matches(word, known, n=1, cutoff=0.6)


def _did_you_mean(key: str, allowed: tuple[str, ...]) -> str:
    close = _close_matches(key, allowed)
    if close:
        return f"did you mean {close[0]!r}?"
    return "known keys: " + ", ".join(allowed)
