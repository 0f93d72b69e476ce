"""``trip-viewer check MANIFEST|FOLDER``: the preflight before a meeting.

Everything that would embarrass a presenter is looked for at once, without
opening a window: a manifest that does not load (every unknown key, each with
its line, column and a "did you mean"); photos that are missing, unreadable or
too large to show safely — each photo is decoded by the window's own decoder
(``viewer.imaging.verify``, small and on worker threads), so a photo is an error
here exactly when the window would show an error slide for it, with the same
reason; what Pillow warns about a photo that still shows (a damaged EXIF block,
a broken colour profile); captions and credits neither the manifest nor the
photo gives; a manifest credit the photo's own metadata contradicts; photos
without a time or with one that has no UTC offset; a manifest order that runs
against the capture times; the same photo listed twice or saved twice.

Severity: an *error* is something that must not reach the screen (a photo
that cannot be shown, a missing or contradicted credit — a newsroom never
shows a photo without its right credit, a manifest the viewer refuses);
a *warning* is worth a look (no caption, no time, the order, duplicates, a
damaged metadata field, a route file that cannot be read, a photo whose GPS is
over 50 km from where the route has it at its time). Exit status: 0 clean, 1 warnings only, 2 errors.

Duplicates are the same file listed twice (after following links) or two
files with identical bytes; only files of equal size are hashed, so a trip of
500 distinct photos is not read through. The check reads and never writes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Literal

from viewer.files.regularfile import open_regular
from viewer.imaging.decode import too_many_pixels
from viewer.imaging.verify import Verdict, verify_photos
from viewer.model.folder import load_folder
from viewer.model.geo import distance_km
from viewer.model.manifest import ManifestError, find_manifest, load_manifest
from viewer.model.mapplace import place_photos
from viewer.model.metadata import PhotoMetadata, read_metadata
from viewer.model.metadata.fields import words
from viewer.model.pillowwarnings import route_warnings
from viewer.model.resolve import ResolvedPhoto, resolve
from viewer.model.route import Route, route_of
from viewer.model.timefmt import local_label
from viewer.model.trip import Trip, placeable
from viewer.said import QT_TRANSLATE_NOOP, Phrase, Said
from viewer.speech import Speech, chosen_language

Severity = Literal["error", "warning"]
EXIT_CLEAN, EXIT_WARNINGS, EXIT_ERRORS = 0, 1, 2
FAR_KM = 50.0  # a photo's GPS this far from where the route has it at its time is worth a look


@dataclass(frozen=True)
class Finding:
    """One thing the check found: where, what field, what is wrong."""

    severity: Severity
    file: str  # the photo as the manifest writes it, or the manifest or folder
    field: str  # "manifest", "file", "credit", "caption", "time", "order", "size", "duplicate", …
    message: str
    line: int | None = None  # in the manifest, 1-based
    column: int | None = None
    photo: int | None = None  # the photo's place in the trip, 1-based
    # The message to say in the person's language (format_text); the model's own diagnostics have none.
    said: Said | None = dataclass_field(default=None, compare=False, repr=False)

    def message_in(self, speech: Speech) -> str:
        return self.said.in_language(speech.translate) if self.said is not None else self.message


def _finding(severity: Severity, file: str, name: str, phrase: Phrase, /, **values: object) -> Finding:
    """A finding whose message the check words itself, so it can be said in any language."""
    said = Said(phrase, **values)
    return Finding(severity, file, name, str(said), said=said)


@dataclass(frozen=True)
class CheckReport:
    """All findings for one manifest or folder, in trip order."""

    source: Path
    photos: int
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> int:
        return sum(finding.severity == "error" for finding in self.findings)

    @property
    def warnings(self) -> int:
        return sum(finding.severity == "warning" for finding in self.findings)

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_ERRORS
        return EXIT_WARNINGS if self.warnings else EXIT_CLEAN


def run_check(
    path: Path,
    read: Callable[[Path], PhotoMetadata] = read_metadata,
    verify: Callable[[Sequence[Path]], list[Verdict]] = verify_photos,
) -> CheckReport:
    """Check the manifest or folder at ``path``; ``read`` reads a photo's metadata, ``verify`` decodes photos.

    Pillow's warnings go to the log and into the findings, never raw to stderr
    (:func:`~viewer.model.pillowwarnings.route_warnings`).
    """
    route_warnings()
    path = Path(path)
    manifest = find_manifest(path) if path.is_dir() else path
    source = manifest or path
    unknown: list[ManifestError] = []
    try:
        trip = load_manifest(manifest, unknown_keys=unknown) if manifest else load_folder(path)
    except ManifestError as exc:
        return CheckReport(source, 0, tuple(_manifest_finding(error) for error in [*unknown, exc]))
    findings = [_manifest_finding(error) for error in unknown]
    findings += [
        _finding(
            "error", item.file, "file", QT_TRANSLATE_NOOP("Check", "left out: {reason}"), reason=item.reason
        )
        for item in trip.left_out
    ]
    resolved = [resolve(photo, read(photo.path), trip.timezone) for photo in trip.photos]
    verdicts = _verdicts(resolved, verify)
    per_photo: dict[int, list[Finding]] = defaultdict(list)
    for index, photo in enumerate(resolved):
        per_photo[index] += _photo_findings(photo, trip, verdicts.get(index))
    if manifest is not None:
        for index, finding in _order_findings(resolved):
            per_photo[index].append(finding)
    for index, finding in _duplicate_findings(resolved):
        per_photo[index].append(finding)
    route = route_of(trip)
    if route.problem is not None:
        findings.append(Finding("warning", str(trip.route or source), "route", route.problem))
    for index, finding in _far_from_route(trip, resolved, route):
        per_photo[index].append(finding)
    for index in sorted(per_photo):
        findings += [_placed(finding, trip, index) for finding in per_photo[index]]
    return CheckReport(source, len(trip.photos), tuple(findings))


def _far_from_route(trip: Trip, resolved: list[ResolvedPhoto], route: Route) -> list[tuple[int, Finding]]:
    """Photos whose own GPS puts them over ``FAR_KM`` from where the trip's route has them at their time.

    The route's place for a photo comes from the manifest alone (its stops' and photos'
    ``at:``, the GPX), as the map estimates a photo without a position: a camera's GPS
    that disagrees by that much is a wrong photo, a wrong time or a wrong route.
    """
    gps = {
        index: shown.position
        for index, shown in enumerate(resolved)
        if shown.position is not None and shown.source("position") not in (None, "manifest")
    }
    if not gps:
        return []
    photos = zip(trip.photos, resolved, strict=True)
    timed = replace(trip, photos=tuple(replace(photo, time=shown.time) for photo, shown in photos))
    estimates = place_photos(timed, route=route)
    found = []
    for index, position in gps.items():
        estimate = estimates[index]
        if estimate is None:
            continue
        km = distance_km(position, estimate)
        if km > FAR_KM:
            said = QT_TRANSLATE_NOOP(
                "Check", "its GPS ({gps}) is {km} km from where the route has it at its time ({route})"
            )
            seen, route_at = (
                f"{position.lat:.4f}, {position.lon:.4f}",
                f"{estimate.lat:.4f}, {estimate.lon:.4f}",
            )
            finding = _finding(
                "warning",
                trip.photos[index].file,
                "position",
                said,
                gps=seen,
                km=f"{km:,.0f}",
                route=route_at,
            )
            found.append((index, finding))
    return found


def credits_agree(manifest: str, embedded: str) -> bool:
    """Whether two credits name the same people: one's words all appear in the other.

    ``Reuters`` agrees with ``Reuters/Ann Wang`` and ``AP/Minh Hoang`` with
    ``AP Photo/Minh Hoang``; ``Reuters/Ann Wang`` and ``Reuters/Jorge Silva`` do not.
    """
    ours, theirs = set(words(manifest)), set(words(embedded))
    return ours <= theirs or theirs <= ours


def _manifest_finding(error: ManifestError) -> Finding:
    message = f"{error.message}; {error.hint}" if error.hint else error.message
    return Finding("error", str(error.path), "manifest", message, error.line, error.column)


def _verdicts(
    resolved: list[ResolvedPhoto], verify: Callable[[Sequence[Path]], list[Verdict]]
) -> dict[int, Verdict]:
    """The window's verdict on every photo that opens and is not refused by its size already."""
    shown = [
        index
        for index, photo in enumerate(resolved)
        if photo.metadata is not None
        and photo.metadata.error is None
        and not (photo.metadata.upright_size and too_many_pixels(photo.metadata.upright_size))
    ]
    return dict(zip(shown, verify([resolved[index].photo.path for index in shown]), strict=True))


