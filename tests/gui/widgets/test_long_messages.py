"""Long file names, paths and messages keep the layout: the problem banner, the error slide,
the recent-trips menu and the dialogs; their whole text is still in reach (a tool tip, the
photo panel, a dialog's details, the log)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontMetricsF, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip
from viewer.gui.theme import BACKGROUND
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.gui.widgets import banner as banner_module
from viewer.gui.widgets import problembox
from viewer.gui.widgets.photoview import PhotoView
from viewer.gui.widgets.problembox import problem_box
from viewer.gui.widgets.slidepaint import HEADING_LINES, REASON_LINES
from viewer.gui.widgets.textfit import ELLIPSIS, TIP_CHARACTERS

LONG_NAME = "photos/" + "very-long-name-" * 19 + "end.jpg"  # 300 characters, no space to wrap at
DEEP = "/".join(f"folder{number:02d}" for number in range(90))  # a path of 809 characters


def huge_message(folder: Path) -> str:
    """What a manifest quoting a 10,000-character line in a deep folder says."""
    return f"{folder}/{DEEP}/trip.yaml:5:11: not an ISO 8601 time: '{'9' * 10_000}'"


def edges_empty(image: QImage, margin: int) -> bool:
    """Whether ``margin`` pixels all round ``image`` are the view's ground: nothing ran off it."""
    ground, width, height = BACKGROUND.rgb(), image.width(), image.height()
    sides = [(x, y) for y in range(0, height, 2) for x in (*range(margin), *range(width - margin, width))]
    ends = [(x, y) for x in range(0, width, 2) for y in (*range(margin), *range(height - margin, height))]
    return all(image.pixel(x, y) == ground for x, y in sides + ends)


@pytest.fixture
def view(qtbot: QtBot) -> PhotoView:
    photo_view = PhotoView()
    qtbot.addWidget(photo_view)
    photo_view.resize(900, 560)
    photo_view.show()
    qtbot.waitExposed(photo_view)
    return photo_view


