"""``python -m viewer``: the same as the ``trip-viewer`` command."""

import sys

from viewer.cli import main

sys.exit(main())
