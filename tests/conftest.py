"""Shared test set-up: Qt off screen, and every file under a temporary base dir."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Widget tests need no screen. Real-window tests start their own Xvfb and pass
# DISPLAY to the process they launch, so this never hides a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from viewer import paths

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def basedir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep settings, caches and logs of each test in a folder of its own."""
    base = tmp_path_factory.mktemp("basedir")
    paths.set_basedir(base)
    yield base
    paths.set_basedir(None)
