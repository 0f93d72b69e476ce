"""The photo loader: decodes at the window's size, prefetches, forgets what is stale.

Decodes run on real worker threads. Where a test needs to know what was decoded
and when, it swaps the loader's ``decode_photo`` for a wrapper that records each
call and can hold one photo on an event until the test lets it go.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.gui.conftest import COLOURS, write_photo
from viewer.gui.show import loader as loader_module
from viewer.gui.show.loader import PREFETCH_AHEAD, PREFETCH_BEHIND, PhotoLoader
from viewer.imaging.decode import Decoded, Scaler, decode_photo
from viewer.imaging.jobs import JobQueue, Stopped

BOX = (100, 100)
PHOTO = (400, 200)  # decodes to 100×50 in BOX
PHOTO_BYTES = 100 * 50 * 4
TIMEOUT = 5000


class DecodeSpy:
    """Stands in for ``decode_photo``: records what is decoded, can hold one path.

    A held decode, once released, asks ``stop()`` as the real decoder does between
    chunks of the file, and gives up if told to (recorded in ``stopped``).
    """

    def __init__(self) -> None:
        self.calls: list[tuple[Path, tuple[int, int]]] = []
        self.stopped: list[Path] = []
        self.hold: Path | None = None
        self.holding = threading.Event()
        self._release = threading.Event()
        self._called = threading.Condition()

    def __call__(
        self,
        path: Path,
        box: tuple[int, int],
        stop: Callable[[], bool] | None = None,
        scaler: Scaler | None = None,
    ) -> Decoded:
        with self._called:
            self.calls.append((path, box))
            self._called.notify_all()
        if path == self.hold:
            self.holding.set()
            assert self._release.wait(TIMEOUT / 1000), "the test never released the photo"
            if stop is not None and stop():
                self.stopped.append(path)
                raise Stopped
        return decode_photo(path, box, stop, scaler)

    def release(self) -> None:
        self._release.set()

    def wait_started(self, path: Path) -> bool:
        """Wait (on the workers alone: no Qt events are handled) until ``path`` is decoding."""
        with self._called:
            return self._called.wait_for(lambda: any(seen == path for seen, _ in self.calls), TIMEOUT / 1000)

    def decoded(self, paths: list[Path]) -> list[int]:
        return [paths.index(path) for path, _ in self.calls]


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    return [
        write_photo(tmp_path / f"{index:02d}.jpg", COLOURS[index % len(COLOURS)], PHOTO)
        for index in range(10)
    ]


@pytest.fixture
def loader(photos: list[Path]) -> Iterator[PhotoLoader]:
    made = PhotoLoader(threads=1)
    made.set_photos(photos)
    made.set_box(BOX)
    yield made
    assert made.wait_idle(TIMEOUT)


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Iterator[DecodeSpy]:
    found = DecodeSpy()
    monkeypatch.setattr(loader_module, "decode_photo", found)
    yield found
    found.release()


def settle(loader: PhotoLoader) -> None:
    """Let every decode finish and deliver its result, and the prefetches that follow it."""
    for _ in range(5):  # the photo, then its neighbours: a few rounds at most
        assert loader.wait_idle(TIMEOUT)
        # Each job posts its result before it counts as done: one pass delivers them all.
        QCoreApplication.processEvents()
    assert loader.wait_idle(TIMEOUT)


def ready_indexes(loader: PhotoLoader) -> list[int]:
    found: list[int] = []
    loader.ready.connect(found.append)
    return found


def hold_first_decode(loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]) -> None:
    """Start decoding photo 0 and keep the (single) worker busy with it."""
    spy.hold = photos[0]
    loader.request(0)
    assert spy.holding.wait(TIMEOUT / 1000)


def test_a_photo_decoded_but_not_yet_delivered_is_not_decoded_again(
    qtbot: QtBot, loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    """A key pressed while a result waits in the event queue (a play-through does it)."""
    loader.request(0)
    assert loader.wait_idle(TIMEOUT)  # decoded, and no Qt event handled: not delivered
    loader.request(0)
    settle(loader)
    assert spy.decoded(photos).count(0) == 1
    assert loader.get(0) is not None


def test_a_requested_photo_arrives_at_the_box_size(qtbot: QtBot, loader: PhotoLoader) -> None:
    with qtbot.waitSignal(loader.ready, timeout=TIMEOUT, check_params_cb=lambda index: index == 3):
        loader.request(3)
    loaded = loader.get(3)
    assert loaded is not None and loaded.image is not None
    assert loaded.error is None
    assert loaded.image.size() == QSize(100, 50)
    assert loaded.nbytes == PHOTO_BYTES
    colour = loaded.image.pixelColor(50, 25)
    assert abs(colour.hue() - QColor(COLOURS[3]).hue()) <= 4


def test_get_is_none_until_the_photo_is_decoded(loader: PhotoLoader) -> None:
    assert loader.get(0) is None


def test_the_current_photo_is_decoded_before_its_neighbours(
    loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    loader.request(5, +1)
    settle(loader)
    assert spy.decoded(photos)[0] == 5


def test_moving_forward_prefetches_the_next_photos(
    loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    loader.request(2, +1)
    settle(loader)
    decoded = set(spy.decoded(photos))
    ahead = set(range(2, 3 + PREFETCH_AHEAD))
    assert ahead <= decoded
    assert 3 + PREFETCH_AHEAD not in decoded and 2 - PREFETCH_BEHIND - 1 not in decoded
    assert all(loader.get(index) is not None for index in ahead)


def test_moving_backward_prefetches_the_previous_photos(
    loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    loader.request(7, -1)
    settle(loader)
    decoded = set(spy.decoded(photos))
    behind = set(range(7 - PREFETCH_AHEAD, 8))
    assert behind <= decoded
    assert 7 - PREFETCH_AHEAD - 1 not in decoded and 7 + PREFETCH_BEHIND + 1 not in decoded


def test_prefetch_does_not_wrap_round_the_ends_of_the_trip(
    loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    loader.request(0, -1)
    settle(loader)
    assert set(spy.decoded(photos)) <= {0, 1, 2, 3}  # never the last photos
    spy.calls.clear()
    loader.request(9, +1)
    settle(loader)
    assert set(spy.decoded(photos)) <= {6, 7, 8, 9}  # never the first ones


def test_a_cached_photo_is_not_decoded_again(loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]) -> None:
    loader.request(4)
    settle(loader)
    before = len(spy.calls)
    loader.request(4)
    settle(loader)
    assert len(spy.calls) == before


def small_cache(photos: list[Path]) -> PhotoLoader:
    """A loader with room for two and a half photos: fewer than one step prefetches."""
    made = PhotoLoader(budget=int(PHOTO_BYTES * 2.5), threads=1)
    made.set_photos(photos)
    made.set_box(BOX)
    return made


def test_the_cache_stays_within_its_byte_budget(photos: list[Path]) -> None:
    loader = small_cache(photos)
    seen: list[int] = []
    loader.ready.connect(lambda index: seen.append(loader.cached_bytes))
    try:
        for index in range(len(photos)):
            loader.request(index, +1)
            settle(loader)
        assert len(seen) >= len(photos)
        assert max(seen) <= loader.budget
        assert loader.get(len(photos) - 1) is not None
    finally:
        assert loader.wait_idle(TIMEOUT)


def test_prefetching_never_evicts_the_photo_on_screen(photos: list[Path]) -> None:
    """Stepping through as the window does: its neighbours must not push out the current photo."""
    loader = small_cache(photos)
    current = [0]
    # The window fetches the current photo from the cache as soon as it is ready.
    loader.ready.connect(lambda index: loader.get(index) if index == current[0] else None)
    try:
        for index in range(len(photos)):
            current[0] = index
            loader.get(index)  # the window looks in the cache first,
            loader.request(index, +1)  # then asks for it and its neighbours
            settle(loader)
            assert loader.get(index) is not None, f"photo {index} was evicted by its own prefetch"
            assert loader.cached_bytes <= loader.budget
    finally:
        assert loader.wait_idle(TIMEOUT)


def test_jumping_away_drops_the_queued_neighbours(
    loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    hold_first_decode(loader, spy, photos)  # 1 and 2 now wait behind 0
    loader.request(8, +1)
    spy.release()
    settle(loader)
    decoded = spy.decoded(photos)
    assert 1 not in decoded and 2 not in decoded
    assert {0, 7, 8, 9} <= set(decoded)


def test_a_result_for_an_old_size_is_dropped(
    qtbot: QtBot, loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    ready = ready_indexes(loader)
    hold_first_decode(loader, spy, photos)
    loader.set_box((60, 60))  # the window was resized meanwhile
    spy.release()
    settle(loader)
    assert 0 not in ready
    assert loader.get(0) is None
    with qtbot.waitSignal(loader.ready, timeout=TIMEOUT, check_params_cb=lambda index: index == 0):
        loader.request(0)
    loaded = loader.get(0)
    assert loaded is not None and loaded.image is not None
    assert loaded.image.size() == QSize(60, 30)


def test_a_result_for_the_previous_trip_is_dropped(
    qtbot: QtBot, tmp_path: Path, loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    ready = ready_indexes(loader)
    hold_first_decode(loader, spy, photos)
    other = [write_photo(tmp_path / "other" / f"{index}.jpg", "#ffffff", PHOTO) for index in range(3)]
    loader.set_photos(other)
    spy.release()
    settle(loader)
    assert ready == []
    assert loader.get(0) is None
    assert loader.cached_bytes == 0
    with qtbot.waitSignal(loader.ready, timeout=TIMEOUT, check_params_cb=lambda index: index == 0):
        loader.request(0)
    loaded = loader.get(0)
    assert loaded is not None and loaded.image is not None
    assert loaded.image.pixelColor(50, 25).lightness() > 240  # the new trip's white photo


def test_a_missing_photo_comes_back_as_an_error(
    qtbot: QtBot, loader: PhotoLoader, photos: list[Path]
) -> None:
    photos[2].unlink()
    with qtbot.waitSignal(loader.ready, timeout=TIMEOUT, check_params_cb=lambda index: index == 2):
        loader.request(2)
    loaded = loader.get(2)
    assert loaded is not None
    assert loaded.image is None
    assert loaded.error is not None and "missing" in loaded.error
    assert loaded.nbytes == 0


def test_request_all_decodes_every_photo_in_order(
    loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    loader.request_all()
    settle(loader)
    assert spy.decoded(photos) == list(range(10))
    assert all(loader.get(index) is not None for index in range(10))


def test_a_preload_hands_over_in_batches_and_decodes_only_what_was_not_stored(
    qtbot: QtBot, loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    stored = {path: decode_photo(path, BOX) for path in photos[:6]}  # a disk cache holding six

    def lookup(paths: list[Path], box: tuple[int, int]) -> Iterator[list[tuple[Path, Decoded]]]:
        found = [(path, stored[path]) for path in paths if path in stored]
        yield found[:4]
        yield found[4:]

    arrivals: list[list[int]] = []
    loader.arrived.connect(arrivals.append)
    jobs = JobQueue(1, "cache-read")
    try:
        with qtbot.waitSignal(loader.arrived, timeout=TIMEOUT, check_params_cb=lambda found: 9 in found):
            loader.preload(lookup, jobs)
    finally:
        jobs.close()
    settle(loader)
    assert arrivals[:2] == [[0, 1, 2, 3], [4, 5]]  # one signal a batch
    assert sorted(spy.decoded(photos)) == [6, 7, 8, 9]  # no stored photo decoded or read again
    assert all(loader.get(index) is not None for index in range(10))


def test_neighbours_wait_until_the_photo_itself_is_decoded(
    loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    spy.hold = photos[3]
    loader.request(3, +1)
    assert spy.holding.wait(TIMEOUT / 1000)
    assert spy.decoded(photos) == [3]  # the cores go to the photo the person waits for
    spy.release()
    settle(loader)
    assert set(range(3, 4 + PREFETCH_AHEAD)) <= set(spy.decoded(photos))  # then the ones ahead


def test_a_racing_clicker_leaves_no_trail_of_prefetches(
    loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    spy.hold = photos[0]
    loader.request(0, +1)
    assert spy.holding.wait(TIMEOUT / 1000)
    for index in (1, 2, 3):  # keys faster than photos decode
        loader.request(index, +1)
    spy.release()
    settle(loader)
    assert 1 not in spy.decoded(photos)  # passed over, and not the one behind photo 4
    assert loader.get(3) is not None


def test_a_racing_clicker_has_the_next_photo_started_at_once(photos: list[Path], spy: DecodeSpy) -> None:
    """Without waiting for this photo to arrive (no Qt event is handled meanwhile)."""
    loader = PhotoLoader(threads=2)
    try:
        loader.set_photos(photos)
        loader.set_box(BOX)
        hold_first_decode(loader, spy, photos)
        loader.request(1, +1)  # photo 0 never arrived: the clicker is racing
        assert spy.wait_started(photos[2])
        spy.release()
    finally:
        assert loader.wait_idle(TIMEOUT)


def test_a_decode_under_way_stops_when_the_person_jumps_away(
    qtbot: QtBot, loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    hold_first_decode(loader, spy, photos)
    arrived = ready_indexes(loader)
    loader.request(8, +1)  # far away: photo 0 is no longer wanted
    spy.release()
    qtbot.waitUntil(lambda: loader.get(8) is not None, timeout=TIMEOUT)
    settle(loader)
    assert spy.stopped == [photos[0]]
    assert loader.get(0) is None and 0 not in arrived


def test_a_racing_clicker_does_not_wait_for_the_photo_it_just_left(
    qtbot: QtBot, loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    hold_first_decode(loader, spy, photos)
    loader.request(1, +1)  # one step on: photo 0 is behind now, not worth a core
    spy.release()
    qtbot.waitUntil(lambda: loader.get(1) is not None, timeout=TIMEOUT)
    assert spy.stopped == [photos[0]]


def test_the_photo_ahead_keeps_decoding_when_the_clicker_reaches_it(
    qtbot: QtBot, loader: PhotoLoader, spy: DecodeSpy, photos: list[Path]
) -> None:
    loader.request(0, +1)
    settle(loader)  # photo 0 in, its neighbours prefetched
    loader.forget([photos[2]])  # photo 2 changed on disk: decoded again when asked
    spy.hold = photos[2]
    loader.request(1, +1)  # prefetches photo 2 again
    assert spy.holding.wait(TIMEOUT / 1000)
    loader.request(2, +1)  # the clicker reaches it while it decodes
    spy.release()
    qtbot.waitUntil(lambda: loader.get(2) is not None, timeout=TIMEOUT)
    assert spy.stopped == []


def test_the_photo_on_screen_takes_a_worker_from_strip_thumbnails(
    qtbot: QtBot, photos: list[Path], spy: DecodeSpy
) -> None:
    """With every worker busy on thumbnails, the photo a person waits for goes first."""
    jobs = JobQueue(1, "shared")
    thumbnails = PhotoLoader(jobs=jobs, urgent=False)
    photo_loader = PhotoLoader(jobs=jobs)
    try:
        for made in (thumbnails, photo_loader):
            made.set_photos(photos)
            made.set_box(BOX)
        spy.hold = photos[0]
        thumbnails.request_all()  # the worker starts on thumbnail 0, held below
        assert spy.holding.wait(TIMEOUT / 1000)
        photo_loader.request(4)
        spy.release()
        qtbot.waitUntil(lambda: photo_loader.get(4) is not None, timeout=TIMEOUT)
        assert spy.stopped == [photos[0]]  # it made way ...
        qtbot.waitUntil(lambda: thumbnails.get(0) is not None, timeout=TIMEOUT)  # ... and came back
    finally:
        assert jobs.wait_idle(TIMEOUT / 1000)
        jobs.close()


def test_the_window_sizes_photos_with_qt_as_pillow_would(qapp: object, tmp_path: Path) -> None:
    """Same size, same colours in the same places (no channel swapped), within rounding."""
    path = tmp_path / "halves.jpg"
    image = Image.new("RGB", (3000, 2000), "#c0392b")
    image.paste((41, 128, 185), (1500, 0, 3000, 2000))  # the right half blue
    image.paste((39, 174, 96), (0, 900, 3000, 1100))  # a green band across
    image.save(path, quality=90)
    by_qt = loader_module.decode_for_screen(path, (1214, 809))
    by_pillow = decode_photo(path, (1214, 809))
    assert (by_qt.width, by_qt.height) == (by_pillow.width, by_pillow.height) == (1214, 809)
    qt_pixels = Image.frombuffer("RGBX", (1214, 809), by_qt.data, "raw", "RGBX", 0, 1).convert("RGB")
    pillow_pixels = Image.frombuffer("RGBX", (1214, 809), by_pillow.data, "raw", "RGBX", 0, 1).convert("RGB")
    assert qt_pixels.getpixel((300, 200)) == pytest.approx((192, 57, 43), abs=6)
    assert qt_pixels.getpixel((900, 200)) == pytest.approx((41, 128, 185), abs=6)
    assert qt_pixels.getpixel((300, 404)) == pytest.approx((39, 174, 96), abs=6)
    difference = ImageStat.Stat(ImageChops.difference(qt_pixels, pillow_pixels)).mean
    assert max(difference) < 2


def test_the_photo_is_delivered_before_its_thumbnail_is_made(qtbot: QtBot, photos: list[Path]) -> None:
    # The strip's thumbnail is made from the decoded pixels; the person must not wait for it.
    delivered = threading.Event()
    seen_before_thumbnail: list[bool] = []

    def make_thumbnail(path: Path, decoded: Decoded) -> None:
        seen_before_thumbnail.append(delivered.wait(TIMEOUT / 1000))

    made = PhotoLoader(threads=1, afterwards=make_thumbnail)
    made.set_photos(photos[:1])
    made.set_box(BOX)
    made.ready.connect(lambda index: delivered.set())
    with qtbot.waitSignal(made.ready, timeout=TIMEOUT):
        made.request(0)
    qtbot.waitUntil(lambda: bool(seen_before_thumbnail), timeout=TIMEOUT)
    assert seen_before_thumbnail == [True]
    assert made.wait_idle(TIMEOUT)


def test_a_failing_thumbnail_never_costs_the_photo(
    qtbot: QtBot, photos: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    def broken_cache(path: Path, decoded: Decoded) -> None:
        raise OSError("No space left on device")

    made = PhotoLoader(threads=1, afterwards=broken_cache)
    made.set_photos(photos[:1])
    made.set_box(BOX)
    with qtbot.waitSignal(made.ready, timeout=TIMEOUT):
        made.request(0)
    assert made.wait_idle(TIMEOUT)
    loaded = made.get(0)
    assert loaded is not None and loaded.image is not None and loaded.error is None
    assert "No space left on device" in caplog.text


def test_clearing_lets_go_of_every_decoded_photo(qtbot: QtBot, loader: PhotoLoader) -> None:
    with qtbot.waitSignal(loader.ready, timeout=TIMEOUT):
        loader.request(0)
    settle(loader)
    assert loader.cached_bytes > 0 and loader.get(0) is not None
    loader.clear()
    assert loader.cached_bytes == 0
    assert loader.get(0) is None


def test_a_photo_decoded_here_is_ready_at_once_and_its_thumbnail_made_on_a_worker(
    qtbot: QtBot, photos: list[Path]
) -> None:
    threads: list[str] = []

    def make_thumbnail(path: Path, decoded: Decoded) -> None:
        threads.append(threading.current_thread().name)

    made = PhotoLoader(threads=1, afterwards=make_thumbnail)
    made.set_photos(photos[:2])
    made.set_box(BOX)
    ready: list[int] = []
    made.ready.connect(ready.append)
    made.decode_here(0, decode_photo)
    assert ready == [0]  # no event had to be handled
    loaded = made.get(0)
    assert loaded is not None and loaded.image is not None
    assert loaded.image.size().toTuple() == (100, 50)
    assert made.wait_idle(TIMEOUT)
    assert len(threads) == 1 and threads[0] != threading.current_thread().name
    made.decode_here(0, decode_photo)  # decoded already: nothing again
    assert ready == [0]
