"""The timeline strip on its own: clicks, drags, hover text, wheel zoom and drawing.

In the sample trip the route starts three days before the photos, so at full
zoom all 13 photos crowd together at the right end of the axis.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.gui.theme import ACCENT, STRIP_BACKGROUND
from viewer.gui.widgets.strip import HEIGHT, HOUR_ROW, MARK, MARK_TOP, PAD, TimelineStrip
from viewer.model.timeline import photo_fractions, ticks
from viewer.model.trip import Trip

MARK_ROW = MARK_TOP + MARK.height() // 2
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def strip(qtbot: QtBot, sample_trip: Trip) -> TimelineStrip:
    widget = TimelineStrip()
    qtbot.addWidget(widget)
    widget.resize(1000, HEIGHT)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_trip(sample_trip)
    return widget


@pytest.fixture
def chosen(strip: TimelineStrip) -> list[int]:
    found: list[int] = []
    strip.photoChosen.connect(found.append)
    return found


def wheel(strip: TimelineStrip, x: float, notches: int) -> None:
    """Turn the wheel over ``x`` one notch at a time (up zooms in)."""
    for _ in range(abs(notches)):
        position = QPointF(x, MARK_ROW)
        event = QWheelEvent(
            position,
            QPointF(strip.mapToGlobal(position)),
            QPoint(),
            QPoint(0, 120 if notches > 0 else -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(strip, event)


def mouse(strip: TimelineStrip, kind: QEvent.Type, x: float, y: float = MARK_ROW) -> None:
    position = QPointF(x, y)
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else LEFT
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else LEFT
    event = QMouseEvent(
        kind, position, QPointF(strip.mapToGlobal(position)), button, held, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(strip, event)


def click(qtbot: QtBot, strip: TimelineStrip, x: float, y: float = MARK_ROW) -> None:
    qtbot.mouseClick(strip, LEFT, pos=QPoint(round(x), round(y)))


def x_of_photo(strip: TimelineStrip, index: int) -> float:
    return strip.x_of(photo_fractions(strip.trip, strip.axis)[index])  # type: ignore[arg-type]


def cluster_of(strip: TimelineStrip, index: int) -> tuple[int, ...]:
    return next(cluster.indices for cluster in strip.mark_clusters() if index in cluster.indices)


def pixels_near(
    image: QImage, left: int, top: int, right: int, bottom: int, wanted: QColor, tolerance: int = 24
) -> int:
    """How many pixels in the box are within ``tolerance`` of ``wanted`` in every channel."""
    count = 0
    for y in range(max(0, top), min(image.height(), bottom)):
        for x in range(max(0, left), min(image.width(), right)):
            found = image.pixelColor(x, y)
            differences = (
                found.red() - wanted.red(),
                found.green() - wanted.green(),
                found.blue() - wanted.blue(),
            )
            count += all(abs(difference) <= tolerance for difference in differences)
    return count


# -- clicking and dragging -----------------------------------------------------------


def test_at_full_zoom_the_sample_photos_stack_into_fewer_marks(strip: TimelineStrip) -> None:
    marks = strip.mark_clusters()
    assert len(marks) < 13
    assert sorted(index for cluster in marks for index in cluster.indices) == list(range(13))
    assert all(cluster.x > strip.width() * 0.75 for cluster in marks)  # all on the last day


def test_clicking_a_mark_chooses_a_photo_of_it(qtbot: QtBot, strip: TimelineStrip, chosen: list[int]) -> None:
    last = strip.mark_clusters()[-1]
    click(qtbot, strip, last.x)
    assert len(chosen) == 1
    assert chosen[0] in last.indices


def test_clicking_the_current_stack_steps_through_it(
    qtbot: QtBot, strip: TimelineStrip, chosen: list[int]
) -> None:
    first = strip.mark_clusters()[0]
    strip.photoChosen.connect(strip.set_current)  # as the window does, through the slideshow
    strip.set_current(first.indices[0])
    for _ in range(3):
        click(qtbot, strip, first.x)
    assert chosen == list(first.indices[1:4])


def test_clicking_the_empty_axis_chooses_the_nearest_photo(
    qtbot: QtBot, strip: TimelineStrip, chosen: list[int]
) -> None:
    click(qtbot, strip, PAD + 4)  # three days before the first photo
    assert chosen == [0]


def test_dragging_chooses_photos_along_the_way(strip: TimelineStrip, chosen: list[int]) -> None:
    strip.photoChosen.connect(strip.set_current)
    marks = strip.mark_clusters()
    mouse(strip, QEvent.Type.MouseButtonPress, PAD + 4)
    mouse(strip, QEvent.Type.MouseMove, strip.width() / 2)  # photo 0 is still the nearest
    mouse(strip, QEvent.Type.MouseMove, marks[-1].x)
    mouse(strip, QEvent.Type.MouseButtonRelease, marks[-1].x)
    assert chosen == [0, marks[-1].indices[0]]
    mouse(strip, QEvent.Type.MouseMove, strip.width() / 2)  # moving after release only hovers
    assert chosen == [0, marks[-1].indices[0]]


def test_the_wheel_never_changes_the_photo(strip: TimelineStrip, chosen: list[int]) -> None:
    wheel(strip, x_of_photo(strip, 0), 5)
    wheel(strip, x_of_photo(strip, 0), -2)
    assert chosen == []


# -- hover -----------------------------------------------------------------------------


def test_hovering_a_mark_tells_caption_and_local_time(strip: TimelineStrip) -> None:
    first = strip.mark_clusters()[0]
    text = strip.hover_text(QPointF(first.x, MARK_ROW))
    assert "1. Kim arrives by train at Dong Dang" in text
    assert "26 Feb 08:15 (UTC+7, approx.)" in text
    assert len(first.indices) > 8
    assert f"and {len(first.indices) - 8} more" in text


def test_hovering_the_empty_axis_tells_nothing(strip: TimelineStrip) -> None:
    assert strip.hover_text(QPointF(PAD + 4, MARK_ROW)) == ""
    first = strip.mark_clusters()[0]
    assert strip.hover_text(QPointF(first.x, HOUR_ROW)) == ""  # below the marks, among the hours


# -- zoom ------------------------------------------------------------------------------


def test_zooming_in_over_the_photos_separates_every_mark(strip: TimelineStrip) -> None:
    wheel(strip, x_of_photo(strip, 0), 20)
    assert strip.view.span < 0.05
    marks = strip.mark_clusters()  # those in view: the first photos, each a mark of its own
    assert [list(cluster.indices) for cluster in marks] == [[index] for index in range(len(marks))]
    assert len(marks) >= 3


def test_zooming_out_again_restacks_them(strip: TimelineStrip) -> None:
    wheel(strip, x_of_photo(strip, 0), 20)
    wheel(strip, x_of_photo(strip, 0), -40)
    assert strip.view.span == 1.0
    assert len(strip.mark_clusters()) < 13


def test_zoom_keeps_the_point_under_the_mouse_in_place(strip: TimelineStrip) -> None:
    x = strip.width() / 2
    before = strip.fraction_at(x)
    wheel(strip, x, 3)
    assert strip.fraction_at(x) == pytest.approx(before)


def test_when_zoomed_the_view_follows_the_current_photo(strip: TimelineStrip) -> None:
    wheel(strip, x_of_photo(strip, 0), 20)
    late = 10  # 18:05, hours after photo 0
    assert not PAD <= x_of_photo(strip, late) <= strip.width() - PAD
    strip.set_current(late)
    assert PAD <= x_of_photo(strip, late) <= strip.width() - PAD
    strip.set_current(0)
    assert PAD <= x_of_photo(strip, 0) <= strip.width() - PAD


# -- drawing ---------------------------------------------------------------------------


def test_the_current_photo_is_highlighted(strip: TimelineStrip) -> None:
    marks = strip.mark_clusters()
    first, last = marks[0], marks[-1]
    strip.set_current(first.indices[0])
    image = strip.grab().toImage()

    def highlight_near(x: float) -> int:
        half = MARK.width() // 2 + 4
        return pixels_near(
            image, round(x) - half, MARK_TOP - 4, round(x) + half, MARK_TOP + MARK.height() + 4, ACCENT
        )

    assert highlight_near(first.x) > 50
    assert highlight_near(last.x) == 0


def test_nothing_is_highlighted_before_a_photo_is_current(strip: TimelineStrip) -> None:
    image = strip.grab().toImage()
    assert pixels_near(image, 0, 0, image.width(), MARK_TOP + MARK.height() + 4, ACCENT) == 0


def test_an_untimed_photo_is_drawn_hollow_between_its_neighbours(
    qtbot: QtBot, strip: TimelineStrip, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(5, untimed=(2,))
    strip.set_trip(trip)
    fractions = photo_fractions(trip, strip.axis)
    assert fractions[1] < fractions[2] < fractions[3]
    magenta = QImage(48, 32, QImage.Format.Format_RGB32)
    magenta.fill(QColor("#ff00ff"))
    for index in range(5):
        strip.set_thumbnail(index, magenta)
    # An hour apart: zoom in at the last photo (the end of the axis) until each has its own mark.
    wheel(strip, strip.width() - PAD, 10)
    assert len(strip.mark_clusters()) == 5
    image = strip.grab().toImage()

    def centre(index: int) -> QColor:
        return image.pixelColor(round(x_of_photo(strip, index)), MARK_ROW)

    assert centre(1) == QColor("#ff00ff")
    assert centre(3) == QColor("#ff00ff")
    assert centre(2) == STRIP_BACKGROUND  # no thumbnail: the mark is only an outline


def test_the_day_ticks_of_the_sample_trip_are_named(strip: TimelineStrip, sample_trip: Trip) -> None:
    assert strip.axis is not None
    found = ticks(strip.axis, strip.view, strip.axis_width, sample_trip.display_zone())
    days = [tick.label for tick in found if tick.major and tick.label]
    assert days == ["Sun 24 Feb", "Mon 25 Feb", "Tue 26 Feb"]
    assert all(PAD <= PAD + tick.x <= strip.width() - PAD for tick in found)


def test_moving_on_moves_the_highlight_and_shows_each_thumbnail(
    qtbot: QtBot, strip: TimelineStrip, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(5)
    strip.set_trip(trip)
    colours = ["#ff00ff", "#00ffff", "#ffff00", "#00ff00", "#0000ff"]
    images = {}
    for index, colour in enumerate(colours):
        images[index] = QImage(48, 32, QImage.Format.Format_RGB32)
        images[index].fill(QColor(colour))
    strip.set_thumbnails(images)
    wheel(strip, strip.width() - PAD, 10)  # each photo its own mark
    assert len(strip.mark_clusters()) == 5

    def looks(index: int) -> tuple[QColor, QColor]:
        """The colour inside photo ``index``'s mark, and of its edge."""
        image = strip.grab().toImage()
        x = round(x_of_photo(strip, index))
        return image.pixelColor(x, MARK_ROW), image.pixelColor(x, MARK_TOP)

    strip.set_current(1)
    assert looks(1) == (QColor(colours[1]), ACCENT)
    assert looks(2)[1] != ACCENT
    strip.set_current(2)
    assert looks(2) == (QColor(colours[2]), ACCENT)
    inside, edge = looks(1)
    assert inside == QColor(colours[1]) and edge != ACCENT  # a plain mark again
