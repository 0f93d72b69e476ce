"""``trip-viewer export TRIP --timeline F.json | --storymap F.json | --html DIR``: the trip for the web desk.

Each photo is resolved as the window shows it (the manifest, then the photo's
own metadata: ``viewer.model.resolve``) and written web-sized beside the output
(``viewer.imaging.webphoto``: 1600 pixels, sRGB, upright, its caption, credit,
time and place inside), into ``media/`` next to the JSON or inside DIR, named
by its number and file name (``media/01-dong-dang-arrival.jpg``). The JSON and
the page refer to them by these relative URLs, so the folder can be copied to a
web server whole. The photos are written on a thread per core (Pillow lets go
of the interpreter while it decodes, scales and encodes).

A photo that cannot be read keeps its web address when the trip has one (a
photo imported from a story and never saved), and is otherwise left out,
named on stderr (exit status 1). The JSON is then written atomically, and
``trip-viewer import`` reads it back to the same captions, credits, times and
places: the story carries a ``trip_viewer`` object naming the time zone its
TimelineJS dates are in, and which StoryMapJS places are estimates.

``--html DIR`` writes ``DIR/index.html``, a page that plays the trip in any
browser without a network (``viewer.webdesk.page``).

Exit status: 0 written; 1 written, but some photos left out; 2 nothing written.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from viewer.files.atomic import write_atomic, write_json
from viewer.imaging.decode import DecodeError
from viewer.imaging.webphoto import PhotoWords, write_web_photo
from viewer.model.folder import load_trip
from viewer.model.geo import LatLon
from viewer.model.manifest import ManifestError
from viewer.model.mapplace import place_photos
from viewer.model.metadata import read_metadata
from viewer.model.pillowwarnings import route_warnings
from viewer.model.resolve import ResolvedPhoto, resolve
from viewer.model.route import route_of
from viewer.model.trip import Trip
from viewer.webdesk.story import Slide, Story
from viewer.webdesk.storymapjs import write_storymap
from viewer.webdesk.timelinejs import write_timeline

EXIT_WRITTEN, EXIT_LEFT_OUT, EXIT_FAILED = 0, 1, 2
MEDIA = "media"
_NUMBERED = re.compile(r"^\d+[-_ ]+")


class ExportError(Exception):
    """Nothing could be written; the message names the file and why."""


@dataclass(frozen=True)
class Exported:
    """The trip as the web desk gets it: the story, and the photos left out of it (with why)."""

    trip: Trip
    story: Story
    shown: tuple[ResolvedPhoto, ...]  # the photos in the story, resolved, in its order
    left_out: tuple[str, ...]


def export_photos(trip: Trip, folder: Path) -> Exported:
    """Write the trip's photos web-sized under ``folder/media``; the story that refers to them."""
    route_warnings()
    names = [_media_name(number, photo.path) for number, photo in enumerate(trip.photos, 1)]
    resolved: list[ResolvedPhoto] = [resolve(photo, None) for photo in trip.photos]

    def write(index: int) -> str | None:
        photo = trip.photos[index]
        shown = resolved[index] = resolve(photo, read_metadata(photo.path), trip.timezone)
        words = PhotoWords(shown.caption, shown.credit, shown.time, shown.place, shown.position)
        try:
            write_web_photo(shown.photo.path, folder / names[index], words)
        except DecodeError as exc:
            return str(exc)
        except OSError as exc:
            raise ExportError(f"{folder / names[index]}: cannot write: {exc.strerror or exc}") from None
        return None

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        problems = list(pool.map(write, range(len(resolved))))
    slides, kept, left_out = [], [], []
    for index, (shown, problem) in enumerate(zip(resolved, problems, strict=True)):
        media = names[index] if problem is None else shown.photo.url
        if media is None:
            left_out.append(f"{shown.photo.file}: {problem}")
            continue
        slides.append(
            Slide(
                media, shown.caption, shown.credit, shown.time, shown.place, shown.position, shown.photo.notes
            )
        )
        kept.append(shown)
    story = Story(
        "timeline",  # the same story is written as either kind: the writer says which
        trip.title,
        tuple(slides),
        trip.stops,
        trip.notes,
        trip.attribution,
        trip.timezone or trip.display_zone(),
    )
    return Exported(trip, story, tuple(kept), tuple(left_out))


