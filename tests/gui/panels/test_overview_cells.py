"""The overview's own thumbnails: made for the cell's size, stand-ins until then, kept on disk.

Decodes run on real worker threads. Where a test needs work to wait in the queue,
a gate job holds the single worker until the test lets it go.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tests.conftest import REPO
from tests.gui.conftest import COLOURS, show_trip
from tests.gui.panels.test_find import Host, shown_host
from tests.gui.panels.test_overview import synthetic
from viewer.gui import THUMBNAIL_BOX
from viewer.gui.panels.overview import OverviewPanel, cell_box, still_fits
from viewer.gui.show.loader import PhotoLoader
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.imaging import thumbcache
from viewer.imaging.decode import Decoded, fit_size
from viewer.imaging.jobs import JobQueue
from viewer.imaging.thumbcache import ThumbnailCache
from viewer.model.folder import load_trip
from viewer.model.resolve import ResolvedPhoto
from viewer.model.trip import Photo, Trip

Key = Qt.Key
PHOTO = (1500, 1000)
TIMEOUT = 10000


def detailed_photo(path: Path, seed: int) -> Path:
    """A photo with fine detail everywhere, so a blurred thumbnail shows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    noise = Image.effect_noise(PHOTO, 40 + seed).convert("RGB")
    Image.blend(noise, Image.new("RGB", PHOTO, ((seed * 70) % 256, 90, 160)), 0.5).save(path, quality=92)
    return path


@pytest.fixture(scope="module")
def photo_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("cells")
    return [detailed_photo(folder / f"{index + 1:02d}.jpg", index) for index in range(6)]


def resolved(paths: list[Path]) -> list[ResolvedPhoto]:
    return [
        ResolvedPhoto(Photo(path, path.name, f"Photo {n + 1}"), None, f"Photo {n + 1}")
        for n, path in enumerate(paths)
    ]


class Gate:
    """Holds the queue's single worker until :meth:`open`."""

    def __init__(self, jobs: JobQueue) -> None:
        self.entered, self._released = threading.Event(), threading.Event()
        jobs.submit("gate", self._hold, priority=10**9)
        assert self.entered.wait(TIMEOUT / 1000)

    def _hold(self) -> None:
        self.entered.set()
        assert self._released.wait(TIMEOUT / 1000), "the test never opened the gate"

    def open(self) -> None:
        self._released.set()


