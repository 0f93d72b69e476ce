"""Zoom (Z) and the pointer (L, Shift+L) in a real window, with real keys and the real mouse.

The photo says where each of its pixels is: red is x mod 256, green y mod 256,
blue the high bits of both. So any screen pixel of the zoomed photo tells which
photo pixel it shows, and a block of the screen showing consecutive photo
pixels, with no pixel repeated or skipped, is the photo at 100 %, one photo
pixel to one screen pixel.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image, ImageChops, ImageStat

from tools import xsession
from tools.xsession import (
    SCREEN,
    WINDOW_GROUND,
    Layout,
    Viewer,
    XServer,
    difference,
    ink,
    photo_painted,
)
from viewer import paths

if TYPE_CHECKING:
    from tests.e2e.conftest import LaunchViewer, Shots

pytestmark = pytest.mark.xvfb

PHOTO = (3000, 2000)
LAYOUT = Layout(SCREEN)
MOUSE = (800, 300)  # over the photo, fitted on the 1600×1000 screen
BLOCK = (560, 140, 760, 340)  # a piece of the screen the zoomed photo fills


def coordinate_photo(path: Path) -> None:
    """A lossless photo whose every pixel spells its own coordinates (see the module's docstring)."""
    width, height = PHOTO
    red = Image.frombytes("L", PHOTO, bytes(x & 255 for x in range(width)) * height)
    green = Image.frombytes("L", PHOTO, b"".join(bytes([y & 255]) * width for y in range(height)))
    highs = [bytes(((x >> 8) & 15) | (band << 4) for x in range(width)) for band in range(8)]
    blue = Image.frombytes("L", PHOTO, b"".join(highs[y >> 8] for y in range(height)))
    Image.merge("RGB", (red, green, blue)).save(path)


def photo_pixel(colour: tuple[int, int, int]) -> tuple[int, int]:
    red, green, blue = colour
    return red | ((blue & 15) << 8), green | ((blue >> 4) << 8)


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("zoom-trip")
    coordinate_photo(folder / "coordinates.png")
    Image.new("RGB", (1200, 800), "#2980b9").save(folder / "blue.jpg")
    (folder / "trip.yaml").write_text(
        "format: trip-viewer/1\ntitle: Zoom\nphotos:\n"
        "  - {file: coordinates.png, caption: Every pixel says where it is., credit: Test}\n"
        "  - {file: blue.jpg, caption: Blue., credit: Test}\n",
        encoding="utf-8",
    )
    return folder / "trip.yaml"


def mouse_to(viewer: Viewer, x: int, y: int) -> None:
    """Move the real pointer, as a hand on the mouse would."""
    subprocess.run(["xdotool", "mousemove", str(x), str(y)], env=viewer.server.env(), check=True, timeout=10)


def zoomed_full(viewer: Viewer) -> bool:
    """Whether the trace says the photo was painted zoomed from its full pixels."""
    try:
        lines = viewer.trace_path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return False
    return any(json.loads(line).get("full") for line in lines if '"event": "zoomed"' in line)


def assert_one_to_one(shot: Image.Image) -> None:
    """The screen's ``BLOCK`` shows consecutive photo pixels: none repeated, none skipped."""
    block = shot.crop(BLOCK)
    origin = photo_pixel(block.getpixel((0, 0)))  # type: ignore[arg-type]
    for y in range(0, block.height, 7):
        for x in range(0, block.width, 7):
            seen = photo_pixel(block.getpixel((x, y)))  # type: ignore[arg-type]
            assert seen == (origin[0] + x, origin[1] + y), (x, y)


def test_z_shows_the_photo_pixel_for_pixel_and_the_pointer_follows_the_mouse(
    launch: LaunchViewer, trip: Path, shots: Shots
) -> None:
    viewer = launch(str(trip), "--fullscreen")
    fitted = viewer.settle(ready=photo_painted)
    shots.save("fitted", fitted)
    mouse_to(viewer, *MOUSE)

    viewer.key("z")
    xsession.wait_until(lambda: zoomed_full(viewer), 20, "the full-resolution zoomed paint")
    zoomed = viewer.settle(changed_from=fitted, region=LAYOUT.photo)
    shots.save("zoomed-100", zoomed, share=True)
    assert_one_to_one(zoomed)
    # Zoomed about the mouse: the photo under it is near where it was (a fitted pixel is 2 photo pixels).
    under = photo_pixel(zoomed.getpixel(MOUSE))  # type: ignore[arg-type]
    assert 1000 < under[0] < 2200 and 200 < under[1] < 1400

    viewer.key("Right")  # zoomed: the arrows pan, the photo stays
    panned = viewer.settle(changed_from=zoomed, region=LAYOUT.photo)
    assert photo_pixel(panned.getpixel(MOUSE))[0] > under[0]  # type: ignore[arg-type]

    viewer.key("l")
    mouse_to(viewer, 700, 400)
    dotted = viewer.settle(changed_from=panned, region=LAYOUT.photo)
    shots.save("pointer", dotted, share=True)
    red, green, blue = dotted.getpixel((700, 400))  # type: ignore[misc]
    assert red > 200 and green < 80 and blue < 80

    viewer.key("shift+l")
    lit = viewer.settle(changed_from=dotted, region=LAYOUT.photo)
    shots.save("spotlight", lit, share=True)
    assert sum(lit.getpixel((1500, 60))) < sum(panned.getpixel((1500, 60))) / 2  # type: ignore[arg-type]
    assert lit.getpixel((700, 400)) == panned.getpixel((700, 400))  # the circle is not dimmed

    viewer.key("shift+l", "0")  # the spotlight off, back to fit
    back = viewer.settle(changed_from=lit, region=LAYOUT.photo)
    assert difference(back.crop(LAYOUT.photo), fitted.crop(LAYOUT.photo)) < 1.0
    viewer.key("Right")  # not zoomed: the next photo
    blue_photo = viewer.settle(changed_from=back, region=LAYOUT.photo)
    assert ink(blue_photo.crop(LAYOUT.photo), WINDOW_GROUND) > 0.3
    assert difference(blue_photo.crop(LAYOUT.photo), back.crop(LAYOUT.photo)) > 3


def test_at_twice_the_pixel_ratio_one_photo_pixel_is_still_one_device_pixel(
    xserver: XServer, basedir: Path, trip: Path, shots: Shots
) -> None:
    """A HiDPI screen (Qt scaling by 2): 100 % means the photo's pixels on the device's, not doubled."""
    viewer = xsession.start_viewer(
        xserver, [str(trip), "--fullscreen"], basedir / "hidpi", env={"QT_SCALE_FACTOR": "2"}
    )
    try:
        viewer.find_window()
        fitted = viewer.settle(ready=photo_painted)
        mouse_to(viewer, *MOUSE)
        viewer.key("z")
        xsession.wait_until(lambda: zoomed_full(viewer), 20, "the full-resolution zoomed paint")
        zoomed = viewer.settle(changed_from=fitted, region=LAYOUT.photo)
        shots.save("hidpi-zoomed-100", zoomed)
        assert_one_to_one(zoomed)
    finally:
        viewer.stop()


WIDE = (2560, 1000)  # one screen: presenter view rehearses with the console beside the audience


def red_dots(before: Image.Image, after: Image.Image) -> int:
    """How many pixels turned the pointer's bright red from ``before`` to ``after``."""
    red, green, blue = after.split()
    strong = Image.eval(red, lambda v: 255 if v > 220 else 0)
    weak = Image.eval(ImageChops.lighter(green, blue), lambda v: 255 if v < 90 else 0)
    changed = ImageChops.difference(before, after).convert("L").point(lambda v: 255 if v > 20 else 0)
    return int(ImageStat.Stat(ImageChops.multiply(ImageChops.multiply(strong, weak), changed)).sum[0] / 255)


def test_the_presenter_points_and_zooms_from_the_console_and_the_room_sees_it(
    basedir: Path, shots: Shots
) -> None:
    with xsession.xvfb(WIDE) as server:
        viewer = xsession.launch_viewer(
            server, [str(paths.sample_trip()), "--presenter", "--start", "3"], basedir / "presenter"
        )
        try:
            windows = viewer.find_windows("Presenter console", count=2)  # (all the app's, by its pid)
            # Keys go to the console, as the presenter's would.
            viewer.window = next(window for window in windows if "console" in viewer.window_name(window))
            first = viewer.settle(ready=lambda shot: ink(shot.crop((0, 0, 1280, 1000)), WINDOW_GROUND) > 0.2)
            left, top, right, bottom = viewer.window_geometry()  # placed beside the audience by now
            assert left >= WIDE[0] // 2 - 10
            audience_box = (0, 0, left, WIDE[1])
            viewer.key("l")
            mouse_to(viewer, left + (right - left) // 4, top + (bottom - top) // 3)  # over the console's pane
            pointed = viewer.settle(changed_from=first, region=audience_box)
            shots.save("presenter-pointer", pointed, share=True)
            console_box = (left, top, right, bottom)
            assert red_dots(first.crop(audience_box), pointed.crop(audience_box)) > 100  # the room sees it
            assert red_dots(first.crop(console_box), pointed.crop(console_box)) > 30  # the presenter too
            viewer.key("z")
            zoomed = viewer.settle(changed_from=pointed, region=audience_box)
            shots.save("presenter-zoomed", zoomed, share=True)
            assert difference(zoomed.crop(audience_box), pointed.crop(audience_box)) > 3
        finally:
            viewer.stop()
