"""Zoom and the pointer in the window: the photo's own pixels 1:1 on screen, keys, and the bad cases."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, wait_for_photo, write_photo
from viewer.gui.show.pointer import PointerMode
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.folder import load_trip
from viewer.model.trip import Trip
from viewer.model.zoom import ONE_TO_ONE

Key = Qt.Key
TIMEOUT = 10000


def detailed_photo(path: Path, size: tuple[int, int], seed: int = 1) -> Path:
    """A lossless photo of random pixels: any resampling would change them."""
    generator = random.Random(seed)
    image = Image.frombytes("RGB", size, generator.randbytes(size[0] * size[1] * 3))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path)
    return path


def trip_of(folder: Path, *files: str) -> Trip:
    lines = ["format: trip-viewer/1", "title: Zoom", "photos:"] + [f"  - file: {name}" for name in files]
    (folder / "trip.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_trip(folder / "trip.yaml")


def to_pil(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombytes(
        "RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB", rgb.bytesPerLine()
    )


def zoom_fully(qtbot: QtBot, window: MainWindow) -> None:
    """Press Z and wait for the photo's full pixels to be painted."""
    with qtbot.waitSignal(
        window.photo_view.zoomShown, timeout=TIMEOUT, check_params_cb=lambda _i, stage: stage == "full"
    ):
        qtbot.keyClick(window, Key.Key_Z)


@pytest.fixture
def photos(tmp_path: Path) -> Path:
    detailed_photo(tmp_path / "big.png", (2400, 1600))
    for number in range(2, 13):
        write_photo(tmp_path / f"{number:02d}.jpg", "#2980b9")
    return tmp_path


@pytest.fixture
def zoomable(qtbot: QtBot, window: MainWindow, photos: Path) -> MainWindow:
    trip = trip_of(photos, "big.png", *(f"{number:02d}.jpg" for number in range(2, 13)))
    show_trip(qtbot, window, trip)
    return window


def test_z_shows_the_photos_own_pixels_one_to_one(qtbot: QtBot, zoomable: MainWindow, photos: Path) -> None:
    view, zoom = zoomable.photo_view, zoomable.presentation.zoom
    zoom_fully(qtbot, zoomable)
    assert zoom.zoom is not None and zoom.zoom.scale == ONE_TO_ONE
    assert view.devicePixelRatioF() == 1.0
    frame = view.photo_frame()
    assert frame is not None and frame.scale == ONE_TO_ONE
    screen = to_pil(view.grab().toImage())
    left, top = frame.to_photo((0, 0))
    width, height = min(view.width(), 400), min(view.height(), 300)
    shown = screen.crop((0, 0, width, height))
    own = Image.open(photos / "big.png").convert("RGB")
    expected = own.crop((round(left), round(top), round(left) + width, round(top) + height))
    assert shown.tobytes() == expected.tobytes()  # exactly the photo's pixels, none resampled


def test_the_key_answers_at_once_with_the_fitted_photo_enlarged(qtbot: QtBot, zoomable: MainWindow) -> None:
    view, zoom = zoomable.photo_view, zoomable.presentation.zoom
    qtbot.keyClick(zoomable, Key.Key_Z)
    assert view.zoomed  # at once: the photo on screen, enlarged, until its full pixels come
    qtbot.waitUntil(lambda: zoom.pixels is not None, timeout=TIMEOUT)
    assert (zoom.pixels.width(), zoom.pixels.height()) == (2400, 1600)


def test_zoom_is_around_the_mouse(qtbot: QtBot, zoomable: MainWindow) -> None:
    view, zoom = zoomable.photo_view, zoomable.presentation.zoom
    spot = QPointF(view.width() * 0.3, view.height() * 0.7)
    under = view.photo_point(spot)
    assert under is not None
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=spot.toPoint())
    assert zoom.active
    frame = view.photo_frame()
    assert frame is not None
    x, y = frame.to_area(under)
    assert abs(x - spot.x()) <= 1 and abs(y - spot.y()) <= 1
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=spot.toPoint())
    assert not zoom.active


def test_steps_arrows_zero_and_escape(qtbot: QtBot, zoomable: MainWindow) -> None:
    show, zoom = zoomable.presentation, zoomable.presentation.zoom
    qtbot.keyClick(zoomable, Key.Key_Plus)
    assert zoom.active and zoom.zoom is not None
    first = zoom.zoom.scale
    qtbot.keyClick(zoomable, Key.Key_Plus)
    assert zoom.zoom.scale > first
    centre = zoom.zoom.centre
    qtbot.keyClick(zoomable, Key.Key_Right)  # zoomed: the arrows pan
    assert show.current == 0
    assert zoom.zoom.centre[0] > centre[0]
    qtbot.keyClick(zoomable, Key.Key_0)
    assert not zoom.active
    qtbot.keyClick(zoomable, Key.Key_Z)
    qtbot.keyClick(zoomable, Key.Key_Escape)
    assert not zoom.active
    assert not zoomable.isFullScreen()
    qtbot.keyClick(zoomable, Key.Key_Minus)  # out of nothing: nothing
    assert not zoom.active
    qtbot.keyClick(zoomable, Key.Key_Right)  # not zoomed: the arrows step
    assert show.current == 1


def test_a_number_with_a_zero_still_jumps_while_zoomed(qtbot: QtBot, zoomable: MainWindow) -> None:
    zoom = zoomable.presentation.zoom
    qtbot.keyClick(zoomable, Key.Key_Z)
    qtbot.keyClicks(zoomable, "10")
    assert zoom.active  # the 0 was part of the number
    qtbot.keyClick(zoomable, Key.Key_Return)
    wait_for_photo(qtbot, zoomable, 9)
    assert not zoom.active


