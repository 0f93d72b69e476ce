"""The window and ``trip-viewer check`` agree: the photos check calls errors are the ones with error slides.

Every kind of damaged photo (``tests.photos.damaged``) is stepped through in
the window; the set of photos it shows an error slide for, and each slide's
reason, must be the set check reports as errors, with the same words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, wait_for_photo
from tests.photos import DOUBTFUL, UNSHOWABLE, damaged, photo
from viewer.check import run_check
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.folder import load_trip
from viewer.model.pillowwarnings import route_warnings


def test_the_window_shows_an_error_slide_for_exactly_the_photos_check_calls_errors(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    route_warnings()  # as the app does at its start (pytest restores the filters afterwards)
    names = ["good.jpg", *UNSHOWABLE, *DOUBTFUL]
    photo(tmp_path / "good.jpg")
    for name in names[1:]:
        damaged(tmp_path / name)
    entries = "".join(f"  - {{file: {name}, caption: A photo, credit: AP}}\n" for name in names)
    manifest = tmp_path / "trip.yaml"
    manifest.write_text(f"format: trip-viewer/1\ntitle: Damaged\nphotos:\n{entries}", encoding="utf-8")

    slides: dict[str, str] = {}
    show_trip(qtbot, window, load_trip(manifest), start=0)
    for index, name in enumerate(names):
        if index:
            qtbot.keyClick(window, Qt.Key.Key_Right)
        wait_for_photo(qtbot, window, index)
        if window.photo_view.error is not None:
            slides[name] = window.photo_view.error
    errors = {f.file: f.message for f in run_check(manifest).findings if f.severity == "error"}

    assert set(slides) == set(errors) == set(UNSHOWABLE)
    for name, reason in slides.items():
        assert errors[name].startswith(reason), (name, errors[name], reason)  # check may add advice
