"""A web story in the trip's own terms, between Knight Lab's JSON and a manifest.

Both formats are read into a :class:`Story` (``timelinejs``, ``storymapjs``), and
a trip is turned into one to be written out; ``tomanifest`` writes a story as a
manifest. A :class:`Slide` is one photo of the trip with what the story says of
it; a story's events without a photo become the trip's :class:`~viewer.model.trip.Stop`
marks. Reading a story never fetches anything: a media URL is only kept.

:class:`StoryReader` holds what every reader needs: the file's name for errors,
and checked access to the JSON's values, each error naming where in the file it
is (``events[3].start_date.month``). No Qt here.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from viewer.files.regularfile import FileTooBigError, read_capped
from viewer.model.geo import LatLon
from viewer.model.manifest import FORMAT, MAX_TEXT
from viewer.model.trip import Stop, TripTime
from viewer.webdesk.htmltext import html_to_text

Kind = Literal["timeline", "storymap"]
KIND_NAMES: dict[Kind, str] = {"timeline": "TimelineJS", "storymap": "StoryMapJS"}
# A story of a thousand slides with long texts is a few MB: anything near this is not a story.
MAX_STORY_BYTES = 32 * 2**20
# HTML longer than this cannot hold MAX_TEXT characters worth showing: refused before it is parsed.
MAX_HTML = 20 * MAX_TEXT
MARKER = "trip_viewer"  # the top-level key a story written by trip-viewer export carries
WEB_SCHEMES = ("http", "https")  # media at these addresses are kept as addresses, never fetched
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]+):")  # two letters or more: "C:" is a drive


class StoryError(Exception):
    """A story that cannot be read: ``str()`` is ``FILE: where: what is wrong``."""

    def __init__(self, path: Path, message: str, where: str | None = None) -> None:
        self.path, self.where, self.message = path, where, message
        super().__init__(f"{path}: {where}: {message}" if where else f"{path}: {message}")


@dataclass(frozen=True)
class Slide:
    """One photo of a story: its media and what the story says about it.

    ``media`` is the story's ``media.url`` as written: a path beside the JSON, or
    a web address that is kept and never fetched. ``where`` names the slide in
    the file, for messages (``events[3]``).
    """

    media: str | None
    caption: str | None = None
    credit: str | None = None
    time: TripTime | None = None
    place: str | None = None
    position: LatLon | None = None
    notes: str | None = None
    where: str = ""


@dataclass(frozen=True)
class Story:
    """A whole story: title, words for the presenter, photos in order, marks on the strip."""

    kind: Kind
    title: str | None
    slides: tuple[Slide, ...]
    stops: tuple[Stop, ...] = ()
    notes: str | None = None
    attribution: str | None = None
    timezone: tzinfo | None = None  # where the story's times without an offset were placed
    left_out: tuple[str, ...] = ()  # what was not imported, and why ("events[4]: no photo and no date")


def load_json(path: Path) -> Any:
    """The JSON value of the plain file at ``path``; :class:`StoryError` if it is not one."""
    try:
        data = read_capped(path, MAX_STORY_BYTES)
    except FileTooBigError:
        raise StoryError(path, f"more than {MAX_STORY_BYTES // 2**20} MB; is this the right file?") from None
    except OSError as exc:
        raise StoryError(path, f"cannot read it: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StoryError(path, f"not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise StoryError(
            path, f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except ValueError as exc:  # NaN or Infinity, which JSON does not have
        raise StoryError(path, f"not valid JSON: {exc}") from None
    except RecursionError:
        raise StoryError(path, "not a story: its JSON is nested too deep") from None


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON value")


def kind_of(value: Any) -> Kind | None:
    """Which of Knight Lab's formats ``value`` is, going by its top-level keys; None if neither."""
    if not isinstance(value, dict):
        return None
    if "storymap" in value:
        return "storymap"
    if value.keys() & {"events", "title", "eras", "scale"}:
        return "timeline"
    return None


