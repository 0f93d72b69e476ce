"""Crossfade maths: how far a fade has come, and how smoothly its frames came.

A fade's progress follows the wall clock, not a count of frames: a frame that is
late shows the fade further on, so a slow frame never makes the fade longer, and
the clicker's next step never waits for it. The new photo's opacity eases in and
out (slow at both ends), so the fade starts and lands softly.

The frames of a fade are judged against the screen's refresh interval: a frame
that took two refreshes dropped one. The benchmark and the trace read the same
figures from :func:`frame_stats`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_REFRESH_HZ = 60.0  # when a screen does not say its rate


def progress(elapsed_ms: float, length_ms: float) -> float:
    """How far a fade of ``length_ms`` has come after ``elapsed_ms``: 0 to 1 (a fade of 0 ms is done)."""
    if length_ms <= 0:
        return 1.0
    return min(1.0, max(0.0, elapsed_ms / length_ms))


def eased(share: float) -> float:
    """The new photo's opacity at ``share`` of a fade: smoothstep, 0 and 1 at the ends, 0.5 halfway."""
    share = min(1.0, max(0.0, share))
    return share * share * (3.0 - 2.0 * share)


def opacity(elapsed_ms: float, length_ms: float) -> float:
    """The new photo's opacity ``elapsed_ms`` into a fade of ``length_ms``."""
    return eased(progress(elapsed_ms, length_ms))


def refresh_interval_ms(rate_hz: float) -> float:
    """Milliseconds between two refreshes of a screen of ``rate_hz`` (60 Hz if it says none)."""
    return 1000.0 / (rate_hz if rate_hz > 0 else DEFAULT_REFRESH_HZ)


def missed_refreshes(frame_ms: float, refresh_ms: float) -> int:
    """Refreshes a frame of ``frame_ms`` dropped: 0 up to one and a half refreshes, 1 to two and a half…"""
    if refresh_ms <= 0:
        return 0
    return max(0, math.floor(frame_ms / refresh_ms + 0.5) - 1)


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` (0 to 1) percentile of ``values``, interpolated between the two nearest; NaN of none."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = share * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True)
class FrameStats:
    """Frame times of one or more fades, in milliseconds, against a refresh interval."""

    frames: int
    p50: float
    p95: float
    worst: float
    dropped: int  # refreshes that showed no new frame
    refresh_ms: float

    @property
    def smooth(self) -> bool:
        """No refresh went without a new frame."""
        return self.dropped == 0


def frame_stats(frames_ms: Sequence[float], refresh_ms: float) -> FrameStats:
    """The times between a fade's frames (``frames_ms``) judged against ``refresh_ms``."""
    return FrameStats(
        frames=len(frames_ms),
        p50=percentile(frames_ms, 0.5),
        p95=percentile(frames_ms, 0.95),
        worst=max(frames_ms, default=math.nan),
        dropped=sum(missed_refreshes(frame, refresh_ms) for frame in frames_ms),
        refresh_ms=refresh_ms,
    )
