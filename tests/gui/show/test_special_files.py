"""The window with special files in its trip: each gets a slide saying what it is, the
links a folder's trip leaves out are named, the show goes on, and the watcher looking
for changes never waits on a pipe."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip, write_photo
from tests.special import finishes, make_fifo, make_loop, needs_special_files
from viewer.gui.show.watcher import fingerprint
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.imaging.decode import DecodeError
from viewer.imaging.headstart import HeadStart
from viewer.model.folder import load_trip

pytestmark = needs_special_files


def test_a_folder_trip_shows_a_slide_for_each_special_file_and_names_the_links_left_out(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "shoot"
    write_photo(folder / "a.jpg", "#c0392b")
    make_fifo(folder / "b-pipe.jpg")
    make_loop(folder, "c-loop.jpg", "d-back.jpg")
    write_photo(tmp_path / "secret.jpg", "#27ae60")
    (folder / "e-out.jpg").symlink_to(tmp_path / "secret.jpg")
    trip = load_trip(folder)
    order = [photo.file for photo in trip.photos]

    show_trip(qtbot, window, trip)

    assert window.statusBar().currentMessage() == (
        "Left out of shoot: e-out.jpg: a link that leads outside the folder"
    )
    for name, reason in [
        ("b-pipe.jpg", "a named pipe (FIFO), not a file"),
        ("c-loop.jpg", "a link loop: the link leads back to itself"),
    ]:
        with qtbot.waitSignal(window.photo_view.shown, timeout=10000):
            window.presentation.slideshow.go(order.index(name))
        assert window.photo_view.error == reason
    with qtbot.waitSignal(window.photo_view.shown, timeout=10000):
        window.presentation.slideshow.go(order.index("a.jpg"))  # and the show goes on
    assert window.photo_view.error is None


def test_the_watcher_fingerprints_a_manifest_turned_pipe_without_waiting(tmp_path: Path) -> None:
    manifest = tmp_path / "trip.yaml"
    manifest.write_text("format: trip-viewer/1\n", encoding="utf-8")
    before = fingerprint(manifest)
    manifest.unlink()
    make_fifo(manifest)  # the live reload looks at it every two seconds
    assert finishes(lambda: fingerprint(manifest), tmp_path) != before


def test_the_head_start_gives_up_on_a_pipe_and_the_usual_decode_says_why(tmp_path: Path) -> None:
    pipe = make_fifo(tmp_path / "first.jpg")
    start = finishes(lambda: HeadStart(pipe, (800, 600)), tmp_path)
    finishes(start.wait, tmp_path)
    try:
        finishes(lambda: start.decode(pipe, (800, 600)), tmp_path)
    except DecodeError as error:
        assert str(error) == "a named pipe (FIFO), not a file"
    else:
        raise AssertionError("a pipe decoded")
