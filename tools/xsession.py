"""Run Trip Viewer in a real X window: a private Xvfb, the app's own process, real keys, real pixels.

The end-to-end tests (``tests/e2e``) and the README screenshot (``tools/screenshot.py``)
take the same steps, so they live here:

1. :func:`start_xvfb` starts ``Xvfb`` on a display number it picks itself
   (``-displayfd``, so two runs never race for one number) and waits until the
   server answers ``xdpyinfo``.
2. :func:`launch_viewer` starts ``python -m viewer`` on that display with Qt's
   ``xcb`` platform and waits until its window is visible (``xdotool search``).
3. :meth:`Viewer.key` sends real key events with ``xdotool``; :meth:`Viewer.capture`
   grabs the screen with ImageMagick's ``import``; :meth:`Viewer.settle` polls
   captures until the screen has changed (when asked to), looks ready, and holds still.

Every wait polls a condition against a deadline; nothing sleeps a fixed time and
hopes. There is no window manager, so ``--fullscreen`` sets the window to the
screen's size itself; :class:`Layout` knows where photo, caption and strip fall.
Xvfb shows Qt one screen; ``tools/twoscreens.py`` starts a real X server that
shows it two, for presenter view, and drives the viewer with these same helpers.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageStat

TOOLS = ("Xvfb", "xdotool", "import", "xdpyinfo", "xwininfo")
SCREEN = (1600, 1000)
TITLE = "Trip Viewer"  # the window title ends "— Trip Viewer"
POLL = 0.05  # seconds between two looks at a condition
STILL_FOR = 0.3  # seconds the screen must hold still to count as painted
TRACE_NAME = "trace.jsonl"  # in the basedir: the viewer's timing trace (viewer/gui/show/trace.py)
STDERR_TAIL = 3000  # characters of the viewer's stderr quoted in an error

Box = tuple[int, int, int, int]  # left, top, right, bottom, as Pillow crops
Colour = tuple[int, int, int]

WINDOW_GROUND: Colour = (0x10, 0x10, 0x10)  # behind the photo and the caption
STRIP_GROUND: Colour = (0x18, 0x18, 0x18)
STRIP_HEIGHT = 120
# The route map beside the photo (viewer.gui.views.audience.mainwindow.MAP_SHARE of the
# width), its sea and land (viewer.gui.theme.MAP_SEA, MAP_LAND), and the current photo's
# yellow mark on it (theme.ACCENT); tests/e2e/test_map_window.py checks these against
# the app's own.
MAP_SHARE = 0.3
MAP_SEA: Colour = (0x16, 0x23, 0x2E)
MAP_LAND: Colour = (0x47, 0x4A, 0x41)
ACCENT = "#ffd166"


class XSessionError(RuntimeError):
    """Xvfb or the viewer did not do what was expected in time."""


def missing_tools() -> list[str]:
    """The programs this module needs that are not on PATH."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``condition`` until it holds; after ``timeout`` seconds raise, naming ``what``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise XSessionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(POLL)


# -- pixels ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """Where the full-screen window puts things on a screen of ``size``.

    The photo fills the top and the timeline strip the bottom ``STRIP_HEIGHT``
    pixels; the caption sits between, its height following the caption's lines.
    The boxes leave a margin at the seams so a one- or two-line caption fits.
    """

    size: tuple[int, int] = SCREEN

    @property
    def photo(self) -> Box:
        width, height = self.size
        return (0, 0, width, round(height * 0.65))

    @property
    def caption(self) -> Box:
        width, height = self.size
        return (0, height - STRIP_HEIGHT - 100, width, height - STRIP_HEIGHT)

    @property
    def strip(self) -> Box:
        width, height = self.size
        return (0, height - STRIP_HEIGHT, width, height)


def difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference of two same-sized RGB images: 0 (same) to 255."""
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def ink(image: Image.Image, ground: Colour, tolerance: int = 40) -> float:
    """The share (0 to 1) of pixels further than ``tolerance`` from ``ground`` in any channel."""
    distance = ImageChops.difference(image, Image.new("RGB", image.size, ground))
    channels = distance.split()
    furthest = ImageChops.lighter(ImageChops.lighter(channels[0], channels[1]), channels[2])
    mask = furthest.point(lambda value: 255 if value > tolerance else 0)
    return ImageStat.Stat(mask).mean[0] / 255