def test_stepping_to_another_photo_leaves_zoom_and_lets_its_pixels_go(
    qtbot: QtBot, zoomable: MainWindow
) -> None:
    zoom = zoomable.presentation.zoom
    zoom_fully(qtbot, zoomable)
    qtbot.keyClick(zoomable, Key.Key_PageDown)
    assert not zoom.active
    assert zoom.pixels is None and zoom._pixels is None
    wait_for_photo(qtbot, zoomable, 1)
    assert not zoomable.photo_view.zoomed


def test_a_drag_pans_and_stops_at_the_edge(qtbot: QtBot, zoomable: MainWindow) -> None:
    view = zoomable.photo_view
    qtbot.keyClick(zoomable, Key.Key_Z)
    start = QPoint(view.width() // 2, view.height() // 2)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 40):
        qtbot.mouseMove(view, start + QPoint(step * 100, step * 100))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(3900, 3900))
    frame = view.photo_frame()
    assert frame is not None
    assert (frame.left, frame.top) == (0, 0)  # the photo's top-left corner, no further


def test_zoom_on_an_error_slide_says_why_and_the_show_goes_on(
    qtbot: QtBot, window: MainWindow, photos: Path
) -> None:
    show_trip(qtbot, window, trip_of(photos, "missing.jpg", "02.jpg"))
    assert window.photo_view.error is not None
    qtbot.keyClick(window, Key.Key_Z)
    assert not window.presentation.zoom.active
    assert "cannot be zoomed" in window.photo_view.note
    qtbot.keyClick(window, Key.Key_Right)
    wait_for_photo(qtbot, window, 1)


def test_zoom_asked_while_the_photo_loads_begins_once_it_is_in(
    qtbot: QtBot, window: MainWindow, photos: Path
) -> None:
    show = window.presentation
    show.set_trip(trip_of(photos, "big.png", "02.jpg"), 0)
    if show.photo_state(0)[0] is None:  # still loading: the key is kept
        qtbot.keyClick(window, Key.Key_Z)
        assert "still loading" in window.photo_view.note
    else:
        qtbot.keyClick(window, Key.Key_Z)
    qtbot.waitUntil(lambda: show.zoom.active and show.zoom.pixels is not None, timeout=TIMEOUT)


def test_a_photo_over_the_cap_is_zoomed_from_fewer_pixels(qtbot: QtBot, zoomable: MainWindow) -> None:
    zoom = zoomable.presentation.zoom
    zoom.most_pixels = 1_000_000
    zoom_fully(qtbot, zoomable)
    assert zoom.pixels is not None
    assert zoom.pixels.width() * zoom.pixels.height() <= 1_000_000
    assert zoom.photo == (2400, 1600)  # 100 % is still the photo's own pixels, enlarged
    assert "megapixels" in zoomable.photo_view.note


def test_a_100_megapixel_photo_is_an_error_slide_that_cannot_be_zoomed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    Image.new("1", (10000, 10000)).save(tmp_path / "huge.png")
    write_photo(tmp_path / "02.jpg", "#2980b9")
    show_trip(qtbot, window, trip_of(tmp_path, "huge.png", "02.jpg"))
    assert "too many pixels" in (window.photo_view.error or "")  # the show refuses it already
    qtbot.keyClick(window, Key.Key_Z)
    assert not window.presentation.zoom.active
    assert "cannot be zoomed" in window.photo_view.note


def test_a_panorama_zooms_and_pans_only_along_itself(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    detailed_photo(tmp_path / "pano.png", (20000, 200))
    show_trip(qtbot, window, trip_of(tmp_path, "pano.png"))
    view, zoom = window.photo_view, window.presentation.zoom
    zoom_fully(qtbot, window)
    assert zoom.zoom is not None and zoom.zoom.centre[1] == 100
    for _ in range(200):
        qtbot.keyClick(window, Key.Key_Right)
    frame = view.photo_frame()
    assert frame is not None
    assert frame.to_area((20000, 0))[0] == view.device_box()[0]  # the right end, no further
    qtbot.keyClick(window, Key.Key_Down)
    assert zoom.zoom.centre[1] == 100


def test_the_pointer_follows_the_mouse_as_a_red_dot(qtbot: QtBot, zoomable: MainWindow) -> None:
    view, pointer = zoomable.photo_view, zoomable.presentation.pointer
    qtbot.keyClick(zoomable, Key.Key_L)
    assert pointer.mode is PointerMode.DOT
    spot = QPoint(view.width() // 3, view.height() // 2)
    qtbot.mouseMove(view, spot)
    qtbot.waitUntil(lambda: pointer.position is not None)
    shot = view.grab().toImage()
    red = shot.pixelColor(spot)
    assert red.red() > 200 and red.green() < 80
    qtbot.keyClick(zoomable, Key.Key_L, Qt.KeyboardModifier.ShiftModifier)
    assert pointer.mode is PointerMode.SPOTLIGHT
    shot = view.grab().toImage()
    far = QPoint(view.width() - 5, 5)
    assert shot.pixelColor(far).lightness() < 70  # dimmed away from the circle
    qtbot.keyClick(zoomable, Key.Key_L, Qt.KeyboardModifier.ShiftModifier)
    assert pointer.mode is PointerMode.OFF
