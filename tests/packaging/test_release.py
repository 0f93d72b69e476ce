"""The release script's command line, and the facts every installer repeats."""

from __future__ import annotations

import subprocess
import sys

import appinfo  # packaging/, put on the path by conftest
import pytest

from tests.conftest import REPO
from viewer import __version__


def test_the_version_is_the_apps() -> None:
    assert appinfo.version() == __version__
    assert appinfo.numeric_version("1.2") == (1, 2, 0, 0)
    assert appinfo.numeric_version("0.1.0rc2") == (0, 1, 0, 2)
    assert (
        appinfo.artifact_stem() == f"trip-viewer-{__version__}-{appinfo.platform_name()}-{appinfo.machine()}"
    )


def test_a_release_tag_must_match_the_version() -> None:
    import release

    assert release.check_tag({}) is None  # a local build
    assert release.check_tag({"GITHUB_REF_TYPE": "tag", "GITHUB_REF_NAME": f"v{__version__}"}) is None
    problem = release.check_tag({"GITHUB_REF_TYPE": "tag", "GITHUB_REF_NAME": "v9.9.9"})
    assert problem is not None and "viewer/__init__.py" in problem


def test_the_release_script_starts_as_a_script() -> None:
    # Run as the workflow runs it: packaging/ is the script's folder, not a package.
    done = subprocess.run(
        [sys.executable, "packaging/release.py", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "--nsis-check" in done.stdout


def test_the_packaging_folder_does_not_hide_the_packaging_library() -> None:
    assert not (REPO / "packaging" / "__init__.py").exists()
    import packaging.version

    assert packaging.version.Version("1.0") > packaging.version.Version("0.9")
    assert "site-packages" in str(packaging.version.__file__) or pytest.skip(
        "packaging not from site-packages"
    )
