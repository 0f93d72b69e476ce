"""Crossfade maths: how far a fade has come, and how smoothly its frames came.

A fade's progress follows the wall clock, not a count of frames: a frame that is
late shows the fade further on, so a slow frame never makes the fade longer, and
the clicker's next step never waits for it. The new photo's opacity eases in and
out (slow at both ends), so the fade starts and lands softly.

The frames of a fade are judged against the screen's refresh interval: a
refresh that no new frame reached is a dropped frame. The benchmark reads its
figures from :func:`frame_stats`, on the frame times the trace notes.
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


def dropped_frames(frames_ms: Sequence[float], refresh_ms: float) -> int:
    """Refreshes during a fade that showed no new frame, its frames ``frames_ms`` apart.

    Each frame lands in the refresh its moment falls in, the first in the middle
    of one (where the refresh falls is not known, and there a frame may come half a
    refresh early or late); a refresh between the first and the last that none
    landed in showed the frame before again. Frames a little quicker than the
    refresh (a timer's round 16 ms at 60 Hz) drop nothing; frames of 20 ms drop one
    refresh in six.
    """
    if refresh_ms <= 0:
        return 0
    elapsed = refresh_ms / 2
    landed = {0}
    for frame in frames_ms:
        elapsed += frame
        landed.add(math.floor(elapsed / refresh_ms))
    return max(landed) + 1 - len(landed)


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

    fades: int
    frames: int  # times between two frames
    p50: float
    p95: float
    worst: float
    dropped: int  # refreshes that showed no new frame
    refresh_ms: float

    @property
    def smooth(self) -> bool:
        """No refresh went without a new frame."""
        return self.dropped == 0


def frame_stats(fades: Sequence[Sequence[float]], refresh_ms: float) -> FrameStats:
    """The times between the frames of each of ``fades``, judged against ``refresh_ms``."""
    frames = [frame for fade in fades for frame in fade]
    return FrameStats(
        fades=len(fades),
        frames=len(frames),
        p50=percentile(frames, 0.5),
        p95=percentile(frames, 0.95),
        worst=max(frames, default=math.nan),
        dropped=sum(dropped_frames(fade, refresh_ms) for fade in fades),
        refresh_ms=refresh_ms,
    )
