"""The find panel: type, see the matches, Enter goes there; nothing leaks to the window behind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from viewer import paths
from viewer.gui.panels.find import EMPTY_HINT, NO_MATCH, FindPanel
from viewer.model.folder import load_trip
from viewer.model.resolve import ResolvedPhoto, resolve

Key = Qt.Key


class Host(QWidget):
    """A stand-in for the main window: it notes every key that reaches it."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keys.append(event.key())


def shown_host(qtbot: QtBot) -> Host:
    """A window of a projector's proportions, shown and holding the keyboard."""
    widget = Host()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def sample_photos() -> list[ResolvedPhoto]:
    """The sample trip's photos as the manifest gives them (no metadata read)."""
    trip = load_trip(paths.sample_trip())
    return [resolve(photo, None, trip.timezone) for photo in trip.photos]


@pytest.fixture(scope="module")
def photos() -> list[ResolvedPhoto]:
    return sample_photos()


@pytest.fixture
def host(qtbot: QtBot) -> Host:
    return shown_host(qtbot)


@pytest.fixture
def panel(qtbot: QtBot, host: Host, photos: list[ResolvedPhoto]) -> Iterator[FindPanel]:
    find = FindPanel(host)
    find.open(photos, current=0)
    yield find
    find.close_panel()


def test_opens_empty_over_the_whole_window_with_the_field_focused(qtbot: QtBot, panel: FindPanel) -> None:
    assert panel.isVisible()
    assert panel.geometry() == panel.parentWidget().rect()
    assert panel.field.text() == ""
    assert panel.status.text() == EMPTY_HINT
    assert panel.results == []
    qtbot.waitUntil(panel.field.hasFocus)


def test_follows_the_window_size(qtbot: QtBot, host: Host, panel: FindPanel) -> None:
    host.resize(1200, 800)
    qtbot.waitUntil(lambda: panel.size() == host.size())


def test_slash_opera_enter_goes_to_the_opera_house(qtbot: QtBot, panel: FindPanel) -> None:
    qtbot.keyClicks(panel.field, "opera")
    with qtbot.waitSignal(panel.chosen) as chosen:
        qtbot.keyClick(panel.field, Key.Key_Return)
    assert chosen.args == [7]
    assert panel.isHidden()


def test_the_best_match_comes_first_and_is_picked(qtbot: QtBot, panel: FindPanel) -> None:
    qtbot.keyClicks(panel.field, "Dong Dang")
    assert panel.results[:4] == [0, 1, 2, 3]
    assert panel.selected() == 0
    assert panel.status.text() == f"{len(panel.results)} photos"


def test_results_follow_every_key(qtbot: QtBot, panel: FindPanel) -> None:
    counts = []
    for char in "pompeo":
        qtbot.keyClicks(panel.field, char)
        counts.append(len(panel.results))
    assert counts[0] > counts[-1] == 2
    assert panel.results == [11, 12]
    qtbot.keyClicks(panel.field, " airport")
    assert panel.results == [11]
    assert panel.status.text() == "1 photo"
    for _ in " airport":
        qtbot.keyClick(panel.field, Key.Key_Backspace)
    assert panel.results == [11, 12]


@pytest.mark.parametrize(
    ("query", "found"),
    [("26 Feb", list(range(13))), ("08:", [0, 1, 2, 3, 4]), ("reuters jorge", [8, 10]), ("ashtray", [8])],
)
def test_dates_times_credits_and_notes(qtbot: QtBot, panel: FindPanel, query: str, found: list[int]) -> None:
    qtbot.keyClicks(panel.field, query)
    assert panel.results == found


def test_a_place_typed_with_its_accents(qtbot: QtBot, panel: FindPanel) -> None:
    panel.field.insert("Đồng Đăng")  # as an input method commits it: QTest types Latin-1 only
    assert panel.results[:4] == [0, 1, 2, 3]


