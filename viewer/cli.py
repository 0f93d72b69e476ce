"""The ``trip-viewer`` command line.

Arguments are parsed and the trip is loaded before Qt is imported, so
``--help``, ``--version`` and a bad manifest answer at once, without a display.
A bad manifest is one line on stderr (``file:line:col: what; hint``) and exit
status 2; when there is no console (a windowed app on Windows) it is a dialog.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar

from viewer import __version__, allocator, paths
from viewer.model.timing import TimingError, parse_fade_seconds, parse_transition

if TYPE_CHECKING:
    from viewer.imaging.headstart import HeadStart
    from viewer.model.settings import Settings
    from viewer.model.trip import Trip

EXIT_BAD_INPUT = 2
T = TypeVar("T")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trip-viewer",
        description="Present the photos of a trip with captions, credits and a timeline.",
        epilog=(
            "With no trip, the bundled sample trip opens. Press ? in the window for every key. "
            "Also: 'trip-viewer check MANIFEST|FOLDER' checks captions, credits and files before "
            "a meeting; 'trip-viewer import FOLDER' writes a manifest from the photos' metadata; "
            "'trip-viewer handout TRIP' writes a PDF of the trip to hand out; 'trip-viewer export TRIP' "
            "writes it for the web desk (TimelineJS, StoryMapJS or a page that plays anywhere)."
        ),
    )
    parser.add_argument(
        "trip",
        nargs="?",
        type=Path,
        metavar="MANIFEST|FOLDER",
        help="a trip manifest (trip.yaml), a folder holding one, or a folder of photos",
    )
    parser.add_argument("--start", type=_positive_int, metavar="N", help="start at photo N (1 is the first)")
    parser.add_argument("--fullscreen", action="store_true", help="start full screen")
    parser.add_argument("--screen", type=_natural_int, metavar="N", help="show on screen N (0 is the first)")
    parser.add_argument(
        "--autoplay",
        type=_seconds,
        metavar="SECONDS",
        help="advance every SECONDS; 0 advances as soon as each photo is painted",
    )
    parser.add_argument(
        "--loop", action="store_true", help="with --autoplay, start again after the last photo"
    )
    parser.add_argument(
        "--transition",
        type=_timing(parse_transition),
        metavar="cut|fade",
        help="how every photo arrives, whatever the manifest and the Present menu say",
    )
    parser.add_argument(
        "--fade",
        type=_timing(parse_fade_seconds),
        metavar="SECONDS",
        help="how long a fade takes (0.05 to 5; 0.3 unless the Present menu says otherwise)",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="run unattended (a lobby screen): full screen on --screen N, looping from photo 1 "
        "with each photo's duration, no cursor, menus or keys; Ctrl+Shift+Q quits",
    )
    parser.add_argument(
        "--presenter",
        action="store_true",
        help="presenter view: the photo full screen on the other screen (or --screen N), "
        "the console with notes, next photo and clock on this one",
    )
    parser.add_argument(
        "--play-once",
        action="store_true",
        help="quit with status 0 once the last photo has been painted (kiosks, scripts)",
    )
    parser.add_argument(
        "--lang",
        type=_language,
        metavar="CODE",
        help="the interface's language: de, fr, es, vi, ko, ar or en (else the View menu's or the system's)",
    )
    parser.add_argument("--basedir", type=Path, metavar="DIR", help="keep settings and caches under DIR")
    parser.add_argument("--version", action="version", version=f"trip-viewer {__version__}")
    return parser


SUBCOMMANDS = ("check", "import", "handout", "export")  # to open a folder named so, write ./check


def entry() -> NoReturn:
    """The ``trip-viewer`` command and ``python -m viewer``: :func:`main`, then leave at once.

    By the time :func:`main` returns, everything that must outlive the process is
    on disk: the window's close wrote the settings and the thumbnail packs, and
    the subcommands wrote their files. Tearing the interpreter down after that
    (every module, every Qt object, the last garbage collection) only frees memory
    the system takes back anyway, and takes tens of milliseconds after a play-through
    (``docs/performance.md``). So the logs and the console are flushed and the process ends.
    """
    status = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(status)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        return _subcommand(argv[0], argv[1:])
    args = build_parser().parse_args(argv)
    allocator.tune()  # before the head start's threads: each would make an arena of its own
    # No garbage collection until the first photo is painted (``viewer.gui.app.run``
    # turns it back on): what the start makes lives as long as the window, so a
    # collection meanwhile frees next to nothing and delays the first photo
    # (figures: docs/performance.md).
    gc.disable()
    try:
        return _show(args)
    finally:
        gc.enable()  # the start failed, or the show is over


def _show(args: argparse.Namespace) -> int:
    """Load the trip the command line names and run the window on it."""
    if args.basedir is not None:
        paths.set_basedir(args.basedir)
    if args.kiosk and (args.presenter or args.play_once):
        other = "--presenter" if args.presenter else "--play-once"
        return _refuse(f"--kiosk runs one screen in a loop: it cannot be used with {other}")
    if args.kiosk:
        args.fullscreen = args.loop = True
        args.start = 1  # a kiosk starts from the first photo, whatever was remembered
    if args.play_once and args.autoplay is None:
        args.autoplay = 0.0
    if args.autoplay is not None and args.start is None:
        args.start = 1  # a show played by itself plays the whole trip, whatever was remembered

    from viewer.model.folder import load_trip
    from viewer.model.manifest import ManifestError
    from viewer.model.pillowwarnings import route_warnings

    route_warnings()  # before the head start's thread reads the first photo

    source = args.trip if args.trip is not None else paths.sample_trip()
    try:
        trip = load_trip(source, listed=True)  # a folder's capture times are read behind the window
    except ManifestError as exc:
        return _refuse(str(exc))

    # The first photo is decoded, and the strip's stored thumbnails are read, while
    # Qt and the window are imported and built.
    from viewer.gui import THUMBNAIL_BOX
    from viewer.imaging.headstart import StoredStrip
    from viewer.imaging.thumbcache import ThumbnailCache
    from viewer.model.settings import load_settings

    settings = load_settings()
    head_start = _head_start(trip, settings[0], args)
    stored_strip = StoredStrip(
        ThumbnailCache(paths.thumbnail_dir()), [photo.path for photo in trip.photos], THUMBNAIL_BOX
    )
    from viewer.gui.app import run

    return run(trip, args, stored_strip, head_start=head_start, loaded=settings)


def _head_start(trip: Trip, settings: Settings, args: argparse.Namespace) -> HeadStart | None:
    """Begin decoding the photo the show opens on, before Qt can say how big the screen is.

    The screen is the one the window opened on last time (``Settings.screen``), or a
    full-HD one before the first run has seen any. Once Qt is up, ``viewer.gui.app``
    checks the guess against the real screen and decodes again if it falls short.
    Started here, the decode (100 ms or more for a 24 MP JPEG) runs beside the
    import of PySide instead of after it, so the first photo comes sooner
    (figures: ``docs/performance.md``).
    """
    if not trip.photos:
        return None
    from viewer.gui import USUAL_SCREEN, ScreenShape, first_window_box
    from viewer.imaging.headstart import HeadStart

    start = args.start - 1 if args.start is not None else None
    photo = trip.photos[settings.opening_index(trip.source, len(trip.photos), start)]
    screen = ScreenShape.from_settings(settings.screen) or USUAL_SCREEN
    box = first_window_box(screen, args.fullscreen or args.presenter, settings.strip_visible)
    return HeadStart(photo.path, box)


def _subcommand(name: str, argv: list[str]) -> int:
    """``check``, ``import``, ``handout`` and ``export``: commands for scripts and photo desks, no window."""
    if name == "check":
        from viewer.check import check_main

        return check_main(argv)
    if name == "handout":
        from viewer.handout import handout_main

        return handout_main(argv)
    if name == "export":
        from viewer.webexport import export_main

        return export_main(argv)
    from viewer.importer import import_main

    return import_main(argv)


def _refuse(message: str) -> int:
    if sys.stderr is not None:
        print(f"trip-viewer: {message}", file=sys.stderr)
    else:  # a windowed app has no console: the person must still see why
        from viewer.gui.app import show_fatal_error

        show_fatal_error("Cannot open the trip", message)
    return EXIT_BAD_INPUT


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _natural_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _timing(parse: Callable[[str], T]) -> Callable[[str], T]:
    """An option's type from one of ``viewer.model.timing``'s checks, its refusal a usage error."""

    def checked(text: str) -> T:
        try:
            return parse(text)
        except TimingError as refused:
            raise argparse.ArgumentTypeError(f"{refused}; {refused.hint}") from None

    return checked


def _language(text: str) -> str:
    from viewer.model.settings import LANGUAGES

    code = text.replace("-", "_").split("_")[0].lower()  # pt_BR, de-AT: the language is enough
    if code not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"no interface in {text!r}: {', '.join(LANGUAGES)}")
    return code


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0:  # also refuses NaN
        raise argparse.ArgumentTypeError("must be 0 or more seconds")
    return value
