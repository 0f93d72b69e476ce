"""Tests for the timeline maths: axis, placement, view, ticks, clusters.

Most use a trip shaped like the sample: leaving Pyongyang (+09:00), through
Dandong and Nanning (+08:00), into Vietnam (+07:00), where all 13 photos were
taken on the last day.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.model.timefmt import clock_label
from viewer.model.timeline import (
    Axis,
    Placement,
    Tick,
    View,
    clusters,
    nearest_photo,
    photo_fractions,
    stop_fractions,
    ticks,
    trip_axis,
)
from viewer.model.trip import Photo, Stop, Trip, TripTime

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
BERLIN = ZoneInfo("Europe/Berlin")

STOPS = (
    ("Pyongyang", "2019-02-23T17:00+09:00"),
    ("Dandong", "2019-02-23T21:30+08:00"),
    ("Nanning", "2019-02-25T15:00+08:00"),
    ("Dong Dang", "2019-02-26T08:10+07:00"),
    ("Hanoi", "2019-02-26T11:00+07:00"),
)
PHOTO_CLOCKS = (
    "08:15", "08:40", "09:30", "10:05", "11:00", "11:20", "12:45",
    "13:30", "14:10", "15:00", "16:20", "17:15", "18:05",
)  # fmt: skip


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def photo(when: str | None = None) -> Photo:
    time = TripTime(moment(when)) if when is not None else None
    return Photo(path=Path("x.jpg"), file="x.jpg", time=time)


def make_trip(photos: list[Photo], stops: tuple[Stop, ...] = ()) -> Trip:
    return Trip(
        source=Path("trip.yaml"),
        folder=Path(),
        title="test",
        photos=tuple(photos),
        stops=stops,
        timezone=HANOI,
    )


@pytest.fixture
def sample() -> Trip:
    stops = tuple(Stop(name, TripTime(moment(when))) for name, when in STOPS)
    return make_trip([photo(f"2019-02-26T{clock}+07:00") for clock in PHOTO_CLOCKS], stops)


@pytest.fixture
def sample_axis(sample: Trip) -> Axis:
    axis = trip_axis(sample)
    assert axis is not None
    return axis


# -- the axis -----------------------------------------------------------------


def test_axis_runs_from_pyongyang_departure_to_the_last_photo(sample_axis: Axis) -> None:
    assert sample_axis.start == moment("2019-02-23T17:00+09:00")
    assert sample_axis.end == moment("2019-02-26T18:05+07:00")
    assert sample_axis.start.tzinfo is UTC


def test_absolute_time_orders_across_offsets(sample: Trip, sample_axis: Axis) -> None:
    # 17:00 in Pyongyang is 08:00 UTC; 16:30 in Dandong is 08:30 UTC.
    assert sample_axis.fraction(moment("2019-02-23T17:00+09:00")) < sample_axis.fraction(
        moment("2019-02-23T16:30+08:00")
    )
    places = [place for place in stop_fractions(sample, sample_axis) if place is not None]
    assert len(places) == 5
    assert places[0] == 0.0
    assert places == sorted(set(places))


def test_photos_fall_in_the_last_part_of_the_axis(sample: Trip, sample_axis: Axis) -> None:
    fractions = photo_fractions(sample, sample_axis)
    assert len(fractions) == 13
    assert fractions == sorted(fractions)
    assert min(fractions) > 0.85
    assert fractions[-1] == pytest.approx(1.0)


def test_fraction_and_moment_at_are_inverse(sample_axis: Axis) -> None:
    nanning = moment("2019-02-25T15:00+08:00")
    assert sample_axis.moment_at(sample_axis.fraction(nanning)) == nanning
    assert sample_axis.moment_at(0.5) - sample_axis.start == sample_axis.span / 2


def test_axis_spans_absolute_time_across_dst() -> None:
    # Midnight to 04:00 on the night Berlin springs forward is three hours.
    midnight = datetime(2019, 3, 31, 0, 0, tzinfo=BERLIN)
    axis = Axis(midnight, datetime(2019, 3, 31, 4, 0, tzinfo=BERLIN))
    assert axis.span == timedelta(hours=3)
    assert axis.fraction(datetime(2019, 3, 31, 3, 0, tzinfo=BERLIN)) == pytest.approx(2 / 3)


def test_axis_refuses_no_length_and_naive_ends() -> None:
    start = moment("2019-02-23T17:00+09:00")
    with pytest.raises(ValueError, match="end after"):
        Axis(start, start)
    with pytest.raises(ValueError, match="aware"):
        Axis(datetime(2019, 2, 23), datetime(2019, 2, 24))


def test_no_axis_without_any_time() -> None:
    assert trip_axis(make_trip([photo(), photo()], (Stop("Hanoi"),))) is None


def test_a_trip_at_one_instant_is_padded() -> None:
    axis = trip_axis(make_trip([photo("2019-02-26T08:15+07:00")] * 2))
    assert axis is not None
    assert axis.span == timedelta(hours=2)
    assert axis.fraction(moment("2019-02-26T08:15+07:00")) == pytest.approx(0.5)


def test_stops_alone_make_an_axis() -> None:
    stops = (Stop("A", TripTime(moment("2019-02-23T17:00+09:00"))), Stop("B"))
    trip = make_trip([photo()], stops)
    axis = trip_axis(trip)
    assert axis is not None
    assert stop_fractions(trip, axis) == [pytest.approx(0.5), None]


def test_min_view_span_is_about_ten_minutes(sample_axis: Axis) -> None:
    shortest = sample_axis.span * sample_axis.min_view_span()
    assert shortest == pytest.approx(timedelta(minutes=10), abs=timedelta(seconds=1))
    short = Axis(moment("2019-02-26T08:00+07:00"), moment("2019-02-26T08:05+07:00"))
    assert short.min_view_span() == 1.0


# -- photos without a time ----------------------------------------------------


def test_untimed_photos_sit_evenly_between_their_neighbours() -> None:
    first, last = photo("2019-02-26T08:00+07:00"), photo("2019-02-26T11:00+07:00")
    trip = make_trip([first, photo(), photo(), last])
    assert photo_fractions(trip, trip_axis(trip)) == pytest.approx([0.0, 1 / 3, 2 / 3, 1.0])


def test_untimed_photos_between_neighbours_out_of_time_order() -> None:
    trip = make_trip(
        [
            photo("2019-02-26T08:00+07:00"),
            photo("2019-02-26T12:00+07:00"),
            photo(),
            photo("2019-02-26T10:00+07:00"),
        ]
    )
    assert photo_fractions(trip, trip_axis(trip)) == pytest.approx([0.0, 1.0, 0.75, 0.5])


def test_untimed_photos_before_the_first_and_after_the_last_timed_one() -> None:
    trip = make_trip(
        [
            photo(),
            photo(),
            photo("2019-02-26T10:00+07:00"),
            photo("2019-02-26T12:00+07:00"),
            photo(),
        ],
        (Stop("Dong Dang", TripTime(moment("2019-02-26T08:00+07:00"))),),
    )
    fractions = photo_fractions(trip, trip_axis(trip))
    assert fractions[0] < fractions[1] < fractions[2] == pytest.approx(0.5)
    assert fractions[2] - fractions[0] < 0.01  # beside it, not spread over the stops
    assert fractions[3] == pytest.approx(1.0)
    assert fractions[4] == pytest.approx(1.0)  # no room after the end: kept inside


def test_untimed_photos_at_the_very_start_stay_inside_the_axis() -> None:
    trip = make_trip([photo(), photo("2019-02-26T08:00+07:00"), photo("2019-02-26T09:00+07:00")])
    fractions = photo_fractions(trip, trip_axis(trip))
    assert fractions[0] == fractions[1] == 0.0


def test_photos_without_any_time_spread_over_the_axis() -> None:
    trip = make_trip([photo() for _ in range(4)])
    assert photo_fractions(trip, None) == [0.125, 0.375, 0.625, 0.875]
    assert photo_fractions(make_trip([photo()]), None) == [0.5]


# -- the view -----------------------------------------------------------------


def test_zoom_keeps_the_anchor_in_place() -> None:
    view = View(0.2, 0.6)
    zoomed = view.zoom(2.0, 0.3, min_span=0.0)
    assert zoomed.span == pytest.approx(0.2)
    assert zoomed.to_x(0.3, 800) == pytest.approx(view.to_x(0.3, 800))
    back = zoomed.zoom(0.5, 0.3, min_span=0.0)
    assert (back.start, back.end) == pytest.approx((view.start, view.end))


def test_zoom_out_stops_at_the_whole_axis() -> None:
    assert View(0.4, 0.5).zoom(0.01, 0.45, min_span=0.0) == View(0.0, 1.0)


def test_zoom_near_an_end_slides_back_inside() -> None:
    zoomed = View(0.0, 0.5).zoom(0.5, 0.05, min_span=0.0)
    assert (zoomed.start, zoomed.end) == (0.0, 1.0)
    zoomed = View(0.8, 1.0).zoom(0.5, 0.99, min_span=0.0)
    assert zoomed.end == 1.0
    assert zoomed.span == pytest.approx(0.4)


def test_zoom_in_stops_at_the_shortest_view(sample_axis: Axis) -> None:
    view = View()
    for _ in range(40):
        view = view.zoom(2.0, 0.9, sample_axis.min_view_span())
    assert view.span == pytest.approx(sample_axis.min_view_span())
    assert view.contains(0.9)


def test_zoom_refuses_a_factor_that_is_not_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        View().zoom(0.0, 0.5, min_span=0.0)


def test_view_must_lie_within_the_axis() -> None:
    for start, end in [(-0.1, 0.5), (0.5, 1.1), (0.5, 0.5), (0.6, 0.5)]:
        with pytest.raises(ValueError, match="not a view"):
            View(start, end)


def test_follow_pans_without_zooming() -> None:
    view = View(0.2, 0.4)
    assert view.follow(0.3) is view
    right = view.follow(0.9, margin=0.1)
    assert right.span == pytest.approx(0.2)
    assert right.end == pytest.approx(0.92)
    left = view.follow(0.05, margin=0.1)
    assert left.start == pytest.approx(0.03)
    assert left.span == pytest.approx(0.2)
    assert view.follow(0.0).start == 0.0


def test_pixels_and_fractions() -> None:
    view = View(0.5, 1.0)
    assert view.to_x(0.75, 800) == 400
    assert view.from_x(400, 800) == 0.75
    assert view.to_x(0.25, 800) < 0  # outside the view: off the strip


# -- ticks --------------------------------------------------------------------


def test_day_ticks_at_midnight_in_the_trips_zone(sample: Trip, sample_axis: Axis) -> None:
    found = ticks(sample_axis, View(), 1000, sample.display_zone())
    days = [tick for tick in found if tick.major]
    assert [tick.label for tick in days] == ["Sun 24 Feb", "Mon 25 Feb", "Tue 26 Feb"]
    assert days[0].moment == moment("2019-02-24T00:00+07:00")
    assert days[0].x == pytest.approx(sample_axis.fraction(days[0].moment) * 1000)


def test_day_ticks_move_with_the_zone(sample_axis: Axis) -> None:
    found = ticks(sample_axis, View(), 1000, ZoneInfo("Asia/Shanghai"))
    days = [tick for tick in found if tick.major]
    assert days[0].moment == moment("2019-02-24T00:00+08:00")  # 23:00 in Hanoi


def test_departure_reads_as_hanoi_time(sample_axis: Axis) -> None:
    # The first six hours: 17:00 in Pyongyang is 15:00 in Hanoi, the start of the axis.
    view = View(0.0, 6 / 75)
    hours = [tick for tick in ticks(sample_axis, view, 600, HANOI) if not tick.major]
    assert hours[0].label == "15:00"
    assert hours[0].x == 0.0
    assert hours[0].moment == moment("2019-02-23T17:00+09:00")
    assert [tick.label for tick in hours[:3]] == ["15:00", "16:00", "17:00"]


def test_the_day_of_a_view_starting_before_midnight(sample_axis: Axis) -> None:
    # Dandong to past midnight, Hanoi time: 20:30 .. 01:00 and "Sun 24 Feb".
    start = sample_axis.fraction(moment("2019-02-23T21:30+08:00"))
    end = sample_axis.fraction(moment("2019-02-24T01:10+07:00"))
    found = ticks(sample_axis, View(start, end), 400, HANOI)
    labels = [tick.label for tick in found]
    assert labels == ["21:00", "22:00", "23:00", "Sun 24 Feb", "01:00"]


def hour_step(found: list[Tick]) -> timedelta | None:
    moments = [tick.moment for tick in found if not tick.major]
    steps = [later - earlier for earlier, later in pairwise(moments)]
    return min(steps) if steps else None


def test_hour_step_grows_as_you_zoom_out(sample_axis: Axis) -> None:
    steps: list[timedelta] = []
    view = View(0.9, 0.9 + sample_axis.min_view_span() * 4)
    while True:
        found = ticks(sample_axis, view, 800, HANOI, min_label_px=60)
        step = hour_step(found)
        if step is not None:
            steps.append(step)
        for kind in (True, False):
            xs = [tick.x for tick in found if tick.major == kind and tick.label]
            assert all(later - earlier >= 60 - 1e-6 for earlier, later in pairwise(xs))
        if view.span == 1.0:
            break
        view = view.zoom(0.5, 0.95, min_span=0.0)
    assert steps == sorted(steps)
    assert steps[0] <= timedelta(minutes=15)
    assert steps[-1] == timedelta(hours=6)


def test_ticks_lie_inside_the_view_in_x_order(sample_axis: Axis) -> None:
    view = View(0.3, 0.7)
    found = ticks(sample_axis, view, 700, HANOI)
    xs = [tick.x for tick in found]
    assert xs == sorted(xs)
    assert all(0 <= x <= 700 for x in xs)
    assert all(view.contains(sample_axis.fraction(tick.moment)) for tick in found)


def test_crowded_days_are_labelled_every_nth_day() -> None:
    axis = Axis(moment("2019-01-01T00:00+07:00"), moment("2019-03-02T00:00+07:00"))
    found = ticks(axis, View(), 600, HANOI)  # 10 px a day
    assert all(tick.major for tick in found)  # no room for hours
    labelled = [tick for tick in found if tick.label]
    assert 0 < len(labelled) < len(found) / 5
    gaps = {round(b.x - a.x, 6) for a, b in pairwise(labelled)}
    assert gaps == {70.0}  # every 7th day
    assert len(found) == 61  # every midnight still ticked


def test_very_long_trips_tick_only_labelled_days() -> None:
    axis = Axis(moment("2000-01-01T00:00Z"), moment("2030-01-01T00:00Z"))
    found = ticks(axis, View(), 800, UTC)
    assert 5 <= len(found) <= 800 / 60 + 1
    assert all(tick.label for tick in found)


def test_no_ticks_on_a_strip_without_width(sample_axis: Axis) -> None:
    assert ticks(sample_axis, View(), 0, HANOI) == []


def berlin_night(day: str, hours: int) -> list[Tick]:
    """The ticks of ``hours`` real hours from midnight in Berlin, 100 px an hour."""
    start = datetime.fromisoformat(f"{day}T00:00").replace(tzinfo=BERLIN)
    axis = Axis(start, start.astimezone(UTC) + timedelta(hours=hours))
    return ticks(axis, View(), hours * 100, BERLIN)


def test_spring_forward_skips_the_missing_hour() -> None:
    found = berlin_night("2019-03-31", 7)  # 00:00 CET .. 08:00 CEST
    labels = [tick.label for tick in found]
    assert labels == ["Sun 31 Mar", "01:00", "03:00", "04:00", "05:00", "06:00", "07:00", "08:00"]
    for tick in found[1:]:
        assert clock_label(tick.moment) == tick.label


def test_fall_back_labels_the_repeated_hour_once() -> None:
    found = berlin_night("2019-10-27", 9)  # 00:00 CEST .. 08:00 CET
    labels = [tick.label for tick in found]
    assert labels[0] == "Sun 27 Oct"
    assert labels[1:] == [f"{hour:02d}:00" for hour in range(1, 9)]
    assert found[2].moment.utcoffset() == timedelta(hours=2)  # the first 02:00, still summer


def test_a_day_whose_midnight_never_happens() -> None:
    # São Paulo sprang from 00:00 straight to 01:00 on 4 Nov 2018.
    zone = ZoneInfo("America/Sao_Paulo")
    axis = Axis(moment("2018-11-03T22:00-03:00"), moment("2018-11-04T03:00-02:00"))
    found = ticks(axis, View(), 400, zone)
    labels = [tick.label for tick in found]
    assert labels == ["22:00", "23:00", "Sun 4 Nov", "02:00", "03:00"]
    assert found[2].moment == moment("2018-11-04T01:00-02:00")


def test_half_hour_zone_ticks_on_its_own_hours() -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    axis = Axis(moment("2019-02-26T00:00Z"), moment("2019-02-26T06:00Z"))
    found = ticks(axis, View(), 600, india)
    assert [tick.label for tick in found][:2] == ["06:00", "07:00"]
    assert found[0].moment == moment("2019-02-26T00:30Z")


ZONES = [HANOI, BERLIN, ZoneInfo("America/Sao_Paulo"), timezone(timedelta(hours=5, minutes=45))]


@settings(max_examples=60, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    days=st.floats(0.01, 400),
    start=st.floats(0.0, 0.99),
    span=st.floats(0.001, 1.0),
    width=st.floats(50, 3000),
)
def test_tick_labels_tell_their_local_time(
    zone: tzinfo, days: float, start: float, span: float, width: float
) -> None:
    axis = Axis(moment("2019-03-20T00:00Z"), moment("2019-03-20T00:00Z") + timedelta(days=days))
    view = View(start, min(1.0, start + span))
    found = ticks(axis, view, width, zone)
    assert len(found) <= width / 8 + 2 * width / 60 + 4  # bounded by the width, not the span
    for tick in found:
        assert 0 <= tick.x <= width + 1e-6
        if tick.major:  # the first instant of a local day
            just_before = tick.moment.astimezone(UTC) - timedelta(microseconds=1)
            assert just_before.astimezone(zone).date() < tick.moment.date()
        else:
            assert tick.label == clock_label(tick.moment)
    assert len({tick.moment for tick in found}) == len(found)


# -- clusters and jumps -------------------------------------------------------


def test_close_marks_merge_into_one_cluster() -> None:
    found = clusters([100.0, 0.0, 3.0, 104.0, 300.0], min_gap_px=10)
    assert [cluster.indices for cluster in found] == [(1, 2), (0, 3), (4,)]
    assert [cluster.x for cluster in found] == [1.5, 102.0, 300.0]


def test_a_dense_run_splits_into_evenly_spaced_clusters() -> None:
    found = clusters([float(x) for x in range(0, 100, 5)], min_gap_px=10)
    assert 1 < len(found) < 20
    xs = [cluster.x for cluster in found]
    assert all(later - earlier >= 10 for earlier, later in pairwise(xs))


def test_sample_photos_cluster_zoomed_out_and_apart_zoomed_in(
    sample: Trip,
    sample_axis: Axis,
) -> None:
    fractions = photo_fractions(sample, sample_axis)
    whole = View()
    assert len(clusters([whole.to_x(f, 800) for f in fractions], 16)) < 13 / 2
    day = View(fractions[0] - 0.005, 1.0)
    assert len(clusters([day.to_x(f, 800) for f in fractions], 16)) == 13


def test_no_marks_no_clusters() -> None:
    assert clusters([], 10) == []


def test_nearest_photo() -> None:
    fractions = [0.1, 0.5, 0.5, 0.9]
    assert nearest_photo(fractions, 0.0) == 0
    assert nearest_photo(fractions, 0.52) == 1  # a tie goes to the first
    assert nearest_photo(fractions, 0.71) == 3
    with pytest.raises(ValueError, match="no photos"):
        nearest_photo([], 0.5)


def test_ten_thousand_photos() -> None:
    photos = [photo(None if index % 7 else "2019-02-26T08:00+07:00") for index in range(10_000)]
    photos[-1] = photo("2019-02-27T08:00+07:00")
    trip = make_trip(photos)
    fractions = photo_fractions(trip, trip_axis(trip))
    found = clusters([f * 1000 for f in fractions], 16)
    assert sorted(i for cluster in found for i in cluster.indices) == list(range(10_000))
    assert nearest_photo(fractions, 1.0) == 9_999


@given(
    xs=st.lists(st.floats(-1e4, 1e4), max_size=60),
    gap=st.floats(0.5, 100),
)
def test_clusters_partition_the_marks_in_x_order(xs: list[float], gap: float) -> None:
    found = clusters(xs, gap)
    assert sorted(i for cluster in found for i in cluster.indices) == list(range(len(xs)))
    centres = [cluster.x for cluster in found]
    assert all(later - earlier >= gap * (1 - 1e-9) for earlier, later in pairwise(centres))
    for cluster in found:
        members = [xs[i] for i in cluster.indices]
        assert members == sorted(members)
        assert cluster.x == pytest.approx(sum(members) / len(members))


@given(
    fractions=st.lists(st.floats(0.0, 1.0), max_size=80),
    gap=st.floats(2.0, 60.0),
    target=st.floats(-0.1, 1.1),
)
def test_placement_marks_follow_the_clustering_rule_column_by_column(
    fractions: list[float], gap: float, target: float
) -> None:
    """With marks in distinct pixel columns, the strip's column-wise marks are exactly :func:`clusters`."""
    width = 2000.0
    columns = {int(f * width) for f in fractions}
    placement = Placement(fractions)
    marks = placement.marks(View(), width, gap, -gap, width + gap)
    assert [i for mark in marks for i in mark.indices] == sorted(
        range(len(fractions)), key=lambda i: (fractions[i], i)
    )
    if len(columns) == len(fractions):
        reference = clusters([f * width for f in fractions], gap)
        assert [list(mark.indices) for mark in marks] == [list(c.indices) for c in reference]
        assert [mark.x for mark in marks] == pytest.approx([c.x for c in reference])
    for mark in marks:
        assert all(index in mark.indices for index in mark.indices)
        assert len(mark.lines) <= len(mark.indices)
    if fractions:
        chosen = placement.nearest(target)
        assert abs(fractions[chosen] - target) == min(abs(f - target) for f in fractions)
        assert chosen == min(i for i, f in enumerate(fractions) if f == fractions[chosen])