def test_arrows_move_the_pick_while_typing_goes_on(qtbot: QtBot, panel: FindPanel) -> None:
    qtbot.keyClicks(panel.field, "hanoi")
    found = panel.results
    qtbot.keyClick(panel.field, Key.Key_Down)
    assert panel.selected() == found[1]
    qtbot.keyClick(panel.field, Key.Key_Down)
    qtbot.keyClick(panel.field, Key.Key_Up)
    assert panel.selected() == found[1]
    qtbot.keyClick(panel.field, Key.Key_PageDown)
    assert panel.selected() == found[-1] or found.index(panel.selected() or 0) > 1
    qtbot.keyClick(panel.field, Key.Key_PageUp)
    qtbot.keyClick(panel.field, Key.Key_Up)
    assert panel.selected() == found[0]
    assert panel.field.text() == "hanoi"  # the arrows did not edit the query
    qtbot.waitUntil(panel.field.hasFocus)
    with qtbot.waitSignal(panel.chosen) as chosen:
        qtbot.keyClick(panel.field, Key.Key_Down)
        qtbot.keyClick(panel.field, Key.Key_Enter)
    assert chosen.args == [found[1]]


def test_no_match_says_so_and_enter_does_nothing(qtbot: QtBot, panel: FindPanel) -> None:
    qtbot.keyClicks(panel.field, "zanzibar")
    assert panel.status.text() == NO_MATCH
    assert panel.results == []
    assert panel.selected() is None
    with qtbot.assertNotEmitted(panel.chosen):
        qtbot.keyClick(panel.field, Key.Key_Return)
    assert panel.isVisible()


def test_escape_goes_back_and_returns_the_focus(qtbot: QtBot, host: Host, panel: FindPanel) -> None:
    qtbot.keyClicks(panel.field, "opera")
    with qtbot.waitSignal(panel.closed), qtbot.assertNotEmitted(panel.chosen):
        qtbot.keyClick(panel.field, Key.Key_Escape)
    assert panel.isHidden()
    qtbot.waitUntil(host.hasFocus)


def test_a_click_on_a_result_goes_there(qtbot: QtBot, panel: FindPanel) -> None:
    qtbot.keyClicks(panel.field, "pompeo")
    second = panel.list.visualRect(panel.model.index(1))
    with qtbot.waitSignal(panel.chosen) as chosen:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=second.center())
    assert chosen.args == [12]


def test_keys_never_reach_the_window_behind(qtbot: QtBot, host: Host, panel: FindPanel) -> None:
    enter_action = QAction(host)
    enter_action.setShortcut(QKeySequence(Key.Key_Return))
    host.addAction(enter_action)
    with qtbot.assertNotEmitted(enter_action.triggered):
        qtbot.keyClicks(panel.field, "zanzibar")  # nothing found: Enter has nothing to choose
        for key in (Key.Key_Return, Key.Key_Down, Key.Key_PageUp, Key.Key_F5, Key.Key_Home, Key.Key_Tab):
            qtbot.keyClick(panel.field, key)
    qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert host.keys == []
    assert panel.isVisible()
    qtbot.waitUntil(panel.field.hasFocus)


def test_opening_again_starts_from_an_empty_field(
    qtbot: QtBot, panel: FindPanel, photos: list[ResolvedPhoto]
) -> None:
    qtbot.keyClicks(panel.field, "opera")
    qtbot.keyClick(panel.field, Key.Key_Escape)
    panel.open(photos, current=3)
    assert panel.field.text() == ""
    assert panel.results == []
    qtbot.keyClicks(panel.field, "opera")
    assert panel.results == [7]


def test_close_panel_closes_without_a_signal(qtbot: QtBot, panel: FindPanel) -> None:
    with qtbot.assertNotEmitted(panel.closed), qtbot.assertNotEmitted(panel.chosen):
        panel.close_panel()
    assert panel.isHidden()
