"""The overview (G) and find (Ctrl+F) on a trip of 100,000 photos, in the window.

They open at once on the photo on screen and look only at the photos they
show: none of the 100,000 is resolved before the panel opens, and find searches
them in slices between keys rather than all at once under one key.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import COLOURS, show_trip, write_photo
from viewer.gui import finding
from viewer.gui.mainwindow import MainWindow
from viewer.gui.overview import OverviewPanel
from viewer.gui.picker import CAPTION_ROLE
from viewer.model.resolve import ResolvedPhoto
from viewer.model.trip import Photo, Trip, TripTime

Key = Qt.Key
PHOTOS = 100_000
FILES = 6  # distinct files behind the 100,000 entries
START = datetime(2024, 5, 1, 6, 0, tzinfo=UTC)


def big_trip(folder: Path, count: int = PHOTOS, caption: str = "Frame {} of the shoot") -> Trip:
    """``count`` photos over a few files, each with its caption and time (as a shoot's manifest gives)."""
    files = [write_photo(folder / "photos" / f"d{n}.jpg", COLOURS[n]) for n in range(FILES)]
    photos = tuple(
        Photo(
            path=files[number % FILES],
            file=f"photos/d{number % FILES}.jpg",
            caption=caption.format(number + 1),
            time=TripTime(START + timedelta(seconds=7 * number)),
        )
        for number in range(count)
    )
    return Trip(source=folder / "trip.yaml", folder=folder, title="A big shoot", photos=photos)


class Resolutions:
    """The photos the window resolves (its words for a photo), by index, as they are asked for."""

    def __init__(self, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[int] = []
        real = window.metadata.resolved

        def counted(trip: Trip, index: int) -> ResolvedPhoto:
            self.asked.append(index)
            return real(trip, index)

        monkeypatch.setattr(window.metadata, "resolved", counted)

    def since(self, mark: int) -> set[int]:
        return set(self.asked[mark:])


@pytest.fixture
def big_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> Iterator[MainWindow]:
    window.resize(1280, 860)
    show_trip(qtbot, window, big_trip(tmp_path), start=67_890)
    yield window
    window.metadata.wait_idle(10)
    window.live.watcher.wait_idle(10)  # its look at 100,000 photos' files, before the window goes


def shown(overview: OverviewPanel, row: int) -> bool:
    view = overview.view
    return view.viewport().rect().contains(view.visualRect(overview.model.index(row)))


def test_the_overview_opens_on_the_current_photo_resolving_only_the_cells_it_shows(
    qtbot: QtBot, big_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    resolutions = Resolutions(big_window, monkeypatch)
    qtbot.keyClick(big_window, Key.Key_G)
    overview = big_window.panels.overview
    assert overview is not None and overview.isVisible()
    assert overview.title.text() == "All 100,000 photos"
    assert overview.selected() == 67_890
    assert shown(overview, 67_890)  # picked and in view as soon as it shows
    overview.view.grab()  # every cell on screen painted
    on_screen = set(overview.cells_shown())
    assert 67_890 in on_screen
    assert resolutions.since(0) <= on_screen | {67_890}  # not the 100,000 photos first

    mark = len(resolutions.asked)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_End)
    assert overview.selected() == PHOTOS - 1
    assert shown(overview, PHOTOS - 1)
    overview.view.grab()
    assert resolutions.since(mark) <= set(overview.cells_shown())
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Home)
    assert overview.selected() == 0 and shown(overview, 0)
    with qtbot.waitSignal(overview.chosen):
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_PageDown)
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Return)
    assert big_window.slideshow.current > 0


def test_typing_a_number_in_the_overview_picks_the_next_photo_it_starts(
    qtbot: QtBot, big_window: MainWindow
) -> None:
    qtbot.keyClick(big_window, Key.Key_G)
    overview = big_window.panels.overview
    assert overview is not None
    qtbot.keyClicks(
        QApplication.focusWidget(), "1"
    )  # after photo 67,891: 100,000 is the next to start with 1
    assert overview.selected() == PHOTOS - 1
    assert shown(overview, PHOTOS - 1)


def test_find_in_100000_photos_searches_between_keys_and_finds_the_photo(
    qtbot: QtBot, big_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(finding, "SLICE_MS", 2.0)
    resolutions = Resolutions(big_window, monkeypatch)
    qtbot.keyClick(big_window, Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find = big_window.panels.find
    assert find is not None and find.isVisible()
    assert len(resolutions.asked) < PHOTOS  # it opened before every photo was looked at
    field = QApplication.focusWidget()
    qtbot.keyClicks(field, "frame 12345")
    assert find.search.searching  # the key did not wait for 100,000 photos
    assert find.status.text() == "Searching…"
    with qtbot.waitSignal(find.search.found, timeout=60_000):
        pass
    assert find.results == [12_344]
    assert find.status.text() == "1 photo"
    delegate = find.delegate  # the number's column holds "12345" whole
    assert delegate.number_width >= QFontMetrics(delegate.caption_font).horizontalAdvance("100000")
    with qtbot.waitSignal(big_window.photo_view.shown, timeout=10_000):
        qtbot.keyClick(field, Key.Key_Return)
    assert big_window.slideshow.current == 12_344


def test_a_key_typed_while_searching_drops_the_old_query(qtbot: QtBot, big_window: MainWindow) -> None:
    qtbot.keyClick(big_window, Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find = big_window.panels.find
    assert find is not None
    told: list[str] = []
    find.search.found.connect(lambda query, found: told.append(query))
    qtbot.keyClicks(QApplication.focusWidget(), "frame 7777")
    qtbot.waitUntil(lambda: not find.search.searching, timeout=60_000)
    assert told == ["frame 7777"]  # "f", "fr"… were dropped as the next key came
    assert find.results[0] == 7776  # "Frame 7777 of the shoot": the whole word first
    assert sorted(find.results) == [n - 1 for n in range(1, PHOTOS + 1) if "7777" in str(n)]


def test_a_panel_open_over_a_reload_still_shows_the_photos_it_opened_with(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    show_trip(qtbot, window, big_trip(tmp_path, 40, caption="Old {}"), start=39)
    qtbot.keyClick(window, Key.Key_G)
    overview = window.panels.overview
    assert overview is not None
    window.set_trip(big_trip(tmp_path, 3, caption="New {}"), start=0, reloaded=True)
    overview.view.grab()  # rows past the new trip's three are painted without a fault
    assert overview.model.data(overview.model.index(39), CAPTION_ROLE) == "Old 40"