def _media_name(number: int, path: Path) -> str:
    """``media/03-at-the-station.jpg``: numbered in trip order (a number the file's name starts with
    is replaced, not doubled: ``03-at-the-station.jpg`` does not become ``03-03-…``)."""
    stem = _NUMBERED.sub("", path.stem) or "photo"
    return f"{MEDIA}/{number:02d}-{stem}.jpg"


def estimated_places(exported: Exported) -> list[LatLon | None]:
    """Where the route map puts each exported photo: its own position, or an estimate from its time."""
    trip = exported.trip
    timed = replace(
        trip,
        photos=tuple(
            replace(shown.photo, time=shown.time, position=shown.position) for shown in exported.shown
        ),
    )
    return place_photos(timed, route=route_of(trip))


def export_main(argv: Sequence[str] | None = None) -> int:
    """``trip-viewer export``: write what is asked for; say what was written."""
    parser = argparse.ArgumentParser(
        prog="trip-viewer export",
        description="Write the trip for the web desk: TimelineJS or StoryMapJS JSON with web-sized "
        "photos, or a page that plays it in any browser, offline.",
        epilog="Exit status: 0 written, 1 written with photos left out (named on stderr), 2 nothing written.",
    )
    parser.add_argument("trip", type=Path, metavar="TRIP", help="a manifest (trip.yaml), or a folder")
    parser.add_argument("--timeline", type=Path, metavar="FILE.json", help="write a TimelineJS story")
    parser.add_argument("--storymap", type=Path, metavar="FILE.json", help="write a StoryMapJS story")
    parser.add_argument("--html", type=Path, metavar="DIR", help="write DIR/index.html and its photos")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_FAILED
    if not (args.timeline or args.storymap or args.html):
        parser.print_usage(sys.stderr)
        print("trip-viewer export: say what to write: --timeline, --storymap or --html", file=sys.stderr)
        return EXIT_FAILED
    try:
        trip = load_trip(args.trip)
        said, left_out = [], set[str]()
        made: dict[Path, Exported] = {}  # by folder: the photos are written once for each

        def exported_to(folder: Path) -> Exported:
            key = folder.absolute()
            if key not in made:
                made[key] = export_photos(trip, folder)
            return made[key]

        if args.timeline:
            exported = exported_to(args.timeline.parent)
            _write_json(args.timeline, _timeline(exported))
            said.append(_said(args.timeline, "TimelineJS", exported))
            left_out.update(exported.left_out)
        if args.storymap:
            exported = exported_to(args.storymap.parent)
            _write_json(args.storymap, write_storymap(exported.story, estimated_places(exported)))
            said.append(_said(args.storymap, "StoryMapJS", exported))
            left_out.update(exported.left_out)
        if args.html:
            from viewer.webdesk.page import page_html

            exported = exported_to(args.html)
            page = args.html / "index.html"
            try:
                text = page_html(exported.trip, exported.story, exported.shown)
                write_atomic(page, text.encode("utf-8"), published=True)
            except OSError as exc:
                raise ExportError(f"{page}: cannot write: {exc.strerror or exc}") from None
            said.append(_said(page, "a page that plays in any browser", exported))
            left_out.update(exported.left_out)
    except ManifestError as exc:
        print(f"trip-viewer export: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except ExportError as exc:
        print(f"trip-viewer export: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for line in sorted(left_out):
        print(f"trip-viewer export: left out {line}", file=sys.stderr)
    print("\n".join(said))
    return EXIT_LEFT_OUT if left_out else EXIT_WRITTEN


def _timeline(exported: Exported) -> dict[str, object]:
    try:
        return write_timeline(exported.story)
    except ValueError as exc:
        raise ExportError(f"{exported.trip.source}: cannot make a TimelineJS story: {exc}") from None


def _write_json(path: Path, value: object) -> None:
    try:
        write_json(path, value, published=True)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _said(path: Path, what: str, exported: Exported) -> str:
    photos = len(exported.story.slides)
    counted = f"{photos} photo{'' if photos == 1 else 's'}"
    return f"Wrote {path} ({what}): {counted}, web-sized in {path.parent / MEDIA}"
