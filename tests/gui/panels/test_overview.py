"""The overview grid: every photo, the current one picked, keys and mouse to go to another."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.panels.test_find import Host, sample_photos, shown_host
from viewer.gui.panels.overview import TIME_ROLE, OverviewPanel, short_time
from viewer.gui.panels.picker import CAPTION_ROLE
from viewer.gui.widgets.textfit import fit_lines
from viewer.model.resolve import ResolvedPhoto
from viewer.model.trip import Photo, TripTime

Key = Qt.Key
UTC7 = timezone(timedelta(hours=7))


class Thumbnails:
    """The strip's thumbnail cache as the panel sees it: an image once it is made."""

    def __init__(self) -> None:
        self.made: dict[int, QImage] = {}
        self.asked: set[int] = set()

    def __call__(self, index: int) -> QImage | None:
        self.asked.add(index)
        return self.made.get(index)

    def make(self, index: int) -> QImage:
        image = QImage(96, 64, QImage.Format.Format_RGB32)
        image.fill(QColor("#2980b9"))
        self.made[index] = image
        return image


@pytest.fixture(scope="module")
def photos() -> list[ResolvedPhoto]:
    return sample_photos()


@pytest.fixture
def host(qtbot: QtBot) -> Host:
    return shown_host(qtbot)


@pytest.fixture
def thumbnails() -> Thumbnails:
    return Thumbnails()


@pytest.fixture
def panel(host: Host, photos: list[ResolvedPhoto], thumbnails: Thumbnails) -> Iterator[OverviewPanel]:
    overview = OverviewPanel(host)
    overview.open(photos, 7, thumbnails)
    yield overview
    overview.close_panel()


def columns(panel: OverviewPanel) -> int:
    first = panel.view.visualRect(panel.model.index(0))
    return sum(
        panel.view.visualRect(panel.model.index(row)).top() == first.top()
        for row in range(panel.model.rowCount())
    )


def shown(panel: OverviewPanel, row: int) -> bool:
    return panel.view.viewport().rect().contains(panel.view.visualRect(panel.model.index(row)))


def test_opens_over_the_window_with_the_current_photo_picked(qtbot: QtBot, panel: OverviewPanel) -> None:
    assert panel.isVisible()
    assert panel.geometry() == panel.parentWidget().rect()
    assert panel.model.rowCount() == 13
    assert panel.selected() == 7
    assert shown(panel, 7)
    qtbot.waitUntil(panel.view.hasFocus)


def test_each_cell_has_number_caption_time_and_thumbnail(panel: OverviewPanel) -> None:
    cell = panel.model.index(7)
    assert cell.data() == "8"
    assert cell.data(CAPTION_ROLE) == "Kim’s motorcade passes the Opera House in Hanoi."
    assert cell.data(TIME_ROLE) == "26 Feb 10:55 (approx.)"
    assert cell.data(Qt.ItemDataRole.DecorationRole) is None  # no thumbnail made yet
    assert "Hanoi Opera House" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_several_photos_to_a_row(panel: OverviewPanel) -> None:
    assert columns(panel) >= 3


def test_arrows_move_the_pick(qtbot: QtBot, panel: OverviewPanel) -> None:
    qtbot.keyClick(panel.view, Key.Key_Right)
    assert panel.selected() == 8
    qtbot.keyClick(panel.view, Key.Key_Left)
    qtbot.keyClick(panel.view, Key.Key_Left)
    assert panel.selected() == 6
    qtbot.keyClick(panel.view, Key.Key_Up)
    assert panel.selected() == 6 - columns(panel)
    qtbot.keyClick(panel.view, Key.Key_End)
    assert panel.selected() == 12
    qtbot.keyClick(panel.view, Key.Key_Home)
    assert panel.selected() == 0


def test_enter_goes_to_the_picked_photo(qtbot: QtBot, panel: OverviewPanel) -> None:
    qtbot.keyClick(panel.view, Key.Key_Down)
    picked = panel.selected()
    assert picked == 7 + columns(panel)
    with qtbot.waitSignal(panel.chosen) as chosen:
        qtbot.keyClick(panel.view, Key.Key_Return)
    assert chosen.args == [picked]
    assert panel.isHidden()


def test_typing_a_number_picks_that_photo(qtbot: QtBot, panel: OverviewPanel) -> None:
    qtbot.keyClicks(panel.view, "12")
    assert panel.selected() == 11


def test_a_click_picks_and_a_double_click_goes(qtbot: QtBot, panel: OverviewPanel) -> None:
    third = panel.view.visualRect(panel.model.index(2)).center()
    with qtbot.assertNotEmitted(panel.chosen):
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=third)
    assert panel.selected() == 2
    with qtbot.waitSignal(panel.chosen) as chosen:
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=third)
    assert chosen.args == [2]


