"""A photo imported from a web story and never saved: its error slide says where the web desk has it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip
from tests.photos import photo
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.model.manifest import load_manifest


def test_the_error_slide_of_a_photo_only_on_the_web_names_its_address(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    photo(tmp_path / "here.jpg")
    (tmp_path / "trip.yaml").write_text(
        "format: trip-viewer/1\nphotos:\n  - {file: media/01-kim.jpg, url: 'https://ex.org/kim.jpg'}\n"
        "  - {file: here.jpg}\n",
        encoding="utf-8",
    )

    show_trip(qtbot, window, load_manifest(tmp_path / "trip.yaml"))

    heading, reason = window.photo_view.error_lines()
    assert "".join(heading) == "Cannot show photo 1: media/01-kim.jpg"
    said = "The file is missing; the web story has it at https://ex.org/kim.jpg, not fetched."
    said += " The show goes on."
    assert "".join(reason).replace(" ", "") == said.replace(" ", "")  # however the lines wrap
