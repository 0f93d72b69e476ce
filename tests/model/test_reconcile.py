"""A reload keeps the presenter's place by photo, not by position, and marks what is new."""

from __future__ import annotations

from pathlib import Path

from viewer.model.reconcile import follow_photo, new_photos
from viewer.model.trip import Photo, Trip


def trip(*names: str) -> Trip:
    photos = tuple(Photo(path=Path("/trip") / name, file=name) for name in names)
    return Trip(source=Path("/trip/trip.yaml"), folder=Path("/trip"), title="t", photos=photos)


def at(name: str) -> Path:
    return Path("/trip") / name


def test_the_photo_on_screen_is_followed_when_photos_are_added_before_it() -> None:
    assert follow_photo(trip("x", "y", "a", "b", "c"), at("b"), 1) == 3


def test_the_photo_on_screen_is_followed_when_moved() -> None:
    assert follow_photo(trip("c", "a", "b"), at("c"), 2) == 0


def test_a_removed_photo_leaves_the_show_at_its_old_place() -> None:
    assert follow_photo(trip("a", "c", "d"), at("b"), 1) == 1
    assert follow_photo(trip("a"), at("c"), 2) == 0


def test_a_repeated_photo_follows_the_nearest_copy() -> None:
    assert follow_photo(trip("a", "b", "a", "c", "a"), at("a"), 2) == 2


def test_new_photos_are_the_files_not_seen_before() -> None:
    assert new_photos(trip("a", "b"), trip("z", "a", "b", "c")) == {0, 3}
    assert new_photos(trip("a", "b"), trip("b", "a")) == set()
