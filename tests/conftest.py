"""Shared test set-up: Qt off screen, and every file under a temporary base dir."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Widget tests need no screen: Qt's offscreen platform, given two screens side by
# side as a laptop and a projector are, so presenter view can be tested. Real-window
# tests start their own Xvfb and pass DISPLAY to the process they launch.
SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1440, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    ]
}
if "QT_QPA_PLATFORM" not in os.environ:
    _layout = Path(tempfile.mkdtemp(prefix="trip-viewer-screens-")) / "screens.json"
    _layout.write_text(json.dumps(SCREENS), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_layout}"

# The interface's language follows the system's (viewer.gui.language, viewer.speech): the tests
# expect English words whatever the machine's language; a test that wants another asks for it.
os.environ["LANGUAGE"] = "en"

from viewer import paths  # noqa: E402  (after the platform is chosen)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """pytest-qt's application is the app's own, as ``viewer.gui.app`` makes it."""
    from viewer.gui.fileopen import TripViewerApplication

    return TripViewerApplication


@pytest.fixture(autouse=True)
def basedir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep settings, caches and logs of each test in a folder of its own."""
    base = tmp_path_factory.mktemp("basedir")
    paths.set_basedir(base)
    yield base
    paths.set_basedir(None)