def colour_box(shot: Image.Image, colour: str, tolerance: int = 12) -> Box | None:
    """Where ``colour`` is on the screen, within ``tolerance`` (12: a photo, within JPEG's error)."""
    distance = ImageChops.difference(shot, Image.new("RGB", shot.size, colour)).convert("L")
    return distance.point(lambda value: 255 if value < tolerance else 0).getbbox()


def map_box(size: tuple[int, int]) -> Box:
    """Where the route map is on a full-screen window: the photo's band, at the right."""
    width, _ = size
    _, top, _, bottom = Layout(size).photo
    return (width - round(width * MAP_SHARE) + 2, top, width, bottom)


def map_sea(shot: Image.Image) -> float:
    """The share of the map's box that is the map's sea (all of it while the map is drawn)."""
    return 1 - ink(shot.crop(map_box(shot.size)), MAP_SEA, tolerance=6)


def map_ground(shot: Image.Image) -> float:
    """The share of the map's box that is the map's sea or land: most of it where a map is."""
    return map_sea(shot) + 1 - ink(shot.crop(map_box(shot.size)), MAP_LAND, tolerance=6)


def map_drawing(shot: Image.Image) -> bool:
    """The route map's place is there, but its picture is still being made."""
    return map_sea(shot) > 0.8


def map_mark(shot: Image.Image) -> Box | None:
    """Where the current photo's yellow mark is in the map's box (on the map and its inset)."""
    return colour_box(shot.crop(map_box(shot.size)), ACCENT, tolerance=20)


def shown_with_map(shot: Image.Image) -> bool:
    """A photo painted, and the route map beside it drawn with its mark."""
    return photo_painted(shot) and map_ground(shot) > 0.5 and map_mark(shot) is not None


def photo_painted(shot: Image.Image) -> bool:
    """The window fills the screen and shows a photo (not a loading note or an empty area),
    and the route map beside it, if the trip has one, is drawn."""
    layout = Layout(shot.size)
    strip = shot.crop(layout.strip)
    shown = ink(shot.crop(layout.photo), WINDOW_GROUND) > 0.3 and ink(strip, (0, 0, 0), 4) > 0.9
    return shown and not map_drawing(shot)


# -- the X server ------------------------------------------------------------------------


@dataclass
class XServer:
    """A running X server (Xvfb here): its display name (``:N``) and screen size."""

    display: str
    size: tuple[int, int]
    process: subprocess.Popen[bytes]

    def env(self) -> dict[str, str]:
        """The environment for a program that should draw on this server."""
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        for name in ("WAYLAND_DISPLAY", "QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS"):
            env.pop(name, None)
        return env

    def answers(self) -> bool:
        if self.process.poll() is not None:
            raise XSessionError(f"the X server {self.display} exited with status {self.process.returncode}")
        probe = subprocess.run(
            ["xdpyinfo", "-display", self.display], capture_output=True, timeout=10, check=False
        )
        return probe.returncode == 0

    def stop(self) -> None:
        end_process(self.process)


def start_xvfb(size: tuple[int, int] = SCREEN, timeout: float = 15.0) -> XServer:
    """Start Xvfb on a free display and return once it answers clients."""
    read_end, write_end = os.pipe()
    try:
        screen = f"{size[0]}x{size[1]}x24"
        process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        write_end = -1
        number = read_display_number(read_end, process, timeout)
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)
    server = XServer(f":{number}", size, process)
    try:
        wait_until(server.answers, timeout, f"Xvfb {server.display} to answer xdpyinfo")
    except BaseException:
        server.stop()
        raise
    return server


def read_display_number(fd: int, process: subprocess.Popen[bytes], timeout: float, name: str = "Xvfb") -> int:
    """The X server ``name`` writes its display number and a newline to ``-displayfd`` once it listens."""
    deadline = time.monotonic() + timeout
    text = b""
    while not text.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or process.poll() is not None:
            end_process(process)
            raise XSessionError(
                f"{name} gave no display number in {timeout:g} s (status {process.returncode})"
            )
        ready, _, _ = select.select([fd], [], [], min(left, 0.5))
        if ready:
            chunk = os.read(fd, 64)
            if not chunk:  # the pipe closed without a number: Xvfb failed
                end_process(process)
                raise XSessionError(f"{name} closed -displayfd without writing a display number")
            text += chunk
    return int(text.strip())


@contextlib.contextmanager
def xvfb(size: tuple[int, int] = SCREEN) -> Iterator[XServer]:
    """An Xvfb for the length of a ``with`` block."""
    server = start_xvfb(size)
    try:
        yield server
    finally:
        server.stop()


