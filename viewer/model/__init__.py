"""The trip model: manifest, photos, timeline maths, and the route map's data.

No Qt, and nothing of ``viewer.imaging`` or ``viewer.gui``, so the model is tested
without a window; it reaches the disk through ``viewer.files``. import-linter
holds it to that (``[tool.importlinter]`` in pyproject.toml).
"""
