"""The show's zoom without a window: its pixels, converted a band at a time, and what it lets go."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from tests.gui.conftest import bare_show
from viewer.gui.show.pixels import CONVERT_ROWS, to_qimage, to_qimage_in_bands
from viewer.imaging.decode import decode_photo
from viewer.model.folder import load_trip

ORDER = "format: trip-viewer/1\nphotos:\n  - file: {}.png\n  - file: {}.png\n"


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_converted_a_band_at_a_time_the_pixels_are_the_same(tmp_path: Path, mode: str) -> None:
    size = (301, CONVERT_ROWS * 2 + 17)  # a last band shorter than the others
    generator = random.Random(3)
    Image.frombytes(mode, size, generator.randbytes(size[0] * size[1] * len(mode))).save(tmp_path / "p.png")
    decoded = decode_photo(tmp_path / "p.png", size)
    assert to_qimage_in_bands(decoded) == to_qimage(decoded)


def test_one_photos_full_pixels_at_a_time_let_go_on_leaving_zoom(qtbot: QtBot, tmp_path: Path) -> None:
    for name in ("a", "b"):
        Image.new("RGB", (1600, 1200), "#c0392b").save(tmp_path / f"{name}.png")
    (tmp_path / "trip.yaml").write_text(
        "format: trip-viewer/1\nphotos:\n  - file: a.png\n  - file: b.png\n", encoding="utf-8"
    )
    show = bare_show(qtbot)
    with qtbot.waitSignal(show.pictureChanged, timeout=10000):
        show.set_trip(load_trip(tmp_path / "trip.yaml"), 0)
    qtbot.waitUntil(lambda: show.photo_state(0)[0] is not None, timeout=10000)
    show.zoom.toggle()
    qtbot.waitUntil(lambda: show.zoom.pixels is not None, timeout=10000)
    assert show.zoom.index == 0 and show.zoom.photo == (1600, 1200)
    show.next()
    assert not show.zoom.active and show.zoom.pixels is None
    qtbot.waitUntil(lambda: show.photo_state(1)[0] is not None, timeout=10000)
    show.zoom.toggle()
    show.zoom.fit()  # left before its pixels came: they are dropped when they do
    show.feed.decoding.wait_idle(10)
    qtbot.wait(50)
    assert show.zoom.pixels is None and show.zoom._pixels is None
    show.close()


def test_a_reload_keeps_the_zoom_of_the_photo_it_still_shows(qtbot: QtBot, tmp_path: Path) -> None:
    for name in ("a", "b"):
        Image.new("RGB", (1600, 1200), "#27ae60").save(tmp_path / f"{name}.png")
    manifest = tmp_path / "trip.yaml"
    manifest.write_text(ORDER.format("a", "b"), encoding="utf-8")
    show = bare_show(qtbot)
    with qtbot.waitSignal(show.pictureChanged, timeout=10000):
        show.set_trip(load_trip(manifest), 1)
    qtbot.waitUntil(lambda: show.photo_state(1)[0] is not None, timeout=10000)
    show.zoom.toggle()
    assert show.zoom.active
    # b.png moves to the front: the same photo, now the first, stays zoomed.
    manifest.write_text(ORDER.format("b", "a"), encoding="utf-8")
    show.set_trip(load_trip(manifest), start=0, reloaded=True)
    assert show.zoom.active and show.zoom.index == 0
    show.set_trip(load_trip(manifest), start=1, reloaded=True)  # another photo: zoom ends
    assert not show.zoom.active
    show.close()


def test_a_big_jpeg_sharpens_in_two_steps_and_ends_at_its_own_pixels(qtbot: QtBot, tmp_path: Path) -> None:
    Image.effect_noise((2400, 1600), 60).convert("RGB").save(tmp_path / "a.jpg", quality=90)
    (tmp_path / "trip.yaml").write_text("format: trip-viewer/1\nphotos:\n  - file: a.jpg\n", encoding="utf-8")
    show = bare_show(qtbot)
    with qtbot.waitSignal(show.pictureChanged, timeout=10000):
        show.set_trip(load_trip(tmp_path / "trip.yaml"), 0)
    qtbot.waitUntil(lambda: show.photo_state(0)[0] is not None, timeout=10000)
    widths: list[int] = []
    show.zoom.changed.connect(lambda: widths.append(show.zoom.pixels.width() if show.zoom.pixels else 0))
    show.zoom.toggle()
    qtbot.waitUntil(lambda: show.zoom.complete, timeout=10000)
    assert show.zoom.pixels is not None and show.zoom.pixels.width() == 2400
    assert set(widths) <= {0, 1200, 2400}  # enlarged, then half size (if it came first), then its own
    assert widths[0] == 0 and widths[-1] == 2400
    show.feed.decoding.wait_idle(10)
    qtbot.wait(50)  # a half-size step that came after the full one changes nothing
    assert show.zoom.pixels.width() == 2400
    show.close()