def test_the_error_slide_cuts_a_long_file_name_in_its_middle_and_keeps_inside(view: PhotoView) -> None:
    reason = "cannot identify image file: " + "x" * 5_000
    view.show_error(41, LONG_NAME, reason)
    image = view.grab().toImage()
    heading, said = view.error_lines()
    assert 1 <= len(heading) <= HEADING_LINES
    shown = "".join(heading)
    assert shown.startswith("Cannot show photo 42: photos/very-long")
    assert shown.endswith("end.jpg")  # the file's own name is kept
    assert ELLIPSIS in shown
    assert 1 <= len(said) <= REASON_LINES
    assert said[0].startswith("Cannot identify image file:")
    assert ELLIPSIS in "".join(said)  # the long word cut in its middle
    assert said[-1].endswith("The show goes on.")
    assert edges_empty(image, 30)  # nothing painted past the slide's margins
    assert image.pixel(view.width() // 2, view.height() // 2 - 10) != QColor(
        BACKGROUND
    ).rgb() or not edges_empty(image, view.width() // 2)  # ... and the words are there, in the middle


def test_a_deep_path_on_the_error_slide_keeps_its_start_and_its_file(view: PhotoView) -> None:
    view.show_error(0, f"{DEEP}/photo.jpg", "file not found")
    heading, said = view.error_lines()
    shown = "".join(heading)
    assert shown.startswith("Cannot show photo 1: folder00/")
    assert shown.endswith("photo.jpg")
    assert said == ["File not found. The show goes on."]  # a short reason is left whole
    assert edges_empty(view.grab().toImage(), 30)


def test_a_short_view_gives_the_reason_the_lines_it_has(view: PhotoView) -> None:
    view.resize(800, 200)
    view.show_error(3, LONG_NAME, "broken " * 2_000)
    heading, said = view.error_lines()
    assert heading and said
    assert said[-1].endswith(ELLIPSIS)
    assert len(said) < REASON_LINES  # fewer: what does not fit is not drawn off the slide
    assert edges_empty(view.grab().toImage(), 30)


def test_the_loading_note_of_a_long_name_is_cut_in_its_middle(view: PhotoView) -> None:
    view.show_loading(0, LONG_NAME)
    assert edges_empty(view.grab().toImage(), 10)


def test_the_banner_keeps_to_its_lines_whatever_the_message(
    qtbot: QtBot, window: MainWindow, make_trip: object, tmp_path: Path
) -> None:
    assert callable(make_trip)
    show_trip(qtbot, window, make_trip(3))
    window.banner.show_problem(f"{tmp_path}/trip.yaml:4:5: unknown key 'captoin'")
    qtbot.waitUntil(lambda: window.banner.height() > 0 and window.banner.isVisible())
    short_height = window.banner.sizeHint().height()
    photo_height = window.photo_view.height()
    width = window.width()

    message = huge_message(tmp_path)
    window.banner.show_problem(message)
    window.centralWidget().layout().activate()
    line = QFontMetricsF(window.banner.message.font()).lineSpacing()
    assert window.banner.sizeHint().height() <= short_height + line + 1  # one more line at most
    assert window.photo_view.height() >= photo_height - line - 1
    assert window.width() == width
    shown = window.banner.message.shown().split("\n")
    assert len(shown) <= banner_module.MESSAGE_LINES
    assert shown[0].startswith(str(tmp_path)[:10])
    assert "trip.yaml:5:11:" in "".join(shown)  # the path is cut in its middle: file, line and column kept
    assert shown[-1].endswith(ELLIPSIS)
    assert message in window.banner.text()  # the whole message, for whoever asks
    assert len(window.banner.toolTip()) <= TIP_CHARACTERS


def test_a_broken_manifest_on_reload_is_logged_whole(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, make_trip: object, caplog: pytest.LogCaptureFixture
) -> None:
    assert callable(make_trip)
    trip = make_trip(3)
    show_trip(qtbot, window, trip)
    text = trip.source.read_text(encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        trip.source.write_text(text.replace("time: 2019-02-26T08:15+07:00", f"time: {'9' * 10_000}"))
        qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    assert any("9" * 10_000 in record.getMessage() for record in caplog.records)
    assert len(window.banner.message.shown()) < 1_000


def test_a_missing_photo_is_logged_whole_once(
    qtbot: QtBot, window: MainWindow, make_trip: object, caplog: pytest.LogCaptureFixture
) -> None:
    assert callable(make_trip)
    trip = make_trip(3, missing=(1,))
    with caplog.at_level(logging.WARNING):
        show_trip(qtbot, window, trip, start=1)
        window.presentation.slideshow.go(0)
        window.presentation.slideshow.go(1)
        qtbot.waitUntil(lambda: window.photo_view.error is not None and window.photo_view.index == 1)
    told = [record for record in caplog.records if "cannot show photo 2" in record.getMessage()]
    assert len(told) == 1
    assert str(trip.photos[1].path) in told[0].getMessage()


@pytest.fixture
def dialogs() -> Iterator[list[QMessageBox]]:
    """Dialogs are noted, not shown (exec would wait for a person)."""
    shown: list[QMessageBox] = []
    original = QMessageBox.exec
    QMessageBox.exec = lambda box: shown.append(box) or 0  # type: ignore[method-assign]
    yield shown
    QMessageBox.exec = original  # type: ignore[method-assign]


def test_a_dialog_cuts_long_words_and_keeps_the_whole_message_in_its_details(
    qtbot: QtBot, tmp_path: Path
) -> None:
    message = huge_message(tmp_path)
    box = problem_box(None, QMessageBox.Icon.Warning, "Cannot open the trip", message)
    qtbot.addWidget(box)
    text = box.text()
    assert len(text) <= problembox.MOST_CHARACTERS
    assert max(len(word) for word in text.split()) <= problembox.LONGEST_WORD
    assert "trip.yaml:5:11:" in text
    assert text.endswith("9'")  # the quoted line's end, after its middle was cut
    assert box.detailedText() == message
    box.show()
    qtbot.waitExposed(box)
    assert box.width() < 700
    short = problem_box(None, QMessageBox.Icon.Warning, "Cannot open the trip", "trip.yaml:1:1: empty")
    assert short.text() == "trip.yaml:1:1: empty"
    assert short.detailedText() == ""  # nothing more to show


def test_opening_a_broken_manifest_says_so_in_a_dialog_that_fits(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialogs: list[QMessageBox]
) -> None:
    manifest = tmp_path / "trip.yaml"
    manifest.write_text(
        f"format: trip-viewer/1\ntitle: T\ntimezone: {'Z' * 9_000}\nphotos:\n  - file: a.jpg\n",
        encoding="utf-8",
    )
    window.opening.open(manifest)
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10_000)
    assert dialogs[0].text().startswith(str(manifest)[:10])
    assert len(dialogs[0].text()) <= problembox.MOST_CHARACTERS
    assert "Z" * 9_000 in dialogs[0].detailedText()


def test_a_recent_trip_with_a_long_path_keeps_the_menu_narrow(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long_path = f"{tmp_path}/{DEEP}/R&D trips/trip.yaml"
    window.keeper.settings.recent = [long_path, str(tmp_path / "short.yaml")]
    window.opening.fill_recent_menu()
    menu = window.opening.recent_menu
    first, second = menu.actions()
    assert menu.sizeHint().width() < 900
    assert first.text().endswith("R&&D trips/trip.yaml")  # the file is named; "&" is not a shortcut
    assert ELLIPSIS in first.text()
    assert first.toolTip().endswith("trip.yaml") and len(first.toolTip()) <= TIP_CHARACTERS
    assert second.text() == str(tmp_path / "short.yaml")
    opened: list[Path] = []
    monkeypatch.setattr(window.opening, "open", opened.append)
    first.trigger()
    assert opened == [Path(long_path)]  # the whole path is opened
