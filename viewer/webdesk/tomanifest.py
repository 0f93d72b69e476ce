"""A web story written as a trip manifest: ``trip-viewer import story.json [-o trip.yaml]``.

The story is read (``timelinejs`` or ``storymapjs``, told apart by their
top-level keys, or as ``kind`` says) and each slide's media is found:

- a path beside the story (``photos/01.jpg``, percent-escapes decoded) is used
  as it is, when it is in or below the story's folder (the manifest's rules:
  ``viewer.model.photopaths``);
- a web address is never fetched: the photo is listed under ``media/`` with
  a number and the address's file name (``media/03-kim-arrives.jpg``), and
  the address is kept as its ``url:``, so ``trip-viewer check`` names it as
  missing and says where the web desk has it. Saved there, it shows.

The manifest is written atomically and read back before the command says it
is done, so what it wrote always opens. No Qt here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

from viewer.files.atomic import write_atomic
from viewer.model.folder import PHOTO_SUFFIXES
from viewer.model.manifest import FORMAT, ManifestError, parse_manifest
from viewer.model.manifestwrite import dump_manifest, position, timestamp
from viewer.model.photopaths import PathRefusedError, PhotoPaths
from viewer.model.trip import Stop
from viewer.webdesk.story import (
    KIND_NAMES,
    Kind,
    Slide,
    Story,
    StoryError,
    StoryReader,
    is_web_address,
    kind_of,
    load_json,
)
from viewer.webdesk.storymapjs import read_storymap
from viewer.webdesk.timelinejs import read_timeline

DEFAULT_NAME = "trip.yaml"
WEB_FOLDER = "media"  # where photos the story has only at a web address are to be saved
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class StoryImport:
    """What was written, and what of the story it could not bring along."""

    path: Path
    kind: Kind
    photos: int
    stops: int
    web: int  # photos listed with their web address, not fetched
    absent: int  # photos named as files beside the story that are not there
    left_out: tuple[str, ...]
    zone: tzinfo | None  # where times without an offset were placed; None: UTC


def read_story(path: Path, zone: tzinfo | None = None, kind: Kind | None = None) -> Story:
    """The story in the JSON file at ``path``; :class:`StoryError` naming the file and the fault."""
    document = load_json(path)
    found = kind_of(document)
    if found is None:
        raise StoryError(
            path,
            "neither a TimelineJS story (it has no 'events') nor a StoryMapJS one (no 'storymap')",
        )
    if kind is not None and found != kind:
        raise StoryError(path, f"this is a {KIND_NAMES[found]} story, not a {KIND_NAMES[kind]} one")
    reader = StoryReader(path)
    if found == "storymap":
        return read_storymap(document, reader, zone)
    return read_timeline(document, reader, zone)


def import_story(
    path: Path,
    output: Path | None = None,
    force: bool = False,
    zone: tzinfo | None = None,
    kind: Kind | None = None,
) -> StoryImport:
    """Write a manifest for the story at ``path``; raise :class:`StoryError`."""
    path = Path(path).absolute()
    output = Path(output).absolute() if output is not None else path.parent / DEFAULT_NAME
    _refuse_output(path, output, force)
    story = read_story(path, zone, kind)
    if not story.slides:
        raise StoryError(path, "the story has no media, so the trip would have no photos")
    base = output.parent
    beside = PhotoPaths(path.parent)
    entries: list[dict[str, Any]] = []
    web = absent = 0
    for number, slide in enumerate(story.slides, 1):
        if slide.media is not None and is_web_address(slide.media):
            file, url = _web_file(slide.media, number), slide.media
            web += not (base / file).exists()
        else:
            file, url = _local_file(path, beside, base, slide), None
            absent += not (base / file).exists()
        entries.append(_entry(file, url, slide))
    document: dict[str, Any] = {"format": FORMAT, "title": story.title or path.stem}
    if story.attribution:
        document["source"] = story.attribution
    if isinstance(story.timezone, ZoneInfo):
        document["timezone"] = story.timezone.key
    if story.notes:
        document["notes"] = story.notes
    if story.stops:
        document["stops"] = [_stop(stop) for stop in story.stops]
    document["photos"] = entries
    text = _header(story, path) + dump_manifest(document)
    try:
        parse_manifest(text, output)  # what is written must open
    except ManifestError as exc:
        raise StoryError(path, f"the manifest made from it does not load: {exc}") from None
    try:
        write_atomic(output, text.encode("utf-8"))
    except OSError as exc:
        raise StoryError(output, f"cannot write the manifest: {exc.strerror or exc}") from None
    stops = len(story.stops)
    return StoryImport(output, story.kind, len(entries), stops, web, absent, story.left_out, story.timezone)


def _refuse_output(story: Path, output: Path, force: bool) -> None:
    if output.suffix.lower() in PHOTO_SUFFIXES or output.suffix.lower() == ".json":
        raise StoryError(output, "this name is for a photo or a story; name the manifest like trip.yaml")
    if output.is_dir():
        raise StoryError(output, "is a folder; give the manifest's file name, like trip.yaml")
    if output.exists() and not force:
        raise StoryError(output, "already exists; use --force to replace it")
    if output.resolve() == story.resolve():
        raise StoryError(output, "is the story itself")


def _web_file(url: str, number: int) -> str:
    """Where the photo at ``url`` is to be saved: ``media/03-name.jpg``, a name any system takes."""
    name = unquote(PurePosixPath(urlsplit(url).path).name)
    stem, suffix = Path(name).stem, Path(name).suffix.lower()
    if suffix not in PHOTO_SUFFIXES:
        stem, suffix = name, ".jpg"
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    safe = _UNSAFE.sub("-", ascii_stem).strip("-.")[:60] or "photo"
    return f"{WEB_FOLDER}/{number:02d}-{safe}{suffix}"


def _local_file(story: Path, beside: PhotoPaths, base: Path, slide: Slide) -> str:
    """The slide's media, a path beside the story, as the manifest at ``base`` writes it."""
    assert slide.media is not None
    where = f"{slide.where}.media.url"
    written = unquote(slide.media.split("?")[0].split("#")[0])
    try:
        found = beside.resolve(written)
    except PathRefusedError as refused:
        message = refused.message.replace("the manifest's folder", "the story's folder")
        raise StoryError(story, message, where) from None
    try:
        return found.relative_to(base).as_posix()
    except ValueError:
        raise StoryError(
            story,
            f"the manifest must be saved in {story.parent} or a folder above it, "
            f"to open the photos beside the story",
            where,
        ) from None


