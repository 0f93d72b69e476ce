"""Long text keeps the layout: a 300-character URL or a 10,000-character caption, credit,
place, title or note never widens a window or squeezes the photo, and is shown whole
where there is room to scroll (the photo panel, I, and the presenter console)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, write_photo
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.gui.views.presenter.console import PresenterConsole
from viewer.gui.widgets.textfit import ELLIPSIS, clip, elide, fit_lines
from viewer.model.manifest import load_manifest
from viewer.model.trip import Trip

URL = ("https://example.org/photo?id=" + "0123456789abcdef" * 20)[:300]  # nowhere to break a line
HUGE = " ".join(f"word{n}" for n in range(2000))[:10_000]
assert len(URL) == 300 and len(HUGE) == 10_000
NORMAL = {
    "caption": "Kim arrives by train at Dong Dang",
    "credit": "Reuters/Stringer",
    "place": "Dong Dang station",
}


@pytest.fixture
def trip_with(tmp_path: Path) -> Callable[..., Trip]:
    """A two-photo trip whose first photo has the given fields (the second is plain)."""

    def make(title: str = "Test trip", notes: str | None = None, **first: str) -> Trip:
        for name in ("a", "b"):
            write_photo(tmp_path / f"{name}.jpg", "#2980b9", (640, 400))
        photo = {"file": "a.jpg", "caption": "Short caption", "credit": "Test/Agency", **first}
        if notes is not None:
            photo["notes"] = notes
        manifest = {
            "format": "trip-viewer/1",
            "title": title,
            "photos": [photo, {"file": "b.jpg", "caption": "Short caption", "credit": "Test/Agency"}],
        }
        path = tmp_path / "trip.yaml"
        path.write_text(yaml.safe_dump(manifest, allow_unicode=True, width=1 << 20), encoding="utf-8")
        return load_manifest(path)

    return make


def settled(qtbot: QtBot, window: MainWindow, trip: Trip) -> QSize:
    """Show ``trip`` at photo 1; the photo area's size once its layout has settled."""
    show_trip(qtbot, window, trip, start=0)
    window.centralWidget().layout().activate()
    return window.photo_view.size()


# -- the fitting itself ----------------------------------------------------------------


def test_a_url_wraps_anywhere_and_the_last_line_ends_in_an_ellipsis(qtbot: QtBot) -> None:
    font = QFont()
    font.setPixelSize(20)
    metrics = QFontMetricsF(font)
    lines = fit_lines(URL, font, 300, 2)
    assert len(lines) == 2
    assert all(metrics.horizontalAdvance(line) <= 300 for line in lines)
    assert lines[0] == URL[: len(lines[0])] and len(lines[0]) > 10  # broken inside the URL, not before it
    assert lines[1].endswith(ELLIPSIS)
    assert fit_lines("Two words", font, 300, 2) == ["Two words"]  # what fits is left alone
    assert fit_lines("", font, 300, 2) == []


def test_huge_text_is_cut_to_its_lines_and_its_own_line_breaks_are_kept(qtbot: QtBot) -> None:
    font = QFont()
    font.setPixelSize(16)
    lines = fit_lines(HUGE, font, 500, 3)
    assert len(lines) == 3 and lines[-1].endswith(ELLIPSIS)
    assert fit_lines("First\nsecond\nthird", font, 500, 2) == ["First", "second third"]
    assert fit_lines("First\nsecond\nthird " + HUGE, font, 500, 2)[1].startswith("second third word0")
    assert elide("One\nline   only", font, 500) == "One line only"


def test_a_title_is_clipped_to_one_short_line() -> None:
    assert clip("A\ntrip", 80) == "A trip"
    assert clip(HUGE, 80) == HUGE[:79].rstrip() + ELLIPSIS
    assert len(clip(HUGE, 80)) <= 80


# -- the window -------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["caption", "credit", "place"], ids=["caption", "credit", "place"])
def test_a_300_character_url_does_not_widen_the_window(
    qtbot: QtBot, window: MainWindow, trip_with: Callable[..., Trip], field: str
) -> None:
    settled(qtbot, window, trip_with(**{field: NORMAL[field]}))
    short_hint = window.minimumSizeHint().width()
    settled(qtbot, window, trip_with(**{field: URL}))
    assert window.minimumSizeHint().width() <= short_hint
    assert window.sizeHint().width() <= 1600
    assert window.width() == 1000  # the window kept its size, as it was resized in the fixture
    label = {
        "caption": window.caption.caption,
        "credit": window.caption.credit,
        "place": window.caption.details,
    }
    shown = label[field].shown()
    assert shown.endswith(ELLIPSIS), shown
    assert label[field].width() <= window.width()


