"""The interface's translations as files: ``.ts`` sources compiled to ``.qm`` by ``pyside6-lrelease``.

The ``.ts`` are ``resources/translations/trip-viewer_CODE.ts`` in the source tree.
Builds compile them into the bundle (``hatch_build.py`` for the wheel, the
PyInstaller spec for the installers), next to where ``viewer.gui.language``
looks (``resources/translations``); a source checkout compiles them at first
use into the cache folder instead. No Qt is imported here: ``lrelease`` runs as
a tool of the PySide6 installed beside, so the build hook can use this module
without starting Qt.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

CATALOGUE = "trip-viewer"  # trip-viewer_de.ts, trip-viewer_de.qm
FOLDER = "translations"  # under the resources folder, in the source tree and the bundle alike


def lrelease_command() -> list[str]:
    """``pyside6-lrelease`` of the PySide6 that this Python has (its own script may not be on PATH)."""
    return [
        sys.executable,
        "-c",
        "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())",
    ]


def compile_catalogue(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` (raises ``CalledProcessError`` with lrelease's words if it fails)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [*lrelease_command(), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=120,
    )


def compile_bytes(ts: bytes) -> bytes:
    """A ``.ts`` file's bytes compiled to a ``.qm`` file's bytes."""
    with tempfile.TemporaryDirectory(prefix="trip-viewer-lrelease-") as folder:
        source, target = Path(folder) / "in.ts", Path(folder) / "out.qm"
        source.write_bytes(ts)
        compile_catalogue(source, target)
        return target.read_bytes()


def compile_all(sources: Path, target: Path) -> list[Path]:
    """Every ``trip-viewer_*.ts`` in ``sources`` compiled into ``target``; the ``.qm`` made."""
    made = []
    for ts in sorted(sources.glob(f"{CATALOGUE}_*.ts")):
        qm = target / f"{ts.stem}.qm"
        compile_catalogue(ts, qm)
        made.append(qm)
    return made


def translations_dir() -> Path:
    """Where the bundle keeps the compiled ``.qm`` (and a source checkout its ``.ts``)."""
    from viewer import paths  # not at the top: the wheel's build hook imports this module without it

    return paths.resources_dir() / FOLDER


def source_file(code: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{code}.ts"


def catalogue(code: str) -> Path | None:
    """The compiled translations of ``code``: the bundle's, or compiled now from the checkout's ``.ts``.

    A checkout's are compiled once per change of the ``.ts`` (half a second) into the cache folder.
    """
    from viewer import paths
    from viewer.files.atomic import write_atomic

    bundled = translations_dir() / f"{CATALOGUE}_{code}.qm"
    if bundled.is_file():
        return bundled
    source = source_file(code)
    if not source.is_file():
        return None
    data = source.read_bytes()
    digest = hashlib.sha1(data).hexdigest()[:12]
    compiled = paths.cache_dir() / FOLDER / f"{CATALOGUE}_{code}-{digest}.qm"
    if not compiled.is_file():
        try:
            write_atomic(compiled, compile_bytes(data))
        except (OSError, subprocess.CalledProcessError) as exc:
            log.error("cannot compile the translations %s: %s", source, exc)
            return None
    return compiled
