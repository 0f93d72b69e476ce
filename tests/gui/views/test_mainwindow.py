"""The presentation window as a person uses it: photos, words, errors, trips, memory."""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, wait_for_photo
from viewer.gui.show.persist import SettingsKeeper
from viewer.gui.show.presentation import Presentation
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.imaging.decode import Decoded
from viewer.imaging.jobs import Stopped
from viewer.model.folder import load_trip
from viewer.model.settings import load_settings, settings_path
from viewer.model.timing import ShowTiming
from viewer.model.trip import Trip


def test_shows_caption_credit_position_place_and_time(
    qtbot: QtBot, window: MainWindow, sample_trip: Trip
) -> None:
    show_trip(qtbot, window, sample_trip, start=0)
    assert window.windowTitle() == "Kim Jong Un's train journey to the Hanoi summit — Trip Viewer"
    assert window.caption.caption.text() == "Kim arrives by train at Dong Dang, Vietnam yesterday (Feb. 25)."
    assert window.caption.credit.text() == "Image: Reuters/Stringer"
    assert window.caption.position.text() == "1 / 13"
    assert window.caption.details.text() == "Dong Dang station · 26 Feb 08:15 (UTC+7, approx.)"


def test_every_sample_photo_is_painted_with_its_own_words(
    qtbot: QtBot, window: MainWindow, sample_trip: Trip
) -> None:
    show_trip(qtbot, window, sample_trip, start=0)
    for index, photo in enumerate(sample_trip.photos):
        if index:
            qtbot.keyClick(window, Qt.Key.Key_PageDown)
        wait_for_photo(qtbot, window, index)
        assert window.photo_view.error is None
        assert window.caption.caption.text() == photo.caption
        assert window.caption.credit.text() == f"Image: {photo.credit}"
        assert window.caption.position.text() == f"{index + 1} / 13"


def test_missing_words_are_shown_as_missing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from tests.gui.conftest import write_photo
    from viewer.model.folder import load_trip

    write_photo(tmp_path / "a.jpg", "#336699")
    (tmp_path / "trip.yaml").write_text("format: trip-viewer/1\nphotos:\n  - file: a.jpg\n")
    show_trip(qtbot, window, load_trip(tmp_path))
    assert window.caption.caption.text() == "No caption"
    assert window.caption.credit.text() == "No credit"


