"""The wheel's build step: the interface's translations compiled into it (hatchling's custom hook).

``resources/translations/*.ts`` are compiled by ``pyside6-lrelease`` (PySide6 is a
build requirement, see ``pyproject.toml``) into ``viewer/resources/translations/*.qm``
of the wheel, where ``viewer.gui.language`` finds them. The ``.qm`` are never
committed: each build makes them from the ``.ts`` it ships, so they cannot be stale.
An editable install has none: it runs from the source tree, which compiles at
first use. A build that cannot compile fails, rather than ship an English-only app.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        sys.path.insert(0, str(ROOT))
        try:
            from viewer.translations import FOLDER, compile_all
        finally:
            sys.path.remove(str(ROOT))
        self._made = tempfile.TemporaryDirectory(prefix="trip-viewer-qm-")
        for qm in compile_all(ROOT / "resources" / FOLDER, Path(self._made.name)):
            build_data["force_include"][str(qm)] = f"viewer/resources/{FOLDER}/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        made = getattr(self, "_made", None)
        if made is not None:
            made.cleanup()
