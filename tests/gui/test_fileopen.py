"""A file opened from the desktop on macOS arrives as a QFileOpenEvent and opens the trip."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip
from viewer.gui.fileopen import FileOpenFilter, install_file_open_filter
from viewer.gui.mainwindow import MainWindow
from viewer.model.trip import Trip


@pytest.fixture
def file_open(qapp: QApplication) -> Iterator[FileOpenFilter]:
    """The filter installed on the test's application, removed again afterwards."""
    watcher = install_file_open_filter(qapp)
    yield watcher
    qapp.removeEventFilter(watcher)
    watcher.deleteLater()


def test_a_file_open_event_becomes_a_path(
    qtbot: QtBot, qapp: QApplication, file_open: FileOpenFilter
) -> None:
    event = QFileOpenEvent("/trips/hanoi/trip.yaml")
    with qtbot.waitSignal(file_open.opened, timeout=1000) as opened:
        handled = QCoreApplication.sendEvent(qapp, event)
    assert opened.args == [Path("/trips/hanoi/trip.yaml")]
    assert handled


def test_a_local_url_is_opened_as_its_path(
    qtbot: QtBot, qapp: QApplication, file_open: FileOpenFilter
) -> None:
    event = QFileOpenEvent(QUrl.fromLocalFile("/trips/a folder/trip.yaml"))
    with qtbot.waitSignal(file_open.opened, timeout=1000) as opened:
        QCoreApplication.sendEvent(qapp, event)
    assert opened.args == [Path("/trips/a folder/trip.yaml")]


def test_a_web_address_is_not_opened(qtbot: QtBot, qapp: QApplication, file_open: FileOpenFilter) -> None:
    # A trip must never make the machine reach the network (DESIGN.md): not even this way.
    event = QFileOpenEvent(QUrl("https://example.com/trip.yaml"))
    with qtbot.assertNotEmitted(file_open.opened):
        QCoreApplication.sendEvent(qapp, event)
    assert not file_open.eventFilter(qapp, event)  # left to Qt


def test_other_events_pass_through(qtbot: QtBot, qapp: QApplication, file_open: FileOpenFilter) -> None:
    event = QEvent(QEvent.Type.User)
    with qtbot.assertNotEmitted(file_open.opened):
        QCoreApplication.sendEvent(qapp, event)
    assert not file_open.eventFilter(qapp, event)


def test_the_window_opens_the_trip_macos_sends(
    qtbot: QtBot,
    qapp: QApplication,
    window: MainWindow,
    file_open: FileOpenFilter,
    make_trip: Callable[..., Trip],
    sample_trip: Trip,
) -> None:
    # Launched by a double-click in Finder: the sample trip shows first, then the file arrives.
    show_trip(qtbot, window, sample_trip)
    trip = make_trip(3)
    file_open.opened.connect(window.open_trip)  # what viewer/gui/app.py wires
    with qtbot.waitSignal(window.tripShown, timeout=10000):
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(trip.source)))
    assert window.trip is not None
    assert window.trip.source == trip.source
