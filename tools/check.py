"""Run every check the project keeps: lint, format, types, layers, then the tests.

``python tools/check.py`` is the README's test command and what CI runs. Extra
arguments go to pytest (e.g. ``python tools/check.py -k strip``). The tests run
last, so their summary is the last thing printed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# import-linter's lint-imports, run by this Python: checks pyproject.toml's layer contracts
LINT_IMPORTS = ["-c", "import importlinter.cli as c; c.lint_imports_command()", "--no-cache"]


def main(argv: list[str]) -> int:
    python = sys.executable
    steps = [
        ("ruff check", [python, "-m", "ruff", "check", "."]),
        ("ruff format", [python, "-m", "ruff", "format", "--check", "."]),
        ("mypy", [python, "-m", "mypy"]),
        ("import contracts", [python, *LINT_IMPORTS, "--no-logo"]),
    ]
    failed = []
    for name, command in steps:
        print(f"== {name}", flush=True)
        if subprocess.run(command, cwd=ROOT).returncode != 0:
            failed.append(name)
    print("== pytest", flush=True)
    tests = subprocess.run([python, "-m", "pytest", *argv], cwd=ROOT).returncode
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return tests


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
