"""Tests for the one place that says where files live: the base-dir override and the sample trip."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from viewer import paths


@pytest.fixture
def no_basedir(monkeypatch: pytest.MonkeyPatch) -> None:
    """Undo the suite-wide base dir for this test; it comes back afterwards."""
    monkeypatch.setattr(paths, "_basedir", None)
    monkeypatch.delenv(paths.BASEDIR_VARIABLE, raising=False)


def test_set_basedir_puts_every_folder_under_it(no_basedir: None, tmp_path: Path) -> None:
    paths.set_basedir(tmp_path)

    assert paths.config_dir() == tmp_path / "config"
    assert paths.cache_dir() == tmp_path / "cache"
    assert paths.log_dir() == tmp_path / "log"


def test_a_relative_basedir_is_made_absolute(
    no_basedir: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    paths.set_basedir(Path("base"))
    monkeypatch.chdir(tmp_path.parent)

    assert paths.config_dir() == tmp_path / "base" / "config"


def test_the_environment_variable_redirects_every_folder(
    no_basedir: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIP_VIEWER_BASEDIR", str(tmp_path))

    assert paths.config_dir() == tmp_path / "config"
    assert paths.cache_dir() == tmp_path / "cache"
    assert paths.log_dir() == tmp_path / "log"


def test_set_basedir_wins_over_the_environment(
    no_basedir: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRIP_VIEWER_BASEDIR", str(tmp_path / "from-env"))
    paths.set_basedir(tmp_path / "from-call")

    assert paths.config_dir() == tmp_path / "from-call" / "config"


def test_without_an_override_the_platform_folders_are_used(no_basedir: None) -> None:
    assert paths.config_dir() == Path(platformdirs.user_config_dir("trip-viewer", appauthor=False))
    assert paths.cache_dir() == Path(platformdirs.user_cache_dir("trip-viewer", appauthor=False))
    assert paths.log_dir() == Path(platformdirs.user_log_dir("trip-viewer", appauthor=False))


def test_set_basedir_none_returns_to_the_platform_folders(no_basedir: None, tmp_path: Path) -> None:
    paths.set_basedir(tmp_path)
    paths.set_basedir(None)

    assert paths.config_dir() == Path(platformdirs.user_config_dir("trip-viewer", appauthor=False))


def test_the_suite_never_writes_to_the_real_config_folder(basedir: Path) -> None:
    assert paths.config_dir().is_relative_to(basedir)


def test_the_sample_trip_is_a_bundled_manifest() -> None:
    sample = paths.sample_trip()

    assert sample.name == "trip.yaml"
    assert sample.is_file()
    assert sample.parent.parent == paths.resources_dir()
