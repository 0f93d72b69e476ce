"""The photo area: a photo fit with its aspect kept on a dark ground, or an error slide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from viewer.gui.show.pixels import to_qimage
from viewer.gui.theme import BACKGROUND
from viewer.gui.widgets.photoview import PhotoView, fit_rect
from viewer.imaging.decode import decode_photo

TIMEOUT = 2000
RED = QColor("#c0392b")


@pytest.fixture
def view(qtbot: QtBot) -> PhotoView:
    widget = PhotoView()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def plain(size: tuple[int, int], colour: QColor = RED) -> QImage:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(colour)
    return image


def screen(view: PhotoView) -> QImage:
    return view.grab().toImage()


def test_fit_rect_keeps_a_wide_photo_wide_and_centred() -> None:
    assert fit_rect(QSize(200, 100), QRectF(0, 0, 400, 300)) == QRectF(0, 50, 400, 200)


def test_fit_rect_keeps_a_tall_photo_tall_and_centred() -> None:
    assert fit_rect(QSize(300, 600), QRectF(0, 0, 400, 300)) == QRectF(125, 0, 150, 300)


def test_fit_rect_fills_an_area_of_the_same_aspect() -> None:
    assert fit_rect(QSize(40, 30), QRectF(0, 0, 400, 300)) == QRectF(0, 0, 400, 300)


def test_fit_rect_centres_inside_an_area_that_is_not_at_the_origin() -> None:
    assert fit_rect(QSize(100, 100), QRectF(10, 20, 200, 100)) == QRectF(60, 20, 100, 100)


@pytest.mark.parametrize(
    ("image", "area"),
    [(QSize(0, 10), QRectF(0, 0, 100, 100)), (QSize(10, 10), QRectF(0, 0, 0, 100))],
    ids=["empty-photo", "empty-area"],
)
def test_fit_rect_of_nothing_is_empty(image: QSize, area: QRectF) -> None:
    assert fit_rect(image, area).isEmpty()


def test_a_photo_is_drawn_fit_with_bars_above_and_below(qtbot: QtBot, view: PhotoView) -> None:
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT) as shown:
        view.show_image(4, "wide.jpg", plain((200, 100)))
    assert shown.args == [4]
    assert view.shown_index == 4
    pixels = screen(view)
    assert pixels.pixelColor(200, 150) == RED
    assert pixels.pixelColor(5, 55) == RED  # the photo reaches the sides
    assert pixels.pixelColor(395, 245) == RED
    for x, y in [(200, 10), (200, 45), (200, 255), (200, 290), (0, 0), (399, 299)]:
        assert pixels.pixelColor(x, y) == BACKGROUND, (x, y)


def test_a_tall_photo_gets_bars_left_and_right(qtbot: QtBot, view: PhotoView) -> None:
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        view.show_image(0, "tall.jpg", plain((100, 300)))
    pixels = screen(view)
    assert pixels.pixelColor(200, 5) == RED
    assert pixels.pixelColor(200, 295) == RED
    assert pixels.pixelColor(120, 150) == BACKGROUND
    assert pixels.pixelColor(280, 150) == BACKGROUND


def test_a_small_photo_is_scaled_up_to_fill_the_view(qtbot: QtBot, view: PhotoView) -> None:
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        view.show_image(0, "small.jpg", plain((40, 30)))
    pixels = screen(view)
    assert pixels.pixelColor(2, 2) == RED
    assert pixels.pixelColor(397, 297) == RED


def test_an_error_slide_shows_text_and_is_announced_once(qtbot: QtBot, view: PhotoView) -> None:
    announced: list[int] = []
    view.shown.connect(announced.append)
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        view.show_error(2, "photos/03.jpg", "the file is missing")
    view.repaint()
    screen(view)  # painting again is not news
    assert announced == [2]
    assert view.error == "the file is missing"
    assert view.image is None
    pixels = screen(view)
    lit = sum(
        pixels.pixelColor(x, y) != BACKGROUND
        for y in range(0, pixels.height(), 2)
        for x in range(0, pixels.width(), 2)
    )
    assert lit > 100  # the heading and the reason are written on the slide


def test_loading_is_not_announced_as_shown(qtbot: QtBot, view: PhotoView) -> None:
    with qtbot.assertNotEmitted(view.shown):
        view.show_loading(1, "photos/02.jpg")
        view.repaint()
    assert view.shown_index == -1


def test_the_same_photo_again_is_not_announced_again(qtbot: QtBot, view: PhotoView) -> None:
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        view.show_image(1, "a.jpg", plain((40, 30)))
    with qtbot.assertNotEmitted(view.shown):
        view.show_image(1, "a.jpg", plain((80, 60)))  # re-decoded after a resize
        view.repaint()


def test_a_new_photo_is_announced_once_it_is_painted(qtbot: QtBot, view: PhotoView) -> None:
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        view.show_image(1, "a.jpg", plain((40, 30)))
    view.show_loading(2, "b.jpg")
    assert view.shown_index == -1
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT) as shown:
        view.show_image(2, "b.jpg", plain((40, 30)))
    assert shown.args == [2]


def test_device_box_is_the_widget_size_in_device_pixels(view: PhotoView) -> None:
    ratio = view.devicePixelRatioF()
    assert view.device_box() == (round(400 * ratio), round(300 * ratio))


def test_a_photo_is_drawn_at_its_logical_size_on_a_hidpi_screen(
    qtbot: QtBot, view: PhotoView, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(view, "devicePixelRatioF", lambda: 2.0)  # as on a 2× screen
    assert view.device_box() == (800, 600)
    image = plain((800, 600))
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        view.show_image(0, "sharp.jpg", image)
    assert view.image is not None
    assert view.image.devicePixelRatio() == 2.0
    assert view.image.deviceIndependentSize().toSize() == QSize(400, 300)
    pixels = screen(view)
    assert pixels.pixelColor(1, 1) == RED  # fills the 400×300 widget, no bars
    assert pixels.pixelColor(398, 298) == RED


def test_a_decoded_photo_stays_opaque_on_a_translucent_surface(
    qtbot: QtBot, view: PhotoView, tmp_path: Path
) -> None:
    """macOS and Wayland paint windows into premultiplied ARGB: the photo must not vanish."""
    path = tmp_path / "blue.png"
    Image.new("RGB", (400, 300), (0, 0, 255)).save(path)
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        view.show_image(0, "blue.png", to_qimage(decode_photo(path, view.device_box())))
    surface = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    view.render(surface)
    assert surface.pixelColor(200, 150) == QColor(0, 0, 255)


def stripes(size: tuple[int, int]) -> QImage:
    """Columns one pixel wide, black and white in turn: any resampling shows as grey."""
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    for x in range(size[0]):
        colour = 0xFFFFFFFF if x % 2 else 0xFF000000
        for y in range(size[1]):
            image.setPixel(x, y, colour)
    return image


def row_is_sharp_stripes(shot: QImage, y: int, left: int, right: int) -> bool:
    values = [shot.pixelColor(x, y).red() for x in range(left, right)]
    return all(value in (0, 255) for value in values) and all(
        values[i] != values[i + 1] for i in range(len(values) - 1)
    )


@pytest.mark.parametrize("size", [(404, 303), (396, 297), (401, 300)])
def test_a_photo_a_few_pixels_off_the_area_is_drawn_1_to_1(
    qtbot: QtBot, view: PhotoView, size: tuple[int, int]
) -> None:
    # Decoded for an area a caption line taller or shorter than the one it is shown in.
    view.show_image(0, "stripes.jpg", stripes(size))
    qtbot.waitUntil(lambda: view.shown_index == 0, timeout=TIMEOUT)
    shot = screen(view)
    assert row_is_sharp_stripes(shot, 150, 10, 390)
    assert row_is_sharp_stripes(shot, 0, 10, 390) == (size[1] >= 300)  # cut off, or a margin


def test_a_photo_far_off_the_area_is_still_fit_to_it(qtbot: QtBot, view: PhotoView) -> None:
    view.show_image(0, "stripes.jpg", stripes((440, 330)))  # 10 % bigger: the window was resized
    qtbot.waitUntil(lambda: view.shown_index == 0, timeout=TIMEOUT)
    shot = screen(view)
    assert not row_is_sharp_stripes(shot, 150, 10, 390)  # scaled down to fit, so blended
    assert shot.pixelColor(200, 2) != BACKGROUND  # fills the area: nothing cut off, no bars
