"""The overview (G) and find (Ctrl+F) on a trip of 100,000 photos.

They open at once on the photo on screen and look only at the photos they
show: no photo is resolved before the panel opens, only those its rows show,
and find searches in slices between keys rather than all at once under one key.
The panels are tested over 100,000 photos resolved as they are asked for; the
window's wiring of them over a trip of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import COLOURS, show_trip, write_photo
from viewer.gui.panels import finding
from viewer.gui.panels.find import FindPanel
from viewer.gui.panels.overview import OverviewPanel
from viewer.gui.panels.picker import CAPTION_ROLE, TripPhotos
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.resolve import ResolvedPhoto
from viewer.model.trip import Photo, Trip, TripTime

Key = Qt.Key
PHOTOS = 100_000
FILES = 6  # distinct files behind a trip's entries
START = datetime(2024, 5, 1, 6, 0, tzinfo=UTC)


def shoot_photo(number: int, caption: str = "Frame {} of the shoot") -> Photo:
    """Photo ``number`` of a shoot, as its manifest gives it: a caption and a time."""
    time = TripTime(START + timedelta(seconds=7 * number))
    return Photo(
        Path(f"/shoot/d{number % FILES}.jpg"), f"d{number % FILES}.jpg", caption.format(number + 1), time=time
    )


class Shoot(TripPhotos):
    """100,000 photos made as they are asked for, noting which were."""

    def __init__(self, count: int = PHOTOS) -> None:
        super().__init__(count, self._resolve)
        self.asked: list[int] = []

    def _resolve(self, number: int) -> ResolvedPhoto:
        self.asked.append(number)
        photo = shoot_photo(number)
        return ResolvedPhoto(photo, None, photo.caption, time=photo.time)

    def since(self, mark: int) -> set[int]:
        return set(self.asked[mark:])


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1280, 860)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(overview: OverviewPanel, row: int) -> bool:
    view = overview.view
    return view.viewport().rect().contains(view.visualRect(overview.model.index(row)))


def test_the_overview_opens_on_the_current_photo_resolving_only_the_cells_it_shows(
    qtbot: QtBot, host: QWidget
) -> None:
    overview = OverviewPanel(host)
    shoot = Shoot()
    overview.open(shoot, 67_890, lambda index: None)
    assert overview.isVisible()
    assert overview.title.text() == "All 100,000 photos"
    assert overview.selected() == 67_890
    assert shown(overview, 67_890)  # picked and in view as soon as it shows
    overview.view.grab()  # every cell on screen painted
    on_screen = set(overview.cells_shown())
    assert 67_890 in on_screen
    assert shoot.since(0) <= on_screen  # not the 100,000 photos first

    mark = len(shoot.asked)
    qtbot.keyClick(overview.view, Key.Key_End)
    assert overview.selected() == PHOTOS - 1
    assert shown(overview, PHOTOS - 1)
    overview.view.grab()
    assert shoot.since(mark) <= set(overview.cells_shown())
    qtbot.keyClick(overview.view, Key.Key_Home)
    assert overview.selected() == 0 and shown(overview, 0)
    qtbot.keyClick(overview.view, Key.Key_PageDown)
    assert overview.selected() > 0 and shown(overview, overview.selected() or 0)
    with qtbot.waitSignal(overview.chosen) as chosen:
        qtbot.keyClick(overview.view, Key.Key_Return)
    assert chosen.args == [overview.selected()]
    assert len(shoot.asked) < 1_000


def test_typing_a_number_in_the_overview_picks_the_next_photo_it_starts(qtbot: QtBot, host: QWidget) -> None:
    overview = OverviewPanel(host)
    overview.open(Shoot(), 67_890, lambda index: None)
    qtbot.keyClicks(overview.view, "1")  # after photo 67,891: 100,000 is the next to start with 1
    assert overview.selected() == PHOTOS - 1
    assert shown(overview, PHOTOS - 1)
    overview.close_panel()


def test_find_in_100000_photos_searches_between_keys_and_finds_the_photo(
    qtbot: QtBot, host: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(finding, "SLICE_MS", 2.0)
    find = FindPanel(host)
    shoot = Shoot()
    find.open(shoot, 0)
    assert find.isVisible()
    assert len(shoot.asked) < PHOTOS  # it opened before every photo was looked at
    qtbot.keyClicks(find.field, "frame 12345")
    assert find.search.searching  # the key did not wait for 100,000 photos
    assert find.status.text() == "Searching…"
    with qtbot.waitSignal(find.search.found, timeout=60_000):
        pass
    assert find.results == [12_344]
    assert find.status.text() == "1 photo"
    delegate = find.delegate  # the numbers' column holds "12345" whole
    assert delegate.number_width >= QFontMetrics(delegate.caption_font).horizontalAdvance("100000")
    with qtbot.waitSignal(find.chosen) as chosen:
        qtbot.keyClick(find.field, Key.Key_Return)
    assert chosen.args == [12_344]


def test_a_key_typed_while_searching_drops_the_old_query(qtbot: QtBot, host: QWidget) -> None:
    find = FindPanel(host)
    find.open(Shoot(), 0)
    told: list[str] = []
    find.search.found.connect(lambda query, found: told.append(query))
    qtbot.keyClicks(find.field, "frame 7777")
    qtbot.waitUntil(lambda: not find.search.searching, timeout=60_000)
    assert told == ["frame 7777"]  # "f", "fr"… were dropped as the next key came
    assert find.results[0] == 7776  # "Frame 7777 of the shoot": the whole word first
    assert sorted(find.results) == [n - 1 for n in range(1, PHOTOS + 1) if "7777" in str(n)]
    find.close_panel()


def big_trip(folder: Path, count: int, caption: str = "Frame {} of the shoot") -> Trip:
    """A trip of ``count`` photos over a few files on disk, each with its caption and time."""
    for number in range(FILES):
        write_photo(folder / "shoot" / f"d{number}.jpg", COLOURS[number])
    photos = tuple(
        Photo(folder / photo.path.relative_to("/"), photo.file, photo.caption, time=photo.time)
        for photo in (shoot_photo(number, caption) for number in range(count))
    )
    return Trip(source=folder / "trip.yaml", folder=folder, title="A shoot", photos=photos)


@pytest.fixture
def quiet(window: MainWindow) -> Iterator[MainWindow]:
    yield window
    for worker in (
        window.presentation.metadata,
        window.presentation.layouts,
        window.presentation.settler,
        window.strip,
        window.presentation.live.watcher,
    ):
        assert worker.wait_idle(20)  # done with the trip before the next test


def test_the_window_resolves_only_the_photos_its_overview_shows(
    qtbot: QtBot, quiet: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = quiet
    show_trip(qtbot, window, big_trip(tmp_path, 1_000), start=678)
    asked: list[int] = []
    real = window.presentation.metadata.resolved

    def counted(trip: Trip, index: int) -> ResolvedPhoto:
        asked.append(index)
        return real(trip, index)

    monkeypatch.setattr(window.presentation.metadata, "resolved", counted)
    qtbot.keyClick(window, Key.Key_G)
    overview = window.panels.overview
    assert overview is not None and overview.selected() == 678 and shown(overview, 678)
    overview.view.grab()
    assert set(asked) <= set(overview.cells_shown()) | {678}
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Escape)
    qtbot.keyClick(window, Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "frame 1000")
    qtbot.waitUntil(lambda: window.panels.find is not None and window.panels.find.results == [999])


def test_a_panel_open_over_a_reload_still_shows_the_photos_it_opened_with(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    show_trip(qtbot, window, big_trip(tmp_path, 40, caption="Old {}"), start=39)
    qtbot.keyClick(window, Key.Key_G)
    overview = window.panels.overview
    assert overview is not None
    window.presentation.set_trip(big_trip(tmp_path, 3, caption="New {}"), start=0, reloaded=True)
    overview.view.grab()  # rows past the new trip's three are painted without a fault
    assert overview.model.data(overview.model.index(39), CAPTION_ROLE) == "Old 40"
