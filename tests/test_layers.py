"""The layer contracts catch what they forbid: pyproject.toml's own contracts, run on a small stand-in tree.

Each case writes a tree named ``viewer`` that keeps every rule, breaks one thing
in it and runs ``lint-imports`` (as ``tools/check.py`` does) on it: exactly the
contracts that thing breaks must say BROKEN, naming the import.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tools.check import LINT_IMPORTS

REPO = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
NAMES = {contract["id"]: contract["name"] for contract in CONFIG["contracts"]}

UNDER_TYPE_CHECKING = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import {}\n"

# A tree that keeps every contract: each layer uses the one below, only gui imports Qt.
LAYERED = {
    "viewer.said": "import string\n",
    "viewer.files.disk": "import os\nfrom viewer import said\n",
    "viewer.model.trip": "from viewer.files import disk\n",
    "viewer.imaging.decode": "from viewer.model import trip\n",
    "viewer.webdesk.story": "from viewer.model import trip\n",
    "viewer.gui.window": "from PySide6.QtWidgets import QWidget\nfrom viewer.imaging import decode\n",
    # ... and inside the gui: theme, show, then widgets and commands, panels, views, the start-up wiring
    "viewer.gui.theme": "from PySide6.QtGui import QColor\n",
    "viewer.gui.show.presentation": "from viewer.imaging import decode\n",
    "viewer.gui.widgets.photoview": "from viewer.gui.show import presentation\n",
    "viewer.gui.commands.registry": "from viewer.gui.show import presentation\n",
    "viewer.gui.handout.writer": "from viewer.gui import theme\nfrom viewer.imaging import decode\n",
    "viewer.gui.panels.keyhelp": "from viewer.gui.commands import registry\n"
    "from viewer.gui.widgets import photoview\n",
    "viewer.gui.views.presenter.console": "from viewer.gui.panels import keyhelp\n",
    "viewer.gui.views.audience.mainwindow": "from viewer.gui.views.presenter import console\n",
    "viewer.gui.app": "from viewer.gui.views.audience import mainwindow\n",
    "viewer.gui.fileopen": "from PySide6.QtWidgets import QApplication\n",
}


def _ignored_imports() -> dict[str, str]:
    """The imports the cycle contract is told to overlook, written so that it finds each one."""
    modules: dict[str, str] = {}
    for contract in CONFIG["contracts"]:
        for ignored in contract.get("ignore_imports", []):
            importer, imported = (name.strip() for name in ignored.split("->"))
            modules[importer] = modules.get(importer, "") + UNDER_TYPE_CHECKING.format(imported)
            modules.setdefault(imported, "")
    return modules


def _lint(root: Path, changes: dict[str, str]) -> tuple[int, str]:
    """Write the layered tree with ``changes`` under ``root`` and run the contracts on it."""
    for module, source in {**LAYERED, **_ignored_imports(), **changes}.items():
        path = root.joinpath(*module.split(".")).with_suffix(".py")
        for package in [path.parent, *path.parent.parents]:
            if package == root:
                break
            package.mkdir(parents=True, exist_ok=True)
            (package / "__init__.py").touch()
        path.write_text(source, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "500"}  # REPO for tools.importcycles
    done = subprocess.run(
        [sys.executable, *LINT_IMPORTS, "--no-logo", str(REPO / "pyproject.toml")],
        cwd=root,  # the stand-in ``viewer`` is found first, before the real one
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.returncode, done.stdout + done.stderr


def _broken(report: str) -> set[str]:
    return {ident for ident, name in NAMES.items() if f"{name} BROKEN" in report}


def test_a_tree_that_keeps_the_layers_passes(tmp_path: Path) -> None:
    code, report = _lint(tmp_path, {})

    assert (code, _broken(report)) == (0, set()), report
    assert all(f"{name} KEPT" in report for name in NAMES.values()), report


@pytest.mark.parametrize(
    ("changes", "broken", "named"),
    [
        pytest.param(
            {"viewer.model.trip": "from viewer.files import disk\nfrom PySide6.QtCore import QObject\n"},
            {"model", "imaging", "webdesk"},  # imaging and the web desk use the model: Qt too
            "viewer.model.trip -> PySide6",
            id="the model imports Qt",
        ),
        pytest.param(
            {"viewer.said": "from PySide6.QtCore import QCoreApplication\n"},
            {"said", "files", "model", "imaging", "webdesk"},  # every layer says its messages with it
            "viewer.said -> PySide6",
            id="the messages import Qt",
        ),
        pytest.param(
            {"viewer.said": "from viewer.model import trip\n"},
            {"said", "files", "layers", "acyclic"},  # the files import said: files -> model -> files
            "viewer.said -> viewer.model.trip",
            id="the messages import the model",
        ),
        pytest.param(
            {"viewer.files.disk": "import shiboken6\n"},
            {"files", "model", "imaging", "webdesk"},
            "viewer.files.disk -> shiboken6",
            id="the files layer imports Qt",
        ),
        pytest.param(
            {"viewer.imaging.decode": "from viewer.model import trip\nfrom viewer.gui import window\n"},
            {"imaging", "layers", "acyclic"},  # window imports decode: a cycle too
            "viewer.imaging.decode -> viewer.gui.window",
            id="imaging imports the gui",
        ),
        pytest.param(
            {"viewer.webdesk.story": "from viewer.model import trip\nfrom viewer.imaging import decode\n"},
            {"webdesk", "layers"},  # the two sit side by side: neither imports the other
            "viewer.webdesk.story -> viewer.imaging.decode",
            id="the web desk imports imaging",
        ),
        pytest.param(
            {"viewer.model.trip": "from viewer.files import disk\nfrom viewer.imaging import verify\n"}
            | {"viewer.imaging.verify": ""},
            {"model", "layers", "acyclic", "webdesk"},  # imaging uses the model: the two in a cycle
            "viewer.model.trip -> viewer.imaging.verify",
            id="the model imports imaging",
        ),
        pytest.param(
            {
                "viewer.model.trip": "from viewer.files import disk\nfrom viewer.model import timeline\n",
                "viewer.model.timeline": UNDER_TYPE_CHECKING.format("viewer.model.trip"),
            },
            {"acyclic"},
            "viewer.model.timeline -> viewer.model.trip -> viewer.model.timeline",
            id="a cycle kept for type hints",
        ),
        pytest.param(
            {
                "viewer.model.metadata.__init__": "from viewer.model.metadata.read import read\n",
                "viewer.model.metadata.read": "from viewer.model import metadata\nread = 1\n",
            },
            {"acyclic"},
            "viewer.model.metadata -> viewer.model.metadata.read -> viewer.model.metadata",
            id="a package and a module of its own",
        ),
        pytest.param(
            {"viewer.gui.show.presentation": "from viewer.gui.views.presenter import console\n"},
            {"gui-layers", "acyclic"},  # the console reaches the show through its panels: a cycle too
            "viewer.gui.show.presentation -> viewer.gui.views.presenter.console",
            id="the show imports a view",
        ),
        pytest.param(
            {"viewer.gui.panels.host": UNDER_TYPE_CHECKING.format("viewer.gui.views.audience.mainwindow")},
            {"gui-layers", "main-window", "acyclic"},  # the views use the panels: the packages in a cycle
            "viewer.gui.panels.host -> viewer.gui.views.audience.mainwindow",
            id="a panel takes the main window for its type hints",
        ),
        pytest.param(
            {"viewer.gui.theme": "from viewer.gui.widgets import photoview\n"},
            {"gui-layers"},
            "viewer.gui.theme -> viewer.gui.widgets.photoview",
            id="the theme imports a widget",
        ),
    ],
)
def test_each_contract_fails_on_what_it_forbids(
    tmp_path: Path, changes: dict[str, str], broken: set[str], named: str
) -> None:
    code, report = _lint(tmp_path, changes)

    assert code != 0, report
    assert _broken(report) == broken, report
    assert named in report, report
