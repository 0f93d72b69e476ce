"""At a device pixel ratio of 2 photos are decoded at twice the widget size, so they stay sharp.

The ratio is fixed when Qt starts, so this runs a small window in a fresh
process with ``QT_SCALE_FACTOR=2``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication
    from viewer import paths
    from viewer.gui.views.audience.mainwindow import MainWindow
    from viewer.gui.show.persist import SettingsKeeper
    from viewer.gui.show.presentation import Presentation
    from viewer.model.folder import load_trip
    from viewer.model.settings import Settings

    paths.set_basedir(sys.argv[1])
    app = QApplication([])
    window = MainWindow(Presentation(SettingsKeeper(Settings())))
    window.resize(900, 700)
    window.show()

    def report(index):
        image = window.photo_view.image
        print(json.dumps({
            "ratio": window.photo_view.devicePixelRatioF(),
            "widget": [window.photo_view.width(), window.photo_view.height()],
            "box": list(window.presentation.feed.loader.box),
            "image": [image.width(), image.height()],
            "image_ratio": image.devicePixelRatio(),
        }))
        app.quit()

    window.photo_view.shown.connect(report)
    window.presentation.set_trip(load_trip(paths.sample_trip()), 0)
    app.exec()
    """
)


def test_photos_are_decoded_at_device_pixels_at_ratio_two(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    assert facts["ratio"] == 2.0
    width, height = facts["widget"]
    box_width, box_height = facts["box"]
    # Decoded for twice the widget's size (within the 2 % a caption line may move it).
    assert abs(box_width - width * 2) <= width * 2 * 0.02
    assert abs(box_height - height * 2) <= height * 2 * 0.02
    # The 1800×1200 stand-in fits the doubled box: it is decoded at full resolution
    # for the available device pixels, not at the logical size.
    image_width, image_height = facts["image"]
    assert image_width > width or image_height > height
    assert image_width <= box_width and image_height <= box_height
    assert facts["image_ratio"] == 2.0
