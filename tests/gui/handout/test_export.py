"""Trip → Export Handout… in the window: written by a process of its own while the show goes on.

The window runs the real ``trip-viewer handout --progress`` (``viewer.gui.handout.export``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, wait_for_photo
from tests.gui.handout.conftest import pdf_text, write_manifest, write_scene
from viewer.gui.commands.registry import Command
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.folder import load_trip
from viewer.model.trip import Trip


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path | None], list[str]]:
    """Answer the file dialog with a path (None: cancelled); the folders it was opened at."""

    def answer(path: Path | None) -> list[str]:
        asked: list[str] = []

        def dialog(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
            asked.append(start)
            return (str(path) if path else "", filters)

        monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
        return asked

    return answer


def _boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_export_handout_writes_the_pdf_in_a_process_of_its_own_with_progress(
    qtbot: QtBot,
    window: MainWindow,
    make_trip: Callable[..., Trip],
    save_as: Callable[[Path | None], list[str]],
    tmp_path: Path,
) -> None:
    trip = make_trip(4)
    show_trip(qtbot, window, trip)
    out = tmp_path / "out" / "handout"  # no suffix: .pdf is added
    out.parent.mkdir()
    asked = save_as(out)
    steps: list[int] = []
    window.handout.export.progressed.connect(lambda done, total: steps.append(done))

    with qtbot.waitSignal(window.handout.export.written, timeout=60000) as written:
        window.menu_actions[Command.EXPORT_HANDOUT].trigger()
        qtbot.waitUntil(lambda: window.handout.bar.isVisible() and window.handout.cancel_button.isVisible())
        process = window.handout.export.process
        assert process is not None
        qtbot.waitUntil(lambda: process.processId() != 0, timeout=10000)
        assert process.processId() != os.getpid()

    assert asked == [str(tmp_path / "trip-handout.pdf")]  # offered beside the manifest
    assert written.args[0].path == out.with_name("handout.pdf")
    assert steps == list(range(1, 9))
    assert "4. Caption number 4" in pdf_text(out.with_name("handout.pdf"))
    assert not window.handout.bar.isVisible()
    assert window.statusBar().currentMessage().startswith("Handout written: ")
    assert not _boxes(window)


def test_ctrl_p_asks_where_and_a_cancelled_dialog_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    make_trip: Callable[..., Trip],
    save_as: Callable[[Path | None], list[str]],
    tmp_path: Path,
) -> None:
    show_trip(qtbot, window, make_trip(2))
    asked = save_as(None)

    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert len(asked) == 1
    assert not window.handout.export.busy
    assert not list(tmp_path.glob("*.pdf"))


def test_missing_photos_are_listed_in_a_dialog_and_the_show_goes_on(
    qtbot: QtBot,
    window: MainWindow,
    make_trip: Callable[..., Trip],
    save_as: Callable[[Path | None], list[str]],
    tmp_path: Path,
) -> None:
    show_trip(qtbot, window, make_trip(3, missing=(1,)))
    save_as(tmp_path / "handout.pdf")

    with qtbot.waitSignal(window.handout.export.written, timeout=60000):
        window.export_handout()

    (box,) = _boxes(window)
    assert box.windowTitle() == "Photos missing from the handout"
    assert "Photo 2, photos/02.jpg: the file is missing (page 2)" in box.text()
    qtbot.keyClick(window, Qt.Key.Key_Right)  # the window still answers behind the dialog
    wait_for_photo(qtbot, window, 1)
    box.close()


def test_a_file_that_cannot_be_written_gets_a_dialog_naming_it(
    qtbot: QtBot,
    window: MainWindow,
    make_trip: Callable[..., Trip],
    save_as: Callable[[Path | None], list[str]],
    tmp_path: Path,
) -> None:
    show_trip(qtbot, window, make_trip(2))
    out = tmp_path / "handout.pdf"
    out.mkdir()  # a folder where the file should go (a read-only folder: tests/test_handout_cli.py)
    save_as(out)

    with qtbot.waitSignal(window.handout.export.failed, timeout=60000):
        window.export_handout()

    (box,) = _boxes(window)
    assert box.windowTitle() == "Cannot write the handout"
    assert box.text() == f"{out}: is a folder; name the PDF file to write"
    assert not window.handout.bar.isVisible()
    box.close()


def _big_trip(folder: Path, count: int) -> Trip:
    write_scene(folder / "photo.jpg", (3000, 2000))
    entries = [f"  - {{file: photo.jpg, caption: Photo {number}, credit: AP}}\n" for number in range(count)]
    return load_trip(write_manifest(folder, entries))


def test_cancel_stops_the_handout_and_nothing_is_written(
    qtbot: QtBot,
    window: MainWindow,
    save_as: Callable[[Path | None], list[str]],
    tmp_path: Path,
) -> None:
    show_trip(qtbot, window, _big_trip(tmp_path, 60))
    save_as(tmp_path / "handout.pdf")

    steps: list[int] = []
    window.handout.export.progressed.connect(lambda done, total: steps.append(done))
    with qtbot.waitSignal(window.handout.export.cancelled, timeout=60000):
        window.export_handout()
        qtbot.waitUntil(lambda: len(steps) > 62, timeout=60000)  # drawing the photos: a file is begun
        qtbot.mouseClick(window.handout.cancel_button, Qt.MouseButton.LeftButton)

    assert window.statusBar().currentMessage() == "Handout cancelled: nothing was written"
    assert not window.handout.cancel_button.isVisible()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["photo.jpg", "trip.yaml"]


def test_a_second_export_while_one_is_written_is_refused_and_closing_cancels(
    qtbot: QtBot,
    window: MainWindow,
    save_as: Callable[[Path | None], list[str]],
    tmp_path: Path,
) -> None:
    show_trip(qtbot, window, _big_trip(tmp_path, 60))
    asked = save_as(tmp_path / "handout.pdf")

    window.export_handout()
    window.export_handout()

    assert len(asked) == 1
    assert window.statusBar().currentMessage() == "A handout is being written: wait, or cancel it"
    window.close()
    assert window.handout.export.process is None or (
        window.handout.export.process.state() == window.handout.export.process.ProcessState.NotRunning
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["photo.jpg", "trip.yaml"]