def test_a_10000_character_caption_keeps_the_photo_in_its_place(
    qtbot: QtBot, window: MainWindow, trip_with: Callable[..., Trip]
) -> None:
    short = settled(qtbot, window, trip_with())
    huge = settled(qtbot, window, trip_with(caption=HUGE, credit=HUGE, place=HUGE))
    assert huge == short
    assert window.photo_view.y() == 0
    caption = window.caption.caption
    assert caption.text() == HUGE  # it holds the whole caption ...
    assert caption.shown().count("\n") == 1 and caption.shown().endswith(ELLIPSIS)  # ... and shows two lines
    assert window.caption.credit.shown().endswith(ELLIPSIS)


def test_the_photo_panel_shows_the_whole_caption_and_scrolls(
    qtbot: QtBot, window: MainWindow, trip_with: Callable[..., Trip]
) -> None:
    settled(qtbot, window, trip_with(caption=HUGE, credit=URL))
    qtbot.keyClick(window, Qt.Key.Key_I)
    panel = window.photo_info
    assert panel.isVisible() and panel.geometry() == window.centralWidget().rect()
    assert HUGE in panel.text and URL in panel.text
    bar = panel.pane.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    assert panel.pane.horizontalScrollBar().maximum() == 0  # the URL wraps inside the pane

    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # while the panel is open, paging scrolls it ...
    assert bar.value() > 0
    assert window.presentation.slideshow.current == 0  # ... and does not step the show
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(window, Qt.Key.Key_Right)  # the show steps on, and the panel follows it
    qtbot.waitUntil(lambda: window.presentation.slideshow.current == 1)
    assert HUGE not in panel.text and "Short caption" in panel.text
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_a_10000_character_title_gives_a_short_window_title(
    qtbot: QtBot, window: MainWindow, trip_with: Callable[..., Trip]
) -> None:
    settled(qtbot, window, trip_with(title=HUGE))
    assert window.windowTitle().endswith("— Trip Viewer")
    assert len(window.windowTitle()) < 100


# -- the presenter console ---------------------------------------------------------------


def test_the_console_keeps_its_layout_and_scrolls_the_whole_notes_and_caption(
    qtbot: QtBot, window: MainWindow, trip_with: Callable[..., Trip]
) -> None:
    notes = "Say: " + HUGE[:9990]  # a manifest's notes hold at most 10,000 characters
    show_trip(qtbot, window, trip_with(caption=URL, notes=notes), start=1)
    console = PresenterConsole(window.presentation, window.presenter.clock, window.commands.handle_key)
    qtbot.addWidget(console)
    console.resize(1000, 700)
    console.show()
    qtbot.waitExposed(console)
    short_hint = console.minimumSizeHint()
    window.presentation.slideshow.go(0)  # the long words come on
    qtbot.waitUntil(lambda: console.caption.caption.text() == URL)
    console.layout().activate()
    assert console.minimumSizeHint().width() <= short_hint.width()
    assert console.minimumSizeHint().height() <= short_hint.height()
    assert console.size() == QSize(1000, 700)
    assert console.caption.caption.shown().endswith(ELLIPSIS)
    assert notes in console.notes.toPlainText() and URL in console.notes.toPlainText()
    assert console.notes.verticalScrollBar().maximum() > 0
    console.close()


# -- overview and find -------------------------------------------------------------------


def test_overview_and_find_cells_cut_long_captions(
    qtbot: QtBot, window: MainWindow, trip_with: Callable[..., Trip]
) -> None:
    settled(qtbot, window, trip_with(caption=URL, place=HUGE))
    window.panels.open_overview()
    overview = window.panels.overview
    assert overview is not None
    tip = overview.model.data(overview.model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str) and len(tip) < 400 and ELLIPSIS in tip
    overview.grab()  # painting a cell with a huge caption does not fail
    qtbot.keyClick(overview.view, Qt.Key.Key_Escape)
    window.panels.open_find()
    find = window.panels.find
    assert find is not None
    qtbot.keyClicks(find.field, "example")
    assert find.results == [0]
    find.grab()


# -- the key help ------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1280, 860), (800, 600), (3840, 2160), (640, 400)], ids=str)
def test_the_key_help_fits_the_window_or_scrolls_to_its_last_row(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_ = window.help_overlay
    qtbot.waitUntil(lambda: help_.isVisible() and help_.size() == window.centralWidget().size())
    plan, table = help_.plan, help_.table
    assert plan.columns * plan.per_column >= len(table.rows)
    assert plan.width <= table.width()  # every column inside the window
    bar = help_.scroller.verticalScrollBar()
    if not help_.scrolls:
        assert plan.height <= help_.height()
        assert not help_.hint.isVisible()
    else:  # the last row is reachable by keys
        assert help_.hint.isVisible()
        qtbot.keyClick(window, Qt.Key.Key_End)
        assert bar.value() == bar.maximum() > 0
        assert plan.height <= bar.value() + help_.scroller.viewport().height()
        qtbot.keyClick(window, Qt.Key.Key_Home)
        assert bar.value() == 0
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not help_.isVisible()
