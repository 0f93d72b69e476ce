"""The trip model: manifest, photos, timeline maths.

No Qt, and nothing of ``viewer.imaging`` or ``viewer.gui``, so the model is tested
without a window; it reaches the disk through ``viewer.files``. import-linter
holds it to that (``[tool.importlinter]`` in pyproject.toml).
"""
