"""Per-photo durations and transitions: the manifest's keys, their errors, and who wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.model.test_manifest import assert_error_at, load_error, load_text
from viewer.model.timing import (
    CUT,
    DEFAULT_SECONDS,
    FADE,
    ShowTiming,
    TimingError,
    parse_fade_seconds,
    parse_seconds,
    parse_transition,
)

TIMED = """\
format: trip-viewer/1
duration: 8
transition: fade
photos:
  - file: a.jpg
  - file: b.jpg
    duration: 2.5
    transition: cut
  - file: c.jpg
    transition: Fade
"""


def test_the_trip_default_and_each_photo_own_time_and_transition(tmp_path: Path) -> None:
    trip = load_text(tmp_path, TIMED)
    assert (trip.duration, trip.transition) == (8.0, FADE)
    assert [(photo.duration, photo.transition) for photo in trip.photos] == [
        (None, None),
        (2.5, CUT),
        (None, FADE),
    ]
    timing = ShowTiming()
    assert [timing.seconds_for(trip, index) for index in range(3)] == [8.0, 2.5, 8.0]
    assert [timing.transition_for(trip, index) for index in range(3)] == [FADE, CUT, FADE]
    assert [timing.fade_ms(trip, index) for index in range(3)] == [300, 0, 300]


def test_nothing_said_is_five_seconds_and_a_cut(tmp_path: Path) -> None:
    trip = load_text(tmp_path, "format: trip-viewer/1\nphotos:\n  - file: a.jpg\n")
    timing = ShowTiming()
    assert timing.seconds_for(trip, 0) == DEFAULT_SECONDS
    assert timing.transition_for(trip, 0) == CUT
    assert timing.fade_ms(trip, 0) == 0


def test_the_command_line_overrides_every_photo(tmp_path: Path) -> None:
    trip = load_text(tmp_path, TIMED)
    timing = ShowTiming(seconds=1.0, transition=CUT, fade_seconds=0.6)
    assert [timing.seconds_for(trip, index) for index in range(3)] == [1.0, 1.0, 1.0]
    assert {timing.fade_ms(trip, index) for index in range(3)} == {0}
    faded = ShowTiming(transition=FADE, fade_seconds=0.6)
    assert [faded.fade_ms(trip, index) for index in range(3)] == [600, 600, 600]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-3", "'duration' is -3 seconds; a photo needs more than 0 seconds"),
        ("0", "'duration' is 0 seconds; a photo needs more than 0 seconds"),
        ("0.0", "'duration' is 0.0 seconds; a photo needs more than 0 seconds"),
        ("1e9", "'duration' is 1e+09 seconds; at most 86,400 (a day) can be given"),
        ("90000", "'duration' is 90,000 seconds; at most 86,400 (a day) can be given"),
        ("eight", "'duration' must be a number of seconds, not 'eight'"),
        ("8s", "'duration' must be a number of seconds, not '8s'"),
        ("nan", "'duration' must be a number of seconds, not 'nan'"),
        (".inf", "'duration' must be a number of seconds, not '.inf'"),
        ("1_000", "'duration' must be a number of seconds, not '1_000'"),
        ("true", "'duration' must be a number of seconds, not 'true'"),
        ("[1, 2]", "'duration' must be a number of seconds"),
    ],
)
def test_a_bad_duration_is_an_error_at_its_line_and_column(tmp_path: Path, value: str, message: str) -> None:
    text = f"format: trip-viewer/1\nphotos:\n  - file: a.jpg\n    duration: {value}\n"
    error = load_error(tmp_path, text)
    assert_error_at(error, tmp_path, 4, 15, message)
    assert "seconds, like 'duration: 8'" in str(error)


def test_a_bad_trip_duration_is_an_error_too(tmp_path: Path) -> None:
    error = load_error(tmp_path, "format: trip-viewer/1\nduration: -1\nphotos:\n  - file: a.jpg\n")
    assert_error_at(error, tmp_path, 2, 11, "'duration' is -1 seconds")


@pytest.mark.parametrize("value", ["dissolve", "wipe", "'1'", "{kind: fade}"])
def test_an_unknown_transition_is_an_error_naming_the_choices(tmp_path: Path, value: str) -> None:
    text = f"format: trip-viewer/1\nphotos:\n  - file: a.jpg\n    transition: {value}\n"
    error = load_error(tmp_path, text)
    assert (error.line, error.column) == (4, 17)
    assert "transition" in error.message
    if not value.startswith("{"):
        assert error.hint == "write 'cut' or 'fade'"


def test_an_unknown_trip_transition_is_an_error(tmp_path: Path) -> None:
    error = load_error(tmp_path, "format: trip-viewer/1\ntransition: slide\nphotos:\n  - file: a.jpg\n")
    assert_error_at(error, tmp_path, 2, 13, "unknown transition 'slide'; write 'cut' or 'fade'")


def test_a_misspelt_key_suggests_the_right_one(tmp_path: Path) -> None:
    error = load_error(tmp_path, "format: trip-viewer/1\nphotos:\n  - file: a.jpg\n    duraton: 3\n")
    assert "did you mean 'duration'?" in str(error)


def test_the_command_line_and_settings_values_are_checked_the_same_way() -> None:
    assert parse_seconds(" 2.5 ") == 2.5
    assert parse_transition("FADE") == FADE
    assert parse_fade_seconds("0.3") == 0.3
    for bad in ("0.01", "6", "-1", "x"):
        with pytest.raises(TimingError):
            parse_fade_seconds(bad)
    with pytest.raises(TimingError, match="unknown transition"):
        parse_transition("zoom")