def test_missing_words_look_like_a_note_and_real_words_do_not(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPalette

    from tests.gui.conftest import write_photo
    from viewer.model.folder import load_trip

    write_photo(tmp_path / "a.jpg", "#336699")
    write_photo(tmp_path / "b.jpg", "#993366")
    (tmp_path / "trip.yaml").write_text(
        "format: trip-viewer/1\nphotos:\n  - file: a.jpg\n"
        "  - file: b.jpg\n    caption: Arrival\n    credit: Reuters/Stringer\n"
    )
    show_trip(qtbot, window, load_trip(tmp_path), start=0)

    def look(label: QLabel) -> tuple[bool, str]:
        label.ensurePolished()
        return label.font().italic(), label.palette().color(QPalette.ColorRole.WindowText).name()

    assert look(window.caption.caption) == (True, "#9a9a9a")
    assert look(window.caption.credit) == (True, "#9a9a9a")
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    wait_for_photo(qtbot, window, 1)
    assert look(window.caption.caption) == (False, "#ffffff")
    assert look(window.caption.credit) == (False, "#e6e6e6")
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    wait_for_photo(qtbot, window, 0)
    assert look(window.caption.caption) == (True, "#9a9a9a")
    assert window.caption.details.text() == ""


def test_photo_fills_the_view_at_device_pixels(qtbot: QtBot, window: MainWindow, make_trip) -> None:
    show_trip(qtbot, window, make_trip(2))
    image = window.photo_view.image
    assert image is not None
    box = window.photo_view.device_box()
    # 320×200 photos are never enlarged by the decoder; Qt scales them when painting.
    assert (image.width(), image.height()) == (320, 200)
    assert box == (window.photo_view.width(), window.photo_view.height())


def test_a_missing_photo_shows_a_slide_naming_it_and_the_show_goes_on(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    show_trip(qtbot, window, make_trip(4, missing=(1,)), start=0)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    wait_for_photo(qtbot, window, 1)
    assert window.photo_view.error == "the file is missing"
    grabbed = window.photo_view.grab().toImage()
    assert grabbed.pixelColor(5, 5).name() == "#101010"  # the dark slide, not a stale photo
    qtbot.keyClick(window, Qt.Key.Key_Right)
    wait_for_photo(qtbot, window, 2)
    assert window.photo_view.error is None


def test_a_damaged_photo_shows_why(qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]) -> None:
    trip = make_trip(2)
    trip.photos[1].path.write_bytes(b"this is not a JPEG")
    show_trip(qtbot, window, trip, start=1)
    assert (
        window.photo_view.error == "not a photo in a format the viewer can read (JPEG, PNG, TIFF, WebP, HEIC)"
    )


def test_autoplay_runs_through_and_play_once_finishes(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    show_trip(qtbot, window, make_trip(4), start=0)
    shown: list[int] = []
    window.photo_view.shown.connect(shown.append)
    with qtbot.waitSignal(window.presentation.slideshow.finished, timeout=10000):
        window.presentation.timing = ShowTiming(seconds=0.0)
        window.presentation.slideshow.start(play_once=True)
        window.presentation.slideshow.photo_shown(0)  # photo 0 was already on screen when play began
    assert shown == [1, 2, 3]  # each photo painted once, in order, before the end


def test_autoplay_loops(qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]) -> None:
    show_trip(qtbot, window, make_trip(3), start=1)
    painted: list[int] = []
    window.photo_view.shown.connect(painted.append)
    window.presentation.timing = ShowTiming(seconds=0.001)
    window.presentation.slideshow.start(loop=True)
    window.presentation.slideshow.photo_shown(1)
    # The last photo, then the first again: the show went round.
    qtbot.waitUntil(lambda: [2, 0] in [painted[i : i + 2] for i in range(len(painted))])
    window.presentation.slideshow.set_playing(False)


def test_mouse_wheel_over_the_photo_steps(qtbot: QtBot, window: MainWindow, make_trip) -> None:
    show_trip(qtbot, window, make_trip(3), start=0)
    centre = QPointF(window.photo_view.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(window.photo_view.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(window, event)
    wait_for_photo(qtbot, window, 1)


def test_closing_stops_a_decode_under_way_instead_of_waiting_for_it(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip], monkeypatch: pytest.MonkeyPatch
) -> None:
    started, asked_to_stop = threading.Event(), threading.Event()

    def endless(path: Path, box: tuple[int, int], stop: Callable[[], bool] | None = None, *_: Any) -> Decoded:
        started.set()
        deadline = time.monotonic() + 10
        while not asked_to_stop.wait(0.005) and time.monotonic() < deadline:  # polls like a real decode
            if stop is not None and stop():
                asked_to_stop.set()
        raise Stopped

    monkeypatch.setattr("viewer.gui.show.loader.decode_photo", endless)
    window.presentation.set_trip(make_trip(3), 0)
    assert started.wait(10)
    window.close()
    assert asked_to_stop.is_set()  # told to stop by the close, not left to run to its end
    assert not window.isVisible()


def test_a_trip_reopens_at_the_photo_where_it_was_left(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(5)
    show_trip(qtbot, window, trip, start=0)
    qtbot.keyClicks(window, "4")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    wait_for_photo(qtbot, window, 3)
    window.close()  # writes the settings

    saved, problem = load_settings()
    assert problem is None
    again = MainWindow(Presentation(SettingsKeeper(saved)))
    qtbot.addWidget(again)
    again.show()
    show_trip(qtbot, again, trip, start=None)
    assert again.presentation.slideshow.current == 3
    assert again.opening.recent_menu.actions()[0].text() == str(trip.source)


def reopened(qtbot: QtBot, trip: Trip) -> MainWindow:
    """A new window on ``trip`` with the settings the last one saved, opened where they say."""
    saved, problem = load_settings()
    assert problem is None
    again = MainWindow(Presentation(SettingsKeeper(saved)))
    qtbot.addWidget(again)
    again.show()
    show_trip(qtbot, again, trip, start=None)
    return again


def test_a_trip_stepped_to_its_last_photo_reopens_at_the_first(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(5)
    show_trip(qtbot, window, trip, start=2)
    qtbot.keyClick(window, Qt.Key.Key_End)
    wait_for_photo(qtbot, window, 4)
    window.close()

    assert reopened(qtbot, trip).presentation.current == 0


def test_a_trip_played_to_its_end_reopens_at_the_first(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(4)
    show_trip(qtbot, window, trip, start=0)
    with qtbot.waitSignal(window.presentation.slideshow.finished, timeout=10000):
        window.presentation.timing = ShowTiming(seconds=0.0)
        window.presentation.slideshow.start(play_once=True)
        window.presentation.slideshow.photo_shown(0)
    window.close()

    again = reopened(qtbot, trip)
    assert again.presentation.slideshow.current == 0
    qtbot.keyClick(again, Qt.Key.Key_Right)  # stepped on from there: mid-show again
    wait_for_photo(qtbot, again, 1)
    again.close()
    assert reopened(qtbot, trip).presentation.current == 1


def test_settings_are_saved_soon_after_a_change_without_closing(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    show_trip(qtbot, window, make_trip(3))
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)

    def saved() -> None:
        assert settings_path().is_file()
        data = json.loads(settings_path().read_text(encoding="utf-8"))
        assert data["caption_scale"] > 1.0

    qtbot.waitUntil(saved, timeout=5000)
    assert not list(settings_path().parent.glob("*.tmp"))  # written atomically, nothing left over


def test_open_another_trip_replaces_the_current_one(
    qtbot: QtBot, window: MainWindow, sample_trip: Trip, make_trip: Callable[..., Trip]
) -> None:
    show_trip(qtbot, window, sample_trip)
    other = make_trip(2)
    with qtbot.waitSignal(window.photo_view.shown, timeout=10000):
        window.open_trip(other.source)
    assert window.windowTitle() == "Test trip — Trip Viewer"
    assert window.caption.position.text() == "1 / 2"


def test_a_bad_trip_gets_a_dialog_and_the_show_goes_on(
    qtbot: QtBot, window: MainWindow, sample_trip: Trip, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    show_trip(qtbot, window, sample_trip, start=4)
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: trip-viewer/1\nphotos:\n  - file: a.jpg\n    captoin: x\n")
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    with qtbot.waitSignal(window.opening.opener.failed, timeout=5000):
        window.open_trip(bad)
    assert messages == [f"{bad}:4:5: unknown key 'captoin' in a photo; did you mean 'caption'?"]
    assert window.trip is sample_trip
    assert window.presentation.slideshow.current == 4


def test_dropping_a_folder_opens_it(qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]) -> None:
    trip = make_trip(3)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(trip.folder))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.opening.opener.opened, timeout=5000):
        window.dropEvent(drop)  # Qt delivers drops only inside a real drag; call the handler
    assert drop.isAccepted()
    wait_for_photo(qtbot, window, 0)
    assert window.trip is not None and window.trip.source == trip.source


def test_resizing_decodes_again_at_the_new_size(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(1)
    from tests.gui.conftest import write_photo

    write_photo(trip.photos[0].path, "#884422", size=(3000, 2000))
    show_trip(qtbot, window, trip)
    before = window.photo_view.image
    assert before is not None and before.width() <= window.photo_view.width()
    window.resize(600, 500)
    qtbot.waitUntil(lambda: window.presentation.feed.loader.box == window.photo_view.device_box())
    qtbot.waitUntil(lambda: window.photo_view.image is not before)
    image = window.photo_view.image
    assert image is not None
    assert image.width() <= window.photo_view.width() and image.height() <= window.photo_view.height()
    assert image.width() < before.width()


def test_the_first_photo_is_decoded_for_the_area_it_is_shown_in(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    # Set before the caption has the trip's words, the area is a guess; nothing is
    # decoded at that guess, so the first photo is decoded for the area it is shown in.
    trip = make_trip(2)
    from tests.gui.conftest import write_photo

    write_photo(trip.photos[0].path, "#884422", size=(3000, 2000))
    window.caption.set_scale(2.0)  # a caption taller than the empty one the trip is set with
    show_trip(qtbot, window, trip)
    image = window.photo_view.image
    assert image is not None
    width, height = window.photo_view.device_box()
    assert window.presentation.feed.loader.box == (width, height)
    assert image.height() == height or image.width() == width  # fit exactly, drawn 1:1


def test_a_few_pixels_of_resize_keep_the_decoded_photo(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    show_trip(qtbot, window, make_trip(2))
    box = window.presentation.feed.loader.box
    window.resize(window.width(), window.height() - 6)  # e.g. a caption line more
    qtbot.waitUntil(lambda: window.photo_view.device_box() != box)
    window.presentation.fit_photo_area()
    assert window.presentation.feed.loader.box == box  # drawn 1:1 a few pixels off, not decoded again


def test_another_trip_is_decoded_for_the_exact_area_not_the_last_trips_size(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip], tmp_path_factory: pytest.TempPathFactory
) -> None:
    show_trip(qtbot, window, make_trip(2))
    box = window.presentation.feed.loader.box
    window.resize(window.width(), window.height() - 6)
    qtbot.waitUntil(lambda: window.photo_view.device_box() != box)
    window.presentation.fit_photo_area()  # the first trip's photos are kept at their size
    trip = make_trip(2)
    copy = shutil.copytree(trip.folder, tmp_path_factory.mktemp("copy") / "trip")
    show_trip(qtbot, window, load_trip(copy / "trip.yaml"))  # none of its photos is decoded at any size yet
    assert window.presentation.feed.loader.box == window.photo_view.device_box() != box