# -- the viewer ------------------------------------------------------------------------


@dataclass
class Viewer:
    """One ``trip-viewer`` process on an :class:`XServer`, and its window."""

    server: XServer
    process: subprocess.Popen[bytes]
    basedir: Path  # its --basedir: settings, caches, logs
    output_path: Path  # its stdout and stderr
    trace_path: Path  # its timing trace (``viewer.gui.show.trace``)
    window: str = ""

    # -- the process

    def output(self) -> str:
        """What the viewer has written to stdout and stderr so far."""
        try:
            return self.output_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def running(self) -> bool:
        return self.process.poll() is None

    def fail(self, message: str) -> XSessionError:
        """An error for ``message`` that also quotes the end of the viewer's stderr."""
        tail = self.output()[-STDERR_TAIL:].strip()
        return XSessionError(f"{message}\n--- viewer stderr ---\n{tail or '(empty)'}")

    def wait_exit(self, timeout: float) -> int:
        """The exit status, once the viewer quits by itself within ``timeout`` seconds."""
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            raise self.fail(f"the viewer was still running after {timeout:g} s") from None

    def stop(self) -> None:
        end_process(self.process)

    def painted_sharp(self) -> bool:
        """Whether the last photo the viewer painted was the sharp one, by its trace.

        A low-resolution preview shows first when decoding lags (on a busy machine);
        a screenshot of it must not pass for the photo.
        """
        try:
            lines = self.trace_path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return True  # not traced: nothing to tell
        for line in reversed(lines):
            if '"event": "shown"' in line:
                return bool(json.loads(line).get("sharp"))
        return False

    def maps_drawn(self) -> bool:
        """Whether every route map the viewer began drawing is on screen, by its trace.

        A map drawn again for a new size shows its last picture stretched meanwhile;
        a screenshot of that must not pass for the map.
        """
        try:
            lines = self.trace_path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return True
        for line in reversed(lines):
            if '"event": "map' in line:
                return json.loads(line)["event"] != "map drawing"
        return True

    def painted(self) -> list[int]:
        """The photos (0 is the first) this viewer has painted sharp so far, in order, by its trace."""
        try:
            lines = self.trace_path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        events = [json.loads(line) for line in lines if '"event": "shown"' in line]
        return [event["index"] for event in events if event.get("sharp")]

    def find_window(self, timeout: float = 20.0) -> str:
        """Wait until the viewer's window is visible; remember and return its X id."""
        deadline = time.monotonic() + timeout
        while True:
            if not self.running():
                status = self.process.returncode
                raise self.fail(f"the viewer exited with status {status} before its window showed")
            search = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid), "--name", TITLE],
                env=self.server.env(),
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
            found = search.stdout.split()
            if found:
                self.window = found[-1]
                return self.window
            if time.monotonic() > deadline:
                raise self.fail(f"no visible window titled '… {TITLE}' after {timeout:g} s")
            time.sleep(POLL)

    def find_windows(self, name: str, count: int = 1, timeout: float = 20.0) -> list[str]:
        """Wait until this viewer shows ``count`` windows whose titles hold ``name``; their X ids."""
        found: list[str] = []

        def search() -> bool:
            if not self.running():
                raise self.fail(f"the viewer exited with status {self.process.returncode}")
            done = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid), "--name", name],
                env=self.server.env(),
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
            found[:] = done.stdout.split()
            return len(found) >= count

        wait_until(search, timeout, f"{count} visible window(s) titled '{name}'")
        return found

    def window_name(self, window: str | None = None) -> str:
        """The title of ``window`` (default: the viewer's) as the X server has it now."""
        done = subprocess.run(
            ["xdotool", "getwindowname", window or self.window],
            env=self.server.env(),
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        )
        return done.stdout.strip()

    def window_geometry(self, window: str | None = None) -> Box:
        """Where ``window`` (default: the viewer's) is on the screen, as the X server has it
        (``xwininfo``): left, top, right, bottom."""
        info = subprocess.run(
            ["xwininfo", "-display", self.server.display, "-id", window or self.window],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        )
        fields = dict(line.strip().split(":", 1) for line in info.stdout.splitlines() if ":" in line)
        left, top = int(fields["Absolute upper-left X"]), int(fields["Absolute upper-left Y"])
        return left, top, left + int(fields["Width"]), top + int(fields["Height"])

    def window_size(self) -> tuple[int, int]:
        """The window's width and height as the X server has them (``xwininfo``)."""
        left, top, right, bottom = self.window_geometry()
        return right - left, bottom - top

    # -- keys and pixels

    def key(self, *keys: str, quits: bool = False, window: str | None = None) -> None:
        """Send ``keys`` (xdotool names: ``Right``, ``Next``, ``ctrl+q``) to ``window``
        (default: the viewer's), in order.

        With ``quits``, the window may vanish while the last key is still being
        released, which xdotool reports as an error; that is then expected.
        """
        subprocess.run(
            ["xdotool", "key", "--window", window or self.window, "--delay", "40", *keys],
            env=self.server.env(),
            check=not quits,
            timeout=10,
            stderr=subprocess.DEVNULL if quits else None,
        )

    def capture(self) -> Image.Image:
        """The whole screen now, as RGB."""
        grab = subprocess.run(
            ["import", "-display", self.server.display, "-window", "root", "-depth", "8", "ppm:-"],
            capture_output=True,
            check=True,
            timeout=20,
        )
        return Image.open(io.BytesIO(grab.stdout)).convert("RGB")

    def settle(
        self,
        changed_from: Image.Image | None = None,
        region: Box | None = None,
        ready: Callable[[Image.Image], bool] | None = None,
        timeout: float = 10.0,
        still: Box | None = None,
    ) -> Image.Image:
        """Poll captures until the screen is painted and still, and return it.

        Painted means: ``region`` (default: the whole screen) differs from the
        same region of ``changed_from``, if given, and ``ready`` holds, if given.
        Still means: identical captures of ``still`` (default: the whole screen;
        leave out a ticking clock) for at least ``STILL_FOR`` seconds.
        """
        deadline = time.monotonic() + timeout
        steady: Image.Image | None = None
        steady_since = 0.0
        why = "the first capture"
        while True:
            if not self.running():
                raise self.fail(f"the viewer exited with status {self.process.returncode}")
            now = time.monotonic()
            shot = self.capture()
            if changed_from is not None and difference(_crop(shot, region), _crop(changed_from, region)) == 0:
                steady, why = None, "the screen to change"
            elif ready is not None and not ready(shot):
                steady, why = None, "the picture to be ready"
            elif not self.painted_sharp():
                steady, why = None, "the sharp photo (not its preview)"
            elif not self.maps_drawn():
                steady, why = None, "the route map to be drawn"
            elif steady is None or difference(_crop(shot, still), _crop(steady, still)) != 0:
                steady, steady_since, why = shot, now, "the screen to hold still"
            elif now - steady_since >= STILL_FOR:
                return shot
            if time.monotonic() > deadline:
                raise self.fail(f"timed out after {timeout:g} s waiting for {why}")
            time.sleep(POLL)


