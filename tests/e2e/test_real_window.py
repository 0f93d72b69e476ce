"""The real ``trip-viewer`` in a real X window, driven by real key presses and judged by screenshots.

Each test starts the app's own process full screen on a private Xvfb, presses
keys with xdotool and reads the screen with ImageMagick's ``import``. Nothing can
read the words on screen, so the tests compare regions: the photo, the caption
band and the timeline strip (see :class:`tools.xsession.Layout`). A photo reached
one way must look exactly like the same photo reached another way.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image

from tools.xsession import (
    SCREEN,
    STRIP_GROUND,
    WINDOW_GROUND,
    Box,
    Layout,
    Viewer,
    difference,
    ink,
    map_box,
    map_drawing,
    photo_painted,
    shown_with_map,
)
from viewer import paths

if TYPE_CHECKING:  # the fixtures' types; conftest itself is pytest's to import
    from tests.e2e.conftest import LaunchViewer, Shots

pytestmark = pytest.mark.xvfb

LAYOUT = Layout(SCREEN)
PHOTOS = 13
SAME = 1.0  # mean difference (0-255) under which two screens count as the same picture
CHANGED = 3.0  # ... and over which a region has really changed
BLACK, WHITE = (0, 0, 0), (255, 255, 255)


def sample() -> str:
    return str(paths.sample_trip())


def region(shot: Image.Image, box: Box) -> Image.Image:
    return shot.crop(box)


def start(launch: LaunchViewer, *args: str) -> tuple[Viewer, Image.Image]:
    """Launch the viewer full screen and wait for its first photo (and the sample's map beside it)."""
    viewer = launch(*args, "--fullscreen")
    return viewer, viewer.settle(ready=shown_with_map if args and args[0] == sample() else photo_painted)


def press(viewer: Viewer, before: Image.Image, *keys: str) -> Image.Image:
    """Press ``keys`` and wait until a different photo is painted and still."""
    viewer.key(*keys)
    return viewer.settle(changed_from=before, region=LAYOUT.photo, ready=photo_painted)


def assert_stepped(before: Image.Image, after: Image.Image) -> None:
    """Both the photo and the caption band show something new."""
    assert difference(region(after, LAYOUT.photo), region(before, LAYOUT.photo)) > CHANGED
    assert difference(region(after, LAYOUT.caption), region(before, LAYOUT.caption)) > 0.2


def assert_same(a: Image.Image, b: Image.Image) -> None:
    assert difference(a, b) < SAME


def error_slide(shot: Image.Image) -> bool:
    """A dark photo area with bright words on it (not the grey loading note), window full size.

    The sample trip's map beside the photo is not part of the photo's area, but it
    must be drawn: a screen still for a moment while the map is being made is not settled.
    """
    photo = region(shot, (*LAYOUT.photo[:2], map_box(shot.size)[0] - 2, LAYOUT.photo[3]))
    words = ink(photo, WINDOW_GROUND, tolerance=150)
    window_full_size = ink(region(shot, LAYOUT.strip), BLACK, 4) > 0.9
    return words > 0.001 and ink(photo, WINDOW_GROUND) < 0.1 and window_full_size and not map_drawing(shot)


def test_start_shows_photo_caption_and_strip(launch: LaunchViewer, shots: Shots) -> None:
    viewer, shot = start(launch, sample())
    shots.save("first", shot, share=True)

    assert viewer.window_size() == SCREEN
    assert ink(region(shot, LAYOUT.photo), WINDOW_GROUND) > 0.3
    assert ink(region(shot, LAYOUT.caption), WINDOW_GROUND) > 0.01
    assert ink(region(shot, LAYOUT.strip), STRIP_GROUND) > 0.01


def test_keys_step_forward_and_back(launch: LaunchViewer, shots: Shots) -> None:
    viewer, first = start(launch, sample())
    seen = [first]
    for key in ("Right", "Next", "space", "Return"):
        shot = press(viewer, seen[-1], key)
        assert_stepped(seen[-1], shot)
        shots.save(f"{len(seen) + 1:02}-after-{key}", shot)
        seen.append(shot)

    back = press(viewer, seen[-1], "Prior")
    assert_same(back, seen[-2])
    back = press(viewer, back, "Left")
    assert_same(back, seen[-3])

    last = press(viewer, back, "End")
    assert all(difference(region(last, LAYOUT.photo), region(s, LAYOUT.photo)) > CHANGED for s in seen)
    shots.save("last", last)
    assert_same(press(viewer, last, "Home"), first)


def test_typed_number_then_enter_jumps(launch: LaunchViewer, shots: Shots) -> None:
    viewer, first = start(launch, sample())
    last = press(viewer, first, "End")
    twelve = press(viewer, last, "Left")
    assert_same(press(viewer, twelve, "Home"), first)

    jumped = press(viewer, first, "1", "2", "Return")
    shots.save("photo-12-typed", jumped, share=True)
    assert_same(jumped, twelve)


def test_black_and_white_screens(launch: LaunchViewer, shots: Shots) -> None:
    viewer, first = start(launch, sample())

    viewer.key("b")
    black = viewer.settle(changed_from=first, ready=lambda shot: ink(shot, BLACK, 8) < 0.001)
    shots.save("black", black)
    viewer.key("space")  # while blank, a key only brings the photo back
    assert_same(viewer.settle(changed_from=black, ready=photo_painted), first)

    viewer.key("w")
    white = viewer.settle(changed_from=first, ready=lambda shot: ink(shot, WHITE, 8) < 0.001)
    shots.save("white", white, share=True)
    viewer.key("Right")
    assert_same(viewer.settle(changed_from=white, ready=photo_painted), first)


def test_page_down_through_every_photo_then_quit(launch: LaunchViewer, shots: Shots) -> None:
    viewer, first = start(launch, sample())
    seen = [first]
    for _ in range(PHOTOS - 1):
        shot = press(viewer, seen[-1], "Next")
        assert_stepped(seen[-1], shot)
        photo = region(shot, LAYOUT.photo)
        assert all(difference(photo, region(s, LAYOUT.photo)) > CHANGED for s in seen), "a photo came twice"
        seen.append(shot)
    shots.save("13-last", seen[-1], share=True)
    assert_same(press(viewer, seen[-1], "Home"), first)
    assert_same(press(viewer, first, "End"), seen[-1])

    viewer.key("ctrl+q", quits=True)
    assert viewer.wait_exit(15) == 0


def test_play_once_quits_by_itself(launch: LaunchViewer) -> None:
    viewer = launch(sample(), "--play-once", "--autoplay", "0", "--fullscreen", wait=False)
    assert viewer.wait_exit(60) == 0
    assert "Traceback" not in viewer.output()
    assert list(dict.fromkeys(viewer.painted())) == list(range(PHOTOS))  # all, in order, then it quit
    # A show played to its end is over: the place it remembers is the first photo.
    settings = json.loads((viewer.basedir / "config" / "settings.json").read_text(encoding="utf-8"))
    assert list(settings["positions"].values()) == [0]
    # And the screen it opened on, whose size the next start decodes its first photo for.
    assert (settings["screen"]["width"], settings["screen"]["height"]) == SCREEN
    # The process ends without tearing Python down, but only after its files are on disk:
    # the strip's thumbnails, packed for the next start.
    packs = list((viewer.basedir / "cache" / "thumbnails" / "packs").glob("*.pack"))
    assert len(packs) == 1 and packs[0].stat().st_size > 0


def test_missing_photo_shows_error_slide_and_show_goes_on(
    launch: LaunchViewer, shots: Shots, tmp_path: Path
) -> None:
    trip = tmp_path / "trip"
    shutil.copytree(paths.sample_trip().parent, trip)
    missing = next((trip / "photos").glob("05-*.jpg"))
    missing.unlink()

    viewer = launch(str(trip / "trip.yaml"), "--fullscreen", "--start", "5")
    slide = viewer.settle(ready=error_slide)
    shots.save("error-slide", slide, share=True)
    assert ink(region(slide, LAYOUT.caption), WINDOW_GROUND) > 0.01  # the manifest's caption still shows

    after = press(viewer, slide, "Right")
    shots.save("after-error", after)
    assert_stepped(slide, after)
    viewer.key("Left")
    assert_same(viewer.settle(changed_from=after, region=LAYOUT.photo, ready=error_slide), slide)
    assert viewer.running()


def test_play_once_again_plays_the_whole_trip_again(launch: LaunchViewer) -> None:
    """The second ``--play-once`` in one basedir used to open on the remembered last photo and quit."""
    for run in range(3):
        if run == 1:  # a person stopped mid-show in between: autoplay starts from 1 all the same
            viewer = launch(sample(), "--fullscreen", "--start", "6", again=True)
            viewer.settle(ready=photo_painted)
            viewer.key("ctrl+q", quits=True)
            assert viewer.wait_exit(15) == 0
        viewer = launch(sample(), "--play-once", "--fullscreen", wait=False, again=run > 0)
        assert viewer.wait_exit(60) == 0
        assert list(dict.fromkeys(viewer.painted())) == list(range(PHOTOS)), f"play-once run {run + 1}"


def test_a_show_stepped_to_its_end_reopens_at_the_first_photo(launch: LaunchViewer, shots: Shots) -> None:
    viewer, first = start(launch, sample())
    last = press(viewer, first, "End")
    viewer.key("ctrl+q", quits=True)
    assert viewer.wait_exit(15) == 0

    viewer = launch(sample(), "--fullscreen", again=True)
    reopened = viewer.settle(ready=photo_painted)
    shots.save("reopened-after-the-end", reopened)
    assert set(viewer.painted()) == {0}
    assert_same(region(reopened, LAYOUT.photo), region(first, LAYOUT.photo))
    assert difference(region(reopened, LAYOUT.photo), region(last, LAYOUT.photo)) > CHANGED

    third = press(viewer, reopened, "Right", "Right")  # mid-show: that photo again next time
    viewer.key("ctrl+q", quits=True)
    assert viewer.wait_exit(15) == 0
    viewer = launch(sample(), "--fullscreen", again=True)
    again = viewer.settle(ready=photo_painted)
    assert set(viewer.painted()) == {2}
    assert_same(region(again, LAYOUT.photo), region(third, LAYOUT.photo))
    assert_same(region(again, LAYOUT.caption), region(third, LAYOUT.caption))
