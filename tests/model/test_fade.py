"""Crossfade maths: progress on the wall clock, the easing, and frame times against the refresh."""

from __future__ import annotations

import math

import pytest

from viewer.model.fade import (
    eased,
    frame_stats,
    missed_refreshes,
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


@pytest.mark.parametrize(
    ("frame", "missed"),
    [(16.0, 0), (17.5, 0), (24.0, 0), (26.0, 1), (33.3, 1), (50.0, 2), (3.0, 0)],
)
def test_a_frame_drops_the_refreshes_it_overran(frame: float, missed: int) -> None:
    assert missed_refreshes(frame, REFRESH) == missed


def test_no_refresh_interval_drops_nothing() -> None:
    assert missed_refreshes(100.0, 0.0) == 0


def test_frame_stats_of_a_smooth_fade() -> None:
    stats = frame_stats([16.6, 16.8, 16.5, 16.7], REFRESH)
    assert stats.frames == 4
    assert stats.worst == 16.8
    assert stats.dropped == 0
    assert stats.smooth
    assert 16.5 <= stats.p50 <= stats.p95 <= stats.worst


def test_frame_stats_count_the_refreshes_a_fade_dropped() -> None:
    stats = frame_stats([16.7] * 17 + [33.4, 50.1], REFRESH)
    assert stats.dropped == 3
    assert stats.worst == 50.1
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
