"""ZOOM: Z on a 24 MP photo, to the first zoomed frame and to the full-resolution one, and memory.

The app shows one photo full screen; once it is painted sharp and the show's
background work has settled, Z is pressed (real key presses, xdotool) and the
trace gives the moment the key reached the window, the first zoomed paint (the
fitted photo enlarged), the paint from its pixels at half size (a JPEG's first
step) and the paint from the photo's own pixels, decoded on workers. Then 0
leaves zoom, and the trace's resident memory says whether the full-resolution
pixels (96 MB for 24 MP) were let go. ``cycles`` zooms a session.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.processes import App, Event, app_session, events_named
from bench.report import Row
from bench.stats import median
from tools.xsession import XServer

MB = 1024 * 1024
SETTLE = 2.0  # seconds after the first paint before zooming: thumbnails and metadata done
FIRST_GOAL_MS = 50.0  # the key answers at once: within a few frames
STALL_MS = 50.0


@dataclass(frozen=True)
class Cycle:
    """One Z … 0, in milliseconds and bytes."""

    enlarged: float  # key → first zoomed paint
    half: float | None  # key → paint from the pixels at half size (None: the full ones came first)
    full: float  # key → paint from the full-resolution pixels
    stall: float  # the longest UI stall between the key and the full paint (0: none over 20 ms)
    fitted_rss: int  # before the key
    zoomed_rss: int  # at the full paint
    after_rss: int  # once 0 has left zoom


def measure_zoom(
    server: XServer, folder: Path, size: tuple[int, int], runs: int, cycles: int = 3
) -> list[Row]:
    found: list[Cycle] = []
    for run in range(runs):
        with app_session(server, folder) as app:
            app.viewer.find_window()
            shown = app.wait_shown(0, timeout=30)
            time.sleep(SETTLE)
            rss = int(shown.get("rss", 0))
            for _ in range(cycles):
                found.append(_cycle(app, rss))
                rss = found[-1].after_rss
        last = found[-cycles:]
        print(
            f"  ZOOM run {run + 1}: enlarged {median([c.enlarged for c in last]):.0f} ms, "
            f"full {median([c.full for c in last]):.0f} ms, "
            f"RSS {median([c.zoomed_rss for c in last]) / MB:.0f} MB zoomed"
        )
    megapixels = size[0] * size[1] / 1e6
    enlarged = [cycle.enlarged for cycle in found]
    full = [cycle.full for cycle in found]
    half = [cycle.half for cycle in found if cycle.half is not None]
    stalls = [cycle.stall for cycle in found]
    first = median(enlarged)
    return [
        Row(
            "ZOOM",
            f"Z → first zoomed frame painted (the fitted photo enlarged), {megapixels:.0f} MP photo",
            f"{first:.0f} ms",
            f"≤ {FIRST_GOAL_MS:.0f} ms",
            first <= FIRST_GOAL_MS,
            _list(enlarged, "ms"),
        ),
        Row(
            "ZOOM",
            "Z → frame painted from the photo's pixels at half size (its first sharpening)",
            f"{median(half):.0f} ms" if half else "not seen",
            detail=_list(half, "ms") + f" ({len(half)} of {len(found)} zooms: else the full ones came first)",
        ),
        Row(
            "ZOOM",
            "Z → full-resolution frame painted (decoded on a worker)",
            f"{median(full):.0f} ms",
            detail=_list(full, "ms"),
        ),
        Row(
            "ZOOM",
            "longest UI stall from Z to the full-resolution frame",
            f"{median(stalls):.0f} ms" if median(stalls) else "none over 20 ms",
            f"≤ {STALL_MS:.0f} ms",
            median(stalls) <= STALL_MS,
            _list(stalls, "ms"),
        ),
        Row(
            "ZOOM",
            "resident memory: fitted / zoomed at full resolution / after 0",
            " / ".join(
                f"{median([getattr(cycle, name) for cycle in found]) / MB:.0f}"
                for name in ("fitted_rss", "zoomed_rss", "after_rss")
            )
            + " MB",
            detail=f"{len(found)} zooms in {runs} session(s); the photo's pixels are {megapixels * 4:.0f} MB",
        ),
    ]


def _cycle(app: App, fitted_rss: int) -> Cycle:
    since = time.monotonic()
    app.xdotool_key("z")
    key = app.wait_event(lambda event: event["event"] == "key" and event["t"] >= since, 10, "the Z key")
    enlarged = app.wait_event(_zoomed(key, "enlarged"), 10, "the first zoomed paint")
    full = app.wait_event(_zoomed(key, "full"), 30, "the full-resolution paint")
    half = next(
        (event for event in app.read() if _zoomed(key, "half")(event) and event["t"] <= full["t"]), None
    )
    time.sleep(0.3)
    left = time.monotonic()
    app.xdotool_key("0")
    after = app.wait_event(
        lambda event: event["event"] == "zoom" and not event["active"] and event["t"] >= left,
        10,
        "zoom's end",
    )
    time.sleep(0.3)
    stalls = [
        event["ms"]
        for event in events_named(app.read(), "stall")
        if key["t"] <= event["t"] and event["t"] - event["ms"] / 1000 <= full["t"]
    ]
    return Cycle(
        enlarged=(enlarged["t"] - key["t"]) * 1000,
        half=(half["t"] - key["t"]) * 1000 if half is not None else None,
        full=(full["t"] - key["t"]) * 1000,
        stall=max(stalls, default=0.0),
        fitted_rss=fitted_rss,
        zoomed_rss=int(full.get("rss", 0)),
        after_rss=int(after.get("rss", 0)),
    )


def _zoomed(key: Event, stage: str) -> Callable[[Event], bool]:
    def match(event: Event) -> bool:
        return event["event"] == "zoomed" and event["t"] >= key["t"] and event.get("stage") == stage

    return match


def _list(values: list[float], unit: str) -> str:
    return ", ".join(f"{value:.0f}" for value in values) + f" {unit}"
