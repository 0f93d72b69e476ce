"""The committed icons are what tools/make_icons.py renders from the SVG source."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageChops, ImageStat

from tests.conftest import REPO

ICONS = REPO / "resources" / "icons"


def test_the_committed_icons_match_their_source(tmp_path: Path) -> None:
    # In its own process: the renderer's QGuiApplication must not become the tests' application.
    subprocess.run([sys.executable, "tools/make_icons.py", "--out", str(tmp_path)], cwd=REPO, check=True)
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "trip-viewer.icns",
        "trip-viewer.ico",
        "trip-viewer.png",
    ]
    fresh = Image.open(tmp_path / "trip-viewer.png").convert("RGBA")
    committed = Image.open(ICONS / "trip-viewer.png").convert("RGBA")
    assert committed.size == fresh.size == (256, 256)
    drift = max(ImageStat.Stat(ImageChops.difference(fresh, committed)).mean)
    assert drift < 2, "resources/icons is stale: run python tools/make_icons.py"


def test_every_platform_gets_its_sizes() -> None:
    with Image.open(ICONS / "trip-viewer.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]
    with Image.open(ICONS / "trip-viewer.icns") as icns:
        assert icns.size == (1024, 1024)
        assert (512, 512, 2) in icns.info["sizes"]
