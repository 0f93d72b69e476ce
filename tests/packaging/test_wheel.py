"""The installed wheel holds what the app needs and nothing else: its modules, the sample trip and the icon.

The wheel is built here as ``pip install`` builds it (hatchling, the project's
build backend), and its list of files is read.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import appinfo  # packaging/, put on the path by conftest
import pytest

from tests.conftest import REPO
from tools.translations import TRANSLATED

pytest.importorskip("hatchling", reason="building the wheel needs hatchling (pip install -e '.[test]')")

BUILD = "import sys, hatchling.build as backend; print(backend.build_wheel(sys.argv[1]))"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The names of the files in the wheel, built once for the module."""
    folder = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-c", BUILD, str(folder)], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert built.returncode == 0, built.stderr
    with zipfile.ZipFile(folder / built.stdout.strip().splitlines()[-1]) as archive:
        return archive.namelist()


def test_the_wheel_carries_the_sample_trip_the_window_icon_and_the_translations(wheel: list[str]) -> None:
    trip = "viewer/resources/sample-trip/"
    assert f"{trip}trip.yaml" in wheel
    assert f"{trip}route.gpx" in wheel  # the map draws the train's route from it
    assert sum(name.startswith(f"{trip}photos/") for name in wheel) == appinfo.PHOTOS_SHOWN
    others = {name for name in wheel if name.startswith("viewer/resources/") and not name.startswith(trip)}
    # Not the installers' .ico and .icns, nor the .ts the .qm were compiled from (hatch_build.py).
    translations = {f"viewer/resources/translations/trip-viewer_{code}.qm" for code in TRANSLATED}
    assert others == {"viewer/resources/icons/trip-viewer.png", *translations}


def test_the_wheel_holds_no_program_among_its_resources(wheel: list[str]) -> None:
    assert [name for name in wheel if name.startswith("viewer/resources/") and name.endswith(".py")] == []
    assert not [name for name in wheel if "make_standins" in name]


def test_the_wheel_holds_the_viewer_and_nothing_beside_it(wheel: list[str]) -> None:
    tops = {Path(name).parts[0] for name in wheel}
    assert {top for top in tops if not top.endswith(".dist-info")} == {"viewer"}
    assert not [name for name in wheel if "__pycache__" in name or name.endswith(".pyc")]
