"""The first photo's decode starts before the window exists, for the screen it opens on;
the strip's stored thumbnails are read meanwhile."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import wait_for_photo
from viewer.cli import build_parser
from viewer.gui import STRIP_HEIGHT, THUMBNAIL_BOX, ScreenShape, first_window_box
from viewer.gui.app import run, start_first_decode
from viewer.gui.show.loader import PREFETCH_AHEAD
from viewer.gui.show.persist import SettingsKeeper
from viewer.gui.show.presentation import Presentation
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.imaging import decode
from viewer.imaging.decode import fit_size
from viewer.imaging.headstart import HeadStart, StoredStrip
from viewer.imaging.thumbcache import ThumbnailCache
from viewer.model.settings import Settings
from viewer.model.trip import Trip


def options(**given: object) -> argparse.Namespace:
    defaults = vars(build_parser().parse_args([]))  # every option the command line has, as if not given
    return argparse.Namespace(**(defaults | given))


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The name of every photo file decoded, whoever asked."""
    names: list[str] = []
    real = decode.prepare_photo

    def counting(path: Path, box: tuple[int, int], stop: Callable[[], bool] | None = None) -> decode.Prepared:
        names.append(path.name)
        return real(path, box, stop)

    monkeypatch.setattr(decode, "prepare_photo", counting)
    monkeypatch.setattr("viewer.imaging.headstart.prepare_photo", counting)
    yield names