class Decodes:
    """A cell decoder that notes each photo it is asked for (the disk cache's decode)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[Path] = []
        real = thumbcache.decode_photo

        def counting(path: Path, box: tuple[int, int], stop: Callable[[], bool] | None = None) -> Decoded:
            self.paths.append(path)
            return real(path, box, stop)

        monkeypatch.setattr(thumbcache, "decode_photo", counting)


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> Decodes:
    return Decodes(monkeypatch)


@pytest.fixture
def jobs() -> Iterator[JobQueue]:
    queue = JobQueue(1, "test-cells")
    yield queue
    queue.close()
    assert queue.wait_idle(TIMEOUT / 1000)


@pytest.fixture
def host(qtbot: QtBot) -> Host:
    return shown_host(qtbot)


def overview(host: Host, jobs: JobQueue, cache: Path, paths: list[Path]) -> OverviewPanel:
    """An overview whose cells come from a loader on ``jobs`` over the disk cache ``cache``."""
    loader = PhotoLoader(
        decoder=ThumbnailCache(cache, compact=True).load, parent=host, jobs=jobs, urgent=False
    )
    loader.set_photos(paths)
    panel = OverviewPanel(host, loader)
    panel._asking.setInterval(0)
    return panel


def stand_in(index: int) -> QImage:
    image = QImage(96, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#2980b9"))
    return image


def cell_image(panel: OverviewPanel, row: int) -> QImage | None:
    image = panel.model.index(row).data(Qt.ItemDataRole.DecorationRole)
    return image if isinstance(image, QImage) else None


def made_for_cell(panel: OverviewPanel, row: int) -> bool:
    image = cell_image(panel, row)
    return image is not None and (image.width(), image.height()) == fit_size(PHOTO, panel.cell_box())


def on_screen(panel: OverviewPanel) -> list[int]:
    viewport = panel.view.viewport().rect()
    return [
        row
        for row in range(panel.model.rowCount())
        if viewport.intersects(panel.view.visualRect(panel.model.index(row)))
    ]


def test_cells_keep_their_thumbnails_through_a_small_resize() -> None:
    assert cell_box(QSize(201, 119), 1.0) == (201, 119)
    assert cell_box(QSize(201, 119), 1.5) == (302, 179)
    assert still_fits((201, 119), (203, 119))  # a window a few pixels wider
    assert still_fits((201, 119), (190, 110))  # or smaller: drawn a little smaller
    assert not still_fits((201, 119), (201, 125))  # taller cells: made again
    assert not still_fits((201, 119), (160, 100))
    assert not still_fits((201, 119), (402, 238))  # a screen of twice the pixel ratio


def test_the_window_gives_visible_cells_thumbnails_of_their_size(
    qtbot: QtBot, window: MainWindow, photo_files: list[Path], tmp_path: Path
) -> None:
    show_trip(qtbot, window, load_trip(photo_files[0].parent))  # a folder of photos
    window.panels.open_overview()  # made, then opened
    panel = window.panels.overview
    assert panel is not None
    panel.close_panel()
    with qtbot.waitSignal(panel.cellsMade, timeout=TIMEOUT):
        qtbot.keyClick(window, Key.Key_G)
    assert panel.isVisible()
    frame = panel.delegate.thumbnail_frame()
    box = panel.cell_box()
    assert box[1] >= frame.height() > fit_size(PHOTO, THUMBNAIL_BOX)[1]  # the strip's would be scaled up
    assert list(panel.cells_shown()) == on_screen(panel)
    assert all(made_for_cell(panel, row) for row in on_screen(panel))
    image = cell_image(panel, 0)
    assert image is not None
    assert image.height() == frame.height()  # a 3:2 photo in a wider frame: drawn 1:1
    panel.view.grab()


def test_the_strip_thumbnail_stands_in_until_the_cells_own_is_made(
    qtbot: QtBot, host: Host, jobs: JobQueue, photo_files: list[Path], tmp_path: Path
) -> None:
    panel = overview(host, jobs, tmp_path / "cache", photo_files)
    gate = Gate(jobs)
    panel.open(resolved(photo_files), 0, stand_in)
    assert panel.cells is not None
    assert all(cell_image(panel, row).size() == stand_in(row).size() for row in range(len(photo_files)))  # type: ignore[union-attr]
    with qtbot.waitSignal(panel.model.dataChanged, timeout=TIMEOUT):
        gate.open()
    qtbot.waitUntil(
        lambda: all(made_for_cell(panel, row) for row in range(len(photo_files))), timeout=TIMEOUT
    )
    panel.close_panel()


def test_the_second_opening_reads_the_disk_cache_without_decoding(
    qtbot: QtBot, host: Host, jobs: JobQueue, photo_files: list[Path], tmp_path: Path, decodes: Decodes
) -> None:
    photos = resolved(photo_files)
    first = overview(host, jobs, tmp_path / "cache", photo_files)
    first.open(photos, 0, stand_in)
    qtbot.waitUntil(lambda: all(made_for_cell(first, row) for row in range(len(photos))), timeout=TIMEOUT)
    first.close_panel()
    assert sorted(decodes.paths) == sorted(photo_files)
    decodes.paths.clear()
    # As the next run of the app: a new loader over the same disk cache.
    second = overview(host, jobs, tmp_path / "cache", photo_files)
    second.open(photos, 0, stand_in)
    qtbot.waitUntil(lambda: all(made_for_cell(second, row) for row in range(len(photos))), timeout=TIMEOUT)
    assert decodes.paths == []
    second.close_panel()


def test_closing_drops_what_is_not_made_yet(
    qtbot: QtBot, host: Host, jobs: JobQueue, photo_files: list[Path], tmp_path: Path, decodes: Decodes
) -> None:
    panel = overview(host, jobs, tmp_path / "cache", photo_files)
    gate = Gate(jobs)
    panel.open(resolved(photo_files), 0, stand_in)
    qtbot.keyClick(panel.view, Key.Key_Escape)
    assert panel.isHidden()
    gate.open()
    assert jobs.wait_idle(TIMEOUT / 1000)
    assert decodes.paths == []


def test_a_huge_trip_queues_only_the_cells_near_the_view(
    qtbot: QtBot, host: Host, jobs: JobQueue, tmp_path: Path, decodes: Decodes
) -> None:
    photos = synthetic(100_000)  # files that are not there: each decode fails at once
    panel = overview(host, jobs, tmp_path / "cache", [photo.photo.path for photo in photos])
    gate = Gate(jobs)
    panel.open(photos, 50_000, stand_in)
    near_middle = panel.cells_near()
    qtbot.keyClick(panel.view, Key.Key_End)  # scrolled away before anything was made
    qtbot.waitUntil(lambda: 99_999 in panel.cells_near() and not panel._asking.isActive())
    near_end = panel.cells_near()
    assert list(panel.cells_shown()) == on_screen(panel) == near_end[: len(on_screen(panel))]
    gate.open()
    assert jobs.wait_idle(TIMEOUT / 1000)
    asked = {int(path.stem) for path in decodes.paths}
    assert asked == set(near_end)
    assert len(asked) < 300
    assert not asked & (set(near_middle) - set(near_end))
    panel.close_panel()


HIDPI_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication
    from viewer import paths
    from viewer.gui.views.audience.mainwindow import MainWindow
    from viewer.gui.show.persist import SettingsKeeper
    from viewer.gui.show.presentation import Presentation
    from viewer.model.folder import load_trip
    from viewer.model.settings import Settings

    paths.set_basedir(sys.argv[1])
    app = QApplication([])
    window = MainWindow(Presentation(SettingsKeeper(Settings())))
    window.resize(900, 700)
    window.show()

    def look():
        panel = window.panels.overview
        if panel is None:
            window.panels.open_overview()
            return
        image = panel.model.index(0).data(Qt.ItemDataRole.DecorationRole)
        if image is None or image.width() <= 96:  # the strip's stand-in, or nothing yet
            return
        frame = panel.delegate.thumbnail_frame()
        print(json.dumps({
            "ratio": panel.devicePixelRatioF(),
            "frame": [frame.width(), frame.height()],
            "box": list(panel.cell_box()),
            "image": [image.width(), image.height()],
        }))
        app.quit()

    poll = QTimer(interval=20)
    poll.timeout.connect(look)
    window.photo_view.shown.connect(lambda index: poll.start())
    window.presentation.set_trip(load_trip(Path(sys.argv[2])), 0)
    app.exec()
    """
)


