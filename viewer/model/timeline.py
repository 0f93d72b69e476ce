"""Where things sit on the timeline strip: pure maths on datetimes and floats.

The strip shows one time axis for the whole trip. A position along it is a
*fraction*: 0.0 at the earliest timed stop or photo, 1.0 at the latest, in
absolute time, so photos written with +09:00, +08:00 and +07:00 line up in the
order they really happened. A `View` is the visible window of the axis (zoomed
with the wheel, panned to follow the current photo) and turns fractions into
pixels and back. `ticks` walks the wall clock of the trip's display zone, so
days and hours fall where a person there would read them, across DST changes
too. `clusters` merges marks too close to draw apart.

No Qt here: the widget asks where to draw, then draws.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import accumulate, pairwise
from typing import Any, overload

from viewer.model.timefmt import ENGLISH, DateWords, clock_label, day_label
from viewer.model.trip import Trip, utc_instant

SHORTEST_VIEW = timedelta(minutes=10)  # zooming in stops at about this much time
_INSTANT_PAD = timedelta(hours=1)  # either side of a trip that happens at one instant
_EDGE_STEP = 0.002  # spacing of untimed photos before or after every timed one
_SPAN_FLOOR = 1e-9  # the narrowest view, whatever the caller asks, for float safety
_MINUTE_STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720)  # between clock ticks
_DAY_STEPS = (1, 2, 3, 7, 14, 30, 60, 91, 182, 365)  # between labelled days
_MIN_TICK_PX = 8.0  # unlabelled day ticks closer than this are left out
_CLOCK_SLACK = timedelta(hours=2)  # covers a DST change, for tick searches by wall clock
_MIDDLE_YEAR = 5000  # a time past the calendar's edge before it is past year 1, after it past 9999


@dataclass(frozen=True)
class Axis:
    """The stretch of absolute time the strip spans, stored in UTC.

    UTC matters: Python subtracts two datetimes sharing one tzinfo by wall
    clock, which would be wrong across a DST change. An end past the calendar's
    edge in UTC (year 1 at +09:00) is kept at the edge (:func:`utc_instant`).
    """

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.utcoffset() is None or self.end.utcoffset() is None:
            raise ValueError("an axis needs timezone-aware ends")
        object.__setattr__(self, "start", utc_instant(self.start))
        object.__setattr__(self, "end", utc_instant(self.end))
        if self.end <= self.start:
            raise ValueError("an axis must end after it starts")

    @property
    def span(self) -> timedelta:
        return self.end - self.start

    def fraction(self, moment: datetime) -> float:
        """Where an aware ``moment`` falls: 0.0 at the start, 1.0 at the end.

        Exact for any aware moment, even one past the calendar's edge in UTC:
        subtracting aware datetimes converts neither.
        """
        return (moment - self.start) / self.span

    def moment_at(self, fraction: float) -> datetime:
        """The moment (in UTC) at ``fraction`` of the axis."""
        return self.start + self.span * fraction

    def min_view_span(self, shortest: timedelta = SHORTEST_VIEW) -> float:
        """The narrowest `View` worth zooming to, as a fraction of the axis."""
        return min(1.0, shortest / self.span)


def trip_axis(trip: Trip) -> Axis | None:
    """The axis from the trip's earliest timed stop or photo to its latest.

    None when nothing has a time. A trip at a single instant is padded by an
    hour either side so the axis never has zero length (on one side only at the
    calendar's edge). A time past the edge in UTC sits at the edge.
    """
    times = [stop.time for stop in trip.stops] + [photo.time for photo in trip.photos]
    moments = [utc_instant(when.moment) for when in times if when is not None]
    if not moments:
        return None
    # By POSIX timestamp: a float per moment, ten times quicker to compare than aware datetimes.
    first = min(moments, key=datetime.timestamp)
    last = max(moments, key=datetime.timestamp)
    if first == last:
        return Axis(_shifted(first, -_INSTANT_PAD), _shifted(last, _INSTANT_PAD))
    return Axis(first, last)


def photo_fractions(trip: Trip, axis: Axis | None) -> list[float]:
    """Each photo's place on the axis, by index in manifest order.

    A photo without a time (drawn hollow: ``photo.time is None``) is placed
    evenly between the timed photos before and after it in the manifest.
    Untimed photos before the first timed one, or after the last, sit in a
    short row beside it, kept inside 0..1. With no timed photo at all the
    photos are spread evenly over the axis. Linear in the photos, with floats
    (timestamps), not datetimes: 100,000 photos take some 30 ms.
    """
    count = len(trip.photos)
    timed: list[tuple[int, float]] = []
    if axis is not None:
        start, seconds = axis.start.timestamp(), axis.span.total_seconds()
        timed = [
            (index, _on_axis((photo.time.moment.timestamp() - start) / seconds))
            for index, photo in enumerate(trip.photos)
            if photo.time is not None
        ]
    if not timed:
        return [(index + 0.5) / count for index in range(count)]
    fractions = [0.0] * count
    for index, fraction in timed:
        fractions[index] = fraction

    first_index, first = timed[0]
    if first_index:
        step = max(0.0, min(_EDGE_STEP, first / first_index))
        for index in range(first_index):
            fractions[index] = max(0.0, first - step * (first_index - index))  # rounding: never below 0
    for (before, low), (after, high) in pairwise(timed):
        for index in range(before + 1, after):
            fractions[index] = low + (high - low) * (index - before) / (after - before)
    last_index, last = timed[-1]
    trailing = count - 1 - last_index
    if trailing:
        step = max(0.0, min(_EDGE_STEP, (1.0 - last) / trailing))
        for index in range(last_index + 1, count):
            fractions[index] = min(1.0, last + step * (index - last_index))
    return fractions


def stop_fractions(trip: Trip, axis: Axis | None) -> list[float | None]:
    """Each stop's place on the axis, or None for a stop without a time."""
    return [
        _on_axis(axis.fraction(stop.time.moment)) if stop.time is not None and axis is not None else None
        for stop in trip.stops
    ]


def _on_axis(fraction: float) -> float:
    """A trip's own time on its axis: past the calendar's edge in UTC, it sits at the axis's end."""
    return min(1.0, max(0.0, fraction))


@dataclass(frozen=True)
class Layout:
    """A trip placed on the strip: its axis, each photo's place, each stop's (None: no time)."""

    trip: Trip
    axis: Axis | None
    placement: Placement
    stops: list[float | None]


def lay_out(trip: Trip) -> Layout:
    """Place ``trip`` on its strip: linear in the photos, then a sort (100,000 photos: 0.1 s)."""
    axis = trip_axis(trip)
    return Layout(trip, axis, Placement(photo_fractions(trip, axis)), stop_fractions(trip, axis))


@dataclass(frozen=True)
class View:
    """The visible window of the axis, in fractions: ``0 <= start < end <= 1``."""

    start: float = 0.0
    end: float = 1.0

    def __post_init__(self) -> None:
        if not 0.0 <= self.start < self.end <= 1.0:
            raise ValueError(f"not a view of the axis: {self.start}..{self.end}")

    @property
    def span(self) -> float:
        return self.end - self.start

    def zoom(self, factor: float, anchor: float, min_span: float) -> View:
        """Magnify by ``factor`` (above 1 zooms in) keeping ``anchor`` in place.

        The span stays between ``min_span`` (see `Axis.min_view_span`) and the
        whole axis; near an end the window slides back inside, moving the anchor.
        """
        if factor <= 0.0:
            raise ValueError("a zoom factor must be positive")
        span = min(1.0, max(min_span, _SPAN_FLOOR, self.span / factor))
        return _window(anchor - (anchor - self.start) * span / self.span, span)

    def follow(self, fraction: float, margin: float = 0.1) -> View:
        """Pan, never zoom, so ``fraction`` is at least ``margin`` spans from an edge."""
        if not 0.0 <= margin < 0.5:
            raise ValueError("a follow margin must be in [0, 0.5)")
        room = self.span * margin
        if fraction < self.start + room:
            return _window(fraction - room, self.span)
        if fraction > self.end - room:
            return _window_to(fraction + room, self.span)
        return self

    def contains(self, fraction: float) -> bool:
        return self.start <= fraction <= self.end

    def to_x(self, fraction: float, width_px: float) -> float:
        """The pixel column of ``fraction`` in a strip ``width_px`` wide."""
        return (fraction - self.start) / self.span * width_px

    def from_x(self, x: float, width_px: float) -> float:
        """The fraction at pixel column ``x``: the inverse of `to_x`."""
        return self.start + x / width_px * self.span


def _window(start: float, span: float) -> View:
    """A view of ``span`` starting near ``start``, slid to lie within the axis."""
    span = min(1.0, span)
    start = min(max(start, 0.0), 1.0 - span)
    return View(start, min(1.0, start + span))


def _window_to(end: float, span: float) -> View:
    """A view of ``span`` ending near ``end``: `_window` measured from its end."""
    span = min(1.0, span)
    end = max(min(end, 1.0), span)
    return View(max(0.0, end - span), end)


@dataclass(frozen=True)
class Tick:
    """A mark on the strip's time axis.

    Major ticks are local midnights labelled ``Sat 23 Feb`` (or unlabelled,
    ``""``, between labelled days when days are crowded); minor ticks are
    clock times labelled ``08:00``. The two kinds are meant for two label rows.
    """

    moment: datetime  # in the display zone
    x: float
    label: str
    major: bool


def ticks(
    axis: Axis,
    view: View,
    width_px: float,
    zone: tzinfo,
    min_label_px: float = 60.0,
    words: DateWords = ENGLISH,
) -> list[Tick]:
    """The ticks inside ``view``, in x order, labelled in ``zone`` (days named in ``words``' language).

    The minor step is the smallest of 1 minute .. 12 hours whose labels stay
    ``min_label_px`` apart; if none does, there are no minor ticks. Days are
    labelled every Nth day (counted from a fixed date, so labels stay put while
    panning) when every day would be too dense.
    """
    if width_px <= 0:
        return []
    # The wall-clock stretch to search: what the view shows, widened by a clock change.
    start = _shifted(wall_clock(axis.moment_at(view.start), zone), -_CLOCK_SLACK)
    end = _shifted(wall_clock(axis.moment_at(view.end), zone), _CLOCK_SLACK)
    hour_px = width_px / (view.span * (axis.span / timedelta(hours=1)))
    found: dict[datetime, Tick] = {}

    def place(instant: datetime | None, label: str, major: bool) -> None:
        if instant is None:  # a wall-clock time past the calendar's edge in UTC
            return
        fraction = axis.fraction(instant)
        if view.contains(fraction) and instant not in found:
            local = instant.astimezone(zone)
            found[instant] = Tick(local, view.to_x(fraction, width_px), label, major)

    day_step = _day_step(24 * hour_px, min_label_px)
    every_day = 24 * hour_px >= _MIN_TICK_PX
    ordinal = start.toordinal()
    if not every_day:
        ordinal += -ordinal % day_step
    while ordinal <= end.toordinal():
        midnight = datetime.combine(date.fromordinal(ordinal), time())
        instant, _ = _instant(midnight, zone)  # past the gap if midnight never shows
        labelled = ordinal % day_step == 0
        place(instant, day_label(midnight, words=words) if labelled else "", major=True)
        ordinal += 1 if every_day else day_step

    minutes = next((m for m in _MINUTE_STEPS if m / 60 * hour_px >= min_label_px), None)
    if minutes is not None:
        # Every step divides a day, so stepping naive wall time stays on the grid.
        wall = start.replace(second=0, microsecond=0)
        wall = _shifted(wall, -timedelta(minutes=(wall.hour * 60 + wall.minute) % minutes))
        step = timedelta(minutes=minutes)
        while wall <= end:
            instant, shown = _instant(wall, zone)
            if shown and (wall.hour or wall.minute):  # midnights are day ticks
                place(instant, clock_label(wall), major=False)
            if wall > datetime.max - step:  # the calendar's last minutes
                break
            wall += step
    return sorted(found.values(), key=lambda tick: tick.x)


def wall_clock(instant: datetime, zone: tzinfo) -> datetime:
    """What clocks in ``zone`` show at the aware ``instant`` (naive); at the calendar's edge, the edge.

    Year 1 in UTC is still year 0 at UTC-5, which no datetime can hold.
    """
    try:
        return instant.astimezone(zone).replace(tzinfo=None)
    except OverflowError:
        return datetime.min if instant.year < _MIDDLE_YEAR else datetime.max


def _shifted(moment: datetime, delta: timedelta) -> datetime:
    """``moment + delta``, stopped at the calendar's edge (in ``moment``'s own tzinfo)."""
    try:
        return moment + delta
    except OverflowError:
        edge = datetime.min if delta < timedelta(0) else datetime.max
        return edge.replace(tzinfo=moment.tzinfo)


def _day_step(day_px: float, min_label_px: float) -> int:
    """How many days apart day labels must be to stay ``min_label_px`` apart."""
    for step in _DAY_STEPS:
        if step * day_px >= min_label_px:
            return step
    return math.ceil(min_label_px / day_px)


def _instant(wall: datetime, zone: tzinfo) -> tuple[datetime | None, bool]:
    """The first instant (UTC) clocks in ``zone`` show naive ``wall``, and whether they do.

    fold=0 picks the earlier of a repeated (fall-back) time, and maps a time
    skipped by spring-forward to just past the gap; the round trip tells which.
    ``None`` for a wall-clock time past the calendar's edge in UTC.
    """
    try:
        instant = wall.replace(tzinfo=zone).astimezone(UTC)
        return instant, instant.astimezone(zone).replace(tzinfo=None) == wall
    except OverflowError:
        return None, False


@dataclass(frozen=True)
class Cluster:
    """Marks drawn as one: their indices left to right, and where it is drawn.

    ``lines``: where to draw the hairlines down to the axis, one per pixel
    column that holds a mark of the cluster (empty: one per mark, at its own x).
    """

    indices: Sequence[int]
    x: float  # the mean of its marks' positions
    lines: tuple[float, ...] = ()


def clusters(xs: Sequence[float], min_gap_px: float) -> list[Cluster]:
    """Group marks so that drawn clusters are at least ``min_gap_px`` apart.

    Marks are taken left to right; each joins the cluster before it when it
    lies closer than ``min_gap_px`` to that cluster's mean, else starts its own.
    Joining only moves a mean rightwards, away from the cluster before, so the
    gaps never shrink below ``min_gap_px``. The result is in x order and
    partitions the indices into runs of neighbours; a cluster of one is a plain
    mark. O(n log n) for the sort, linear after: the rule, mark by mark, that
    :meth:`Placement.marks` follows column by column for the strip.
    """
    order = sorted(range(len(xs)), key=lambda index: (xs[index], index))
    groups: list[list[int]] = []
    totals: list[float] = []
    for index in order:
        x = xs[index]
        if groups and x - totals[-1] / len(groups[-1]) < min_gap_px:
            groups[-1].append(index)
            totals[-1] += x
        else:
            groups.append([index])
            totals.append(x)
    pairs = zip(groups, totals, strict=True)
    return [Cluster(tuple(group), total / len(group)) for group, total in pairs]


class Run(Sequence[int]):
    """Photos ``start`` to ``stop`` of a :class:`Placement`'s left-to-right order, as indexes.

    A cluster of 50,000 photos is a run, not a tuple of 50,000: asking whether
    it holds a photo is one look at that photo's rank.
    """

    __slots__ = ("_placement", "start", "stop")

    def __init__(self, placement: Placement, start: int, stop: int) -> None:
        self._placement, self.start, self.stop = placement, start, stop

    def __len__(self) -> int:
        return self.stop - self.start

    @overload
    def __getitem__(self, item: int) -> int: ...

    @overload
    def __getitem__(self, item: slice) -> list[int]: ...

    def __getitem__(self, item: int | slice) -> int | list[int]:
        if isinstance(item, slice):
            return [self[position] for position in range(*item.indices(len(self)))]
        if not -len(self) <= item < len(self):
            raise IndexError("run index out of range")
        return self._placement.order[self.start + item % len(self)]

    def __iter__(self) -> Iterator[int]:
        return iter(self._placement.order[self.start : self.stop])

    def __contains__(self, index: object) -> bool:
        rank = self._placement.rank
        return isinstance(index, int) and 0 <= index < len(rank) and self.start <= rank[index] < self.stop

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        if value not in self:
            raise ValueError(f"{value!r} is not in the run")
        position: int = self._placement.rank[value] - self.start
        if position < start or (stop is not None and position >= stop):
            raise ValueError(f"{value!r} is not in that part of the run")
        return position

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Run({self.start}..{self.stop})"


class Placement:
    """Every photo's place on the axis, sorted once, so a view's marks are found by bisection.

    The strip of a 100,000-photo trip draws a few dozen marks; finding them must
    not visit every photo at every paint. ``order`` lists the photos left to
    right (ties by index), ``rank`` is where each photo stands in it, and a
    running sum of the sorted fractions gives any run's mean position at once.
    """

    def __init__(self, fractions: Sequence[float]) -> None:
        self.fractions = list(fractions)
        self.order = sorted(range(len(self.fractions)), key=self.fractions.__getitem__)
        self.sorted = [self.fractions[index] for index in self.order]
        self.rank = [0] * len(self.order)
        for position, index in enumerate(self.order):
            self.rank[index] = position
        self._sums = list(accumulate(self.sorted, initial=0.0))

    def __len__(self) -> int:
        return len(self.fractions)

    def nearest(self, fraction: float) -> int:
        """The photo closest to ``fraction``; the first one on a tie, as :func:`nearest_photo`."""
        if not self.sorted:
            raise ValueError("no photos to choose from")
        found = self.sorted
        position = bisect_left(found, fraction)
        candidates = []
        for near in (position - 1, position):
            if 0 <= near < len(found):
                first = bisect_left(found, found[near])  # equal places: lowest index first
                candidates.append((abs(found[near] - fraction), self.order[first], near))
        return min(candidates)[1]

    def marks(
        self, view: View, width_px: float, min_gap_px: float, left_px: float, right_px: float
    ) -> list[Cluster]:
        """The clusters of the marks drawn from ``left_px`` to ``right_px`` (x as :meth:`View.to_x`).

        The rule of :func:`clusters`, taken a pixel column at a time: a column's marks
        join the cluster before when its first mark lies closer than ``min_gap_px`` to
        that cluster's mean, else start their own. O(columns · log n), whatever n is.
        """
        found, sums = self.sorted, self._sums
        start, scale = view.start, width_px / view.span
        low = bisect_left(found, view.from_x(left_px, width_px))
        high = bisect_right(found, view.from_x(right_px, width_px))
        runs: list[list[float]] = []  # [first position, end position, sum of x, hairlines...]
        position = low
        while position < high:
            x = (found[position] - start) * scale
            column_end = bisect_left(found, view.from_x(math.floor(x) + 1, width_px), position + 1, high)
            end = max(column_end, position + 1)
            total = (sums[end] - sums[position] - (end - position) * start) * scale
            if runs and x - runs[-1][2] / (runs[-1][1] - runs[-1][0]) < min_gap_px:
                run = runs[-1]
                run[1], run[2] = end, run[2] + total
                run.append(x)
            else:
                runs.append([position, end, total, x])
            position = end
        return [
            Cluster(Run(self, int(run[0]), int(run[1])), run[2] / (run[1] - run[0]), tuple(run[3:]))
            for run in runs
        ]


def nearest_photo(fractions: Sequence[float], fraction: float) -> int:
    """The index of the photo closest to ``fraction``; the first one on a tie."""
    if not fractions:
        raise ValueError("no photos to choose from")
    return min(range(len(fractions)), key=lambda index: (abs(fractions[index] - fraction), index))
