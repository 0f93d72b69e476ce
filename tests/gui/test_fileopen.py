"""A file opened from the desktop on macOS arrives as a QFileOpenEvent and opens the trip."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip
from viewer.gui.app import create_application
from viewer.gui.fileopen import TripViewerApplication
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.trip import Trip


@pytest.fixture
def app(qapp: QApplication) -> TripViewerApplication:
    assert isinstance(qapp, TripViewerApplication)  # tests/conftest.py: qapp_cls
    return qapp


def test_the_app_makes_its_own_application_object(qapp: QApplication) -> None:
    assert create_application() is qapp
    assert isinstance(qapp, TripViewerApplication)


def test_a_file_open_event_becomes_a_path(qtbot: QtBot, app: TripViewerApplication) -> None:
    event = QFileOpenEvent("/trips/hanoi/trip.yaml")
    with qtbot.waitSignal(app.fileOpened, timeout=1000) as opened:
        handled = QCoreApplication.sendEvent(app, event)
    assert opened.args == [Path("/trips/hanoi/trip.yaml")]
    assert handled


def test_a_local_url_is_opened_as_its_path(qtbot: QtBot, app: TripViewerApplication) -> None:
    event = QFileOpenEvent(QUrl.fromLocalFile("/trips/a folder/trip.yaml"))
    with qtbot.waitSignal(app.fileOpened, timeout=1000) as opened:
        QCoreApplication.sendEvent(app, event)
    assert opened.args == [Path("/trips/a folder/trip.yaml")]


def test_a_web_address_is_not_opened(qtbot: QtBot, app: TripViewerApplication) -> None:
    # A trip must never make the machine reach the network (DESIGN.md): not even this way.
    event = QFileOpenEvent(QUrl("https://example.com/trip.yaml"))
    with qtbot.assertNotEmitted(app.fileOpened):
        QCoreApplication.sendEvent(app, event)


def test_other_events_pass_through(qtbot: QtBot, app: TripViewerApplication) -> None:
    with qtbot.assertNotEmitted(app.fileOpened):
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.User))


def test_the_window_opens_the_trip_macos_sends(
    qtbot: QtBot,
    app: TripViewerApplication,
    window: MainWindow,
    make_trip: Callable[..., Trip],
    sample_trip: Trip,
) -> None:
    # Launched by a double-click in Finder: the sample trip shows first, then the file arrives.
    show_trip(qtbot, window, sample_trip)
    trip = make_trip(3)
    app.fileOpened.connect(window.open_trip)  # what viewer/gui/app.py wires
    try:
        with qtbot.waitSignal(window.presentation.tripShown, timeout=10000):
            QCoreApplication.sendEvent(app, QFileOpenEvent(str(trip.source)))
    finally:
        app.fileOpened.disconnect(window.open_trip)
    assert window.trip is not None
    assert window.trip.source == trip.source
