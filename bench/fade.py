"""FADE: crossfades in a real full-screen window, at 1920×1080 and 3840×2160: frame times and their cost.

The app runs full screen with ``--transition fade`` on an Xvfb of each size.
Once photo 1 is painted sharp and the show has settled, Right is pressed calmly,
a step every second (the fade and the next photo's decode both done before the
next key), and the trace's ``faded`` events give each fade's frames: the
milliseconds between two frames painted and what each frame's paint cost (the
photo view's ``paintEvent``, not the copy to the X server). A refresh of a 60 Hz
screen that no new frame reached is a dropped frame (``viewer.model.fade``).
Xvfb says 60 Hz, so the app paints a fade's frames 16 ms apart.

Beside the app, the photo view alone (``bench/fade_alone.py``: full screen, the
photos decoded beforehand, nothing else at work) gives what the fade itself costs
on this machine and display, so the rows say how much of the app's figures is
the rest of the app's work meanwhile.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.processes import App, Event, app_session, events_named
from bench.report import Row
from bench.stats import median
from tools import xsession
from tools.xsession import XServer
from viewer.model.fade import DEFAULT_REFRESH_HZ, FrameStats, frame_stats, percentile, refresh_interval_ms

REPO = Path(__file__).resolve().parents[1]
FULL_HD = (1920, 1080)
UHD = (3840, 2160)
FADE_SECONDS = 0.3  # the app's default fade
STEP_INTERVAL = 1.0  # seconds between two steps
SETTLE = 2.0  # seconds after the first sharp paint: thumbnails and metadata mostly read
JITTER = 1.1  # a frame a tenth of a refresh late still lands in its refresh (see dropped_frames)
PAINT_GOAL_SHARE = 0.5  # a frame's paint within half a refresh leaves the rest for the copy to the screen
ALONE_PHOTOS = 3  # the photo view alone fades between these many


@dataclass(frozen=True)
class Fades:
    """The fades of one screen size: each fade's frame times, every frame's paint cost, key → fade done."""

    size: tuple[int, int]
    frames: list[list[float]]  # per fade, ms between two frames
    paints: list[float]  # ms, every frame of every fade
    done: list[float]  # ms, each key to its fade's end
    runs: list[FrameStats] = field(default_factory=list)  # each app session's own

    def stats(self) -> FrameStats:
        return frame_stats(self.frames, refresh_interval_ms(DEFAULT_REFRESH_HZ))


def measure_fade(server: XServer, folder: Path, count: int, runs: int, steps: int) -> list[Row]:
    """FADE's rows: the 1080p figures on ``server``, the 4K ones on an Xvfb of their own."""
    steps = min(steps, count - 1)
    photos = sorted(folder.glob("*.jpg"))[:ALONE_PHOTOS]
    rows = _rows(_fades(server, folder, runs, steps), steps * runs)
    rows += _alone_rows(_alone(server, photos, steps * runs))
    with xsession.xvfb(UHD) as big:
        rows += _rows(_fades(big, folder, runs, steps), steps * runs)
        rows += _alone_rows(_alone(big, photos, steps * runs))
    return rows


def _fades(server: XServer, folder: Path, runs: int, steps: int) -> Fades:
    found = Fades(server.size, [], [], [])
    args = ["--start", "1", "--transition", "fade", "--fade", str(FADE_SECONDS)]
    for run in range(runs):
        with app_session(server, folder, args) as app:
            frames, paints, done = _session(app, steps)
        found.frames.extend(frames)
        found.paints.extend(paints)
        found.done.extend(done)
        stats = frame_stats(frames, refresh_interval_ms(DEFAULT_REFRESH_HZ))
        found.runs.append(stats)
        print(
            f"  FADE {_size(server.size)} run {run + 1}: frames p95 {stats.p95:.1f} ms, "
            f"worst {stats.worst:.1f} ms, {stats.dropped} dropped; "
            f"paint p95 {percentile(paints, 0.95):.1f} ms"
        )
    return found


