"""P2: how long a person waits after pressing a key, stepping calmly and in a burst.

Calm: Right twice a second; each step's latency runs from the key reaching the
window (the trace's ``key``) to the new photo's first paint and to its sharp
paint. Burst: Right 30 times a second; the figures are the longest UI stall
during the burst and the wait from the last key to the final photo painted sharp.
With ``transition="fade"`` the app crossfades every step (``--transition fade``):
the new photo's first paint is then the first frame of its fade, and a key
mid-fade ends that fade at once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from bench.processes import App, Event, app_session, events_named
from bench.report import Row
from bench.stats import median, percentile
from tools.xsession import XServer

CALM_INTERVAL = 0.5  # seconds between two calm steps
BURST_DELAY_MS = 33  # about 30 key presses a second
STEP_GOAL_MS = 16.0  # p95 key → new photo painted
STALL_GOAL_MS = 50.0
SETTLE_GOAL_MS = 150.0  # last key of a burst → sharp photo


@dataclass(frozen=True)
class Session:
    """One app session's measurements, in milliseconds."""

    first_paint: list[float]  # per calm step: key → first paint of the new photo
    sharp: list[float]  # per calm step: key → sharp paint
    delivery: list[float]  # per calm step: bench sends (spawns xdotool) → key reaches the window
    burst_stall: float  # the longest stall during the burst (0: none over 20 ms)
    burst_settle: float  # last burst key → final photo sharp
    burst_rate: float  # key presses per second the window really received


def measure_p2(
    server: XServer, folder: Path, count: int, runs: int, calm_steps: int, burst: int, transition: str = "cut"
) -> list[Row]:
    calm_steps = min(calm_steps, count - 2)
    burst = min(burst, count - 1 - calm_steps)
    fades = transition == "fade"
    args = ["--start", "1", "--transition", transition] if fades else ["--start", "1"]
    sessions = []
    for run in range(runs):
        with app_session(server, folder, args) as app:
            sessions.append(_session(app, calm_steps, burst))
        found = sessions[-1]
        print(
            f"  P2{' with fades' if fades else ''} run {run + 1}: "
            f"p95 first paint {percentile(found.first_paint, 0.95):.1f} ms, "
            f"burst stall {found.burst_stall:.0f} ms, settle {found.burst_settle:.0f} ms"
        )

    def per_run(pick: str, share: float) -> list[float]:
        return [percentile(getattr(session, pick), share) for session in sessions]

    first = {share: per_run("first_paint", share) for share in (0.5, 0.95, 1.0)}
    sharp = {share: per_run("sharp", share) for share in (0.5, 0.95, 1.0)}
    p95 = median(first[0.95])
    stalls = [session.burst_stall for session in sessions]
    settles = [session.burst_settle for session in sessions]
    stall = median(stalls)
    settle = median(settles)
    rate = median([session.burst_rate for session in sessions])
    rows = [
        Row(
            "P2",
            f"step at 2/s, key → new photo painted, p50 / p95 / max ({calm_steps} steps)",
            _trio(first),
            f"p95 ≤ {STEP_GOAL_MS:.0f} ms",
            p95 <= STEP_GOAL_MS,
            "p95: " + _list(first[0.95], "ms"),
        ),
        Row(
            "P2",
            "step at 2/s, key → sharp photo painted, p50 / p95 / max",
            _trio(sharp),
            detail="p95: " + _list(sharp[0.95], "ms"),
        ),
        Row(
            "P2",
            "xdotool send → key in window (bench overhead, not in the figures)",
            f"{median([median(session.delivery) for session in sessions]):.1f} ms",
            detail="median per run",
        ),
        Row(
            "P2",
            f"burst of {burst} keys at {rate:.0f}/s: longest UI stall",
            f"{stall:.0f} ms" if stall else "none over 20 ms",
            f"≤ {STALL_GOAL_MS:.0f} ms",
            stall <= STALL_GOAL_MS,
            _list(stalls, "ms", 0),
        ),
        Row(
            "P2",
            "burst: last key → final photo sharp",
            f"{settle:.0f} ms",
            f"≤ {SETTLE_GOAL_MS:.0f} ms",
            settle <= SETTLE_GOAL_MS,
            _list(settles, "ms", 0),
        ),
    ]
    if not fades:
        return rows
    # Beside the plain rows: the same steps, the new photo's first paint its fade's first frame.
    return [
        Row(row.figure, f"fades on: {row.measure}", row.value, row.goal, row.met, row.detail)
        for row in rows
        if not row.measure.startswith("xdotool")
    ]


def _session(app: App, calm_steps: int, burst: int) -> Session:
    app.viewer.find_window()
    app.wait_shown(0, timeout=30)
    sent: list[float] = []
    next_step = time.monotonic()
    for _ in range(calm_steps):
        next_step += CALM_INTERVAL
        time.sleep(max(0.0, next_step - time.monotonic()))
        sent.append(time.monotonic())
        app.xdotool_key("Right")
    app.wait_shown(calm_steps, timeout=10)
    time.sleep(CALM_INTERVAL)
    burst_from = time.monotonic()
    app.xdotool_key(*["Right"] * burst, delay_ms=BURST_DELAY_MS)
    final = app.wait_shown(calm_steps + burst, timeout=20)
    events = app.read()

    keys = [event for event in events_named(events, "key") if event["t"] >= sent[0]]
    calm_keys, burst_keys = keys[:calm_steps], keys[calm_steps:]
    if len(calm_keys) != calm_steps or len(burst_keys) != burst:
        raise app.viewer.fail(f"sent {calm_steps} + {burst} keys, the window saw {len(keys)}")
    first_paint, sharp = [], []
    for step, key in enumerate(calm_keys, start=1):
        first_paint.append(_after(events, key["t"], step, sharp=False) - key["t"])
        sharp.append(_after(events, key["t"], step, sharp=True) - key["t"])
    start, end = burst_keys[0]["t"], final["t"]
    stalls = [
        event["ms"]
        for event in events_named(events, "stall")
        if event["t"] >= start and event["t"] - event["ms"] / 1000 <= end
    ]
    if start < burst_from:
        raise app.viewer.fail("the burst's first key came before the bench sent it: clocks disagree")
    span = burst_keys[-1]["t"] - start
    return Session(
        first_paint=[value * 1000 for value in first_paint],
        sharp=[value * 1000 for value in sharp],
        delivery=[(key["t"] - when) * 1000 for key, when in zip(calm_keys, sent, strict=True)],
        burst_stall=max(stalls, default=0.0),
        burst_settle=(end - burst_keys[-1]["t"]) * 1000,
        burst_rate=(len(burst_keys) - 1) / span if span > 0 else 0.0,
    )


def _after(events: list[Event], since: float, index: int, sharp: bool) -> float:
    """When photo ``index`` was first painted (sharp, if asked) after ``since``."""
    for event in events_named(events, "shown"):
        if event["t"] >= since and event["index"] == index and (event["sharp"] or not sharp):
            return float(event["t"])
    raise ValueError(f"photo {index + 1} was not painted after its key")


def _trio(values: dict[float, list[float]]) -> str:
    return " / ".join(f"{median(values[share]):.1f}" for share in (0.5, 0.95, 1.0)) + " ms"


def _list(values: list[float], unit: str, digits: int = 1) -> str:
    return ", ".join(f"{value:.{digits}f}" for value in values) + f" {unit}"
