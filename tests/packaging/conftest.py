"""Fixtures for the release scripts' tests: ``packaging/`` on the path, and the size report.

``packaging/`` is a folder of scripts, not a package (a package named
``packaging`` would hide the PyPI library of that name), so its modules are
imported by name with the folder on ``sys.path``, as they are when
``packaging/release.py`` runs.
"""

from __future__ import annotations

import sys

import pytest

from tests.conftest import REPO

PACKAGING = REPO / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))

# The frozen app's size report, shown at the end of the run (tests/packaging/test_frozen_app.py).
SIZE_REPORTS: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for report in SIZE_REPORTS:
        terminalreporter.section("frozen app (tests/packaging)")
        terminalreporter.write_line(report)
