"""Long text and the key help in the real window, at 1280×860, 800×600, full screen and 4K.

A trip whose captions are a 300-character URL and 10,000 characters must leave the
window its size and the photo its place; the key help must show every one of its
rows, in columns or by scrolling. The rows are read back from the screen with
tesseract (OCR), since a row cut off is exactly what a region comparison misses.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import yaml
from PIL import Image, ImageOps

from tests.e2e.conftest import ScreenSetting, sized_screen
from tools import xsession
from tools.xsession import Viewer, XServer, colour_box

if TYPE_CHECKING:
    from tests.e2e.conftest import Shots

pytestmark = pytest.mark.xvfb

URL = ("https://example.org/photo?id=" + "0123456789abcdef" * 20)[:300]
HUGE = " ".join(f"word{n}" for n in range(2000))[:10_000]
COLOURS = ("#c0392b", "#27ae60", "#2980b9")  # photo 1: a short caption, 2: the URL, 3: 10,000 characters


def long_trip(folder: Path) -> Path:
    folder.mkdir()
    photos = []
    for number, colour in enumerate(COLOURS, start=1):
        Image.new("RGB", (900, 600), colour).save(folder / f"{number}.jpg", quality=95)
        photos.append({"file": f"{number}.jpg", "credit": "Test/Agency", "place": "Dong Dang station"})
    photos[0]["caption"] = "Kim arrives by train at Dong Dang."
    photos[1].update(caption=URL, credit=URL)
    photos[2].update(caption=HUGE, place=HUGE[:3000], notes=HUGE)
    manifest = {"format": "trip-viewer/1", "title": HUGE, "photos": photos}
    path = folder / "trip.yaml"
    path.write_text(yaml.safe_dump(manifest, width=1 << 20), encoding="utf-8")
    return path


def read_words(shot: Image.Image, folder: Path) -> str:
    """The text tesseract reads on ``shot`` (light words on dark: inverted, and enlarged when small)."""
    image = ImageOps.invert(ImageOps.grayscale(shot))
    if image.width < 2000:
        image = image.resize((image.width * 2, image.height * 2), Image.Resampling.LANCZOS)
    path = folder / "ocr.png"
    image.save(path)
    read = subprocess.run(["tesseract", str(path), "stdout"], capture_output=True, text=True, timeout=120)
    return " ".join(read.stdout.split())


@pytest.fixture(params=["window", "full", "small", "uhd"])
def screen(request: pytest.FixtureRequest, xserver: XServer) -> Iterator[ScreenSetting]:
    with sized_screen(request.param, xserver) as setting:
        yield setting


@pytest.fixture
def run(basedir: Path) -> Iterator[list[Viewer]]:
    viewers: list[Viewer] = []
    yield viewers
    for viewer in viewers:
        viewer.stop()


def launch(server: XServer, args: list[str], basedir: Path, viewers: list[Viewer]) -> Viewer:
    viewer = xsession.launch_viewer(server, args, basedir / f"run{len(viewers) + 1}")
    viewers.append(viewer)
    return viewer


def test_long_captions_keep_the_window_and_the_photo(
    screen: tuple[XServer, list[str], tuple[int, int]],
    basedir: Path,
    tmp_path: Path,
    run: list[Viewer],
    shots: Shots,
) -> None:
    server, args, size = screen
    viewer = launch(server, [str(long_trip(tmp_path / "trip")), *args], basedir, run)
    boxes = []
    shot = None
    for number, colour in enumerate(COLOURS, start=1):
        if shot is not None:
            viewer.key("Right")
        shot = viewer.settle(
            changed_from=shot, ready=lambda s, c=colour: colour_box(s, c) is not None, timeout=30
        )
        shots.save(f"photo{number}", shot, share=True)
        assert viewer.window_size() == size
        boxes.append(colour_box(shot, colour))
    short, url, huge = boxes
    assert short is not None and url == short and huge == short, f"the photo moved: {boxes}"
    assert short[3] - short[1] > size[1] * 0.45  # and it is no stamp

    viewer.key("i")  # the photo panel: the whole caption, over the photo
    panel = viewer.settle(changed_from=shot)
    shots.save("photo3-panel", panel, share=True)
    assert colour_box(panel, COLOURS[2]) is None
    assert viewer.window_size() == size


def test_the_key_help_shows_every_row(
    screen: tuple[XServer, list[str], tuple[int, int]],
    basedir: Path,
    tmp_path: Path,
    run: list[Viewer],
    shots: Shots,
) -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("reading the help back needs tesseract on PATH (apt: tesseract-ocr)")
    server, args, size = screen
    viewer = launch(server, [str(long_trip(tmp_path / "trip")), *args], basedir, run)
    first = viewer.settle(ready=lambda s: colour_box(s, COLOURS[0]) is not None, timeout=30)
    viewer.key("F1")
    shown = viewer.settle(changed_from=first)
    shots.save("help", shown, share=True)
    assert viewer.window_size() == size
    words = read_words(shown, tmp_path)
    assert "Next photo" in words and "Keys" in words, words
    if "Jump to a photo" not in words:  # it scrolls: the last row is below, reached by End
        assert "scroll" in words, words
        viewer.key("End")
        shown = viewer.settle(changed_from=shown)
        shots.save("help-end", shown, share=True)
        words = read_words(shown, tmp_path)
    for last_rows in ("Reload the trip from disk now", "Previous / next photo", "Click or drag the strip"):
        assert last_rows in words, words
