"""Start the programs under test on the benchmark's X server, and read what they report.

The X server is the project's own (``tools/xsession.start_xvfb``, asked for
1920x1080). Every program is reaped with ``os.wait4`` so its peak resident memory
(``ru_maxrss``) comes with its exit, and wall time is taken on ``time.monotonic()``
from just before spawning to the moment it is reaped. The app writes its timing
trace (``TRIP_VIEWER_TRACE``) as JSON lines on the same clock, so the bench can
subtract its own timestamps from the app's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, only bench/ would be on the path
    sys.path.insert(0, str(REPO))

from tools import xsession  # noqa: E402  (needs the path above)

SCREEN = (1920, 1080)
POLL = 0.005  # seconds between two looks at the trace
Event = dict[str, Any]


class BenchError(RuntimeError):
    """A program under test did not do what the measurement needs."""


@dataclass(frozen=True)
class Exited:
    """How a program ended: wall seconds from spawn, peak RSS in bytes, exit status."""

    wall: float
    max_rss: int
    status: int


@contextmanager
def x_server() -> Iterator[xsession.XServer]:
    with xsession.xvfb(SCREEN) as server:
        yield server


def reap(process: subprocess.Popen[bytes], started: float, timeout: float) -> Exited:
    """Wait for ``process`` with ``os.wait4`` (killing it after ``timeout`` s); its wall time and RSS."""
    watchdog = threading.Timer(timeout, process.kill)
    watchdog.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        watchdog.cancel()
    wall = time.monotonic() - started
    process.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait again
    return Exited(wall, usage.ru_maxrss * 1024, process.returncode)  # ru_maxrss is in KiB on Linux


def run_to_exit(argv: Sequence[str], env: dict[str, str], timeout: float) -> Exited:
    """Run ``argv`` quietly until it exits by itself; raise if it fails or outlives ``timeout``.

    Its stderr is dropped: feh warns on every start that there is no window manager.
    """
    started = time.monotonic()
    process = subprocess.Popen(
        argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    exited = reap(process, started, timeout)
    if exited.status != 0:
        raise BenchError(f"{argv[0]} exited with status {exited.status} (timeout {timeout:g} s)")
    return exited


def feh(server: xsession.XServer, photos: Sequence[Path], timeout: float) -> Exited:
    """feh 3.9 full screen through ``photos`` as fast as it can, quitting after the last."""
    argv = ["feh", "--on-last-slide", "quit", "-F", "-D", "0.01", *map(str, photos)]
    return run_to_exit(argv, server.env(), timeout)


# -- the app and its trace -----------------------------------------------------------------


@dataclass
class App:
    """One ``python -m viewer`` process with its trace file and throw-away ``--basedir``."""

    viewer: xsession.Viewer
    trace_path: Path
    started: float  # time.monotonic() just before spawning
    events: list[Event] = field(default_factory=list)
    _read_to: int = 0

    @property
    def process(self) -> subprocess.Popen[bytes]:
        return self.viewer.process

    def read(self) -> list[Event]:
        """Every trace event so far (whole lines only)."""
        try:
            with self.trace_path.open("rb") as handle:
                handle.seek(self._read_to)
                chunk = handle.read()
        except FileNotFoundError:
            return self.events
        end = chunk.rfind(b"\n") + 1
        for line in chunk[:end].splitlines():
            self.events.append(json.loads(line))
        self._read_to += end
        return self.events

    def wait_event(self, match: Callable[[Event], bool], timeout: float, what: str) -> Event:
        """The first trace event ``match`` accepts, waiting for it up to ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        seen = 0
        while True:
            events = self.read()
            for event in events[seen:]:
                if match(event):
                    return event
            seen = len(events)
            if not self.viewer.running():
                raise self.viewer.fail(f"the app exited (status {self.process.returncode}) before {what}")
            if time.monotonic() > deadline:
                raise self.viewer.fail(f"no {what} in the trace after {timeout:g} s")
            time.sleep(POLL)

    def wait_shown(self, index: int, timeout: float, sharp: bool = True) -> Event:
        def match(event: Event) -> bool:
            return event["event"] == "shown" and event["index"] == index and (event["sharp"] or not sharp)

        return self.wait_event(match, timeout, f"photo {index + 1} shown{' sharp' if sharp else ''}")

    def xdotool_key(self, *keys: str, delay_ms: int = 0) -> None:
        """Send real key presses to the window (``xdotool key``), ``delay_ms`` apart."""
        subprocess.run(
            ["xdotool", "key", "--window", self.viewer.window, "--delay", str(delay_ms), *keys],
            env=self.viewer.server.env(),
            check=True,
            timeout=30,
        )

    def quit(self, timeout: float = 20.0) -> Exited:
        """Ctrl+Q, as a person quits, and reap the process."""
        self.viewer.key("ctrl+q", quits=True)
        return reap(self.process, self.started, timeout)

    def stop(self) -> None:
        if self.viewer.running():
            xsession.end_process(self.process)


def start_app(server: xsession.XServer, trip: Path, args: Sequence[str], basedir: Path) -> App:
    """Spawn the app on ``trip`` full screen with a trace in ``basedir``; do not wait."""
    basedir.mkdir(parents=True, exist_ok=True)
    trace_path = basedir / "trace.jsonl"
    trace_path.unlink(missing_ok=True)  # a basedir used again starts a fresh trace
    output_path = basedir / "output.txt"
    env = dict(server.env(), TRIP_VIEWER_TRACE=str(trace_path))
    argv = [sys.executable, "-m", "viewer", str(trip), "--fullscreen", "--basedir", str(basedir), *args]
    with output_path.open("wb") as output:
        started = time.monotonic()
        process = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=output, stderr=output)
    viewer = xsession.Viewer(server, process, basedir, output_path, trace_path)
    return App(viewer, trace_path, started)


@contextmanager
def app_session(
    server: xsession.XServer, trip: Path, args: Sequence[str] = (), basedir: Path | None = None
) -> Iterator[App]:
    """An app for the length of a ``with`` block, in a fresh basedir unless one is given."""
    with tempfile.TemporaryDirectory(prefix="trip-viewer-bench-") as scratch:
        app = start_app(server, trip, args, basedir or Path(scratch))
        try:
            yield app
        finally:
            app.stop()


def events_named(events: list[Event], name: str) -> list[Event]:
    return [event for event in events if event["event"] == name]