def _photo_findings(resolved: ResolvedPhoto, trip: Trip, verdict: Verdict | None) -> list[Finding]:
    photo, meta = resolved.photo, resolved.metadata or PhotoMetadata(resolved.photo.path)
    if meta.error is not None:
        message = meta.error.message
        if photo.url is not None:  # imported from a web story: say where the photo is, never fetch it
            message += f"; the web story has it at {photo.url} (not fetched): save it as {photo.file}"
        return [Finding("error", photo.file, meta.error.field, message)]
    found = [Finding("warning", photo.file, problem.field, problem.message) for problem in meta.problems]
    if resolved.caption is None:
        said = QT_TRANSLATE_NOOP("Check", "no caption in the manifest or the photo")
        found.append(_finding("warning", photo.file, "caption", said))
    if resolved.credit is None:
        found.append(
            _finding(
                "error",
                photo.file,
                "credit",
                QT_TRANSLATE_NOOP("Check", "no credit in the manifest or the photo"),
            )
        )
    elif photo.credit and meta.credit and not credits_agree(photo.credit, meta.credit):
        said = QT_TRANSLATE_NOOP(
            "Check", "the manifest says {manifest} but the photo's {source} says {photo}"
        )
        found.append(
            _finding(
                "error",
                photo.file,
                "credit",
                said,
                manifest=repr(photo.credit),
                source=meta.source("credit"),
                photo=repr(meta.credit),
            )
        )
    if resolved.time is None:
        found.append(_no_time(photo.file, meta, trip))
    elif not placeable(resolved.time.moment):
        said = QT_TRANSLATE_NOOP("Check", "{time} falls outside years 1 to 9999 in UTC; is the year right?")
        found.append(_finding("warning", photo.file, "time", said, time=resolved.time.moment.isoformat()))
    refused = too_many_pixels(meta.upright_size) if meta.upright_size is not None else None
    if refused:  # the viewer will not decode it: it would show an error slide
        found.append(
            _finding(
                "error",
                photo.file,
                "size",
                QT_TRANSLATE_NOOP("Check", "{reason}; scale it down"),
                reason=refused,
            )
        )
    misnamed = _misnamed(photo.path, meta.format)
    if misnamed:
        found.append(_finding("warning", photo.file, "format", misnamed[0], **misnamed[1]))
    if verdict is not None:
        if verdict.error is not None:  # the window's error slide, word for word
            found.append(Finding("error", photo.file, "file", verdict.error))
        known = {(problem.field, problem.message) for problem in meta.problems}
        for warning in verdict.warnings:  # the metadata reader may have heard the same already
            if (warning.field, warning.message) not in known:
                found.append(Finding("warning", photo.file, warning.field, warning.message))
    return found


