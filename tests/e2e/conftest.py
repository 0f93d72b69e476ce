"""Real-window fixtures: one Xvfb for the session, one ``trip-viewer`` process per test.

The helpers themselves live in ``tools/xsession.py`` (the README screenshot uses
them too); pytest's rootdir, the repository, is on ``sys.path`` so ``tools``
imports as a package. Without Xvfb, xdotool or ImageMagick the tests skip.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from PIL import Image

from tools import xsession
from tools.xsession import Viewer, XServer

WINDOW = (1280, 860)  # the usual window, on the session's 1600x1000 screen
SMALL = (800, 600)
UHD = (3840, 2160)
ScreenSetting = tuple[XServer, list[str], tuple[int, int]]

SHARED_SHOTS = Path("/tmp/e2e-shots")  # a few screenshots kept where a person can look
_VIEWERS = pytest.StashKey[list[Viewer]]()

LaunchViewer = Callable[..., Viewer]


@pytest.fixture(scope="session")
def xserver() -> Iterator[XServer]:
    """A private Xvfb (1600x1000) for the whole session."""
    missing = xsession.missing_tools()
    if missing:
        pytest.skip(
            f"real-window tests need {', '.join(missing)} on PATH (apt: xvfb xdotool imagemagick x11-utils)"
        )
    with xsession.xvfb() as server:
        yield server


@contextlib.contextmanager
def sized_screen(name: str, xserver: XServer) -> Iterator[ScreenSetting]:
    """A server, the viewer's window arguments and the window's size, by ``name``: "window"
    (1280×860 on the session's screen), "full" (full screen there), "small" or "uhd" (full
    screen on an 800×600 or 3840×2160 Xvfb of its own)."""
    if name == "window":
        yield xserver, [], WINDOW
    elif name == "full":
        yield xserver, ["--fullscreen"], xserver.size
    else:
        with xsession.xvfb(SMALL if name == "small" else UHD) as server:
            yield server, ["--fullscreen"], server.size


@pytest.fixture
def launch(xserver: XServer, basedir: Path, request: pytest.FixtureRequest) -> Iterator[LaunchViewer]:
    """Start ``trip-viewer ARGS --basedir <this test's basedir>``; every process ends with the test.

    ``launch(*args)`` waits for the window; ``launch(*args, wait=False)`` does not
    (for a show that may be over before its window could be found). Each process
    has a basedir of its own, unless ``again=True``: then it shares the last one's
    settings and caches, as the next start of the app on one machine does. ``env``
    adds variables to its environment.
    """
    viewers: list[Viewer] = []
    request.node.stash[_VIEWERS] = viewers

    def start(
        *args: str, wait: bool = True, again: bool = False, env: dict[str, str] | None = None
    ) -> Viewer:
        run_dir = viewers[-1].basedir if again and viewers else basedir / f"run{len(viewers) + 1}"
        run = sum(1 for viewer in viewers if viewer.basedir == run_dir) + 1
        if wait:
            viewer = xsession.launch_viewer(xserver, args, run_dir, run=run, env=env)
        else:
            viewer = xsession.start_viewer(xserver, args, run_dir, run=run, env=env)
        viewers.append(viewer)
        return viewer

    yield start
    for viewer in viewers:
        viewer.stop()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """On a failure, show what each viewer process wrote to stderr."""
    report = yield
    if report.failed and _VIEWERS in item.stash:
        viewers: list[Viewer] = item.stash[_VIEWERS]
        for number, viewer in enumerate(viewers, start=1):
            report.sections.append((f"viewer {number} stderr", viewer.output() or "(empty)"))
    return report


class Shots:
    """Saves the screenshots of one test by name; ``share=True`` also copies to /tmp/e2e-shots."""

    def __init__(self, folder: Path, prefix: str) -> None:
        self.folder = folder
        self.prefix = prefix

    def save(self, name: str, image: Image.Image, share: bool = False) -> Path:
        path = self.folder / f"{self.prefix}-{name}.png"
        image.save(path)
        if share:
            SHARED_SHOTS.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, SHARED_SHOTS / path.name)
        return path


@pytest.fixture(scope="session")
def shots_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e-shots")


@pytest.fixture
def shots(shots_folder: Path, request: pytest.FixtureRequest) -> Shots:
    return Shots(shots_folder, request.node.name.removeprefix("test_"))
