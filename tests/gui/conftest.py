"""Fixtures for widget tests: small trips made on the fly, and a shown main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from viewer import paths
from viewer.gui.show.persist import SettingsKeeper
from viewer.gui.show.presentation import Presentation
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.gui.widgets.photoview import PhotoView
from viewer.model.folder import load_trip
from viewer.model.settings import Settings
from viewer.model.trip import Trip

COLOURS = ["#c0392b", "#27ae60", "#2980b9", "#f39c12", "#8e44ad", "#16a085"]


def write_photo(path: Path, colour: str, size: tuple[int, int] = (320, 200)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path, quality=90)
    return path


@pytest.fixture
def make_trip(tmp_path: Path) -> Callable[..., Trip]:
    """A trip of ``count`` plain-colour photos with captions, credits and times."""

    def make(count: int = 5, missing: tuple[int, ...] = (), untimed: tuple[int, ...] = ()) -> Trip:
        lines = [
            "format: trip-viewer/1",
            "title: Test trip",
            "timezone: Asia/Ho_Chi_Minh",
            "stops:",
            "  - {name: Start, time: 2019-02-23T17:00+09:00}",
            "photos:",
        ]
        for index in range(count):
            name = f"photos/{index + 1:02d}.jpg"
            if index not in missing:
                write_photo(tmp_path / name, COLOURS[index % len(COLOURS)])
            lines += [
                f"  - file: {name}",
                f"    caption: Caption number {index + 1}",
                "    credit: Test/Agency",
            ]
            if index not in untimed:
                lines.append(f"    time: 2019-02-26T{8 + index:02d}:15+07:00")
        (tmp_path / "trip.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return load_trip(tmp_path / "trip.yaml")

    return make


@pytest.fixture
def sample_trip() -> Trip:
    return load_trip(paths.sample_trip())


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The main window, shown at a fixed size, with default settings."""
    main = MainWindow(Presentation(SettingsKeeper(Settings())))
    qtbot.addWidget(main)
    main.resize(1000, 700)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.presentation.feed.loader.wait_idle(5000)
    main.presentation.feed.thumbnails.wait_idle(5000)
    main.presentation.feed.cache_reading.wait_idle(5)
    main.presentation.maps.wait_idle(5)  # a map laid out for a deleted window crashed a later test


def show_trip(qtbot: QtBot, window: MainWindow, trip: Trip, start: int | None = 0) -> None:
    """Open ``trip`` in ``window`` and wait until its photo is painted."""
    with qtbot.waitSignal(window.photo_view.shown, timeout=10000):
        window.presentation.set_trip(trip, start)


def wait_for_photo(qtbot: QtBot, window: MainWindow, index: int) -> None:
    """Wait until photo ``index`` is current and really painted (image or error slide)."""

    def painted() -> None:
        assert window.presentation.slideshow.current == index
        assert window.photo_view.index == index
        assert window.photo_view.image is not None or window.photo_view.error is not None
        assert window.photo_view.shown_index == index

    qtbot.waitUntil(painted, timeout=10000)


def bare_show(qtbot: QtBot) -> Presentation:
    """A show with no window: it decodes for a 640x400 photo area of its own, and is deleted with it."""
    area = PhotoView()
    qtbot.addWidget(area)
    area.resize(640, 400)
    show = Presentation(SettingsKeeper(Settings()), parent=area)
    show.set_photo_area(area)
    return show