@pytest.mark.parametrize("key", [Key.Key_Escape, Key.Key_G])
def test_escape_or_g_goes_back(qtbot: QtBot, host: Host, panel: OverviewPanel, key: Key) -> None:
    with qtbot.waitSignal(panel.closed), qtbot.assertNotEmitted(panel.chosen):
        qtbot.keyClick(panel.view, key)
    assert panel.isHidden()
    qtbot.waitUntil(host.hasFocus)


def test_keys_never_reach_the_window_behind(qtbot: QtBot, host: Host, panel: OverviewPanel) -> None:
    for key in (Key.Key_Right, Key.Key_PageDown, Key.Key_Space, Key.Key_F5, Key.Key_B, Key.Key_Backspace):
        qtbot.keyClick(panel.view, key)
    assert host.keys == []
    assert panel.isVisible()


def test_a_thumbnail_fills_in_when_it_is_ready(
    qtbot: QtBot, panel: OverviewPanel, thumbnails: Thumbnails
) -> None:
    cell = panel.model.index(3)
    assert cell.data(Qt.ItemDataRole.DecorationRole) is None
    image = thumbnails.make(3)
    with qtbot.waitSignal(panel.model.dataChanged) as changed:
        panel.thumbnail_ready(3)
    first, last, roles = changed.args
    assert (first.row(), last.row()) == (3, 3)
    assert roles == [Qt.ItemDataRole.DecorationRole]
    assert cell.data(Qt.ItemDataRole.DecorationRole) == image
    panel.view.grab()  # paints with the image and with grey frames


def test_thumbnail_ready_for_another_trip_is_ignored(qtbot: QtBot, panel: OverviewPanel) -> None:
    with qtbot.assertNotEmitted(panel.model.dataChanged):
        panel.thumbnail_ready(99)
        panel.thumbnail_ready(-1)


def test_only_cells_on_screen_ask_for_thumbnails(qtbot: QtBot, host: Host, thumbnails: Thumbnails) -> None:
    many = synthetic(10_000)
    overview = OverviewPanel(host)
    overview.open(many, 5000, thumbnails)
    overview.view.grab()
    assert thumbnails.asked
    assert len(thumbnails.asked) < 200
    viewport = overview.view.viewport().rect()
    assert all(
        viewport.intersects(overview.view.visualRect(overview.model.index(row))) for row in thumbnails.asked
    )
    overview.close_panel()


def test_ten_thousand_photos_are_rows_of_one_view_not_widgets(qtbot: QtBot, host: Host) -> None:
    overview = OverviewPanel(host)
    widgets_before = len(overview.findChildren(QWidget))
    overview.open(synthetic(10_000), 5000, lambda index: None)
    assert overview.model.rowCount() == 10_000
    assert overview.selected() == 5000
    assert shown(overview, 5000)
    assert len(overview.findChildren(QWidget)) == widgets_before
    assert overview.view.indexWidget(overview.model.index(5000)) is None
    qtbot.keyClick(overview.view, Key.Key_End)
    assert overview.selected() == 9999
    assert shown(overview, 9999)
    with qtbot.waitSignal(overview.chosen) as chosen:
        qtbot.keyClick(overview.view, Key.Key_Enter)
    assert chosen.args == [9999]


def test_reopening_shows_the_new_trip_and_current_photo(
    qtbot: QtBot, panel: OverviewPanel, photos: list[ResolvedPhoto], thumbnails: Thumbnails
) -> None:
    qtbot.keyClick(panel.view, Key.Key_Escape)
    panel.open(photos[:5], 2, thumbnails)
    assert panel.model.rowCount() == 5
    assert panel.selected() == 2
    assert panel.title.text() == "All 5 photos"


def test_short_times() -> None:
    moment = datetime(2019, 2, 26, 8, 5, tzinfo=UTC7)
    assert short_time(TripTime(moment)) == "26 Feb 08:05"
    assert short_time(TripTime(moment, approximate=True)) == "26 Feb 08:05 (approx.)"
    assert short_time(TripTime(moment, date_only=True)) == "26 Feb"
    assert short_time(None) == "No time"


def test_captions_wrap_to_two_lines_and_are_cut(panel: OverviewPanel) -> None:
    font = panel.delegate.caption_font
    long = "The North Korean leader’s sister Kim Yo Jong arrives at the North Korean embassy in Hanoi."
    lines = fit_lines(long, font, 180, 2)
    assert len(lines) == 2
    assert lines[0].startswith("The North")
    assert lines[1].endswith("…")
    assert fit_lines("Short", font, 180, 2) == ["Short"]
    assert fit_lines("", font, 180, 2) in ([], [""])


def synthetic(count: int) -> list[ResolvedPhoto]:
    start = datetime(2019, 2, 26, 8, 0, tzinfo=UTC7)
    made = []
    for n in range(count):
        time = TripTime(start + timedelta(minutes=n))
        photo = Photo(Path(f"/trip/{n:05d}.jpg"), f"{n:05d}.jpg", f"Photo {n + 1}", time=time)
        made.append(ResolvedPhoto(photo, None, photo.caption, None, time, None))
    return made
