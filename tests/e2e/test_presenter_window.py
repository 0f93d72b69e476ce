"""Presenter view in real X windows: the console beside the audience window (rehearsal on one
wide screen), driven with real keys sent to the console, checked on real screenshots.
The same on two real screens, with the projector unplugged and back: ``test_two_screens.py``."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from tools import xsession
from tools.xsession import Viewer, XServer, difference, ink
from viewer import paths

pytestmark = pytest.mark.xvfb

WIDE = (2560, 1000)  # one screen: the console opens beside the audience window
SHOTS = Path("/tmp/e2e-shots")
DARK = (16, 16, 16)
BLACK = (0, 0, 0)


@pytest.fixture(scope="module")
def wide_screen() -> Iterator[XServer]:
    missing = xsession.missing_tools()
    if missing:
        pytest.skip(f"real-window tests need {', '.join(missing)} on PATH")
    with xsession.xvfb(WIDE) as server:
        yield server


@pytest.fixture
def presenting(wide_screen: XServer, basedir: Path) -> Iterator[Viewer]:
    viewer = xsession.launch_viewer(
        wide_screen, [str(paths.sample_trip()), "--presenter", "--start", "3"], basedir
    )
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "Presenter console"],
            env=wide_screen.env(),
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        )
        viewer.window = found.stdout.split()[0]  # keys go to the console, as the presenter's would
        yield viewer
    finally:
        viewer.stop()


def halves(shot: Image.Image) -> tuple[Image.Image, Image.Image]:
    width, height = shot.size
    return shot.crop((0, 0, width // 2, height)), shot.crop((width // 2, 0, width, height))


def below_menu(audience: Image.Image) -> Image.Image:
    """The audience window without its menu bar (rehearsing, it is not full screen)."""
    return audience.crop((0, 40, audience.width, audience.height))


def keep(name: str, shot: Image.Image) -> None:
    SHOTS.mkdir(exist_ok=True)
    shot.save(SHOTS / f"presenter-{name}.png")


def both_painted(shot: Image.Image) -> bool:
    audience, console = halves(shot)
    return ink(audience, DARK) > 0.2 and ink(console, DARK) > 0.2


def test_console_and_audience_follow_one_clicker(presenting: Viewer) -> None:
    first = presenting.settle(ready=both_painted)
    keep("photo-3", first)

    presenting.key("Next")  # the clicker's "next", pressed on the console
    second = presenting.settle(changed_from=first, ready=both_painted)
    keep("photo-4", second)
    audience_before, console_before = halves(first)
    audience_after, console_after = halves(second)
    assert difference(audience_after, audience_before) > 0.05  # the room sees the next photo
    assert difference(console_after, console_before) > 0.05  # and so does the presenter

    presenting.key("b")  # black screen: only the audience goes dark
    blank = presenting.settle(
        changed_from=second, ready=lambda shot: ink(below_menu(halves(shot)[0]), BLACK, 8) < 0.01
    )
    keep("audience-black", blank)
    assert ink(halves(blank)[1], DARK) > 0.2  # the console still shows the photo and notes
    presenting.key("space")  # any key brings the photo back
    back = presenting.settle(changed_from=blank, ready=both_painted)
    assert difference(halves(back)[0], audience_after) < 0.01
