"""``trip-viewer handout TRIP [-o FILE.pdf]``: print the trip to a PDF to hand out in the meeting.

A cover (title, source, dates in the trip's zone, the timeline strip, the route
map), then every photo in order with its number, caption, ``Image: credit``,
place and local time, and the presenter's notes with ``--notes``. The photos
print sharp (at least 200 pixels an inch at their printed size) and the words are
real text, searchable and copyable. ``viewer.gui.handout.writer`` does the work;
this module is the command around it.

The PDF goes beside the trip unless ``-o`` says where (``trip.yaml`` gives
``trip-handout.pdf``; a folder ``NAME`` gives ``NAME/NAME-handout.pdf``) and
replaces an older one only once it is complete. The paper is the locale's
(Letter in the US, Canada and other countries that use it, A4 elsewhere) unless
``--paper`` says.

Exit status: 0 written; 1 written, but with a placeholder for each photo that
could not be printed (each is named on stderr); 2 nothing written (a bad
manifest, a folder that cannot be written to), with the reason on stderr.

The window runs this command too, in a process of its own (``viewer.gui.handout.export``),
with the hidden ``--progress``: then each step is a line ``progress DONE TOTAL`` on
stdout, the last line is ``report`` and the report as JSON, and closing the command's
stdin cancels it (exit status 3, nothing written).

Qt draws the PDF, so the command starts Qt's GUI module without a window: on
Linux on the offscreen platform, so no display is needed.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

from viewer.model.handout import PAPERS, PER_PAGE_MAX, SUFFIX, default_output
from viewer.speech import Speech, chosen_language

EXIT_WRITTEN, EXIT_PLACEHOLDERS, EXIT_FAILED, EXIT_CANCELLED = 0, 1, 2, 3
DEFAULT_PER_PAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trip-viewer handout",
        description="Write a PDF handout of a trip: a cover with the strip and the route map, "
        "then every photo with its caption, credit, place and time.",
        epilog="Exit status: 0 written, 1 written with placeholders for photos that could not "
        "be printed, 2 nothing written.",
    )
    parser.add_argument("trip", type=Path, metavar="TRIP", help="a manifest (trip.yaml), or a folder")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.pdf",
        help=f"where to write (default: beside the manifest, NAME{SUFFIX})",
    )
    parser.add_argument("--notes", action="store_true", help="print the presenter's notes too")
    parser.add_argument(
        "--per-page",
        type=_per_page,
        default=DEFAULT_PER_PAGE,
        metavar="N",
        help=f"photos on a page, 1 to {PER_PAGE_MAX} (default {DEFAULT_PER_PAGE})",
    )
    parser.add_argument(
        "--paper", choices=sorted(PAPERS), help="paper size (default: the locale's, Letter or A4)"
    )
    parser.add_argument(
        "--lang", metavar="CODE", help="the handout's language and its messages' (else the system's)"
    )
    parser.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)  # for the window
    return parser


def handout_main(argv: Sequence[str] | None = None) -> int:
    """``trip-viewer handout``: write the PDF, say what it holds; exit 0, 1 or 2 (see the module)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_FAILED

    from viewer.model.folder import load_trip
    from viewer.model.manifest import ManifestError
    from viewer.model.pillowwarnings import route_warnings

    route_warnings()  # Pillow's words on damaged photos go to the log, not raw to stderr

    try:
        trip = load_trip(args.trip)
    except ManifestError as exc:
        return _fail(str(exc))
    output = args.output if args.output is not None else default_output(args.trip)
    app = _start_qt()  # kept until the PDF is written
    code = chosen_language(args.lang)
    speech = Speech(code)
    from PySide6.QtCore import QCoreApplication

    from viewer.gui.language import apply_language

    running = QCoreApplication.instance()
    if running is not None:
        apply_language(running, code)  # the PDF's words and dates
    from viewer.gui.handout.writer import (
        HandoutCancelled,
        HandoutError,
        HandoutOptions,
        locale_paper,
        report_json,
        write_handout,
    )

    options = HandoutOptions(output, args.paper or locale_paper(), args.per_page, args.notes)
    stop = threading.Event()
    if args.progress:
        _stop_when_stdin_closes(stop)
    try:
        report = write_handout(trip, options, _progress if args.progress else None, stop.is_set)
    except HandoutError as exc:
        return _fail(str(exc))  # the writer's reason names the file, in English as the log has it
    except HandoutCancelled:
        return EXIT_CANCELLED
    if args.progress:
        _say(f"report {report_json(report)}", sys.stdout)
    for missing in report.placeholders:
        line = speech.translate(
            "Handout", "photo {number}, {file}: {reason}; printed as a placeholder on page {page}"
        )
        line = line.format(number=missing.number, file=missing.file, reason=missing.reason, page=missing.page)
        _say(f"trip-viewer handout: {line}", sys.stderr)
    photos = (
        speech.translate("Handout", "1 photo")
        if report.photos == 1
        else speech.translate("Handout", "{count} photos")
    )
    pages = (
        speech.translate("Handout", "1 page")
        if report.pages == 1
        else speech.translate("Handout", "{count} pages")
    )
    wrote = speech.translate("Handout", "Wrote {file}: {photos} on {pages}, {paper}").format(
        file=report.path,
        photos=photos.format(count=report.photos),
        pages=pages.format(count=report.pages),
        paper=report.paper,
    )
    _say(wrote, sys.stdout)
    del app
    return EXIT_PLACEHOLDERS if report.placeholders else EXIT_WRITTEN


def _start_qt() -> QGuiApplication | None:
    """Qt's GUI module without a window, for its fonts and its PDF writer; None if it runs already."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return None
    if sys.platform.startswith("linux") and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed, fonts from fontconfig
    return QGuiApplication(["trip-viewer"])


def _progress(done: int, total: int) -> None:
    _say(f"progress {done} {total}", sys.stdout)


def _stop_when_stdin_closes(stop: threading.Event) -> None:
    """Set ``stop`` when the window closes this process's stdin (or sends anything): cancel."""
    stdin = sys.stdin

    def watch() -> None:
        try:
            if stdin is not None:
                stdin.buffer.read(1)
        except (OSError, ValueError):
            pass
        stop.set()

    threading.Thread(target=watch, name="handout-cancel", daemon=True).start()


def _fail(message: str) -> int:
    _say(f"trip-viewer handout: {message}", sys.stderr)
    return EXIT_FAILED


def _say(text: str, stream: TextIO | None) -> None:
    if stream is not None:  # a windowed app on Windows has no console to write to
        print(text, file=stream, flush=True)


def _per_page(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of photos: {text!r}") from None
    if not 1 <= value <= PER_PAGE_MAX:
        raise argparse.ArgumentTypeError(f"must be 1 to {PER_PAGE_MAX}")
    return value
