"""Crossfades in the photo view: true mixes of two frames, ended at once by the next step.

A fade's progress follows the clock, so the tests hold it still with a clock of
their own (``view.crossfade.clock``) and grab the frame at the moment they choose.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, wait_for_photo, write_photo
from tests.gui.widgets.test_zoomview import trip_of, zoom_fully
from viewer.gui.theme import BACKGROUND
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.gui.widgets.photoview import PhotoView
from viewer.model.timing import ShowTiming

TIMEOUT = 2000
LONG = 1000  # ms: a fade the tests' own clock holds still
RED = QColor("#c0392b")
BLUE = QColor("#2980b9")
GREEN = QColor("#27ae60")
MIDDLE = (200, 150)  # inside every photo below


class Clock:
    """A clock the test moves by hand, in seconds, from where its fades start."""

    def __init__(self) -> None:
        self.now = self.start = 100.0

    def __call__(self) -> float:
        return self.now

    def at_ms(self, ms: float) -> None:
        """``ms`` into the fade that started last (at :meth:`restart`, else at first)."""
        self.now = self.start + ms / 1000

    def restart(self) -> None:
        self.start = self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def on_screen(qtbot: QtBot, widget: PhotoView) -> PhotoView:
    """``widget`` shown at 400×300."""
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def view(qtbot: QtBot, clock: Clock) -> PhotoView:
    widget = on_screen(qtbot, PhotoView())
    widget.crossfade.clock = clock
    return widget


def plain(size: tuple[int, int], colour: QColor) -> QImage:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(colour)
    return image


def screen(view: PhotoView) -> QImage:
    return view.grab().toImage()


def mix(a: QColor, b: QColor, share: float) -> tuple[int, int, int]:
    """``share`` of the way from ``a`` to ``b``."""
    red, green, blue = (
        round(x + (y - x) * share) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)
    )
    return red, green, blue


def near(colour: QColor, expected: tuple[int, int, int], tolerance: int = 2) -> bool:
    return all(abs(got - want) <= tolerance for got, want in zip(colour.getRgb()[:3], expected, strict=True))


def shown_red(qtbot: QtBot, view: PhotoView, size: tuple[int, int] = (400, 300)) -> None:
    """Photo 0 in red, cut to: the frame a fade starts from."""
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        view.show_image(0, "red.jpg", plain(size, RED))


def fade_to(view: PhotoView, index: int, image: QImage) -> None:
    """Photo ``index``, ``image``, fading in over ``LONG`` ms."""
    view.fade_next(LONG)
    view.show_image(index, f"photo-{index}.jpg", image)


def cut_frame(qtbot: QtBot, show: Callable[[PhotoView], None]) -> QImage:
    """What a view of the same size shows after a cut to what ``show`` shows it."""
    other = on_screen(qtbot, PhotoView())
    show(other)
    return screen(other)


def test_halfway_through_a_fade_each_pixel_is_half_the_old_and_half_the_new(
    qtbot: QtBot, view: PhotoView, clock: Clock
) -> None:
    shown_red(qtbot, view)
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT) as shown:  # its first paint, faint, is news
        fade_to(view, 1, plain((400, 300), BLUE))
    assert shown.args == [1]
    assert view.fading
    clock.at_ms(LONG / 2)
    assert near(screen(view).pixelColor(*MIDDLE), mix(RED, BLUE, 0.5))
    clock.at_ms(LONG / 10)
    early = screen(view).pixelColor(*MIDDLE)
    assert near(early, mix(RED, BLUE, 0.028))  # eased: it starts softly


def test_a_fade_between_photos_of_other_shapes_mixes_each_with_the_others_ground(
    qtbot: QtBot, view: PhotoView, clock: Clock
) -> None:
    shown_red(qtbot, view, (400, 200))  # wide: bars above and below
    fade_to(view, 1, plain((100, 300), BLUE))  # tall: bars left and right
    clock.at_ms(LONG / 2)
    pixels = screen(view)
    assert near(pixels.pixelColor(200, 20), mix(BACKGROUND, BLUE, 0.5))  # old bar, new photo
    assert near(pixels.pixelColor(20, 150), mix(RED, BACKGROUND, 0.5))  # old photo, new bar
    assert near(pixels.pixelColor(20, 20), mix(BACKGROUND, BACKGROUND, 0.5))  # both bars


def test_a_fade_between_two_photos_of_one_colour_never_dips(
    qtbot: QtBot, view: PhotoView, clock: Clock
) -> None:
    shown_red(qtbot, view)
    fade_to(view, 1, plain((400, 300), RED))
    for ms in (100, 300, 500, 700, 900):
        clock.at_ms(ms)
        assert near(screen(view).pixelColor(*MIDDLE), mix(RED, RED, 0), tolerance=1), ms


def test_a_fade_ends_on_its_own_with_a_cuts_frame_and_no_timer_left(
    qtbot: QtBot, view: PhotoView, clock: Clock
) -> None:
    shown_red(qtbot, view, (400, 200))
    fade_to(view, 1, plain((100, 300), BLUE))
    clock.at_ms(LONG / 2)
    screen(view)
    clock.at_ms(LONG + 1)
    with qtbot.waitSignal(view.faded, timeout=TIMEOUT) as faded:  # the next frame is its last
        pass
    assert faded.args[0] == 1
    assert not view.fading
    assert not any(timer.isActive() for timer in view.findChildren(QTimer))
    expected = cut_frame(qtbot, lambda other: other.show_image(1, "tall.jpg", plain((100, 300), BLUE)))
    assert screen(view) == expected  # no pop of the old photo's bars at the end


def test_a_fade_of_0_ms_is_a_cut(qtbot: QtBot, view: PhotoView) -> None:
    shown_red(qtbot, view)
    view.fade_next(0)
    with qtbot.assertNotEmitted(view.faded):
        view.show_image(1, "blue.jpg", plain((400, 300), BLUE))
        assert not view.fading
        assert not view.crossfade.running
        assert screen(view).pixelColor(*MIDDLE) == BLUE


def test_fade_next_applies_to_the_next_change_only(qtbot: QtBot, view: PhotoView) -> None:
    shown_red(qtbot, view)
    fade_to(view, 1, plain((400, 300), BLUE))
    view.finish_fade()
    view.show_image(2, "green.jpg", plain((400, 300), GREEN))
    assert not view.fading


def test_a_new_photo_mid_fade_ends_it_at_once_and_fades_on_from_the_photo_that_came(
    qtbot: QtBot, view: PhotoView, clock: Clock
) -> None:
    shown_red(qtbot, view)
    fade_to(view, 1, plain((400, 300), BLUE))
    clock.at_ms(LONG / 2)
    screen(view)
    with qtbot.waitSignal(view.faded, timeout=0) as faded:  # at once, not at its frame
        fade_to(view, 2, plain((400, 300), GREEN))
    assert faded.args[0] == 1
    assert view.index == 2 and view.fading
    clock.restart()
    assert near(screen(view).pixelColor(*MIDDLE), mix(BLUE, GREEN, 0))  # the blue whole, no red left
    clock.at_ms(LONG / 2)
    assert near(screen(view).pixelColor(*MIDDLE), mix(BLUE, GREEN, 0.5))


def test_finish_fade_shows_the_new_photo_whole_at_once(qtbot: QtBot, view: PhotoView, clock: Clock) -> None:
    shown_red(qtbot, view)
    fade_to(view, 1, plain((400, 300), BLUE))
    with qtbot.waitSignal(view.faded, timeout=0):
        view.finish_fade()
    assert not view.fading and not view.crossfade.running
    assert screen(view).pixelColor(*MIDDLE) == BLUE


def test_a_fade_runs_on_the_wall_clock_and_reports_its_frames(qtbot: QtBot) -> None:
    view = on_screen(qtbot, PhotoView())
    shown_red(qtbot, view)
    view.fade_next(80)
    with qtbot.waitSignal(view.faded, timeout=TIMEOUT) as faded:
        view.show_image(1, "blue.jpg", plain((400, 300), BLUE))
    index, frames, paints = faded.args
    assert index == 1
    assert len(paints) == len(frames) + 1 >= 2  # a frame each refresh, till the last
    assert all(ms >= 0 for ms in frames + paints)
    assert not view.crossfade.running


def test_a_fade_into_an_error_slide_fades_the_photo_out_over_its_words(
    qtbot: QtBot, view: PhotoView, clock: Clock
) -> None:
    shown_red(qtbot, view)
    view.fade_next(LONG)
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):  # an error slide is shown as it fades in
        view.show_error(1, "broken.jpg", "the file is damaged")
    clock.at_ms(LONG / 2)
    assert near(screen(view).pixelColor(5, 5), mix(RED, BACKGROUND, 0.5))
    view.finish_fade()
    expected = cut_frame(qtbot, lambda other: other.show_error(1, "broken.jpg", "the file is damaged"))
    assert screen(view) == expected


def test_a_photo_arriving_sharp_mid_fade_carries_the_fade_on(
    qtbot: QtBot, view: PhotoView, clock: Clock
) -> None:
    shown_red(qtbot, view)
    view.fade_next(LONG)
    view.show_loading(1, "blue.jpg")
    clock.at_ms(LONG / 4)
    assert near(screen(view).pixelColor(5, 5), mix(RED, BACKGROUND, 0.156))  # the red fades to the note
    with qtbot.assertNotEmitted(view.faded):
        view.show_image(1, "blue.jpg", plain((400, 300), BLUE))
    assert view.fading
    clock.at_ms(LONG / 2)
    assert near(screen(view).pixelColor(*MIDDLE), mix(RED, BLUE, 0.5))


def test_a_fade_between_two_slides_of_words_keeps_the_ground(
    qtbot: QtBot, view: PhotoView, clock: Clock
) -> None:
    view.show_loading(0, "slow.jpg")
    view.fade_next(LONG)
    view.show_error(1, "broken.jpg", "the file is damaged")
    clock.at_ms(LONG / 2)
    pixels = screen(view)
    assert pixels.pixelColor(2, 2) == BACKGROUND
    lit = sum(pixels.pixelColor(x, y) != BACKGROUND for y in range(0, 300, 3) for x in range(0, 400, 3))
    assert lit > 20  # the words of both, faint


def test_a_trips_first_photo_is_a_cut(qtbot: QtBot, view: PhotoView) -> None:
    fade_to(view, 0, plain((400, 300), RED))
    assert not view.fading


def test_a_hidden_view_cuts(qtbot: QtBot, view: PhotoView) -> None:
    shown_red(qtbot, view)
    view.hide()
    fade_to(view, 1, plain((400, 300), BLUE))
    assert not view.fading


class _Zoomed(PhotoView):
    """A view whose photo is drawn zoomed (a plain green), as a ``ZoomingPhotoView``'s can be."""

    zoom = True

    def _zooms(self) -> bool:
        return self.zoom

    def _paint_zoomed(self, painter: QPainter) -> bool:
        painter.fillRect(self.rect(), GREEN)
        return True