class StoryReader:
    """Checked access to one story's JSON values; every error names the file and the place."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, where: str, message: str) -> StoryError:
        return StoryError(self.path, message, where)

    def mapping(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(where, f"must be an object {{…}}, not {_kind(value)}")
        return value

    def optional_mapping(self, parent: dict[str, Any], key: str, where: str) -> dict[str, Any] | None:
        value = parent.get(key)
        return None if value is None else self.mapping(value, f"{where}.{key}")

    def items(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.error(where, f"must be a list […], not {_kind(value)}")
        return value

    def html(self, parent: dict[str, Any] | None, key: str, where: str) -> str | None:
        """The plain text of the HTML at ``parent[key]``; None when absent or empty."""
        if parent is None or parent.get(key) is None:
            return None
        value = parent[key]
        place = f"{where}.{key}"
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error(place, f"must be text, not {_kind(value)}")
        written = str(value)
        if len(written) > MAX_HTML:
            raise self.error(place, f"is {len(written):,} characters long; at most {MAX_TEXT:,} can be shown")
        text = html_to_text(written)
        if len(text) > MAX_TEXT:
            raise self.error(place, f"is {len(text):,} characters long; at most {MAX_TEXT:,} can be shown")
        return text or None

    def media_url(self, media: dict[str, Any] | None, where: str) -> str | None:
        """The media's ``url`` as written, once it is a web address or a path; None if it has none.

        Any other scheme (``javascript:``, ``data:``, ``file:``) is refused: nothing
        in a story may run, and only files beside it are read.
        """
        if media is None or media.get("url") is None:
            return None
        value, place = media["url"], f"{where}.url"
        if not isinstance(value, str):
            raise self.error(place, f"must be text, not {_kind(value)}")
        url = value.strip()
        if len(url) > MAX_TEXT:
            raise self.error(place, f"is {len(url):,} characters long; no address is")
        if not url:
            return None
        if url.startswith("//"):  # scheme-relative, as embeds write: a web address all the same
            return f"https:{url}"
        found = _SCHEME.match(url)
        if found is not None and found.group(1).lower() not in WEB_SCHEMES:
            raise self.error(
                place,
                f"a {found.group(1)}: address is refused; media must be a web address "
                "(https://…, kept and never fetched) or a file beside the story",
            )
        return url

    def integer(self, value: Any, where: str, low: int, high: int, what: str) -> int:
        """A whole number, written as one or as text (spreadsheets give ``"2019"``), in ``low..high``."""
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        elif isinstance(value, str) and value.strip().lstrip("+-").isdigit() and len(value) < 40:
            number = int(value.strip())
        if number is None:
            raise self.error(where, f"{value!r} is not a whole number")
        if not low <= number <= high:
            raise self.error(where, f"{number} is not a {what} ({low} to {high})")
        return number

    def degrees(self, value: Any, where: str, limit: float) -> float:
        number: float | None = None
        if isinstance(value, int | float) and not isinstance(value, bool):
            number = float(value)
        elif isinstance(value, str):
            try:
                number = float(value)
            except ValueError:
                number = None
        if number is None or not math.isfinite(number):
            raise self.error(where, f"{value!r} is not a number of degrees")
        if abs(number) > limit:
            raise self.error(where, f"{number:g} is outside -{limit:g} to {limit:g} degrees")
        return number


def is_web_address(url: str) -> bool:
    found = _SCHEME.match(url)
    return found is not None and found.group(1).lower() in WEB_SCHEMES


def slide_words(
    headline: str | None, body: str | None, caption: str | None, ours: bool, extra: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """The slide's caption, place and notes from a story's headline, text and media caption.

    A story trip-viewer wrote (``ours``) has the place as its headline and the
    presenter's notes as its text. Any other story's headline says what happens:
    it is the caption when the media has none, else it heads the notes, where the
    text follows (and ``extra``, such as the TimelineJS group).
    """
    if ours:
        return caption, headline, body
    if caption is None:
        caption, headline = headline, None
    notes = "\n".join(part for part in (headline, body, extra) if part)
    return caption, None, notes or None


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "text", bool: "true or false"}.get(
        type(value), "a number"
    )


def read_marker(
    document: dict[str, Any], reader: StoryReader, zone: tzinfo | None
) -> tuple[dict[str, Any] | None, tzinfo | None]:
    """The story's own :data:`MARKER` if trip-viewer wrote it (else None), and the zone its
    dates are placed in: ``zone`` (``--timezone``), else the one the marker names, else None."""
    marker = reader.optional_mapping(document, MARKER, "the story")
    named = marker.get("timezone") if marker is not None else None
    if zone is None and isinstance(named, str):
        try:
            zone = ZoneInfo(named)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            zone = None
    ours = marker is not None and marker.get("format") == FORMAT
    return (marker if ours else None), zone
