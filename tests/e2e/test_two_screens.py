"""Presenter view on two real screens: Xorg's dummy driver cut into a laptop and a projector
(``tools/twoscreens.py``), the real ``trip-viewer --presenter`` on them, real keys sent to
either window, the projector unplugged and plugged back in, judged on real screenshots.

The laptop is the left 1920 pixels of the desktop, the projector the right ones. The
audience window's place in the show is also read from the viewer's trace (the photo
it last painted sharp), since the same photo looks different at another size.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import Image

from tools import twoscreens, xsession
from tools.twoscreens import SCREEN, TwoScreens
from tools.xsession import Box, Viewer, XSessionError, difference, ink, photo_painted
from viewer import paths

if TYPE_CHECKING:
    from tests.e2e.conftest import Shots

pytestmark = pytest.mark.xorg

WIDTH, HEIGHT = SCREEN
LAPTOP: Box = (0, 0, WIDTH, HEIGHT)
PROJECTOR: Box = (WIDTH, 0, 2 * WIDTH, HEIGHT)
# One screen left: the rehearsal puts both windows side by side on the laptop.
REHEARSAL_AUDIENCE: Box = (0, 0, WIDTH // 2, HEIGHT)
REHEARSAL_CONSOLE: Box = (WIDTH // 2, 0, WIDTH, HEIGHT)
TOP_BAR = 70  # the console's ticking stopwatch and clock: never still, never compared
STILL: Box = (0, TOP_BAR, 2 * WIDTH, HEIGHT)
BLACK, DARK = (0, 0, 0), (16, 16, 16)
STOPWATCH = (0xFF, 0xD1, 0x66)  # the console's elapsed time, top left
SAME = 1.0  # mean difference (0-255) under which two pictures count as the same
CHANGED = 3.0


@pytest.fixture(scope="module")
def screens() -> Iterator[TwoScreens]:
    tools = xsession.missing_tools()
    if tools:
        pytest.skip(f"real-window tests need {', '.join(tools)} on PATH (apt: xdotool imagemagick x11-utils)")
    why = twoscreens.missing()
    if why:
        pytest.skip(why)
    try:
        server = twoscreens.start_two_screens()
    except XSessionError as exc:
        if os.geteuid() == 0:
            raise
        # Xorg's wrapper lets only root or the console's user start a server (CI runs as root).
        pytest.skip(f"Xorg would not start for a user who is not root: {exc}")
    try:
        yield server
    finally:
        server.stop()


@contextlib.contextmanager
def present(screens: TwoScreens, basedir: Path) -> Iterator[Presenting]:
    """``trip-viewer --presenter --start 3`` on ``screens``, both its windows found."""
    viewer = xsession.start_viewer(
        screens, [str(paths.sample_trip()), "--presenter", "--start", "3"], basedir
    )
    try:
        windows = viewer.find_windows(xsession.TITLE, count=2)
        named = {viewer.window_name(window).startswith("Presenter console"): window for window in windows}
        assert len(windows) == 2 and set(named) == {True, False}, f"windows: {windows}"
        viewer.window = named[True]  # keys go to the console unless sent elsewhere
        yield Presenting(viewer, screens, named[False], named[True])
    finally:
        viewer.stop()
        if twoscreens.PROJECTOR not in screens.monitors():
            screens.replug()  # the next test starts with both screens


@pytest.fixture
def presenting(screens: TwoScreens, basedir: Path) -> Iterator[Presenting]:
    with present(screens, basedir) as presenting:
        yield presenting


class Presenting:
    """One presenter-view viewer: its audience and console windows, and the screens."""

    def __init__(self, viewer: Viewer, screens: TwoScreens, audience: str, console: str) -> None:
        self.viewer, self.screens, self.audience, self.console = viewer, screens, audience, console

    def placed(self, audience: Box, console: Box) -> bool:
        return (self.viewer.window_geometry(self.audience), self.viewer.window_geometry(self.console)) == (
            audience,
            console,
        )

    def on_two_screens(self, shot: Image.Image) -> bool:
        """The audience full screen on the projector, the console on the laptop, both painted."""
        return (
            self.placed(PROJECTOR, LAPTOP)
            and photo_painted(shot.crop(PROJECTOR))
            and console_painted(shot.crop(LAPTOP))
        )

    def rehearsing(self, shot: Image.Image) -> bool:
        """The projector gone: both windows side by side on the laptop, nothing where it was."""
        return (
            self.placed(REHEARSAL_AUDIENCE, REHEARSAL_CONSOLE)
            and ink(shot.crop(PROJECTOR), BLACK, 8) < 0.01
            and ink(below_bar(shot.crop(REHEARSAL_AUDIENCE)), DARK) > 0.2
            and console_painted(shot.crop(REHEARSAL_CONSOLE))
        )

    def settle(
        self,
        ready: Callable[[Image.Image], bool],
        changed_from: Image.Image | None = None,
        region: Box | None = None,
    ) -> Image.Image:
        return self.viewer.settle(
            changed_from=changed_from, region=region, ready=ready, still=STILL, timeout=20
        )

    def showing(self) -> int:
        """The photo (0 is the first) the audience window last painted sharp."""
        painted = self.viewer.painted()
        return painted[-1] if painted else -1


def below_bar(image: Image.Image) -> Image.Image:
    return image.crop((0, TOP_BAR, image.width, image.height))


def console_painted(console: Image.Image) -> bool:
    """The stopwatch at the top left, and the current photo and notes below it."""
    stopwatch = console.crop((0, 0, 300, TOP_BAR))
    return 1 - ink(stopwatch, STOPWATCH, 40) > 0.005 and ink(below_bar(console), DARK) > 0.2


def assert_same(a: Image.Image, b: Image.Image) -> None:
    assert difference(below_bar(a), below_bar(b)) < SAME


def assert_changed(a: Image.Image, b: Image.Image) -> None:
    assert difference(below_bar(a), below_bar(b)) > CHANGED


def test_audience_full_screen_on_the_projector_console_on_the_laptop_keys_in_either(
    presenting: Presenting, shots: Shots
) -> None:
    first = presenting.settle(presenting.on_two_screens)
    shots.save("photo-3", first, share=True)
    assert presenting.showing() == 2

    presenting.viewer.key("Next")  # the clicker, with the console focused
    second = presenting.settle(presenting.on_two_screens, changed_from=first, region=PROJECTOR)
    shots.save("photo-4-from-the-console", second, share=True)
    assert presenting.showing() == 3
    assert_changed(second.crop(PROJECTOR), first.crop(PROJECTOR))  # the room sees the next photo
    assert_changed(second.crop(LAPTOP), first.crop(LAPTOP))  # and so does the presenter

    presenting.viewer.key("Prior", window=presenting.audience)  # a key in the audience window
    back = presenting.settle(presenting.on_two_screens, changed_from=second, region=PROJECTOR)
    assert presenting.showing() == 2
    assert_same(back.crop(PROJECTOR), first.crop(PROJECTOR))
    assert_same(back.crop(LAPTOP), first.crop(LAPTOP))

    presenting.viewer.key("b")  # black screen: only the projector goes dark
    black = presenting.settle(
        lambda shot: ink(shot.crop(PROJECTOR), BLACK, 8) < 0.001 and console_painted(shot.crop(LAPTOP)),
        changed_from=back,
        region=PROJECTOR,
    )
    shots.save("projector-black", black, share=True)
    presenting.viewer.key("space", window=presenting.audience)  # any key brings the photo back
    again = presenting.settle(presenting.on_two_screens, changed_from=black, region=PROJECTOR)
    assert_same(again.crop(PROJECTOR), first.crop(PROJECTOR))


def test_unplugging_the_projector_keeps_the_show_and_plugging_it_in_brings_the_audience_back(
    presenting: Presenting, shots: Shots
) -> None:
    first = presenting.settle(presenting.on_two_screens)
    shots.save("first", first, share=True)

    presenting.screens.unplug()
    unplugged = presenting.settle(presenting.rehearsing, changed_from=first, region=PROJECTOR)
    shots.save("unplugged", unplugged, share=True)
    assert presenting.viewer.running()
    assert presenting.showing() == 2  # the show's place is kept

    presenting.viewer.key("Next")  # the console keeps driving the show
    stepped = presenting.settle(presenting.rehearsing, changed_from=unplugged, region=REHEARSAL_AUDIENCE)
    assert presenting.showing() == 3
    assert_changed(stepped.crop(REHEARSAL_AUDIENCE), unplugged.crop(REHEARSAL_AUDIENCE))
    presenting.viewer.key("Left", window=presenting.audience)  # and so does the audience window
    back = presenting.settle(presenting.rehearsing, changed_from=stepped, region=REHEARSAL_AUDIENCE)
    assert presenting.showing() == 2
    assert_same(back.crop(LAPTOP), unplugged.crop(LAPTOP))

    presenting.screens.replug()
    replugged = presenting.settle(presenting.on_two_screens, changed_from=back, region=PROJECTOR)
    shots.save("replugged", replugged, share=True)
    assert presenting.showing() == 2
    assert_same(replugged.crop(PROJECTOR), first.crop(PROJECTOR))  # the room sees what it saw
    assert_same(replugged.crop(LAPTOP), first.crop(LAPTOP))

    presenting.viewer.key("Next", window=presenting.audience)  # and the show goes on
    presenting.settle(presenting.on_two_screens, changed_from=replugged, region=PROJECTOR)
    assert presenting.showing() == 3


def test_swapping_puts_the_audience_on_the_laptop_and_back(presenting: Presenting, shots: Shots) -> None:
    first = presenting.settle(presenting.on_two_screens)

    presenting.viewer.key("x")

    def swapped(shot: Image.Image) -> bool:
        return (
            presenting.placed(LAPTOP, PROJECTOR)
            and photo_painted(shot.crop(LAPTOP))
            and console_painted(shot.crop(PROJECTOR))
        )

    swapped_shot = presenting.settle(swapped, changed_from=first, region=PROJECTOR)
    shots.save("swapped", swapped_shot, share=True)
    assert_same(swapped_shot.crop(LAPTOP), first.crop(PROJECTOR))
    presenting.viewer.key("x", window=presenting.audience)
    assert_same(
        presenting.settle(presenting.on_two_screens, changed_from=swapped_shot).crop(PROJECTOR),
        first.crop(PROJECTOR),
    )


def test_a_projector_plugged_in_during_a_rehearsal_gets_the_audience(
    screens: TwoScreens, basedir: Path, shots: Shots
) -> None:
    screens.unplug()
    with present(screens, basedir) as presenting:
        rehearsal = presenting.settle(presenting.rehearsing)
        shots.save("rehearsal", rehearsal)
        assert presenting.showing() == 2

        screens.replug()
        shot = presenting.settle(presenting.on_two_screens, changed_from=rehearsal, region=PROJECTOR)
        shots.save("projector-plugged-in", shot, share=True)
        assert presenting.showing() == 2


def test_a_kiosk_on_the_projector_goes_to_the_laptop_when_unplugged_and_back_when_plugged(
    screens: TwoScreens, basedir: Path, shots: Shots
) -> None:
    viewer = xsession.start_viewer(screens, [str(paths.sample_trip()), "--kiosk", "--screen", "1"], basedir)
    try:
        viewer.find_window()

        def on(box: Box) -> Callable[[Image.Image], bool]:
            return lambda shot: viewer.window_geometry() == box and photo_painted(shot.crop(box))

        first = viewer.settle(ready=on(PROJECTOR), still=PROJECTOR, timeout=30)
        shots.save("on-the-projector", first, share=True)
        assert ink(first.crop(LAPTOP), BLACK, 8) < 0.01  # nothing of the kiosk on the laptop

        screens.unplug()
        moved = viewer.settle(ready=on(LAPTOP), still=LAPTOP, timeout=30)
        shots.save("unplugged", moved, share=True)
        before = len(viewer.painted())
        screens.replug()
        back = viewer.settle(ready=on(PROJECTOR), still=PROJECTOR, timeout=30)
        shots.save("replugged", back, share=True)
        assert viewer.running()
        xsession.wait_until(lambda: len(viewer.painted()) > before, 30, "the show to go on")
    finally:
        viewer.stop()
        if twoscreens.PROJECTOR not in screens.monitors():
            screens.replug()
