"""Tests for the remembered settings: recent trips, positions, caption size, and bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.model.settings import (
    CAPTION_SCALES,
    RECENT_LIMIT,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)


def test_settings_live_under_the_config_folder(basedir: Path) -> None:
    assert settings_path() == basedir / "config" / "settings.json"


def test_save_then_load_round_trips(basedir: Path) -> None:
    saved = Settings(caption_scale=1.3, strip_visible=False)
    saved.remember_trip(Path("/trips/hanoi/trip.yaml"), 7, 13)
    saved.screen = {"width": 1920, "height": 1080, "available_width": 1920, "available_height": 1040}

    save_settings(saved)
    loaded, message = load_settings()

    assert loaded == saved
    assert message is None
    assert settings_path().is_file()


def test_no_file_gives_the_defaults_without_a_message(basedir: Path) -> None:
    assert load_settings() == (Settings(), None)


def test_an_explicit_path_is_used(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.json"

    save_settings(Settings(caption_scale=2.0), path)

    assert load_settings(path)[0].caption_scale == 2.0
    assert not settings_path().exists()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("caption_scale", "big"),
        ("caption_scale", True),
        ("caption_scale", None),
        ("caption_scale", 0.0),
        ("caption_scale", 1e9),
        ("strip_visible", "yes"),
        ("strip_visible", 1),
        ("recent", "/trips/hanoi/trip.yaml"),
        ("recent", [1, 2]),
        ("positions", ["a"]),
        ("positions", {"a": "3"}),
        ("positions", {"a": True}),
        ("screen", [1920, 1080]),
        ("screen", {"width": "1920"}),
    ],
)
def test_a_wrong_typed_field_keeps_its_default(tmp_path: Path, name: str, value: object) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({name: value}), encoding="utf-8")

    settings, message = load_settings(path)

    assert getattr(settings, name) == getattr(Settings(), name)
    assert message is None


def test_good_fields_survive_beside_a_bad_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"caption_scale": "big", "strip_visible": False, "extra": 1}), encoding="utf-8"
    )

    settings, _ = load_settings(path)

    assert settings.caption_scale == 1.0
    assert settings.strip_visible is False


@pytest.mark.parametrize("content", ["[]", '"settings"', "null", "3"])
def test_a_file_that_is_not_an_object_gives_the_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")

    assert load_settings(path)[0] == Settings()


def test_a_corrupt_file_gives_the_defaults_a_message_and_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"caption_scale": 1.', encoding="utf-8")

    settings, message = load_settings(path)

    assert settings == Settings()
    assert message is not None
    (aside,) = tmp_path.glob("settings.json.corrupt-*")
    assert aside.read_text(encoding="utf-8") == '{"caption_scale": 1.'


def test_remember_trip_puts_the_newest_first_without_duplicates() -> None:
    settings = Settings()

    settings.remember_trip(Path("/a/trip.yaml"), 0, 13)
    settings.remember_trip(Path("/b/trip.yaml"), 0, 13)
    settings.remember_trip(Path("/a/trip.yaml"), 4, 13)

    assert settings.recent == [str(Path("/a/trip.yaml")), str(Path("/b/trip.yaml"))]


def test_recent_trips_are_capped() -> None:
    settings = Settings()

    for number in range(RECENT_LIMIT + 5):
        settings.remember_trip(Path(f"/trip-{number}"), 0, 13)

    assert len(settings.recent) == RECENT_LIMIT
    assert settings.recent[0] == str(Path(f"/trip-{RECENT_LIMIT + 4}"))
    assert settings.recent[-1] == str(Path("/trip-5"))


def test_position_of_remembers_each_trip_and_defaults_to_the_first_photo() -> None:
    settings = Settings()
    settings.remember_trip(Path("/a"), 3, 13)
    settings.remember_trip(Path("/b"), 9, 13)
    settings.remember_trip(Path("/a"), 5, 13)

    assert settings.position_of(Path("/a")) == 5
    assert settings.position_of(Path("/b")) == 9
    assert settings.position_of(Path("/never-opened")) == 0


@pytest.mark.parametrize(
    ("start", "steps", "expected"),
    [
        (1.0, 1, 1.15),
        (1.0, -1, 0.9),
        (1.0, 0, 1.0),
        (1.0, 100, CAPTION_SCALES[-1]),
        (1.0, -100, CAPTION_SCALES[0]),
        (CAPTION_SCALES[-1], 1, CAPTION_SCALES[-1]),
        (CAPTION_SCALES[0], -1, CAPTION_SCALES[0]),
        (1.2, 1, 1.3),  # an odd saved value snaps to the nearest notch first
    ],
)
def test_step_caption_scale_moves_by_notches_and_clamps(start: float, steps: int, expected: float) -> None:
    settings = Settings(caption_scale=start)

    assert settings.step_caption_scale(steps) == expected
    assert settings.caption_scale == expected


def test_a_show_opens_where_it_was_left_within_the_trip() -> None:
    settings = Settings()
    source = Path("/trips/hanoi/trip.yaml")
    assert settings.opening_index(source, 13) == 0  # never shown: the first photo
    settings.remember_trip(source, 7, 13)
    assert settings.opening_index(source, 13) == 7
    assert settings.opening_index(source, 13, start=2) == 2  # --start wins
    assert settings.opening_index(source, 5) == 4  # the trip lost photos since
    assert settings.opening_index(source, 13, start=40) == 12
    assert settings.opening_index(source, 0) == 0


def test_a_show_left_on_its_last_photo_reopens_at_the_first() -> None:
    settings = Settings()
    source = Path("/trips/hanoi/trip.yaml")

    settings.remember_trip(source, 11, 13)
    assert settings.opening_index(source, 13) == 11  # mid-show: that photo again
    settings.remember_trip(source, 12, 13)  # played or stepped to the end
    assert settings.opening_index(source, 13) == 0
    assert settings.recent == [str(source)]  # still the newest trip

    settings.remember_trip(source, 0, 1)  # a one-photo trip is always at its end
    assert settings.opening_index(source, 1) == 0


def test_the_transition_and_fade_length_are_kept_only_when_usable(basedir: Path) -> None:
    path = basedir / "settings.json"
    path.write_text(json.dumps({"transition": "fade", "fade_seconds": 0.6}), encoding="utf-8")
    settings, _ = load_settings(path)
    assert (settings.transition, settings.fade_seconds) == ("fade", 0.6)
    for transition, fade in (("wipe", 0.01), (3, "slow"), (None, 60), ("FADE", True)):
        path.write_text(json.dumps({"transition": transition, "fade_seconds": fade}), encoding="utf-8")
        settings, _ = load_settings(path)
        assert (settings.transition, settings.fade_seconds) == ("", 0.3)
