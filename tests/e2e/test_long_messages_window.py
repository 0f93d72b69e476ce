"""Long file names and messages in the real window: the error slide and the problem banner.

A photo listed by a 300-character file name that is not there gets its error
slide, and a manifest saved with a 10,000-character line while the show runs
gets the banner: at 1280×860, full screen, and full screen at 800×600, the slide's
words stay inside the photo area, the banner keeps to its lines across the
window, and the window keeps its size.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image

from tests.e2e.conftest import ScreenSetting, sized_screen
from tools import xsession
from tools.xsession import Viewer, XServer, colour_box

if TYPE_CHECKING:
    from tests.e2e.conftest import Shots

pytestmark = pytest.mark.xvfb

LONG_NAME = "photos/" + "a-very-long-file-name-" * 13 + "that-ends-here.jpg"  # 311 characters, not on disk
PHOTO = "#2980b9"
ERROR_DETAIL = "#ff9d8a"  # the error slide's reason (viewer.gui.theme)
BANNER = "#5c3d00"  # the problem banner's ground (viewer.gui.theme)


def trip(folder: Path) -> Path:
    folder.mkdir()
    (folder / "photos").mkdir()
    Image.new("RGB", (900, 600), PHOTO).save(folder / "photos" / "1.jpg", quality=95)
    manifest = folder / "trip.yaml"
    manifest.write_text(
        "format: trip-viewer/1\ntitle: Long names\nphotos:\n"
        "  - file: photos/1.jpg\n    caption: The photo that is there.\n"
        f"  - file: {LONG_NAME}\n    caption: The photo that is not.\n",
        encoding="utf-8",
    )
    return manifest


@pytest.fixture(params=["window", "full", "small"])
def screen(request: pytest.FixtureRequest, xserver: XServer) -> Iterator[ScreenSetting]:
    with sized_screen(request.param, xserver) as setting:
        yield setting


@pytest.fixture
def run(basedir: Path) -> Iterator[list[Viewer]]:
    viewers: list[Viewer] = []
    yield viewers
    for viewer in viewers:
        viewer.stop()


def test_a_long_file_name_and_a_huge_manifest_line_keep_the_window(
    screen: tuple[XServer, list[str], tuple[int, int]],
    basedir: Path,
    tmp_path: Path,
    run: list[Viewer],
    shots: Shots,
) -> None:
    server, args, size = screen
    manifest = trip(tmp_path / "trip")
    viewer = xsession.launch_viewer(server, [str(manifest), *args], basedir / "run1")
    run.append(viewer)
    first = viewer.settle(ready=lambda s: colour_box(s, PHOTO) is not None, timeout=30)
    window = viewer.window_geometry()
    left, top = window[0], window[1]

    viewer.key("Right")  # photo 2: not on disk, named by 311 characters
    slide = viewer.settle(changed_from=first, ready=lambda s: colour_box(s, ERROR_DETAIL) is not None)
    shots.save("error-slide", slide, share=True)
    assert viewer.window_size() == size
    words = colour_box(slide, ERROR_DETAIL)
    assert words is not None
    assert words[0] >= left + 30 and words[2] <= left + size[0] - 30, f"the reason runs off: {words}"

    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace("caption: The photo that is there.", f"time: '{'9' * 10_000}'"))
    banner_shot = viewer.settle(
        changed_from=slide, ready=lambda s: colour_box(s, BANNER, 4) is not None, timeout=30
    )
    shots.save("banner", banner_shot, share=True)
    assert viewer.window_size() == size
    banner = colour_box(banner_shot, BANNER, 4)
    assert banner is not None
    assert banner[0] == left and banner[2] == left + size[0], (
        f"the banner is not the window's width: {banner}"
    )
    assert banner[1] - top < 80  # under the menu bar, if any
    assert banner[3] - banner[1] <= 100, f"the banner grew with the message: {banner}"
    words = colour_box(banner_shot, ERROR_DETAIL)
    assert words is not None and words[1] >= banner[3]  # the slide is still there, below the banner
