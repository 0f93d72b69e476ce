"""Make the README screenshot from the real app: ``python tools/screenshot.py [-o PATH]``.

It starts a private Xvfb (1600x1000), runs ``trip-viewer --fullscreen --start 8``
on the sample trip with a throw-away ``--basedir``, waits until the photo has been
painted and the screen holds still, saves the screen (``docs/screenshot.png`` by
default), then quits the app with Ctrl+Q and stops Xvfb. Needs Xvfb, xdotool,
ImageMagick and x11-utils, as the end-to-end tests do.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, only tools/ would be on the path
    sys.path.insert(0, str(REPO))

from tools import xsession  # noqa: E402  (needs the path above)
from viewer import paths  # noqa: E402

START = 8  # the photo shown: the Opera House, with a full caption and a busy strip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Make the README screenshot from the real app under Xvfb.")
    parser.add_argument(
        "-o", "--output", type=Path, default=REPO / "docs" / "screenshot.png", help="where to write the PNG"
    )
    parser.add_argument(
        "--start", type=int, default=START, metavar="N", help=f"the photo to show (default {START})"
    )
    parser.add_argument("--trip", type=Path, default=None, help="a trip other than the bundled sample")
    parser.add_argument("--lang", metavar="CODE", help="the interface's language (trip-viewer --lang)")
    parser.add_argument("--windowed", action="store_true", help="the window as it opens, not full screen")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    missing = xsession.missing_tools()
    if missing:
        print(f"screenshot: needs {', '.join(missing)} on PATH", file=sys.stderr)
        return 1
    trip = args.trip or paths.sample_trip()
    with xsession.xvfb() as server, tempfile.TemporaryDirectory(prefix="trip-viewer-shot-") as base:
        options = [str(trip), "--start", str(args.start)]
        options += [] if args.windowed else ["--fullscreen"]
        options += ["--lang", args.lang] if args.lang else []
        viewer = xsession.launch_viewer(server, options, Path(base))
        try:
            shot = viewer.settle(ready=None if args.windowed else xsession.photo_painted)
            viewer.key("ctrl+q", quits=True)
            status = viewer.wait_exit(15)
        finally:
            viewer.stop()
        if status != 0:
            print(f"screenshot: the viewer quit with status {status}:\n{viewer.output()}", file=sys.stderr)
            return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    shot.save(args.output, optimize=True)
    print(f"wrote {args.output} ({shot.width}x{shot.height})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
