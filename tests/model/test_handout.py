"""The handout's contents and page plan: paper by locale, grids, words never cut, photos sharp."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from viewer.model.handout import (
    FOOTER,
    MARGIN,
    MIN_PPI,
    PAPERS,
    PER_PAGE_MAX,
    POINTS_PER_INCH,
    PRINT_PPI,
    Box,
    column_width,
    date_span,
    default_output,
    default_paper,
    entries,
    grid,
    pixels_for,
    plan_pages,
    printed_size,
)
from viewer.model.resolve import resolve
from viewer.model.trip import Photo, Stop, Trip, TripTime

A4 = PAPERS["A4"]


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US.UTF-8", "Letter"),
        ("fr_CA", "Letter"),
        ("es_MX.utf8", "Letter"),
        ("en_PH", "Letter"),
        ("en-US", "Letter"),
        ("en_GB.UTF-8", "A4"),
        ("de_DE@euro", "A4"),
        ("vi_VN", "A4"),
        ("C", "A4"),
        ("POSIX", "A4"),
        ("", "A4"),
    ],
)
def test_the_paper_follows_the_locale(name: str, paper: str) -> None:
    assert default_paper(name) == paper


@pytest.mark.parametrize(
    ("per_page", "shape"), [(1, (1, 1)), (2, (1, 2)), (3, (1, 3)), (4, (2, 2)), (6, (2, 3)), (9, (3, 3))]
)
def test_the_grid_for_photos_per_page(per_page: int, shape: tuple[int, int]) -> None:
    assert grid(per_page) == shape


@pytest.mark.parametrize("per_page", [0, PER_PAGE_MAX + 1])
def test_a_grid_outside_the_range_is_refused(per_page: int) -> None:
    with pytest.raises(ValueError, match="1 to"):
        grid(per_page)


def test_the_handout_goes_beside_its_manifest_or_into_its_folder(tmp_path: Path) -> None:
    assert default_output(tmp_path / "trip.yaml") == tmp_path / "trip-handout.pdf"
    shoot = tmp_path / "shoot"
    shoot.mkdir()
    assert default_output(shoot) == shoot / "shoot-handout.pdf"


def _inside(box: Box, paper: tuple[float, float]) -> bool:
    return (
        box.x >= MARGIN - 1e-6
        and box.y >= MARGIN - 1e-6
        and box.x + box.width <= paper[0] - MARGIN + 1e-6
        and box.y + box.height <= paper[1] - MARGIN - FOOTER + 1e-6
    )


@pytest.mark.parametrize("per_page", range(1, PER_PAGE_MAX + 1))
def test_every_photo_is_placed_once_in_order_inside_the_margins(per_page: int) -> None:
    plan = plan_pages(A4, per_page, [40.0] * 25)

    placed = [item for page in plan.pages for item in page]
    assert [item.index for item in placed] == list(range(25))
    assert all(len(page) <= per_page for page in plan.pages)
    assert all(_inside(item.photo, A4) and _inside(item.words, A4) for item in placed)
    assert plan.page_count == 1 + len(plan.pages)
    assert len(plan.pages) == -(-25 // per_page)  # words of a usual length: every page full


def test_long_words_take_room_from_the_photos_and_are_never_cut() -> None:
    heights = [30.0, 30.0, 500.0, 30.0, 30.0]
    plan = plan_pages(A4, 2, heights)

    placed = {item.index: item for page in plan.pages for item in page}
    assert all(placed[index].words.height == heights[index] for index in placed)
    assert all(_inside(item.photo, A4) and _inside(item.words, A4) for item in placed.values())
    # Photo 3's words are too long to share its page with a photo of the usual size: it starts one.
    assert [[item.index for item in page] for page in plan.pages] == [[0, 1], [2], [3, 4]]
    assert placed[2].photo.height < placed[0].photo.height


def test_photos_and_words_do_not_overlap() -> None:
    plan = plan_pages(A4, 6, [20.0 + 7 * index for index in range(12)])
    for page in plan.pages:
        boxes = [box for item in page for box in (item.photo, item.words)]
        for number, one in enumerate(boxes):
            for other in boxes[number + 1 :]:
                apart = (
                    one.x + one.width <= other.x + 1e-6
                    or other.x + other.width <= one.x + 1e-6
                    or one.y + one.height <= other.y + 1e-6
                    or other.y + other.height <= one.y + 1e-6
                )
                assert apart, (one, other)


def test_words_are_measured_at_the_column_width() -> None:
    plan = plan_pages(A4, 4, [20.0] * 4)
    assert plan.column_width == column_width(A4, 4)
    assert all(item.photo.width == column_width(A4, 4) for item in plan.pages[0])


def test_a_photo_is_decoded_for_print_and_never_printed_under_200_ppi() -> None:
    box = Box(0, 0, 6 * POINTS_PER_INCH, 4 * POINTS_PER_INCH)  # 6 by 4 inches

    big = printed_size(box, (6000, 4000))
    assert big == pytest.approx((6 * 72, 4 * 72))
    assert pixels_for(big) == (6 * PRINT_PPI, 4 * PRINT_PPI)

    small = printed_size(box, (800, 600))  # would be 133 ppi across the box: printed smaller
    assert small[0] / POINTS_PER_INCH * MIN_PPI == pytest.approx(800)
    assert small[1] / POINTS_PER_INCH * MIN_PPI == pytest.approx(600)

    tall = printed_size(box, (2000, 4000))  # fitted by its height
    assert tall[1] == pytest.approx(4 * 72)


def _photo(number: int, **fields: object) -> Photo:
    return Photo(path=Path(f"/trip/{number}.jpg"), file=f"{number}.jpg", **fields)  # type: ignore[arg-type]


def test_entries_say_what_is_missing_and_keep_notes_only_when_asked() -> None:
    when = TripTime(datetime(2019, 2, 26, 8, 15, tzinfo=timezone(timedelta(hours=7))), approximate=True)
    photos = [
        _photo(
            1, caption="Kim arrives.", credit="Reuters/Stringer", time=when, place="Dong Dang", notes="Hush"
        ),
        _photo(2),
    ]
    resolved = [resolve(photo, None) for photo in photos]

    first, second = entries(resolved, notes=False)
    assert first.heading == "1. Kim arrives."
    assert first.credit_line == "Image: Reuters/Stringer"
    assert first.details == "Dong Dang · 26 Feb 2019 08:15 (UTC+7, approx.)"
    assert first.notes is None
    assert (second.heading, second.credit_line, second.details) == ("2. No caption", "No credit", None)
    assert entries(resolved, notes=True)[0].notes == "Hush"


def test_the_dates_are_the_trips_own_days_in_its_zone() -> None:
    zone = ZoneInfo("Asia/Ho_Chi_Minh")
    start = TripTime(datetime(2019, 2, 23, 17, 0, tzinfo=timezone(timedelta(hours=9))))
    end = TripTime(datetime(2019, 2, 26, 23, 30, tzinfo=timezone(timedelta(hours=7))))
    trip = Trip(
        Path("/trip/trip.yaml"),
        Path("/trip"),
        "Train",
        (_photo(1, time=end),),
        stops=(Stop("Pyongyang", start),),
        timezone=zone,
    )
    resolved = [resolve(photo, None, zone) for photo in trip.photos]

    # 17:00 in Pyongyang is 15:00 in Hanoi, the same day.
    assert date_span(trip, resolved) == "23 Feb 2019 – 26 Feb 2019 (Asia/Ho_Chi_Minh)"
    untimed = Trip(Path("/t/trip.yaml"), Path("/t"), "None", (_photo(1),))
    assert date_span(untimed, [resolve(photo, None) for photo in untimed.photos]) is None