_SUFFIXES = {
    "JPEG": (".jpg", ".jpeg", ".jpe"),
    "MPO": (".jpg", ".jpeg", ".mpo"),  # a camera's JPEG with a second picture inside
    "PNG": (".png",),
    "TIFF": (".tif", ".tiff"),
    "WEBP": (".webp",),
    "HEIF": (".heic", ".heif", ".hif"),
}


def _misnamed(path: Path, kind: str | None) -> tuple[Phrase, dict[str, str]] | None:
    """Why a name that says another format than the file's bytes is worth a look, or None.

    The viewer goes by the bytes and shows it; a web desk's tools often go by the name.
    """
    suffixes = _SUFFIXES.get(kind or "")
    if not suffixes or path.suffix.lower() in suffixes:
        return None
    if not path.suffix:
        said = QT_TRANSLATE_NOOP(
            "Check", "a {kind} photo with no suffix; other tools may refuse it: rename it to {suffix}"
        )
    else:
        said = QT_TRANSLATE_NOOP(
            "Check", "a {kind} photo named {named}; other tools may refuse it: rename it to {suffix}"
        )
    return said, {"kind": kind or "", "named": path.suffix, "suffix": suffixes[0]}


def _no_time(file: str, meta: PhotoMetadata, trip: Trip) -> Finding:
    if meta.unzoned_time is not None and trip.timezone is None:
        said = QT_TRANSLATE_NOOP(
            "Check",
            "the photo's time {time} has no UTC offset; set the trip's 'timezone' or give the photo a 'time'",
        )
        return _finding("warning", file, "time", said, time=f"{meta.unzoned_time:%Y-%m-%d %H:%M}")
    said = QT_TRANSLATE_NOOP(
        "Check", "no time in the manifest or the photo; it is drawn between its neighbours"
    )
    return _finding("warning", file, "time", said)


