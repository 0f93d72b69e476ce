"""Crossfade maths: progress on the wall clock, the easing, and frame times against the refresh."""

from __future__ import annotations

import math

import pytest

from viewer.model.fade import (
    dropped_frames,
    eased,
    frame_stats,
    opacity,
    percentile,
    progress,
    refresh_interval_ms,
)

REFRESH = 1000 / 60


@pytest.mark.parametrize(
    ("elapsed", "length", "expected"),
    [(0, 300, 0.0), (150, 300, 0.5), (300, 300, 1.0), (900, 300, 1.0), (-5, 300, 0.0), (10, 0, 1.0)],
    ids=["start", "half", "end", "long-after", "clock-before-start", "no-fade"],
)
def test_progress_follows_elapsed_time_and_stays_within_0_and_1(
    elapsed: float, length: float, expected: float
) -> None:
    assert progress(elapsed, length) == expected


def test_a_late_frame_shows_the_fade_further_on_not_longer() -> None:
    # One frame took 100 ms: the next shows where the clock says, and the fade still ends at 300 ms.
    assert opacity(116, 300) > opacity(16, 300)
    assert opacity(300, 300) == 1.0


def test_the_easing_starts_and_lands_softly_and_is_half_at_half_time() -> None:
    assert eased(0.0) == 0.0
    assert eased(1.0) == 1.0
    assert eased(0.5) == 0.5
    assert eased(0.1) < 0.1  # slow at the start
    assert eased(0.9) > 0.9  # and at the end
    shares = [step / 100 for step in range(101)]
    values = [eased(share) for share in shares]
    assert values == sorted(values)  # never turns back


def test_the_easing_clamps_what_is_outside_the_fade() -> None:
    assert eased(-1.0) == 0.0
    assert eased(2.0) == 1.0


@pytest.mark.parametrize(("rate", "interval"), [(60.0, 1000 / 60), (144.0, 1000 / 144), (0.0, 1000 / 60)])
def test_refresh_interval_of_a_screen_falls_back_to_60_hz(rate: float, interval: float) -> None:
    assert refresh_interval_ms(rate) == pytest.approx(interval)


def test_frames_at_the_refresh_or_a_little_quicker_drop_nothing() -> None:
    assert dropped_frames([REFRESH] * 18, REFRESH) == 0
    assert dropped_frames([16.0] * 18, REFRESH) == 0  # a timer's round 16 ms at 60 Hz
    assert dropped_frames([14.0, 19.3] * 9, REFRESH) == 0  # a few ms of jitter either way


def test_frames_of_20_ms_drop_one_refresh_in_six() -> None:
    assert dropped_frames([20.0] * 15, REFRESH) == 3  # 300 ms: 18 refreshes, 16 frames shown


def test_one_frame_two_refreshes_long_drops_one() -> None:
    assert dropped_frames([REFRESH] * 5 + [2 * REFRESH] + [REFRESH] * 5, REFRESH + 0.01) == 1


def test_a_long_stall_drops_every_refresh_it_covers() -> None:
    assert dropped_frames([100.0], REFRESH) == 5


def test_no_frames_or_no_refresh_drop_nothing() -> None:
    assert dropped_frames([], REFRESH) == 0
    assert dropped_frames([100.0], 0.0) == 0


def test_frame_stats_of_a_smooth_fade() -> None:
    stats = frame_stats([[16.6, 16.8, 16.5, 16.7]], REFRESH)
    assert (stats.fades, stats.frames) == (1, 4)
    assert stats.worst == 16.8
    assert stats.dropped == 0
    assert stats.smooth
    assert 16.5 <= stats.p50 <= stats.p95 <= stats.worst


def test_frame_stats_add_up_the_refreshes_each_fade_dropped() -> None:
    smooth, rough = [REFRESH] * 17, [20.0] * 15
    stats = frame_stats([smooth, rough, rough], REFRESH)
    assert (stats.fades, stats.frames) == (3, 47)
    assert stats.dropped == 6
    assert stats.worst == 20.0
    assert not stats.smooth


def test_frame_stats_of_no_frames_are_not_numbers_but_drop_nothing() -> None:
    stats = frame_stats([], REFRESH)
    assert stats.frames == 0
    assert math.isnan(stats.p95) and math.isnan(stats.worst)
    assert stats.dropped == 0


def test_percentile_interpolates_between_samples() -> None:
    assert percentile([10.0, 20.0], 0.5) == 15.0
    assert percentile([30.0, 10.0, 20.0], 1.0) == 30.0
    assert percentile([5.0], 0.95) == 5.0
