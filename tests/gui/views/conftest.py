"""Fixtures for the views' tests: presenter view started on the sample trip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.gui.views.presenter.console import PresenterConsole
from viewer.model.trip import Trip


@pytest.fixture
def presenting(qtbot: QtBot, window: MainWindow, sample_trip: Trip) -> Iterator[PresenterConsole]:
    """Presenter view on the sample trip's third photo: the audience on the projector, the console."""
    show_trip(qtbot, window, sample_trip, start=2)
    window.presenter.start()
    console = window.presenter.console
    assert console is not None
    qtbot.addWidget(console)
    qtbot.waitUntil(window.isFullScreen)
    yield console
    window.presenter.stop()