def _order_findings(resolved: list[ResolvedPhoto]) -> list[tuple[int, Finding]]:
    """Each photo taken before the timed photo listed just before it."""
    found: list[tuple[int, Finding]] = []
    previous: tuple[int, ResolvedPhoto] | None = None
    for index, photo in enumerate(resolved):
        if photo.time is None or photo.time.date_only:
            continue
        if previous is not None:
            before_index, before = previous
            assert before.time is not None
            if photo.time.moment < before.time.moment:
                said = QT_TRANSLATE_NOOP(
                    "Check", "listed after photo {number} ({file}, {time}) but taken earlier ({taken})"
                )
                finding = _finding(
                    "warning",
                    photo.photo.file,
                    "order",
                    said,
                    number=before_index + 1,
                    file=before.photo.file,
                    time=local_label(before.time),
                    taken=local_label(photo.time),
                )
                found.append((index, finding))
        previous = (index, photo)
    return found


def _duplicate_findings(resolved: list[ResolvedPhoto]) -> list[tuple[int, Finding]]:
    found: list[tuple[int, Finding]] = []
    first_at: dict[str, int] = {}
    by_size: dict[int, list[int]] = defaultdict(list)
    for index, photo in enumerate(resolved):
        if photo.metadata is not None and photo.metadata.error is not None:
            continue
        real = os.path.normcase(os.path.realpath(photo.photo.path))
        if real in first_at:
            other = first_at[real]
            said = QT_TRANSLATE_NOOP("Check", "the same file as photo {number} ({file})")
            finding = _finding(
                "warning",
                photo.photo.file,
                "duplicate",
                said,
                number=other + 1,
                file=resolved[other].photo.file,
            )
            found.append((index, finding))
            continue
        first_at[real] = index
        try:
            by_size[photo.photo.path.stat().st_size].append(index)
        except OSError:
            continue
    for group in by_size.values():
        first_by_hash: dict[str, int] = {}
        for index in group if len(group) > 1 else ():
            digest = _digest(resolved[index].photo.path)
            if digest is None:
                continue
            if digest in first_by_hash:
                other = first_by_hash[digest]
                said = QT_TRANSLATE_NOOP(
                    "Check", "the same picture as photo {number} ({file}), byte for byte"
                )
                finding = _finding(
                    "warning",
                    resolved[index].photo.file,
                    "duplicate",
                    said,
                    number=other + 1,
                    file=resolved[other].photo.file,
                )
                found.append((index, finding))
            else:
                first_by_hash[digest] = index
    return found


