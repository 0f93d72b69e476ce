"""``trip-viewer import FOLDER [-o FILE]``: write a manifest from the photos' own metadata.

Each photo's caption, credit, time, place and position are read as the viewer
would read them (``viewer.model.metadata``, DESIGN.md's fallback order) and
written out as a ``format: trip-viewer/1`` manifest, photos ordered by absolute
capture time as a folder trip is. A GPS position is written ``at: [lat, lon]``
to 5 decimals (about a metre). Times keep their UTC offset; an embedded time
without one takes the offset of the zone at the photo's GPS position, written
with a comment saying so (``# offset from GPS position, Asia/Bangkok``); without
GPS it is written only when ``--timezone`` says where the photos were taken (it
then also becomes the trip's ``timezone``). Nothing is invented: a field the
photo lacks is left out, and ``approximate`` is never set.

A photo is counted unreadable when the viewer would show an error slide for
it: each is decoded by the viewer's own decoder (``viewer.imaging.verify``).

Where the manifest may go: a manifest only opens files in or below its own
folder, so FILE must be in FOLDER or in a folder above it (photo paths are
then written relative to FILE's folder, ``photos/01.jpg``). An existing file
is replaced only with ``--force``, and the write is atomic: a crash leaves the
old file or the new one, never half of either.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from viewer.files.atomic import write_atomic
from viewer.files.photofiles import READABLE
from viewer.imaging.verify import verify_photos
from viewer.model.folder import PHOTO_SUFFIXES, photos_by_time
from viewer.model.manifest import FORMAT, ManifestError
from viewer.model.manifestwrite import dump_manifest, position, timestamp
from viewer.model.metadata import PhotoMetadata, read_metadata
from viewer.model.pillowwarnings import route_warnings
from viewer.model.resolve import resolve
from viewer.model.trip import LeftOut, Photo
from viewer.said import QT_TRANSLATE_NOOP, Said, say
from viewer.speech import Speech, chosen_language
from viewer.webdesk.story import StoryError

DEFAULT_NAME = "trip.yaml"
EXIT_OK, EXIT_FAILED = 0, 2
_HEADER = "# Written by trip-viewer import from the photos' own metadata. Edit freely.\n"


class FolderImportError(Exception):
    """The import could not be done; the message names the file and why (``said``: in any language)."""

    def __init__(self, said: Said | str) -> None:
        super().__init__(str(said))
        self.said = said

    def in_language(self, speech: Speech) -> str:
        return say(self.said, speech.translate)


@dataclass(frozen=True)
class ImportResult:
    """What was written, and how much of it the photos could not say."""

    path: Path
    photos: int
    missing: dict[str, int] = field(default_factory=dict)  # field → photos without it
    unreadable: int = 0  # listed, but the viewer would show an error slide for them
    skipped: int = 0  # links that lead out of the manifest's folder: left out
    zoned_by_gps: int = 0  # times whose UTC offset was looked up at the photo's GPS position


def import_folder(
    folder: Path, output: Path | None = None, force: bool = False, zone: ZoneInfo | None = None
) -> ImportResult:
    """Write a manifest for the photos in ``folder``; raise :class:`FolderImportError`.

    ``output`` defaults to ``FOLDER/trip.yaml``; ``zone`` places embedded
    times that have no UTC offset.
    """
    folder = Path(folder).absolute()
    if not folder.is_dir():
        raise FolderImportError(Said(QT_TRANSLATE_NOOP("Import", "{folder}: not a folder"), folder=folder))
    output = Path(output).absolute() if output is not None else folder / DEFAULT_NAME
    base = _manifest_folder(folder, output, force)
    route_warnings()  # Pillow's words on damaged files go to the log, not raw to stderr

    metadata: dict[Path, PhotoMetadata] = {}

    def moment(path: Path) -> datetime | None:
        """Read each photo once; order by the time that will be written."""
        meta = metadata[path] = read_metadata(path)
        time = resolve(Photo(path=path, file=path.name), meta, zone).time
        return time.moment if time is not None else meta.sort_moment

    left_out: list[LeftOut] = []  # links out of the folder
    try:
        ordered = photos_by_time(folder, moment, left_out=left_out)
    except ManifestError as exc:
        raise FolderImportError(str(exc)) from None
    # A link out of the manifest's folder would be refused on loading: leave it out.
    # (realpath, not resolve(): a link loop is listed, and resolve() raises on one.)
    real_base = os.path.realpath(base)
    kept = [path for path in ordered if Path(os.path.realpath(path)).is_relative_to(real_base)]
    if not kept:
        raise FolderImportError(
            Said(
                QT_TRANSLATE_NOOP("Import", "{folder}: no photos to import ({kinds})"),
                folder=folder,
                kinds=READABLE,
            )
        )
    entries, missing = [], {"caption": 0, "credit": 0, "time": 0, "place": 0}
    offset_zones: list[str | None] = []  # for each time written, the zone its offset came from
    for path in kept:
        entry, offset_zone = _entry(path, base, metadata[path], zone)
        entries.append(entry)
        if "time" in entry:
            offset_zones.append(offset_zone)
        for name in missing:
            missing[name] += name not in entry
    document: dict[str, Any] = {"format": FORMAT, "title": folder.name or str(folder)}
    if zone is not None:
        document["timezone"] = zone.key
    document["photos"] = entries
    text = dump_manifest(document)
    text = _say_derived_offsets(text, offset_zones)
    try:
        write_atomic(output, (_HEADER + text).encode("utf-8"))
    except OSError as exc:
        raise FolderImportError(
            Said(
                QT_TRANSLATE_NOOP("Import", "{output}: cannot write the manifest: {reason}"),
                output=output,
                reason=exc.strerror or exc,
            )
        ) from None
    # Unreadable as the viewer judges it: decoded by its own decoder (small, on worker threads).
    opened = [path for path in kept if metadata[path].error is None]
    unreadable = len(kept) - len(opened) + sum(v.error is not None for v in verify_photos(opened))
    gaps = {name: count for name, count in missing.items() if count}
    skipped = len(left_out) + len(ordered) - len(kept)
    zoned_by_gps = sum(name is not None for name in offset_zones)
    return ImportResult(output, len(entries), gaps, unreadable, skipped, zoned_by_gps)


def _manifest_folder(folder: Path, output: Path, force: bool) -> Path:
    """The folder the manifest will anchor its paths to, after refusing bad outputs."""
    base = output.parent
    if not folder.resolve().is_relative_to(base.resolve()):
        said = QT_TRANSLATE_NOOP(
            "Import",
            "{output}: a manifest can only open photos in or below its own folder; "
            "save it in {folder} or a folder above it",
        )
        raise FolderImportError(Said(said, output=output, folder=folder))
    if output.suffix.lower() in PHOTO_SUFFIXES:
        raise FolderImportError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Import", "{output}: this name is for a photo; name the manifest like trip.yaml"
                ),
                output=output,
            )
        )
    if output.is_dir():
        raise FolderImportError(
            Said(
                QT_TRANSLATE_NOOP(
                    "Import", "{output}: is a folder; give the manifest's file name, like trip.yaml"
                ),
                output=output,
            )
        )
    if output.exists() and not force:
        raise FolderImportError(
            Said(
                QT_TRANSLATE_NOOP("Import", "{output}: already exists; use --force to replace it"),
                output=output,
            )
        )
    return base


def _entry(
    path: Path, base: Path, meta: PhotoMetadata, zone: tzinfo | None
) -> tuple[dict[str, Any], str | None]:
    """The photo's manifest entry, and the zone its time's offset was looked up in, if it was."""
    relative = (path.parent.resolve() / path.name).relative_to(base.resolve()).as_posix()
    shown = resolve(Photo(path=path, file=relative), meta, zone)
    entry: dict[str, Any] = {"file": relative}
    for name in ("caption", "credit"):
        value = getattr(shown, name)
        if value is not None:
            entry[name] = value
    if shown.time is not None:
        entry["time"] = timestamp(shown.time)
    if shown.place is not None:
        entry["place"] = shown.place
    if shown.position is not None:
        entry["at"] = position(shown.position)
    return entry, shown.offset_zone if shown.time is not None else None


def _say_derived_offsets(text: str, offset_zones: list[str | None]) -> str:
    """``text`` with a comment after each time whose offset came from a GPS position.

    ``offset_zones`` holds, for each photo's ``time:`` in order, the zone or None.
    Each photo's keys are written two spaces in (``- file: …`` then ``  time: …``),
    and a caption's own lines deeper, so the lines ``  time: `` are the times.
    """
    zones = iter(offset_zones)
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line.startswith("  time: "):
            offset_zone = next(zones)
            if offset_zone is not None:
                lines[number] = f"{line}  # offset from GPS position, {offset_zone}"
    return "\n".join(lines)


def import_main(argv: Sequence[str] | None = None) -> int:
    """``trip-viewer import``: write the manifest, say what it holds; exit 0, or 2 with a reason."""
    parser = argparse.ArgumentParser(
        prog="trip-viewer import",
        description="Write a trip manifest from the photos' own metadata, ordered by capture time, "
        "or from a TimelineJS or StoryMapJS story (a .json file; nothing is fetched from the web).",
        epilog="Run 'trip-viewer check' on the result before presenting it.",
    )
    parser.add_argument(
        "folder", type=Path, metavar="FOLDER|STORY.json", help="the folder of photos, or a web story"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="where to write (default: trip.yaml in FOLDER, or beside the story)",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument(
        "--timezone",
        metavar="ZONE",
        help="where photos whose time has no UTC offset and no GPS were taken (IANA name); "
        "for a story, where its times (which have no zone) are placed (default UTC)",
    )
    parser.add_argument(
        "--kind",
        choices=("timeline", "storymap"),
        help="refuse a story that is not of this kind (by default either is read)",
    )
    parser.add_argument("--lang", metavar="CODE", help="the language of its messages (else the system's)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_FAILED
    speech = Speech(chosen_language(args.lang))
    try:
        zone = _zone(args.timezone) if args.timezone else None
        if args.folder.suffix.lower() == ".json":
            from viewer.webdesk.tomanifest import import_story, summary

            print(summary(import_story(args.folder, args.output, args.force, zone, args.kind)))
            return EXIT_OK
        result = import_folder(args.folder, args.output, args.force, zone)
    except FolderImportError as exc:
        print(f"trip-viewer import: {exc.in_language(speech)}", file=sys.stderr)
        return EXIT_FAILED
    except StoryError as exc:  # the story reader's own words, in English
        print(f"trip-viewer import: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(_summary(result, speech))
    return EXIT_OK


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        said = QT_TRANSLATE_NOOP(
            "Import", "--timezone: unknown time zone {name}; use an IANA name like Asia/Ho_Chi_Minh"
        )
        raise FolderImportError(Said(said, name=repr(name))) from None


def _summary(result: ImportResult, speech: Speech | None = None) -> str:
    speech = speech or Speech()
    photos = (
        speech.translate("Import", "1 photo")
        if result.photos == 1
        else speech.translate("Import", "{count} photos").format(count=result.photos)
    )
    missing = {
        "caption": speech.translate("Import", "{count} without a caption"),
        "credit": speech.translate("Import", "{count} without a credit"),
        "time": speech.translate("Import", "{count} without a time"),
        "place": speech.translate("Import", "{count} without a place"),
    }
    gaps = [
        missing.get(name, "{count} without a " + name).format(count=count)
        for name, count in result.missing.items()
    ]
    if result.unreadable:
        gaps.append(speech.translate("Import", "{count} unreadable").format(count=result.unreadable))
    if result.skipped:
        gaps.append(
            speech.translate("Import", "{count} left out: links out of the manifest's folder").format(
                count=result.skipped
            )
        )
    if result.zoned_by_gps:
        gaps.append(
            speech.translate("Import", "{count} with a UTC offset from the GPS position").format(
                count=result.zoned_by_gps
            )
        )
    details = f" ({', '.join(gaps)})" if gaps else ""
    return speech.translate(
        "Import", "Wrote {file}: {photos}{details}. Run 'trip-viewer check {file}' before presenting."
    ).format(file=result.path, photos=photos, details=details)