def _crop(image: Image.Image, region: Box | None) -> Image.Image:
    return image.crop(region) if region is not None else image


def start_viewer(
    server: XServer, args: Sequence[str], basedir: Path, env: dict[str, str] | None = None, run: int = 1
) -> Viewer:
    """Start ``python -m viewer ARGS --basedir BASEDIR`` on ``server``; do not wait for anything.

    ``env`` adds variables (e.g. ``TRIP_VIEWER_TRACE``) to the server's environment.
    ``run``: which start of the app in this basedir this is (the next start after a
    first one shares its settings and caches); each keeps its own trace and output.
    """
    basedir.mkdir(parents=True, exist_ok=True)
    suffix = "" if run == 1 else f"-{run}"
    output_path = basedir / f"viewer-output{suffix}.txt"
    env = {"TRIP_VIEWER_TRACE": str(basedir / TRACE_NAME.replace(".", f"{suffix}.", 1)), **(env or {})}
    trace_path = Path(env["TRIP_VIEWER_TRACE"])
    with output_path.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "viewer", *args, "--basedir", str(basedir)],
            env={**server.env(), **env},
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=output,
        )
    return Viewer(server, process, basedir, output_path, trace_path)


def launch_viewer(
    server: XServer,
    args: Sequence[str],
    basedir: Path,
    timeout: float = 20.0,
    run: int = 1,
    env: dict[str, str] | None = None,
) -> Viewer:
    """Start the viewer as :func:`start_viewer` does, and wait until its window is visible."""
    viewer = start_viewer(server, args, basedir, env=env, run=run)
    try:
        viewer.find_window(timeout)
    except BaseException:
        viewer.stop()
        raise
    return viewer


def end_process(process: subprocess.Popen[bytes]) -> None:
    """Terminate ``process`` (kill it if it will not go) and reap it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
