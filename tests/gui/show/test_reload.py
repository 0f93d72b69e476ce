"""Live reload: the photo desk edits the trip while it is on screen, and the show goes on."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import viewer.gui.show.watcher as watcher
from tests.gui.conftest import show_trip, wait_for_photo, write_photo
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.trip import Trip

TIMEOUT = 8000


def manifest_text(captions: list[str], files: list[str] | None = None) -> str:
    files = files or [f"photos/{index + 1:02d}.jpg" for index in range(len(captions))]
    lines = ["format: trip-viewer/1", "title: Test trip", "photos:"]
    for file, caption in zip(files, captions, strict=True):
        lines += [f"  - file: {file}", f"    caption: {caption}"]
    return "\n".join(lines) + "\n"


def save_by_rename(path: Path, text: str) -> None:
    """How many editors save: write a new file, then rename it over the old one."""
    temporary = path.with_name(path.name + ".saving")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def test_an_edited_caption_appears_and_the_photo_stays(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(3)
    show_trip(qtbot, window, trip, start=1)
    trip.source.write_text(manifest_text(["one", "two, corrected", "three"]), encoding="utf-8")
    qtbot.waitUntil(lambda: window.caption.caption.text() == "two, corrected", timeout=TIMEOUT)
    assert window.presentation.slideshow.current == 1
    assert window.banner.isHidden()


def test_a_photo_added_before_the_current_one_keeps_the_place_and_is_marked_new(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(3)
    show_trip(qtbot, window, trip, start=2)
    write_photo(trip.folder / "photos" / "00.jpg", "#ffffff")
    files = ["photos/00.jpg", "photos/01.jpg", "photos/02.jpg", "photos/03.jpg"]
    save_by_rename(trip.source, manifest_text(["new", "one", "two", "three"], files))
    qtbot.waitUntil(lambda: window.caption.position.text() == "4 / 4", timeout=TIMEOUT)
    assert window.caption.caption.text() == "three"  # the same photo, now fourth
    assert window.strip.new == {0}
    qtbot.keyClick(window, Qt.Key.Key_Home)
    wait_for_photo(qtbot, window, 0)
    assert window.strip.new == set()  # seen: no longer new


def test_an_invalid_manifest_keeps_the_last_trip_with_a_banner_then_recovers(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(3)
    show_trip(qtbot, window, trip, start=1)
    trip.source.write_text("format: trip-viewer/1\nphotos:\n  - file: photos/01.jpg\n    captoin: x\n")
    qtbot.waitUntil(window.banner.isVisible, timeout=TIMEOUT)
    assert f"{trip.source}:4:5: unknown key 'captoin'" in window.banner.text()
    assert window.caption.position.text() == "2 / 3"  # the show goes on with the last valid trip
    qtbot.keyClick(window, Qt.Key.Key_Right)
    wait_for_photo(qtbot, window, 2)

    trip.source.write_text(manifest_text(["a", "b", "c"]), encoding="utf-8")
    qtbot.waitUntil(window.banner.isHidden, timeout=TIMEOUT)
    assert window.caption.caption.text() == "c"
    assert window.presentation.slideshow.current == 2


def test_a_changed_photo_is_decoded_again(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(2)
    show_trip(qtbot, window, trip, start=0)
    before = window.photo_view.image
    assert before is not None
    Image.new("RGB", (320, 200), "#00ff00").save(trip.photos[0].path.with_suffix(".tmp.jpg"))
    os.replace(trip.photos[0].path.with_suffix(".tmp.jpg"), trip.photos[0].path)

    def green() -> None:
        image = window.photo_view.image
        assert image is not None and image is not before
        assert image.pixelColor(10, 10).green() > 200

    qtbot.waitUntil(green, timeout=TIMEOUT)


def test_a_trip_whose_look_takes_long_is_looked_at_less_often(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each look at 20,000 photos holds the interpreter lock for a tenth of a second and more:
    the slow timer waits ``POLL_SHARE`` times as long as a look took, never less than ``POLL_MS``."""
    assert watcher.poll_interval(0.01) == watcher.POLL_MS
    ticks = iter(range(0, 1_000_000, 2))  # every look "takes" the clock's 2 s step

    class Clock:
        @staticmethod
        def monotonic() -> float:
            return float(next(ticks))

    monkeypatch.setattr(watcher, "time", Clock)
    show_trip(qtbot, window, make_trip(2), start=0)
    qtbot.waitUntil(
        lambda: window.presentation.live.watcher.poll_ms == 2 * 1000 * watcher.POLL_SHARE, timeout=TIMEOUT
    )


def test_a_photo_deleted_while_on_screen_shows_why(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(2)
    show_trip(qtbot, window, trip, start=0)
    trip.photos[0].path.unlink()
    qtbot.waitUntil(lambda: window.photo_view.error == "the file is missing", timeout=TIMEOUT)


def test_ctrl_r_reloads_even_when_no_change_was_noticed(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(2)
    show_trip(qtbot, window, trip)
    window.presentation.live.watcher.stop()  # as on a share that sends no events
    trip.source.write_text(manifest_text(["reloaded by hand", "two"]), encoding="utf-8")
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.caption.caption.text() == "reloaded by hand", timeout=TIMEOUT)


def test_a_thousand_rewrites_never_stop_the_show(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(4)
    show_trip(qtbot, window, trip, start=2)
    valid = manifest_text(["one", "two", "three", "four"])
    invalid = "format: trip-viewer/1\nphotos: [ {file: photos/01.jpg"
    stop = threading.Event()

    def rewrite() -> None:
        for round_ in range(1000):
            text = (valid, invalid, valid[: len(valid) // 2])[round_ % 3]
            if round_ % 2:
                save_by_rename(trip.source, text)
            else:
                trip.source.write_text(text, encoding="utf-8")
            if stop.is_set():
                return

    writer = threading.Thread(target=rewrite)
    writer.start()
    try:
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_End, Qt.Key.Key_Left):  # ends on 3
            qtbot.keyClick(window, key)
        qtbot.waitUntil(lambda: not writer.is_alive(), timeout=60000)
    finally:
        stop.set()
        writer.join()
    save_by_rename(trip.source, manifest_text(["one", "two", "THREE, final", "four"]))
    qtbot.waitUntil(lambda: window.caption.caption.text() == "THREE, final", timeout=TIMEOUT)
    assert window.presentation.slideshow.current == 2
    assert window.caption.position.text() == "3 / 4"
    qtbot.waitUntil(window.banner.isHidden, timeout=TIMEOUT)
    wait_for_photo(qtbot, window, 2)


def test_a_photo_truncated_while_on_screen_shows_why_and_the_show_goes_on(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(3)
    show_trip(qtbot, window, trip, start=1)
    path = trip.photos[1].path
    path.write_bytes(path.read_bytes()[:300])  # a copy cut short mid-transfer
    qtbot.waitUntil(
        lambda: (window.photo_view.error or "").startswith("the JPEG file is damaged"), timeout=TIMEOUT
    )
    qtbot.keyClick(window, Qt.Key.Key_Right)
    wait_for_photo(qtbot, window, 2)
    assert window.photo_view.error is None
