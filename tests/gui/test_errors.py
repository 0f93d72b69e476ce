"""Errors reach the person: tracebacks and Qt's warnings land in the log file, and an
unexpected exception shows a readable dialog while the window carries on."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer, qCritical, qInfo, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from viewer import paths
from viewer.gui import app


@pytest.fixture
def handling(qapp: object) -> Iterator[list[QMessageBox]]:
    """The app's error handling, installed for one test and taken down after it."""
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    dialogs: list[QMessageBox] = []
    original_exec, original_show = QMessageBox.exec, QMessageBox.show

    def shown(box: QMessageBox) -> None:
        if box not in dialogs:
            dialogs.append(box)
        original_show(box)

    def modal(box: QMessageBox) -> int:  # it would hold the event loop: --play-once never ends
        pytest.fail(f"a dialog was run modally: {box.text()}")

    QMessageBox.exec = modal  # type: ignore[method-assign, assignment]
    QMessageBox.show = shown  # type: ignore[method-assign]
    app.install_error_handling()
    yield dialogs
    for box in dialogs:
        if shiboken6.isValid(box):  # a dialog of a window is gone with it
            box.close()
    QMessageBox.exec, QMessageBox.show = original_exec, original_show  # type: ignore[method-assign]
    qInstallMessageHandler(None)
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)
    sys.excepthook = hook
    logging.captureWarnings(False)


def log_text() -> str:
    """The log file's text, once it is open (the app opens it when the first photo is on screen)."""
    app.open_log_file()
    for handler in logging.getLogger().handlers:
        handler.flush()
    return paths.log_file().read_text(encoding="utf-8")


def test_an_unexpected_exception_is_logged_and_shown(handling: list[QMessageBox]) -> None:
    try:
        raise RuntimeError("the projector caught fire")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    text = log_text()
    assert "unexpected error" in text
    assert "RuntimeError: the projector caught fire" in text
    assert "Traceback (most recent call last)" in text
    [dialog] = handling
    assert dialog.text() == "the projector caught fire"
    assert "RuntimeError" in dialog.detailedText()
    assert str(paths.log_file()) in dialog.informativeText()


def test_the_error_dialog_waits_for_no_one_and_belongs_to_the_window(
    qtbot: QtBot, handling: list[QMessageBox]
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for number in (1, 2):
        try:
            raise OverflowError(f"date value out of range ({number})")
        except OverflowError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]

    [dialog] = handling  # the second error is told in the dialog already open
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.text() == "date value out of range (2)"
    assert dialog.parentWidget() is window  # a dialog of the window: closing the window ends the app


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_does_not_stop_the_event_loop(
    qtbot: QtBot, handling: list[QMessageBox]
) -> None:
    def broken() -> None:
        raise ValueError("a slot went wrong")

    QTimer.singleShot(0, broken)
    reached: list[bool] = []
    QTimer.singleShot(20, lambda: reached.append(True))
    qtbot.waitUntil(lambda: bool(reached))  # the loop carried on after the error
    assert "ValueError: a slot went wrong" in log_text()
    assert len(handling) == 1


def test_qt_warnings_go_to_the_log(handling: list[QMessageBox]) -> None:
    qWarning("a warning from inside Qt")
    assert "viewer.qt WARNING: a warning from inside Qt" in log_text()


def test_qt_messages_keep_their_level_in_the_log(handling: list[QMessageBox]) -> None:
    qCritical("a critical message from inside Qt")
    qInfo("a note from inside Qt")
    assert "viewer.qt ERROR: a critical message from inside Qt" in log_text()
    assert "viewer.qt INFO: a note from inside Qt" in log_text()


def file_text() -> str:
    """The log file as it is on disk now, without opening it."""
    for handler in logging.getLogger().handlers:
        handler.flush()
    return paths.log_file().read_text(encoding="utf-8")


def log_file_open() -> bool:
    return any(
        isinstance(handler, app.LogFile) and handler.is_open for handler in logging.getLogger().handlers
    )


def test_what_is_logged_during_the_start_reaches_the_file_once_the_photo_is_on_screen(
    qtbot: QtBot, handling: list[QMessageBox]
) -> None:
    logging.getLogger("viewer").info("the first photo is decoding")
    assert not paths.log_file().exists()  # opening the file waits: it would slow the start
    app.after_first_photo()
    logging.getLogger("viewer").info("the first photo is on screen")  # held, or written: in order
    qtbot.waitUntil(log_file_open)
    logging.getLogger("viewer").info("the show goes on")
    lines = file_text().splitlines()
    assert lines[0].endswith("viewer INFO: the first photo is decoding")
    assert lines[1].endswith("viewer INFO: the first photo is on screen")
    assert lines[2].endswith("viewer INFO: the show goes on")


def test_the_log_file_is_opened_off_the_ui_thread(
    qtbot: QtBot, handling: list[QMessageBox], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening it makes its folder, opens the file and writes what was held: file work, not the window's."""
    opened_on: list[threading.Thread] = []
    real_open = app.LogFile.open

    def open_noting_thread(handler: app.LogFile) -> None:
        opened_on.append(threading.current_thread())
        real_open(handler)

    monkeypatch.setattr(app.LogFile, "open", open_noting_thread)
    app.after_first_photo()
    qtbot.waitUntil(log_file_open)
    assert opened_on and threading.main_thread() not in opened_on


def test_an_error_during_the_start_reaches_the_file_at_once(handling: list[QMessageBox]) -> None:
    logging.getLogger("viewer").info("the trip is loaded")
    logging.getLogger("viewer").error("the screen went away")
    text = file_text()  # not opened by anyone: the error opened it
    assert text.index("the trip is loaded") < text.index("viewer ERROR: the screen went away")


def test_what_is_held_when_the_process_ends_is_written(tmp_path: Path) -> None:
    log_file = app.LogFile(tmp_path / "logs" / "trip-viewer.log")
    log_file.handle(logging.makeLogRecord({"name": "viewer", "levelno": logging.INFO, "msg": "quit early"}))
    log_file.close()  # as logging.shutdown() does at exit
    assert "quit early" in (tmp_path / "logs" / "trip-viewer.log").read_text(encoding="utf-8")


def test_an_unwritable_log_folder_is_said_once_and_the_show_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "logs").write_text("a file where the log folder should be", encoding="utf-8")
    log_file = app.LogFile(tmp_path / "logs" / "trip-viewer.log")
    for message in ("one", "two"):
        log_file.handle(logging.makeLogRecord({"name": "viewer", "levelno": logging.ERROR, "msg": message}))
    log_file.close()
    assert capsys.readouterr().err.count("trip-viewer: cannot write the log file") == 1
    assert not log_file.is_open
