"""Never a blank frame: a small preview shows until the sharp photo is decoded, and
strip thumbnails fill with visible progress, from disk the second time."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, wait_for_photo, write_photo
from viewer.gui.show import loader as loader_module
from viewer.gui.show.loader import PREFETCH_AHEAD
from viewer.gui.show.persist import SettingsKeeper
from viewer.gui.show.presentation import Presentation
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.imaging import thumbcache
from viewer.imaging.decode import Decoded, Scaler
from viewer.model.folder import load_trip
from viewer.model.settings import Settings
from viewer.model.timing import ShowTiming
from viewer.model.trip import Trip


class Gate:
    """Holds the sharp decode of chosen photos until released."""

    def __init__(self) -> None:
        self.held: set[Path] = set()
        self.open = threading.Event()
        self.real = loader_module.decode_photo

    def __call__(
        self,
        path: Path,
        box: tuple[int, int],
        stop: Callable[[], bool] | None = None,
        scaler: Scaler | None = None,
    ) -> Decoded:
        if path in self.held:
            assert self.open.wait(10)
        return self.real(path, box, stop, scaler)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    found = Gate()
    monkeypatch.setattr(loader_module, "decode_photo", found)
    yield found
    found.open.set()


def all_thumbnails(window: MainWindow) -> Callable[[], None]:
    def check() -> None:
        done, total = window.strip.progress
        assert total and done == total

    return check


def test_a_preview_shows_until_the_sharp_photo_is_ready(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip], gate: Gate
) -> None:
    trip = make_trip(8)
    show_trip(qtbot, window, trip, start=0)
    qtbot.waitUntil(all_thumbnails(window))
    far = PREFETCH_AHEAD + 2  # beyond what photo 1 prefetched
    gate.held.add(trip.photos[far].path)

    with qtbot.waitSignal(window.photo_view.previewShown, check_params_cb=lambda index: index == far):
        qtbot.keyClicks(window, str(far + 1))
        qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.photo_view.showing_preview
    assert window.photo_view.shown_index != far  # not announced as painted sharp
    grabbed = window.photo_view.grab().toImage()
    centre = grabbed.pixelColor(grabbed.width() // 2, grabbed.height() // 2)
    assert centre.name() != "#101010"  # the preview's colour, not an empty frame

    gate.open.set()
    wait_for_photo(qtbot, window, far)
    assert not window.photo_view.showing_preview


def test_autoplay_waits_for_the_sharp_photo_not_the_preview(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip], gate: Gate
) -> None:
    trip = make_trip(3)
    gate.held.add(trip.photos[1].path)  # before its prefetch can begin
    show_trip(qtbot, window, trip, start=0)
    qtbot.waitUntil(all_thumbnails(window))
    window.presentation.timing = ShowTiming(seconds=0.0)
    window.presentation.slideshow.start(play_once=True)
    with qtbot.waitSignal(window.photo_view.previewShown):
        window.presentation.slideshow.photo_shown(0)
    with qtbot.assertNotEmitted(window.presentation.slideshow.currentChanged, wait=100):
        pass  # held at the preview of photo 2: autoplay must not move on
    with qtbot.waitSignal(window.presentation.slideshow.finished, timeout=10000):
        gate.open.set()


def test_strip_thumbnails_fill_with_progress_then_come_from_disk(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip], monkeypatch: pytest.MonkeyPatch
) -> None:
    trip = make_trip(6)
    progress: list[tuple[int, int]] = []
    original = window.strip.set_progress
    monkeypatch.setattr(window.strip, "set_progress", lambda d, t: (progress.append((d, t)), original(d, t)))
    show_trip(qtbot, window, trip)
    qtbot.waitUntil(all_thumbnails(window))
    assert progress[0] == (0, 6) and progress[-1] == (6, 6)
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)

    decoded: list[Path] = []
    real = thumbcache.decode_photo
    monkeypatch.setattr(thumbcache, "decode_photo", lambda p, b: (decoded.append(p), real(p, b))[1])
    second = MainWindow(Presentation(SettingsKeeper(Settings())))
    qtbot.addWidget(second)
    second.show()
    show_trip(qtbot, second, trip)
    qtbot.waitUntil(all_thumbnails(second))
    assert decoded == []  # every strip thumbnail came from the disk cache
    assert len(second.strip._thumbnails) == 6


def test_a_new_pixel_ratio_decodes_again(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip], monkeypatch: pytest.MonkeyPatch
) -> None:
    show_trip(qtbot, window, make_trip(2))
    width, height = window.photo_view.width(), window.photo_view.height()
    # Moving to a 2× screen: Qt reports the new ratio and sends DevicePixelRatioChange.
    monkeypatch.setattr(window.photo_view, "devicePixelRatioF", lambda: 2.0)
    QApplication.sendEvent(window, QEvent(QEvent.Type.DevicePixelRatioChange))
    qtbot.waitUntil(lambda: window.presentation.feed.loader.box == (width * 2, height * 2))


def test_a_show_closed_before_its_strip_is_full_still_packs_what_it_made(
    qtbot: QtBot, make_trip: Callable[..., Trip], monkeypatch: pytest.MonkeyPatch
) -> None:
    from viewer import paths
    from viewer.gui import THUMBNAIL_BOX
    from viewer.imaging.jobs import Stopped
    from viewer.imaging.thumbcache import ThumbnailCache
    from viewer.imaging.thumbpack import read_pack

    trip = make_trip(6)
    real = thumbcache.decode_photo

    def never_done(photo: Path, box: tuple[int, int], stop: Callable[[], bool] | None = None) -> Decoded:
        if photo != trip.photos[0].path:  # the strip's other thumbnails: still under way at close
            while stop is None or not stop():  # as a real decode does between chunks of the file
                threading.Event().wait(0.005)
            raise Stopped
        return real(photo, box, stop)

    monkeypatch.setattr(thumbcache, "decode_photo", never_done)
    window = MainWindow(Presentation(SettingsKeeper(Settings())))
    qtbot.addWidget(window)
    window.show()
    show_trip(qtbot, window, trip, start=0)
    wait_for_photo(qtbot, window, 0)
    assert window.strip.progress[0] < 6
    window.close()

    cache = ThumbnailCache(paths.thumbnail_dir())
    packed = read_pack(cache.pack_path(trip.photos[0].path.parent, THUMBNAIL_BOX))
    assert cache.digest(trip.photos[0].path, THUMBNAIL_BOX) in packed  # made from the shown photo
    assert len(packed) < 6


def test_a_window_back_at_a_size_it_had_shows_the_photo_decoded_for_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A projector unplugged and plugged in again: the photo decoded for it before is shown sharp again."""
    for name in ("a.jpg", "b.jpg"):
        write_photo(tmp_path / name, "#3070a0", size=(2400, 1600))
    show_trip(qtbot, window, load_trip(tmp_path))
    big = window.photo_view.image
    assert big is not None
    window.resize(window.width() // 2, window.height())
    qtbot.waitUntil(
        lambda: window.photo_view.image is not None and window.photo_view.image.width() < big.width()
    )
    window.resize(window.width() * 2, window.height())
    qtbot.waitUntil(
        lambda: window.photo_view.image is not None and window.photo_view.image.size() == big.size()
    )