def test_full_screen_on_the_projector_decodes_for_the_projector(
    qapp: QApplication, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(4)
    head = start_first_decode(qapp, trip, Settings(), 2, options(fullscreen=True, screen=1))
    assert head is not None
    assert head.path == trip.photos[2].path
    assert head.window_box == (1920, 1080 - STRIP_HEIGHT)  # the projector, less the strip
    head.decode(head.path, (10, 10))  # let its thread finish


def test_the_head_start_leaves_out_exactly_the_strip(qtbot: QtBot, sample_trip: Trip) -> None:
    """The head start takes the strip's height off the screen before the strip exists."""
    window = MainWindow(Presentation(SettingsKeeper(Settings())))
    qtbot.addWidget(window)
    window.show()
    window.presentation.set_trip(sample_trip, 0)
    qtbot.waitUntil(lambda: window.strip.height() == STRIP_HEIGHT)
    assert window.strip.y() + window.strip.height() == window.centralWidget().height()


def test_a_window_opens_where_the_trip_was_left(qapp: QApplication, make_trip: Callable[..., Trip]) -> None:
    trip = make_trip(4)
    settings = Settings()
    settings.remember_trip(trip.source, 2, 4)
    head = start_first_decode(qapp, trip, settings, None, options())
    assert head is not None
    assert head.path == trip.photos[2].path
    assert head.window_box == (1280, 860 - STRIP_HEIGHT)
    head.decode(head.path, (10, 10))


def test_the_window_shows_the_head_start_without_decoding_the_photo_again(
    qtbot: QtBot, qapp: QApplication, make_trip: Callable[..., Trip], decoded: list[str]
) -> None:
    trip = make_trip(3)
    Image.new("RGB", (3000, 2000), "#2980b9").save(trip.photos[0].path, quality=90)
    head = start_first_decode(qapp, trip, Settings(), 0, options())
    window = MainWindow(Presentation(SettingsKeeper(Settings()), head_start=head))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.presentation.set_trip(trip, 0)
    wait_for_photo(qtbot, window, 0)
    image = window.photo_view.image
    assert image is not None
    assert image.size().toTuple() == fit_size(
        (3000, 2000), window.presentation.feed.loader.box
    )  # sharp for its area
    assert head.used
    assert window.presentation.feed.loader.wait_idle(5000) and window.presentation.feed.thumbnails.wait_idle(
        5000
    )
    assert decoded.count(trip.photos[0].path.name) == 1  # its strip thumbnail came from it too


def test_a_head_start_that_is_done_is_in_the_windows_first_frame(
    qtbot: QtBot, qapp: QApplication, make_trip: Callable[..., Trip], decoded: list[str]
) -> None:
    """Sized on the UI thread as the trip is set: the first frame is the photo, not a note
    that it is loading. Its thumbnail is still made, from the same pixels."""
    trip = make_trip(3)
    Image.new("RGB", (3000, 2000), "#2980b9").save(trip.photos[0].path, quality=90)
    head = start_first_decode(qapp, trip, Settings(), 0, options())
    assert head is not None
    head.wait()
    window = MainWindow(Presentation(SettingsKeeper(Settings()), head_start=head))
    qtbot.addWidget(window)
    window.show()
    window.presentation.set_trip(trip, 0)
    image = window.photo_view.image  # no event handled since: nothing came from a worker
    assert image is not None
    assert image.size().toTuple() == fit_size((3000, 2000), window.presentation.feed.loader.box)
    wait_for_photo(qtbot, window, 0)
    # Its strip thumbnail comes from the same pixels, made on a worker and handed over
    # by a queued signal: waited for, not looked for once the workers are idle.
    qtbot.waitUntil(lambda: window.presentation.feed.thumbnails.get(0) is not None)
    assert window.presentation.feed.loader.wait_idle(5000) and window.presentation.feed.thumbnails.wait_idle(
        5000
    )
    assert decoded.count(trip.photos[0].path.name) == 1


def test_the_strip_fills_from_the_stored_strip_read_before_the_window(
    qtbot: QtBot, make_trip: Callable[..., Trip], basedir: Path, decoded: list[str]
) -> None:
    trip = make_trip(5)
    cache = ThumbnailCache(basedir / "early-cache")
    for photo in trip.photos:
        cache.load(photo.path, THUMBNAIL_BOX)
    decoded.clear()
    stored = StoredStrip(cache, [photo.path for photo in trip.photos], THUMBNAIL_BOX)
    window = MainWindow(Presentation(SettingsKeeper(Settings()), stored_strip=stored))
    qtbot.addWidget(window)
    window.show()
    window.presentation.set_trip(trip, 0)
    qtbot.waitUntil(lambda: window.strip.progress == (5, 5))
    wait_for_photo(qtbot, window, 0)
    assert window.presentation.feed.thumbnails.wait_idle(5000)
    assert decoded.count(trip.photos[0].path.name) == 1  # the photo on screen, not its thumbnails
    assert len(decoded) == 1 + PREFETCH_AHEAD  # and its prefetched neighbours: no thumbnail decodes


def test_a_strip_read_before_the_trip_is_set_fills_it_at_once(
    qtbot: QtBot, make_trip: Callable[..., Trip], basedir: Path
) -> None:
    """Within ``set_trip`` itself: no event has to be handled for the strip to be full."""
    trip = make_trip(4)
    cache = ThumbnailCache(basedir / "early-cache")
    for photo in trip.photos:
        cache.load(photo.path, THUMBNAIL_BOX)
    stored = StoredStrip(cache, [photo.path for photo in trip.photos], THUMBNAIL_BOX)
    stored.wait()
    window = MainWindow(Presentation(SettingsKeeper(Settings()), stored_strip=stored))
    qtbot.addWidget(window)
    window.presentation.set_trip(trip, 0)
    assert window.strip.progress == (4, 4)


# -- the decode begun before Qt, for a guessed screen ---------------------------------------


def test_the_window_box_follows_full_screen_the_strip_and_the_pixel_ratio() -> None:
    laptop = ScreenShape(1440, 900, 1440, 860, 2.0)
    assert first_window_box(laptop, full_screen=True, strip_visible=True) == (2880, 2 * (900 - STRIP_HEIGHT))
    assert first_window_box(laptop, full_screen=True, strip_visible=False) == (2880, 1800)
    # A window of its default size, kept inside the room the task bar leaves.
    assert first_window_box(laptop, full_screen=False, strip_visible=True) == (2560, 2 * (860 - STRIP_HEIGHT))


def test_the_screen_is_remembered_in_the_settings_and_read_back() -> None:
    shape = ScreenShape(2560, 1440, 2560, 1400, 1.25)
    assert ScreenShape.from_settings(shape.to_settings()) == shape
    assert ScreenShape.from_settings({}) is None  # never seen a screen
    assert ScreenShape.from_settings(shape.to_settings() | {"width": 0}) is None
    assert ScreenShape.from_settings({"width": 1920, "height": 1080}) is None


def test_the_decode_begun_for_the_right_screen_is_kept(
    qapp: QApplication, make_trip: Callable[..., Trip], decoded: list[str]
) -> None:
    trip = make_trip(4)
    projector = ScreenShape(1920, 1080, 1920, 1080, 1.0)  # tests/conftest.py: screen 1
    begun = HeadStart(trip.photos[2].path, first_window_box(projector, True, True))
    settings = Settings()
    head = start_first_decode(qapp, trip, settings, 2, options(fullscreen=True, screen=1), begun)
    assert head is begun
    assert head.scaler is not None  # Qt's scaling, now that Qt is up
    head.decode(head.path, (10, 10))
    assert decoded == [trip.photos[2].path.name]  # decoded once
    assert ScreenShape.from_settings(settings.screen) == projector  # the guess for next time


def test_a_guess_that_falls_short_is_decoded_again_for_the_real_screen(
    qapp: QApplication, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(4)
    small = HeadStart(trip.photos[0].path, (800, 480))
    head = start_first_decode(qapp, trip, Settings(), 0, options(fullscreen=True, screen=1), small)
    assert head is not small and head is not None
    assert head.window_box == (1920, 1080 - STRIP_HEIGHT)
    other_photo = HeadStart(trip.photos[1].path, (4000, 4000))
    full_screen = options(fullscreen=True, screen=1)
    head_for_0 = start_first_decode(qapp, trip, Settings(), 0, full_screen, other_photo)
    assert head_for_0 is not None and head_for_0.path == trip.photos[0].path
    for started in (small, head, other_photo, head_for_0):
        started.decode(started.path, (10, 10))  # let their threads finish


def test_a_full_screen_start_lays_the_window_out_once_at_the_screens_size(
    qapp: QApplication, make_trip: Callable[..., Trip], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--fullscreen`` shows the window straight at full screen: it is never first a window
    of its usual size (a layout, a paint, and a wasted box for the first photo's decode)."""
    monkeypatch.setattr("viewer.gui.app.install_error_handling", lambda: None)  # keep pytest's hooks
    sizes: list[tuple[int, int]] = []
    resized = MainWindow.resizeEvent

    def noting(window: MainWindow, event: QResizeEvent) -> None:
        sizes.append(event.size().toTuple())
        resized(window, event)

    monkeypatch.setattr(MainWindow, "resizeEvent", noting)
    trip = make_trip(2)
    status = run(trip, options(fullscreen=True, start=None, autoplay=0.0, loop=False, play_once=True))
    assert status == 0
    screen = qapp.primaryScreen().geometry().size().toTuple()
    assert sizes and set(sizes) == {screen}


def test_the_garbage_collector_waits_for_the_first_photo(
    qapp: QApplication, make_trip: Callable[..., Trip], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Off until photo 1 is painted (collections cost the start 5 to 10 ms), on from then."""
    monkeypatch.setattr("viewer.gui.app.install_error_handling", lambda: None)
    painted: list[tuple[int, bool]] = []
    shown = MainWindow.__init__

    def noting(window: MainWindow, *args: object, **given: object) -> None:
        shown(window, *args, **given)  # type: ignore[arg-type]
        window.photo_view.shown.connect(lambda index: painted.append((index, gc.isenabled())))

    monkeypatch.setattr(MainWindow, "__init__", noting)
    gc.disable()  # as cli.main does for the start
    try:
        status = run(make_trip(3), options(start=None, autoplay=0.0, loop=False, play_once=True))
    finally:
        gc.enable()
    assert status == 0
    assert painted == [(0, False), (1, True), (2, True)]
