"""``python -m viewer``: the same as the ``trip-viewer`` command."""

from viewer.cli import entry

entry()