def _session(app: App, steps: int) -> tuple[list[list[float]], list[float], list[float]]:
    """Step ``steps`` times; each fade's frame times, every paint's cost, and each key → fade done."""
    app.viewer.find_window()
    app.wait_shown(0, timeout=60)
    time.sleep(SETTLE)
    since = time.monotonic()
    next_step = since
    for _ in range(steps):
        next_step += STEP_INTERVAL
        time.sleep(max(0.0, next_step - time.monotonic()))
        app.xdotool_key("Right")
    app.wait_event(
        lambda event: event["event"] == "faded" and event["index"] == steps and event["t"] >= since,
        20,
        f"photo {steps + 1}'s fade to end",
    )
    events = [event for event in app.read() if event["t"] >= since]
    keys = events_named(events, "key")
    faded = events_named(events, "faded")
    if len(keys) != steps or len(faded) != steps:
        raise app.viewer.fail(f"sent {steps} keys: the window saw {len(keys)}, and {len(faded)} fades ended")
    done = [(_faded(faded, step)["t"] - key["t"]) * 1000 for step, key in enumerate(keys, start=1)]
    return [event["frames"] for event in faded], [ms for event in faded for ms in event["paints"]], done


def _alone(server: XServer, photos: list[Path], fades: int) -> Fades:
    """The photo view alone on ``server``: ``fades`` fades between ``photos``."""
    argv = [sys.executable, str(REPO / "bench" / "fade_alone.py"), "--fades", str(fades), *map(str, photos)]
    ran = subprocess.run(
        argv, env=server.env(), capture_output=True, text=True, timeout=60 + fades * 2, check=True
    )
    found = Fades(server.size, [], [], [])
    for line in ran.stdout.splitlines():
        fade = json.loads(line)
        found.frames.append(fade["frames"])
        found.paints.extend(fade["paints"])
    stats = found.stats()
    print(f"  FADE {_size(server.size)} alone: frames p95 {stats.p95:.1f} ms, {stats.dropped} dropped")
    return found


def _alone_rows(fades: Fades) -> list[Row]:
    stats, size = fades.stats(), _size(fades.size)
    paints = fades.paints
    return [
        Row(
            "FADE",
            f"{size}, reference: the photo view alone (bench/fade_alone.py): time between frames "
            "p50 / p95 / worst; dropped",
            f"{stats.p50:.1f} / {stats.p95:.1f} / {stats.worst:.1f} ms; {stats.dropped} of "
            f"{stats.frames + stats.dropped}",
            detail=f"{stats.fades} fades; a frame's paint p50 / p95 {percentile(paints, 0.5):.1f} / "
            f"{percentile(paints, 0.95):.1f} ms",
        )
    ]


def _faded(events: list[Event], index: int) -> Event:
    return next(event for event in events if event["index"] == index)


def _rows(fades: Fades, count: int) -> list[Row]:
    stats, size = fades.stats(), _size(fades.size)
    refresh = stats.refresh_ms
    paints = fades.paints
    paint_p95 = percentile(paints, 0.95)
    refreshes = stats.frames + stats.dropped
    runs = fades.runs
    return [
        Row(
            "FADE",
            f"{size}: time between a fade's frames, p50 / p95 / worst ({count} fades of "
            f"{FADE_SECONDS * 1000:.0f} ms, {stats.frames} frames)",
            f"{stats.p50:.1f} / {stats.p95:.1f} / {stats.worst:.1f} ms",
            f"p95 ≤ {refresh * JITTER:.1f} ms",
            stats.p95 <= refresh * JITTER,
            "p95 per run: " + ", ".join(f"{run.p95:.1f}" for run in runs) + " ms",
        ),
        Row(
            "FADE",
            f"{size}: dropped frames (refreshes at 60 Hz that no new frame reached)",
            f"{stats.dropped} of {refreshes}",
            "0",
            stats.dropped == 0,
            "per run: " + ", ".join(f"{run.dropped} of {run.frames + run.dropped}" for run in runs),
        ),
        Row(
            "FADE",
            f"{size}: a frame's paint (the photo view's paintEvent), p50 / p95 / worst",
            f"{percentile(paints, 0.5):.1f} / {paint_p95:.1f} / {max(paints, default=float('nan')):.1f} ms",
            f"p95 ≤ {refresh * PAINT_GOAL_SHARE:.1f} ms",
            paint_p95 <= refresh * PAINT_GOAL_SHARE,
        ),
        Row(
            "FADE",
            f"{size}: key → fade's last frame, median",
            f"{median(fades.done):.0f} ms",
            detail=f"the fade is {FADE_SECONDS * 1000:.0f} ms from the key's photo change",
        ),
    ]


def _size(size: tuple[int, int]) -> str:
    return f"{size[0]}×{size[1]}"
