"""Big shoots: the first photo before the folder is read, an order that settles, a strip that keeps up.

A photo desk opens a folder straight from a shoot, or a manifest of tens of
thousands of entries. The window and the first photo come first; the capture
times, the metadata and the strip fill in behind, with progress, and the photo
on screen stays the same photo when the folder's order settles. The photos here
are few or small, and a manifest lists the same few files again and again: the
cost under test is per entry, not per pixel.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import viewer.gui.show.metastore as metastore
import viewer.model.resolve as resolve_module
from tests.gui.conftest import show_trip, wait_for_photo
from tests.photos import exif, photo
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.gui.widgets.strip import CURRENT, HEIGHT, MARK, MARK_TOP, PAD, TimelineStrip
from viewer.gui.widgets.strippaint import PLACEHOLDER
from viewer.model.folder import load_trip
from viewer.model.metadata import PhotoMetadata
from viewer.model.trip import Photo, Stop, Trip, TripTime

TIMEOUT = 20_000


def shoot(folder: Path, count: int) -> list[Path]:
    """``count`` photos named against their capture times (the first name is the newest), one file time."""
    paths = []
    for number in range(count):
        taken = datetime(2024, 5, 1, 8, tzinfo=UTC) + timedelta(minutes=count - number)
        path = folder / f"f{number:03d}.jpg"
        photo(path, exif_block=exif(taken=taken.strftime("%Y:%m:%d %H:%M:%S"), offset="+00:00"))
        os.utime(path, (1_700_000_000, 1_700_000_000))
        paths.append(path)
    return paths


class Gate:
    """Holds every metadata read until opened: the folder's capture times are not read yet."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._open = threading.Event()
        self.reads = 0
        real = metastore.read_metadata

        def held(path: Path, *, zones: bool = True) -> PhotoMetadata:
            assert self._open.wait(TIMEOUT / 1000), "the test never opened the gate"
            self.reads += 1
            return real(path, zones=zones)

        monkeypatch.setattr(metastore, "read_metadata", held)

    def open(self) -> None:
        self._open.set()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate(monkeypatch)
    yield held
    held.open()  # never leave a worker waiting


@pytest.fixture(autouse=True)
def quiet_workers(qtbot: QtBot) -> Iterator[None]:
    """Let the window's and strips' workers finish before the next test (it may count references).

    Set up after ``qtbot``, so torn down before it closes the widgets.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            show = widget.presentation
            for worker in (show.metadata, show.layouts, show.settler, widget.strip):
                assert worker.wait_idle(20)
        elif isinstance(widget, TimelineStrip):
            assert widget.wait_idle(20)


def test_the_first_photo_shows_before_any_capture_time_is_read(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, gate: Gate
) -> None:
    paths = shoot(tmp_path, 40)
    trip = load_trip(tmp_path, listed=True)
    show_trip(qtbot, window, trip)
    assert window.photo_view.shown_index == 0
    assert window.trip is not None and window.trip.photos[0].path == paths[0]
    assert window.presentation.metadata.progress == (0, 40)
    assert gate.reads == 0
    assert window.strip.status == "Ordering by capture time: 0 / 40 photos read"


def test_the_folder_is_read_behind_only_once_its_first_photo_is_painted(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading 20,000 photos beside the first paint kept the window waiting: until the first
    photo is on screen, only that photo's own metadata is read (for its caption)."""
    shoot(tmp_path, 40)
    reads: list[tuple[Path, int]] = []  # each file read, and the photo on screen meanwhile
    real = metastore.read_metadata

    def noting(path: Path, *, zones: bool = True) -> PhotoMetadata:
        reads.append((path, window.photo_view.shown_index))
        return real(path, zones=zones)

    monkeypatch.setattr(metastore, "read_metadata", noting)
    trip = load_trip(tmp_path, listed=True)
    show_trip(qtbot, window, trip)
    qtbot.waitUntil(lambda: window.trip is not None and not window.trip.provisional, timeout=TIMEOUT)
    before_the_photo = [path for path, shown in reads if shown != 0]
    assert before_the_photo in ([], [trip.photos[0].path])
    assert {path for path, _ in reads} == {photo.path for photo in trip.photos}