def test_placement_of_100000_photos_finds_a_few_dozen_marks() -> None:
    """A view of 100,000 photos yields marks by pixel column: as many as fit, each a run of photos."""
    count = 100_000
    placement = Placement([(index * 7919 % count) / count for index in range(count)])
    marks = placement.marks(View(), 1800.0, 54.0, -54.0, 1854.0)
    assert 10 <= len(marks) <= 40  # each about two gaps wide: its mean moves right as it grows
    assert sum(len(mark.indices) for mark in marks) == count
    assert all(len(mark.lines) <= 2 * 54 + 1 for mark in marks)
    held = next(mark for mark in marks if 12_345 in mark.indices)
    assert held.indices[held.indices.index(12_345)] == 12_345
    assert sum(12_345 in mark.indices for mark in marks) == 1
    zoomed = placement.marks(View(0.5, 0.5001), 1800.0, 54.0, -54.0, 1854.0)
    assert sorted(i for mark in zoomed for i in mark.indices) == sorted(
        i for i in range(count) if 0.5 - 0.0001 * 0.03 <= placement.fractions[i] <= 0.5001 + 0.0001 * 0.03
    )


views = st.tuples(st.floats(0.0, 1.0), st.floats(1e-6, 1.0)).map(
    lambda pair: View(min(pair[0], 1.0 - pair[1]), min(1.0, min(pair[0], 1.0 - pair[1]) + pair[1]))
)


@given(view=views, fraction=st.floats(0.0, 1.0), width=st.floats(1.0, 5000))
def test_from_x_undoes_to_x(view: View, fraction: float, width: float) -> None:
    assert view.from_x(view.to_x(fraction, width), width) == pytest.approx(fraction, abs=1e-9)


@given(
    view=views,
    factor=st.floats(0.01, 100),
    anchor=st.floats(0.0, 1.0),
    min_span=st.floats(0.0, 0.5),
)
def test_zoom_always_gives_a_view_of_the_axis(
    view: View, factor: float, anchor: float, min_span: float
) -> None:
    zoomed = view.zoom(factor, anchor, min_span)
    assert 0.0 <= zoomed.start < zoomed.end <= 1.0
    assert zoomed.span >= min_span * (1 - 1e-9)


@given(view=views, fraction=st.floats(0.0, 1.0), margin=st.floats(0.0, 0.49))
def test_follow_shows_the_fraction_at_the_same_zoom(
    view: View,
    fraction: float,
    margin: float,
) -> None:
    followed = view.follow(fraction, margin)
    assert followed.contains(fraction)
    assert followed.span == pytest.approx(view.span, abs=1e-12)
