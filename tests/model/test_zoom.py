"""Zoom maths without Qt: the point under the mouse stays there, the photo leaves no gap it could fill."""

from __future__ import annotations

import pytest

from viewer.model.zoom import (
    LADDER,
    LARGEST,
    ONE_TO_ONE,
    Zoom,
    area_in,
    cap_size,
    clamp,
    fit_scale,
    fitted,
    frame_in,
    pan,
    step_scale,
    zoom_at,
)

PHOTO = (6000.0, 4000.0)  # 24 MP
AREA = (1920.0, 1000.0)


def close(a: tuple[float, float], b: tuple[float, float], within: float = 0.5) -> bool:
    return abs(a[0] - b[0]) <= within and abs(a[1] - b[1]) <= within


def test_fitted_shows_the_whole_photo_centred() -> None:
    zoom = fitted(PHOTO, AREA)
    assert zoom.scale == pytest.approx(0.25)
    frame = zoom.frame(AREA)
    assert close(frame.to_area((0, 0)), (210, 0))
    assert close(frame.to_area(PHOTO), (1710, 1000))


@pytest.mark.parametrize("anchor", [(960, 500), (300, 200), (1500, 900), (1000, 100)])
def test_zooming_keeps_the_photo_point_under_the_mouse_under_it(anchor: tuple[float, float]) -> None:
    start = fitted(PHOTO, AREA)
    under = start.frame(AREA).to_photo(anchor)
    zoomed = zoom_at(start, ONE_TO_ONE, anchor, PHOTO, AREA)
    assert zoomed.scale == ONE_TO_ONE
    assert close(zoomed.frame(AREA).to_area(under), anchor)
    # and on, step by step, from a zoom that is not the fit
    deeper = zoom_at(zoomed, 2.0, anchor, PHOTO, AREA)
    assert close(deeper.frame(AREA).to_area(under), anchor)


def test_at_100_percent_the_photos_corner_is_on_a_whole_pixel() -> None:
    zoom = zoom_at(fitted(PHOTO, AREA), ONE_TO_ONE, (333.3, 271.7), PHOTO, AREA)
    frame = zoom.frame(AREA)
    assert frame.left == int(frame.left) and frame.top == int(frame.top)


def test_zooming_at_a_corner_keeps_the_photo_against_the_areas_edge() -> None:
    """The mouse at the area's very corner over the photo's corner: clamping keeps it there."""
    start = fitted(PHOTO, AREA)
    zoomed = zoom_at(start, ONE_TO_ONE, (210, 0), PHOTO, AREA)
    frame = zoomed.frame(AREA)
    assert (frame.left, frame.top) == (0, 0)


def test_clamping_never_leaves_a_gap_where_the_photo_is_bigger_than_the_area() -> None:
    zoom = clamp(Zoom(1.0, (-500, 99999)), PHOTO, AREA)
    frame = zoom.frame(AREA)
    assert frame.left == 0  # the photo's left edge at the area's left
    assert frame.to_area(PHOTO)[1] == pytest.approx(AREA[1])  # its bottom edge at the area's bottom


def test_an_axis_where_the_photo_is_smaller_stays_centred() -> None:
    panorama = (20000.0, 200.0)
    zoom = zoom_at(fitted(panorama, AREA), ONE_TO_ONE, (0, 500), panorama, AREA)
    assert zoom.centre[1] == 100  # 200 photo pixels in a 1000-pixel area: centred
    assert zoom.centre[0] == pytest.approx(960)  # left edge at the area's left
    moved = pan(zoom, (-3000, 400), panorama, AREA)
    assert moved.centre == (pytest.approx(3960), 100)  # only sideways


def test_panning_stops_at_the_photos_edges() -> None:
    zoom = zoom_at(fitted(PHOTO, AREA), ONE_TO_ONE, (960, 500), PHOTO, AREA)
    far = pan(zoom, (100000, 100000), PHOTO, AREA)  # dragged far to the right and down
    frame = far.frame(AREA)
    assert (frame.left, frame.top) == (0, 0)  # the top-left corner of the photo
    other = pan(zoom, (-100000, -100000), PHOTO, AREA)
    assert close(other.frame(AREA).to_area(PHOTO), AREA)


def test_a_drag_moves_the_photo_with_the_mouse() -> None:
    zoom = zoom_at(fitted(PHOTO, AREA), 2.0, (960, 500), PHOTO, AREA)
    before = zoom.frame(AREA).to_area((3000, 2000))
    after = pan(zoom, (40, -30), PHOTO, AREA).frame(AREA).to_area((3000, 2000))
    assert close((after[0] - before[0], after[1] - before[1]), (40, -30))


def test_scale_is_bounded_by_the_fit_and_by_the_largest() -> None:
    assert clamp(Zoom(0.01, (3000, 2000)), PHOTO, AREA).scale == pytest.approx(0.25)
    assert clamp(Zoom(100, (3000, 2000)), PHOTO, AREA).scale == LARGEST


def test_a_photo_smaller_than_the_area_zooms_from_100_percent() -> None:
    small = (640.0, 480.0)
    assert fit_scale(small, AREA) > 1
    assert clamp(Zoom(0.5, (320, 240)), small, AREA).scale == ONE_TO_ONE


def test_steps_go_through_100_percent_and_the_fit() -> None:
    fit = 0.25
    assert ONE_TO_ONE in LADDER
    assert step_scale(fit, 1, fit) == pytest.approx(2**-1.5)
    assert step_scale(2**-0.5, 1, fit) == ONE_TO_ONE
    assert step_scale(ONE_TO_ONE, -1, fit) == pytest.approx(2**-0.5)
    assert step_scale(0.3, -5, fit) == fit  # never below the fit
    assert step_scale(LARGEST, 3, fit) == LARGEST
    assert step_scale(0.333, 1, 0.333) == pytest.approx(0.5)  # the fit between two rungs


def test_another_view_shows_the_same_part_of_the_photo() -> None:
    """The console's pane, a third of the projector's size: the same photo points at the same places."""
    zoom = zoom_at(fitted(PHOTO, AREA), ONE_TO_ONE, (700, 300), PHOTO, AREA)
    pane = (640.0, 400.0)  # a different aspect: the area's whole extent fit inside, centred
    frame, area_frame = frame_in(zoom, AREA, pane), zoom.frame(AREA)
    ratio = 640 / 1920
    for point in [(3000, 2000), (2500, 1700), (3300, 2300)]:
        on_area = area_frame.to_area(point)
        on_pane = frame.to_area(point)
        expected = (on_area[0] * ratio, (on_area[1] - 500) * ratio + 200)
        assert close(on_pane, expected, within=0.6)
        assert close(frame.to_photo(on_pane), point, within=1e-6)


def test_photos_over_the_cap_are_decoded_smaller_with_their_aspect() -> None:
    assert cap_size((6000, 4000), 48_000_000) == (6000, 4000)
    width, height = cap_size((12000, 9000), 48_000_000)
    assert width * height <= 48_000_000
    assert width / height == pytest.approx(12000 / 9000, rel=1e-3)
    assert width > 7900


def test_what_the_room_sees_lies_centred_in_a_view_of_another_shape() -> None:
    assert area_in(AREA, (640.0, 400.0)) == (
        0.0,
        pytest.approx(33.33, abs=0.01),
        640.0,
        pytest.approx(333.33, abs=0.01),
    )
    assert area_in(AREA, AREA) == (0.0, 0.0, AREA[0], AREA[1])