def test_the_photo_on_screen_stays_the_same_photo_when_the_order_settles(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, gate: Gate
) -> None:
    paths = shoot(tmp_path, 40)
    show_trip(qtbot, window, load_trip(tmp_path, listed=True))
    window.presentation.slideshow.go(3)
    wait_for_photo(qtbot, window, 3)
    assert window.trip is not None and window.trip.provisional
    on_screen = window.trip.photos[3].path
    assert on_screen == paths[3]

    gate.open()
    qtbot.waitUntil(lambda: window.trip is not None and not window.trip.provisional, timeout=TIMEOUT)

    order = [p.path for p in window.trip.photos]
    assert order == list(reversed(paths))  # oldest capture first: the last name
    assert (
        window.presentation.slideshow.current == order.index(on_screen) == 36
    )  # the same photo, not the same index
    wait_for_photo(qtbot, window, 36)
    assert window.trip.photos[window.photo_view.shown_index].path == on_screen
    assert window.caption.position.text() == "37 / 40"
    qtbot.waitUntil(lambda: window.strip.status == "", timeout=TIMEOUT)  # the progress note is gone


def test_settling_the_order_reads_and_decodes_nothing_again_and_the_folder_stays_watched(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, gate: Gate
) -> None:
    """The order settles by handing the window the same files reordered: what was read and
    decoded of them is kept, and a photo changed on disk afterwards is still noticed."""
    shoot(tmp_path, 40)
    show_trip(qtbot, window, load_trip(tmp_path, listed=True))
    window.presentation.slideshow.go(3)
    wait_for_photo(qtbot, window, 3)
    gate.open()
    qtbot.waitUntil(lambda: window.trip is not None and not window.trip.provisional, timeout=TIMEOUT)
    read_before = gate.reads  # every photo, all read before the order could settle
    qtbot.waitUntil(lambda: window.strip.status == "", timeout=TIMEOUT)
    index = window.presentation.slideshow.current
    wait_for_photo(qtbot, window, index)
    assert window.trip is not None
    before, on_screen = window.photo_view.image, window.trip.photos[index].path
    assert window.presentation.feed.loader.get(index) is not None  # decoded before the order settled, kept
    window.presentation.metadata.wait_idle(5)
    assert gate.reads == read_before >= 40  # no photo read again for the new order
    assert window.presentation.metadata.progress == (40, 40)

    replacement = tmp_path / "elsewhere" / "new.jpg"  # out of the trip: only the change is seen
    replacement.parent.mkdir()
    Image.new("RGB", (24, 16), "#00ff00").save(replacement)
    os.replace(replacement, on_screen)

    def green() -> None:
        image = window.photo_view.image
        assert image is not None and image is not before
        assert image.pixelColor(10, 10).green() > 200

    qtbot.waitUntil(green, timeout=TIMEOUT)