def _digest(path: Path) -> str | None:
    try:
        with open_regular(path) as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def _placed(finding: Finding, trip: Trip, index: int) -> Finding:
    """The finding with its photo number and the manifest line of the photo's entry."""
    line = trip.photo_lines[index] if index < len(trip.photo_lines) else None
    return replace(finding, line=line, column=None, photo=index + 1)


# -- output ---------------------------------------------------------------------


def format_text(report: CheckReport, speech: Speech | None = None) -> str:
    """The report for people, in ``speech``'s language: one line per finding, then a summary line."""
    speech = speech or Speech()
    severities = {
        "error": speech.translate("Check", "error"),
        "warning": speech.translate("Check", "warning"),
    }
    lines = []
    for finding in report.findings:
        where = finding.file
        if finding.photo is not None:
            where = f"{report.source}:{finding.line}: {finding.file}" if finding.line else finding.file
        elif finding.line is not None:
            where += f":{finding.line}" + (f":{finding.column}" if finding.column else "")
        lines.append(
            f"{where}: {severities[finding.severity]}: {finding.field}: {finding.message_in(speech)}"
        )
    counts = []
    if report.errors:
        counts.append(
            speech.translate("Check", "1 error")
            if report.errors == 1
            else speech.translate("Check", "{count} errors")
        )
    if report.warnings:
        counts.append(
            speech.translate("Check", "1 warning")
            if report.warnings == 1
            else speech.translate("Check", "{count} warnings")
        )
    numbers = {"error": report.errors, "warning": report.warnings}
    verdict = ", ".join(
        count.format(count=numbers["error" if index == 0 and report.errors else "warning"])
        for index, count in enumerate(counts)
    )
    photos = (
        speech.translate("Check", "1 photo")
        if report.photos == 1
        else speech.translate("Check", "{count} photos").format(count=report.photos)
    )
    summary = speech.translate("Check", "{source}: {photos} checked: {verdict}")
    lines.append(
        summary.format(
            source=report.source,
            photos=photos,
            verdict=verdict or speech.translate("Check", "no problems found"),
        )
    )
    return "\n".join(lines) + "\n"


def to_json(report: CheckReport) -> str:
    """The report for scripts."""
    value = {
        "source": str(report.source),
        "photos": report.photos,
        "errors": report.errors,
        "warnings": report.warnings,
        "exit_code": report.exit_code,
        "findings": [{**asdict(finding, dict_factory=_without_said)} for finding in report.findings],
    }
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def _without_said(items: list[tuple[str, object]]) -> dict[str, object]:
    """A finding's fields for the JSON report, which stays English: its message, not how to say it."""
    return {name: value for name, value in items if name != "said"}


def check_main(argv: Sequence[str] | None = None) -> int:
    """``trip-viewer check``: print the report; exit 0 clean, 1 warnings only, 2 errors."""
    parser = argparse.ArgumentParser(
        prog="trip-viewer check",
        description="Check a trip before presenting it: files, captions, credits, times, order.",
        epilog="Exit status: 0 clean, 1 warnings only, 2 errors. Nothing is written.",
    )
    parser.add_argument("trip", type=Path, metavar="MANIFEST|FOLDER", help="a manifest, or a folder")
    parser.add_argument("--json", action="store_true", help="print the report as JSON, for scripts")
    parser.add_argument(
        "--lang", metavar="CODE", help="the language of the report for people (--json: English)"
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_ERRORS
    report = run_check(args.trip)
    if sys.stdout is not None:  # a windowed app on Windows has no console to write to
        sys.stdout.write(
            to_json(report) if args.json else format_text(report, Speech(chosen_language(args.lang)))
        )
    return report.exit_code
