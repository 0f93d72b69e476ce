"""Times at the calendar's edge: year 1 and year 9999 with any UTC offset up to ±23:59.

``0001-01-01T00:30+01:00`` is a valid time whose UTC falls in year 0, which Python
cannot hold: converting it raises ``OverflowError``. Every piece of time maths
the window, the strip, the search and ``check`` use must take such a time, and
any other, and place it at the calendar's edge rather than crash.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.photos import exif, photo, xmp
from viewer.model.folder import photos_by_time
from viewer.model.metadata import capture_moment, read_metadata
from viewer.model.resolve import ResolvedPhoto
from viewer.model.search import haystack, search
from viewer.model.timefmt import local_label
from viewer.model.timeline import (
    Axis,
    View,
    photo_fractions,
    stop_fractions,
    ticks,
    trip_axis,
    wall_clock,
)
from viewer.model.trip import EARLIEST, LATEST, Photo, Stop, Trip, TripTime, placeable, utc_instant

WIDEST = 23 * 60 + 59  # minutes: the widest offset Python's timezone takes
OFFSETS = st.integers(-WIDEST, WIDEST).map(lambda minutes: timezone(timedelta(minutes=minutes)))
ZONES: st.SearchStrategy[tzinfo] = st.one_of(
    OFFSETS, st.sampled_from([UTC, ZoneInfo("Asia/Ho_Chi_Minh"), ZoneInfo("America/St_Johns")])
)
EDGES = st.sampled_from(
    [datetime(1, 1, 1), datetime(1, 1, 1, 23, 59), datetime(9999, 12, 31), datetime(9999, 12, 31, 23, 59)]
)
WALLS = st.one_of(EDGES, st.datetimes(min_value=datetime.min, max_value=datetime.max))
TIMES = st.builds(
    lambda wall, zone, date_only, approximate: TripTime(wall.replace(tzinfo=zone), date_only, approximate),
    WALLS,
    ZONES,
    st.booleans(),
    st.booleans(),
)
TIMES_OR_NONE = st.one_of(st.none(), TIMES)
FOLDER = Path("/trip")
MATHS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def trip_of(photo_times: list[TripTime | None], stop_times: list[TripTime | None]) -> Trip:
    photos = tuple(Photo(FOLDER / f"{i}.jpg", f"{i}.jpg", time=when) for i, when in enumerate(photo_times))
    stops = tuple(Stop(f"stop {i}", when) for i, when in enumerate(stop_times))
    return Trip(source=FOLDER / "trip.yaml", folder=FOLDER, title="edge", photos=photos, stops=stops)


def test_untimed_photos_before_a_photo_near_the_start_stay_on_the_strip() -> None:
    """Found by the property test below: 1822 less 3 × (its fraction / 3) came out at -1e-23."""
    start, end = datetime(1821, 12, 31, 23, 49, 0, 4, tzinfo=UTC), datetime(2000, 1, 1, 3, 30, tzinfo=UTC)
    photo = TripTime(datetime(1822, 1, 1, tzinfo=UTC))
    trip = trip_of([None, None, None, photo], [TripTime(start), TripTime(end)])
    fractions = photo_fractions(trip, trip_axis(trip))
    assert all(0.0 <= fraction <= 1.0 for fraction in fractions)
    assert fractions == sorted(fractions)


def test_a_time_in_year_0_in_utc_is_not_placeable_yet_is_placed_at_the_edge() -> None:
    early = datetime(1, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    late = datetime(9999, 12, 31, 23, 0, tzinfo=timezone(-timedelta(hours=2)))
    with pytest.raises(OverflowError):
        early.astimezone(UTC)  # what crashed the strip
    assert not placeable(early) and not placeable(late)
    assert (utc_instant(early), utc_instant(late)) == (EARLIEST, LATEST)
    trip = trip_of([TripTime(early), None, TripTime(datetime(2019, 2, 26, tzinfo=UTC)), TripTime(late)], [])
    axis = trip_axis(trip)
    assert axis is not None and (axis.start, axis.end) == (EARLIEST, LATEST)
    fractions = photo_fractions(trip, axis)
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert 0.0 < fractions[1] < fractions[2] < 1.0


@pytest.mark.parametrize("moment", [EARLIEST, LATEST])
def test_one_photo_at_the_very_edge_gets_an_hour_on_the_side_there_is(moment: datetime) -> None:
    axis = trip_axis(trip_of([TripTime(moment)], []))
    assert axis is not None and axis.span == timedelta(hours=1)


@MATHS
@given(
    st.lists(TIMES_OR_NONE, min_size=1, max_size=6),
    st.lists(TIMES_OR_NONE, max_size=3),
    ZONES,
    st.floats(0.0, 1.0),
    st.floats(1.0, 1e12),
    st.floats(0.0, 1.0),
)
def test_the_timeline_places_and_labels_any_times(
    photo_times: list[TripTime | None],
    stop_times: list[TripTime | None],
    zone: tzinfo,
    anchor: float,
    zoom: float,
    follow: float,
) -> None:
    trip = trip_of(photo_times, stop_times)
    axis = trip_axis(trip)
    fractions = photo_fractions(trip, axis)
    assert len(fractions) == len(photo_times)
    assert all(math.isfinite(fraction) and 0.0 <= fraction <= 1.0 for fraction in fractions)
    assert all(value is None or 0.0 <= value <= 1.0 for value in stop_fractions(trip, axis))
    trip.chronological()
    trip.display_zone()
    if axis is None:
        return
    view = View().zoom(zoom, anchor, axis.min_view_span()).follow(follow)
    found = ticks(axis, view, 1200.0, zone)
    assert [tick.x for tick in found] == sorted(tick.x for tick in found)
    assert all(-1e-6 <= tick.x <= 1200.0 + 1e-6 for tick in found)
    wall_clock(axis.moment_at(view.start), zone)  # the strip's opening day label
    for when in (*photo_times, *stop_times):
        if when is not None:
            assert local_label(when, zone, with_year=True)
            assert local_label(when)


@MATHS
@given(TIMES, ZONES)
def test_search_finds_a_photo_by_its_time_at_any_date(when: TripTime, zone: tzinfo) -> None:
    resolved = ResolvedPhoto(Photo(FOLDER / "a.jpg", "a.jpg", time=when), None, time=when)
    assert search([resolved], f"{when.moment:%Y-%m-%d}", [haystack(resolved)]) == [0]


@MATHS
@given(WALLS, ZONES)
def test_an_axis_takes_any_two_ends(wall: datetime, zone: tzinfo) -> None:
    moment = wall.replace(tzinfo=zone)
    if utc_instant(moment) == EARLIEST:
        return  # nothing comes before it
    axis = Axis(EARLIEST, moment)
    assert axis.fraction(moment) == pytest.approx(1.0, abs=1e-9) or not placeable(moment)
    assert axis.moment_at(1.0) == axis.end


# -- from a photo's own metadata -----------------------------------------------------


EDGE_PHOTOS = [
    ("exif-early.jpg", {"exif_block": exif(taken="0001:01:01 00:00:00", offset="+14:00")}),
    ("exif-late.jpg", {"exif_block": exif(taken="9999:12:31 23:59:59", offset="-14:00")}),
    ("xmp-late.jpg", {"xmp_packet": xmp(date_created="9999-12-31T23:59:00-23:59")}),
    ("exif-unzoned.jpg", {"exif_block": exif(taken="0001:01:01 00:00:00")}),
    ("exif-unzoned-late.jpg", {"exif_block": exif(taken="9999:12:31 23:59:59")}),
]


def test_photos_with_times_at_the_edge_are_read_and_ordered(tmp_path: Path) -> None:
    for name, options in EDGE_PHOTOS:
        photo(tmp_path / name, **options)  # type: ignore[arg-type]
    photo(tmp_path / "2019.jpg", exif_block=exif(taken="2019:02:26 08:15:00", offset="+07:00"))

    for name, _ in EDGE_PHOTOS:
        meta = read_metadata(tmp_path / name)
        assert meta.error is None and not meta.problems, name
        assert meta.sort_moment is not None, name
        assert capture_moment(tmp_path / name) is not None, name

    ordered = [path.name for path in photos_by_time(tmp_path)]
    assert ordered[0] in ("exif-early.jpg", "exif-unzoned.jpg")
    assert ordered.index("2019.jpg") not in (0, len(ordered) - 1)
