"""The trip's dataclasses: the reader's quick constructors make the same values as the classes."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest

from viewer.model.trip import Photo, TripTime, made_photo, made_trip_time

MOMENT = datetime(2019, 2, 26, 8, 15, tzinfo=UTC)


def test_made_trip_time_is_the_same_value() -> None:
    made = made_trip_time(MOMENT, True, False)
    assert made == TripTime(MOMENT, date_only=True)
    assert hash(made) == hash(TripTime(MOMENT, date_only=True))
    assert made != TripTime(MOMENT)
    assert repr(made) == repr(TripTime(MOMENT, date_only=True))


def test_made_photo_is_the_same_value() -> None:
    when = TripTime(MOMENT)
    made = made_photo(Path("/trip/01.jpg"), "01.jpg", "A caption", None, when, "Hanoi", None)
    expected = Photo(path=Path("/trip/01.jpg"), file="01.jpg", caption="A caption", time=when, place="Hanoi")
    assert made == expected
    assert hash(made) == hash(expected)
    assert dataclasses.replace(made, caption=None) == dataclasses.replace(expected, caption=None)


def test_made_values_are_frozen() -> None:
    made = made_photo(Path("/trip/01.jpg"), "01.jpg", None, None, None, None, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.caption = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        made_trip_time(MOMENT, False, False).approximate = True  # type: ignore[misc]
