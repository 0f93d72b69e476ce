"""The release workflow is valid for GitHub, names only files that exist, and builds on the right runners."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "release.yml"
# A path in the repository: folders, then a file with one of these endings.
REPO_PATH = re.compile(
    r"(?<![\w./-])((?:[\w.-]+/)+[\w.-]+\.(?:py|spec|nsi|nsh|toml|txt|yml|yaml|plist|svg|ico))\b"
)
OUTPUTS = ("build/", "dist/")  # what the workflow makes, not what it reads


def load() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return data


def steps(job: str) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = load()["jobs"][job]["steps"]
    return result


def test_the_workflow_validates_against_githubs_schema() -> None:
    pytest.importorskip("check_jsonschema", reason="pip install -e '.[test]' brings check-jsonschema")
    # The schema ships inside check-jsonschema: this needs no network.
    check = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(WORKFLOW),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_every_file_the_workflow_names_exists() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    named = {path for path in REPO_PATH.findall(text) if not path.startswith(OUTPUTS)}
    assert {"packaging/release.py", "tools/check.py"} <= named
    assert not [path for path in sorted(named) if not (REPO / path).is_file()]


def test_the_extras_it_installs_exist() -> None:
    extras = set(
        tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
            "optional-dependencies"
        ]
    )
    installed = set(re.findall(r'-e "\.\[(\w+)\]"', WORKFLOW.read_text(encoding="utf-8")))
    assert installed == {"test", "packaging"}
    assert installed <= extras


def test_a_version_tag_tests_then_packages_natively_then_releases() -> None:
    workflow = load()
    assert workflow[True]["push"]["tags"] == ["v*"]  # YAML 1.1 reads the key "on" as True
    jobs = workflow["jobs"]
    assert jobs["package"]["needs"] == "test"
    assert jobs["release"]["needs"] == "package"
    assert jobs["release"]["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert jobs["release"]["permissions"] == {"contents": "write"}
    runners = {entry["os"] for entry in jobs["package"]["strategy"]["matrix"]["include"]}
    assert {"windows-latest", "macos-14", "macos-15-intel"} <= runners
    assert "macos-13" not in WORKFLOW.read_text(encoding="utf-8")  # retired
    assert set(jobs["test"]["strategy"]["matrix"]["os"]) >= {"windows-latest", "macos-14", "macos-15-intel"}


def test_windows_gets_nsis_and_every_build_runs_the_release_script() -> None:
    runs = [step.get("run", "") for step in steps("package")]
    assert any("choco install nsis" in run for run in runs)
    assert any(run.startswith("python packaging/release.py") for run in runs)
    upload = next(
        step for step in steps("package") if step.get("uses", "").startswith("actions/upload-artifact")
    )
    assert upload["with"]["if-no-files-found"] == "error"