def test_end_goes_to_the_last_photo_of_the_settled_order(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    paths = shoot(tmp_path, 30)
    show_trip(qtbot, window, load_trip(tmp_path, listed=True))
    qtbot.waitUntil(lambda: window.trip is not None and not window.trip.provisional, timeout=TIMEOUT)
    qtbot.keyClick(window, Qt.Key.Key_End)
    wait_for_photo(qtbot, window, 29)
    assert window.trip.photos[29].path == paths[0]  # the newest


def big_manifest(folder: Path, entries: int, files: int) -> Path:
    """A manifest of ``entries`` photos over ``files`` distinct photo files, without times or captions."""
    for number in range(files):
        photo(
            folder / "photos" / f"d{number}.jpg",
            exif_block=exif(taken="2024:05:01 10:00:00", offset="+00:00"),
        )
    lines = ["format: trip-viewer/1", "title: Many entries", "photos:"]
    lines += [f"  - file: photos/d{number % files}.jpg" for number in range(entries)]
    manifest = folder / "trip.yaml"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def test_metadata_reaches_the_window_once_per_photo_in_a_few_batches(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries, files = 6_000, 12
    trip = load_trip(big_manifest(tmp_path, entries, files))
    batches: list[list[int]] = []
    window.presentation.metadata.arrived.connect(batches.append)
    resolved = []
    real = resolve_module.resolve

    def counted(*args: object, **kwargs: object) -> object:
        resolved.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(resolve_module, "resolve", counted)
    show_trip(qtbot, window, trip)
    qtbot.waitUntil(lambda: window.presentation.metadata.complete, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: window.strip.placed is not None and window.strip.trip.photos[-1].time is not None,
        timeout=TIMEOUT,
    )

    delivered = [index for batch in batches for index in batch]
    assert sorted(delivered) == list(range(entries))  # every photo told once
    assert len(batches) <= files  # a signal per batch of files, not per photo
    assert len(resolved) <= 3 * entries  # the strip placed again a few times at most, not per arrival


def test_a_strip_of_20000_photos_draws_its_marks_where_the_photos_are(qtbot: QtBot) -> None:
    start = datetime(2024, 5, 1, 8, tzinfo=UTC)
    photos = tuple(
        Photo(Path(f"/shoot/p{n:05d}.jpg"), f"p{n:05d}.jpg", time=TripTime(start + n * timedelta(seconds=2)))
        for n in range(20_000)
    )
    # The route runs on for four more days: the photos fill the first sixth of the axis.
    stops = (Stop("Start", TripTime(start)), Stop("End", TripTime(start + timedelta(days=5))))
    trip = Trip(Path("/shoot"), Path("/shoot"), "A shoot", photos, stops)
    strip = TimelineStrip()
    qtbot.addWidget(strip)
    strip.resize(1200, HEIGHT)
    strip.show()
    qtbot.waitExposed(strip)
    strip.set_trip(trip)
    strip.set_current(10_000)
    qtbot.waitUntil(lambda: strip.drawn, timeout=TIMEOUT)  # drawn on a worker for a trip this big

    image = strip.grab().toImage()
    row = MARK_TOP + MARK.height() // 2
    marks = [x for x in range(image.width()) if _near(image, x, row, PLACEHOLDER)]
    sixth = PAD + (image.width() - 2 * PAD) / 6
    assert marks and min(marks) < PAD + MARK.width()  # from the first photo …
    assert max(marks) < sixth + MARK.width()  # … to the last, and none beyond
    clusters = strip.mark_clusters()
    assert sum(len(cluster.indices) for cluster in clusters) == 20_000
    current = next(cluster for cluster in clusters if 10_000 in cluster.indices)
    bottom = MARK_TOP + MARK.height()  # the highlight's lower edge: no count badge there
    highlight = [x for x in range(image.width()) if _near(image, x, bottom, CURRENT)]
    assert highlight and abs((min(highlight) + max(highlight)) / 2 - current.x) <= 3


def _near(image: QImage, x: int, y: int, wanted: QColor, tolerance: int = 12) -> bool:
    found = image.pixelColor(x, y)
    return all(
        abs(a - b) <= tolerance
        for a, b in (
            (found.red(), wanted.red()),
            (found.green(), wanted.green()),
            (found.blue(), wanted.blue()),
        )
    )


def test_the_strip_keeps_a_bounded_number_of_thumbnails_and_asks_again_for_those_it_draws(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import viewer.gui.widgets.strip as strip_module

    monkeypatch.setattr(strip_module, "KEPT_THUMBNAILS", 50)
    start = datetime(2024, 5, 1, 8, tzinfo=UTC)
    photos = tuple(
        Photo(Path(f"/shoot/p{n:04d}.jpg"), f"p{n:04d}.jpg", time=TripTime(start + n * timedelta(seconds=30)))
        for n in range(2_000)
    )
    strip = TimelineStrip()
    qtbot.addWidget(strip)
    strip.resize(1200, HEIGHT)
    strip.show()
    qtbot.waitExposed(strip)
    strip.set_trip(Trip(Path("/shoot"), Path("/shoot"), "A shoot", photos))
    wanted: list[int] = []
    strip.wanted.connect(wanted.extend)
    green = QImage(96, 64, QImage.Format.Format_RGB32)
    green.fill(QColor("#20c020"))
    strip.set_thumbnails({index: green for index in range(2_000)})
    qtbot.waitUntil(lambda: strip.drawn, timeout=TIMEOUT)

    assert len(strip.thumbnails()) == 50  # the last ones given: the rest let go
    drawn = [cluster.indices[0] for cluster in strip.mark_clusters()]
    assert sorted(wanted) == sorted(index for index in drawn if index < 1_950)  # asked for once each

    strip.set_thumbnails({index: green for index in wanted})  # as the feed hands them back
    qtbot.waitUntil(lambda: strip.drawn, timeout=TIMEOUT)
    image = strip.grab().toImage()
    row = MARK_TOP + MARK.height() // 2
    for cluster in strip.mark_clusters():
        if 0 < cluster.x < image.width():
            assert _near(image, round(cluster.x), row, QColor("#20c020"))  # every mark shows its thumbnail
    assert len(strip.thumbnails()) == 50