def test_cells_are_made_at_device_pixels_at_ratio_two(photo_files: list[Path], tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    done = subprocess.run(
        [sys.executable, "-c", HIDPI_SCRIPT, str(tmp_path), str(photo_files[0].parent)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    assert facts["ratio"] == 2.0
    frame_width, frame_height = facts["frame"]
    assert facts["box"] == [frame_width * 2, frame_height * 2]
    width, height = facts["image"]
    assert (width, height) == fit_size(PHOTO, tuple(facts["box"]))
    assert height == 2 * frame_height


def test_a_photo_changed_on_disk_gets_its_cell_made_again(
    qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    trip = make_trip(3)
    show_trip(qtbot, window, trip)
    window.panels.open_overview()
    panel = window.panels.overview
    assert panel is not None
    size = fit_size((320, 200), panel.cell_box())
    assert size[0] > 96  # not the strip's thumbnail

    def made(colour: str) -> None:
        image = cell_image(panel, 0)
        assert image is not None and (image.width(), image.height()) == size
        seen, wanted = image.pixelColor(5, 5), QColor(colour)
        assert all(abs(a - b) <= 12 for a, b in zip(seen.getRgb()[:3], wanted.getRgb()[:3], strict=True))

    qtbot.waitUntil(lambda: made(COLOURS[0]), timeout=TIMEOUT)
    changed = trip.photos[0].path
    Image.new("RGB", (320, 200), "#00ff00").save(changed.with_suffix(".tmp.jpg"))
    os.replace(changed.with_suffix(".tmp.jpg"), changed)
    qtbot.waitUntil(lambda: made("#00ff00"), timeout=TIMEOUT)