def test_a_zoomed_photo_cuts_to_the_next_one(qtbot: QtBot) -> None:
    view = on_screen(qtbot, _Zoomed())
    shown_red(qtbot, view)
    assert screen(view).pixelColor(*MIDDLE) == GREEN  # painted zoomed
    view.zoom = False  # the step ends the zoom
    fade_to(view, 1, plain((400, 300), BLUE))
    assert not view.fading


def test_zooming_mid_fade_ends_the_fade(qtbot: QtBot) -> None:
    view = on_screen(qtbot, _Zoomed())
    view.zoom = False
    shown_red(qtbot, view)
    fade_to(view, 1, plain((400, 300), BLUE))
    assert view.fading
    view.zoom = True
    with qtbot.waitSignal(view.faded, timeout=TIMEOUT):
        view.repaint()
    assert screen(view).pixelColor(*MIDDLE) == GREEN


def test_a_step_from_a_zoomed_photo_in_the_window_is_a_cut(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    for name in ("a.jpg", "b.jpg"):
        write_photo(tmp_path / name, "#2980b9", (2400, 1600))
    window.presentation.timing = ShowTiming(transition="fade", fade_seconds=LONG / 1000)
    show_trip(qtbot, window, trip_of(tmp_path, "a.jpg", "b.jpg"))
    zoom_fully(qtbot, window)
    clock = [0.0]
    window.presentation.clock = lambda: clock[0]  # steps a clicker's pause apart, not a burst
    window.photo_view.fade_next(LONG)  # as the window asks before each change
    window.presentation.next()
    wait_for_photo(qtbot, window, 1)
    assert not window.photo_view.fading
    clock[0] += 2 * LONG / 1000
    window.photo_view.fade_next(LONG)
    window.presentation.previous()  # unzoomed, the step back fades
    wait_for_photo(qtbot, window, 0)
    assert window.photo_view.fading