def _entry(file: str, url: str | None, slide: Slide) -> dict[str, Any]:
    entry: dict[str, Any] = {"file": file}
    if slide.caption:
        entry["caption"] = slide.caption
    if slide.credit:
        entry["credit"] = slide.credit
    if slide.time is not None:
        entry["time"] = timestamp(slide.time)
        if slide.time.approximate:
            entry["approximate"] = True
    if slide.place:
        entry["place"] = slide.place
    if slide.position is not None:
        entry["at"] = position(slide.position)
    if slide.notes:
        entry["notes"] = slide.notes
    if url is not None:
        entry["url"] = url
    return entry


def _stop(stop: Stop) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": stop.name}
    if stop.time is not None:
        entry["time"] = timestamp(stop.time)
        if stop.time.approximate:
            entry["approximate"] = True
    if stop.position is not None:
        entry["at"] = position(stop.position)
    return entry


def _header(story: Story, path: Path) -> str:
    lines = [
        f"Written by trip-viewer import from the {KIND_NAMES[story.kind]} story {path.name}. Edit freely."
    ]
    if story.kind == "timeline":
        zone = story.timezone.key if isinstance(story.timezone, ZoneInfo) else "UTC"
        lines.append(
            f"TimelineJS dates carry no time zone: they were placed in {zone}"
            + (" (import with --timezone ZONE to place them elsewhere)." if story.timezone is None else ".")
        )
    lines.append(
        f"A photo the story has only at a web address keeps it as 'url:' and was not fetched: "
        f"save it as its 'file' under {WEB_FOLDER}/ ('trip-viewer check' lists them)."
    )
    return "".join(f"# {line}\n" for line in lines)


def summary(result: StoryImport) -> str:
    """What ``trip-viewer import`` says it wrote from a story."""
    photos = f"{result.photos} photo" + ("" if result.photos == 1 else "s")
    said = []
    if result.stops:
        said.append(f"{result.stops} stop" + ("" if result.stops == 1 else "s"))
    if result.web:
        said.append(f"{result.web} only at a web address: listed with its url:, not fetched")
    if result.absent:
        said.append(f"{result.absent} named beside the story but missing")
    if result.left_out:
        said.append(f"{len(result.left_out)} left out: " + "; ".join(result.left_out[:3]))
    if result.kind == "timeline" and result.zone is None:
        said.append("times placed in UTC: TimelineJS has no time zone; --timezone ZONE places them")
    details = f" ({', '.join(said)})" if said else ""
    return (
        f"Wrote {result.path} from a {KIND_NAMES[result.kind]} story: {photos}{details}. "
        f"Run 'trip-viewer check {result.path}' before presenting."
    )
