"""FADE's reference: the photo view alone, full screen, crossfading between photos already decoded.

No show around it: no decoding, strip, caption or trace meanwhile, so its frames
are what the fade itself costs on this machine and display. The photos (given as
paths) are decoded for the screen before the first fade; then each fade runs
``--fade-ms`` and the next starts a little after it ends. One JSON line per fade
on stdout: ``{"frames": [...], "paints": [...]}`` in milliseconds. Run as
``python bench/fade_alone.py --fades N PHOTO...`` on the display to measure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, only bench/ would be on the path
    sys.path.insert(0, str(REPO))

from viewer.gui.show.pixels import to_qimage  # noqa: E402
from viewer.gui.widgets.photoview import PhotoView  # noqa: E402
from viewer.imaging.decode import decode_photo  # noqa: E402

PAUSE_MS = 150  # between one fade's end and the next


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fades", type=int, default=10)
    parser.add_argument("--fade-ms", type=int, default=300)
    parser.add_argument("photos", type=Path, nargs="+")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    view = PhotoView()
    view.setGeometry(app.primaryScreen().geometry())  # no window manager to make it full screen
    view.showFullScreen()
    images = [to_qimage(decode_photo(path, view.device_box())) for path in args.photos]
    steps = iter(range(1, args.fades + 1))

    def step() -> None:
        index = next(steps, None)
        if index is None:
            app.quit()
            return
        view.fade_next(args.fade_ms)
        view.show_image(index, f"{index}.jpg", images[index % len(images)])

    def faded(_index: int, frames: list[float], paints: list[float]) -> None:
        print(json.dumps({"frames": frames, "paints": paints}), flush=True)
        QTimer.singleShot(PAUSE_MS, step)

    view.faded.connect(faded)
    view.show_image(0, "0.jpg", images[0])
    QTimer.singleShot(500, step)  # the window mapped and its first photo painted
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
