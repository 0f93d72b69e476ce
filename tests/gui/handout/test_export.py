"""Trip → Export Handout… in the window: written on a worker while the show goes on; progress, errors."""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, wait_for_photo
from tests.gui.handout.conftest import pdf_text, write_manifest, write_scene
from viewer.gui.commands.registry import Command
from viewer.gui.handout import export
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


def test_export_handout_writes_the_pdf_off_the_ui_thread_with_progress(
    qtbot: QtBot,
    window: MainWindow,
    make_trip: Callable[..., Trip],
    save_as: Callable[[Path | None], list[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trip = make_trip(4)
    show_trip(qtbot, window, trip)
    out = tmp_path / "out" / "handout"  # no suffix: .pdf is added
    out.parent.mkdir()
    asked = save_as(out)
    threads: list[int] = []
    real = export.write_handout

    def recorded(*args: object, **kwargs: object) -> object:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "write_handout", recorded)
    steps: list[int] = []
    window.handout.export.progressed.connect(lambda done, total: steps.append(done))

    with qtbot.waitSignal(window.handout.export.written, timeout=30000) as written:
        window.menu_actions[Command.EXPORT_HANDOUT].trigger()
        assert window.handout.bar.isVisible() and window.handout.cancel_button.isVisible()

    assert asked == [str(tmp_path / "trip-handout.pdf")]  # offered beside the manifest
    assert written.args[0].path == out.with_name("handout.pdf")
    assert threads and threads[0] != threading.get_ident()
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

    with qtbot.waitSignal(window.handout.export.written, timeout=30000):
        window.export_handout()

    (box,) = _boxes(window)
    assert box.windowTitle() == "Photos missing from the handout"
    assert "Photo 2, photos/02.jpg: the file is missing (page 2)" in box.text()
    qtbot.keyClick(window, Qt.Key.Key_Right)  # the window still answers behind the dialog
    wait_for_photo(qtbot, window, 1)
    box.close()


def test_a_folder_that_cannot_be_written_gets_a_dialog_naming_the_file(
    qtbot: QtBot,
    window: MainWindow,
    make_trip: Callable[..., Trip],
    save_as: Callable[[Path | None], list[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    show_trip(qtbot, window, make_trip(2))
    out = tmp_path / "handout.pdf"
    save_as(out)

    def refused(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with qtbot.waitSignal(window.handout.export.failed, timeout=30000):
        window.export_handout()

    (box,) = _boxes(window)
    assert box.windowTitle() == "Cannot write the handout"
    assert box.text() == f"{out}: cannot be written (permission denied)"
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

    with qtbot.waitSignal(window.handout.export.cancelled, timeout=30000):
        window.export_handout()
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
    assert not window.handout.export.busy or window.handout.export.wait_idle(5)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["photo.jpg", "trip.yaml"]
