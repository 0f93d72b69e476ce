"""The overview (G) in a real window: its cells are sharp, not the strip's thumbnails scaled up.

The trip's photos carry fine detail inside a magenta frame. The test finds the
first cell's thumbnail on screen by its frame and measures the detail left in it
(the mean of an edge filter) against two pictures made from the same photo at
the same size: the photo scaled straight down (what a thumbnail made for the
cell looks like) and the strip's 96-pixel thumbnail scaled up (the blurred
stand-in the overview showed before).
"""

from __future__ import annotations

import random
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageStat

from tools import xsession
from tools.xsession import XServer
from viewer.gui import THUMBNAIL_BOX

if TYPE_CHECKING:
    from tests.e2e.conftest import LaunchViewer, Shots

pytestmark = pytest.mark.xvfb

PHOTO = (1800, 1200)
FRAME = 0.03  # of the photo's width: the magenta frame around each photo
MAGENTA = (255, 0, 255)
SHARP = 0.85  # of the Lanczos thumbnail's detail: made for the cell, drawn 1:1 (measured 0.91)
TINTS = [(255, 140, 0), (0, 160, 255), (60, 200, 90), (230, 220, 40)]


def detailed_photo(path: Path, seed: int) -> Image.Image:
    """Blocks and lines a few pixels across in a cell, far under a pixel in the strip."""
    rnd = random.Random(seed)
    noise = Image.effect_noise((75, 50), 90).convert("RGB").resize(PHOTO, Image.Resampling.NEAREST)
    image = Image.blend(noise, Image.new("RGB", PHOTO, TINTS[seed % len(TINTS)]), 0.35)
    draw = ImageDraw.Draw(image)
    for _ in range(120):
        x, y = rnd.randrange(PHOTO[0]), rnd.randrange(PHOTO[1])
        draw.line((x, y, x + rnd.randrange(-300, 300), y + rnd.randrange(-300, 300)), fill="white", width=8)
    border = round(PHOTO[0] * FRAME)
    draw.rectangle((0, 0, PHOTO[0] - 1, PHOTO[1] - 1), outline=MAGENTA, width=border)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, quality=92)
    return image


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Image.Image]:
    """A manifest of 24 detailed photos, and the first photo's pixels."""
    folder = tmp_path_factory.mktemp("detailed-trip")
    lines = ["format: trip-viewer/1", "title: Fine detail", "photos:"]
    first = None
    for index in range(24):
        name = f"photos/{index + 1:02d}.jpg"
        image = detailed_photo(folder / name, index)
        first = first or image
        lines += [f"  - file: {name}", f"    caption: Detailed photo {index + 1}"]
    (folder / "trip.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert first is not None
    return folder / "trip.yaml", first


def first_thumbnail(shot: Image.Image) -> tuple[int, int, int, int] | None:
    """The box (left, top, right, bottom) of the top-left photo's magenta frame on screen."""
    red, green, blue = shot.split()
    high, low = (lambda v: 255 if v > 180 else 0), (lambda v: 255 if v < 90 else 0)
    mask = ImageChops.logical_and(
        ImageChops.logical_and(red.point(high).convert("1"), green.point(low).convert("1")),
        blue.point(high).convert("1"),
    )
    width = shot.width
    magenta = {(i % width, i // width) for i, value in enumerate(mask.convert("L").tobytes()) if value}
    frames = []
    while magenta:  # each frame: the magenta pixels joined to one another
        start = magenta.pop()
        todo, xs, ys = [start], [start[0]], [start[1]]
        while todo:
            x, y = todo.pop()
            for near in ((x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
                if near in magenta:
                    magenta.remove(near)
                    todo.append(near)
                    xs.append(near[0])
                    ys.append(near[1])
        if len(xs) > 200:  # not a speck the number badge cut off a frame's corner
            frames.append((min(xs), min(ys), max(xs) + 1, max(ys) + 1))
    return min(frames, key=lambda box: (box[1], box[0])) if frames else None


def detail(image: Image.Image) -> float:
    """The mean edge strength inside a thumbnail, below its number badge and inside its frame."""
    inset = round(image.width * FRAME) + 3
    inside = image.crop((inset, image.height * 45 // 100, image.width - inset, image.height - inset))
    return ImageStat.Stat(inside.convert("L").filter(ImageFilter.FIND_EDGES)).mean[0]


def references(photo: Image.Image, size: tuple[int, int]) -> tuple[float, float]:
    """The detail of ``photo`` at ``size`` scaled straight down, and via the strip's thumbnail."""
    sharp = photo.resize(size, Image.Resampling.LANCZOS)
    small = photo.copy()
    small.thumbnail(THUMBNAIL_BOX)
    return detail(sharp), detail(small.resize(size, Image.Resampling.BILINEAR))


def cell_detail(shot: Image.Image, photo: Image.Image) -> tuple[float, float, float] | None:
    """The first cell's detail on screen, and the sharp and blurred references at its size."""
    box = first_thumbnail(shot)
    if box is None or box[2] - box[0] < 60:
        return None
    size = (box[2] - box[0], box[3] - box[1])
    return detail(shot.crop(box)), *references(photo, size)


def sharp_cell(photo: Image.Image) -> xsession.Callable[[Image.Image], bool]:
    def ready(shot: Image.Image) -> bool:
        measured = cell_detail(shot, photo)
        return measured is not None and measured[0] >= SHARP * measured[1]

    return ready


def window_box(viewer: xsession.Viewer) -> tuple[int, int, int, int]:
    info = subprocess.run(
        ["xwininfo", "-display", viewer.server.display, "-id", viewer.window],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    )
    fields = {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in info.stdout.splitlines())
    }
    left, top = int(fields["Absolute upper-left X"]), int(fields["Absolute upper-left Y"])
    return left, top, left + int(fields["Width"]), top + int(fields["Height"])


@pytest.fixture
def small_server() -> Iterator[XServer]:
    missing = xsession.missing_tools()
    if missing:
        pytest.skip(f"real-window tests need {', '.join(missing)} on PATH")
    with xsession.xvfb((800, 600)) as server:
        yield server


def check_overview(viewer: xsession.Viewer, photo: Image.Image, shots: Shots, name: str) -> None:
    """Press G, wait for a sharp first cell, and compare it with both references."""
    before = viewer.settle()
    viewer.key("g")
    shot = viewer.settle(changed_from=before, ready=sharp_cell(photo), timeout=30)
    shot = shot.crop(window_box(viewer))
    shots.save(name, shot, share=True)
    measured = cell_detail(shot, photo)
    assert measured is not None
    on_screen, sharp, blurred = measured
    assert sharp > 1.5 * blurred  # the photo's detail is what a scaled-up thumbnail loses
    assert on_screen >= SHARP * sharp
    assert on_screen - blurred > (sharp - blurred) / 2  # nearer the sharp one than the blurred


@pytest.mark.parametrize("mode", ["window", "fullscreen"])
def test_overview_cells_are_sharp(
    launch: LaunchViewer, shots: Shots, trip: tuple[Path, Image.Image], mode: str
) -> None:
    manifest, photo = trip
    viewer = launch(str(manifest), *(["--fullscreen"] if mode == "fullscreen" else []))
    check_overview(viewer, photo, shots, f"overview-{mode}")


def test_overview_cells_are_sharp_on_a_small_screen(
    small_server: XServer, basedir: Path, shots: Shots, trip: tuple[Path, Image.Image]
) -> None:
    manifest, photo = trip
    viewer = xsession.launch_viewer(small_server, [str(manifest), "--fullscreen"], basedir / "small")
    try:
        check_overview(viewer, photo, shots, "overview-800x600")
    finally:
        viewer.stop()
