"""The web desk's import and export, timed.

``.venv/bin/python bench/webdesk.py [--photos 1000] [--size 3000x2000]``

Prints, for the sample trip and for a trip of ``--photos`` photos (hard links to
one realistic JPEG of ``--size`` made by ``bench.photos``, each with its own
caption, credit, time and position):

- ``export --timeline`` and ``--storymap`` together (the photos written once, web-sized,
  on a thread per core), then ``--html`` into a folder of its own;
- ``import`` of each JSON back into a manifest;
- the size of ``index.html`` and of the exported photos.

Each is run once, in this process, as the commands run them.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, only bench/ would be on the path
    sys.path.insert(0, str(REPO))

from bench.photos import photo_set  # noqa: E402
from viewer import paths  # noqa: E402
from viewer.webdesk.tomanifest import import_story  # noqa: E402
from viewer.webexport import export_main  # noqa: E402


def big_trip(folder: Path, count: int, size: tuple[int, int]) -> Path:
    """A manifest of ``count`` photos, hard links to one benchmark photo, an hour apart."""
    source = photo_set(1, size).paths[0]
    lines = ["format: trip-viewer/1", "title: A long trip", "timezone: Asia/Ho_Chi_Minh", "photos:"]
    for index in range(count):
        name = f"photos/{index:05d}.jpg"
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        os.link(source, folder / name)
        day, hour = divmod(index, 24)
        lines.append(
            f"  - {{file: {name}, caption: 'Photo {index} of the long trip', credit: Reuters/Bench, "
            f"time: '2019-{1 + day // 28:02d}-{1 + day % 28:02d}T{hour:02d}:00+07:00', "
            f"at: [{21 + index / count:.4f}, {105 + index / count:.4f}]}}"
        )
    manifest = folder / "trip.yaml"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        run()
    return time.perf_counter() - start


def measure(name: str, trip: Path, work: Path) -> list[tuple[str, str]]:
    web, page = work / f"{name}-web", work / f"{name}-page"
    timeline, storymap = web / "timeline.json", web / "storymap.json"
    rows = []
    seconds = timed(
        lambda: export_main([str(trip), "--timeline", str(timeline), "--storymap", str(storymap)])
    )
    count = len(list((web / "media").iterdir()))
    rows.append((f"{name}: export --timeline --storymap ({count} photos)", f"{seconds:.2f} s"))
    seconds = timed(lambda: export_main([str(trip), "--html", str(page)]))
    rows.append((f"{name}: export --html", f"{seconds:.2f} s"))
    for story in (timeline, storymap):
        seconds = timed(lambda story=story: import_story(story, story.with_suffix(".yaml"), force=True))
        rows.append((f"{name}: import {story.name}", f"{seconds * 1000:.0f} ms"))
    html = (page / "index.html").stat().st_size
    media = sum(path.stat().st_size for path in (page / "media").iterdir())
    rows.append((f"{name}: index.html / photos", f"{html / 1024:.0f} KB / {media / 2**20:.1f} MB"))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=1000)
    parser.add_argument("--size", default="3000x2000", help="WIDTHxHEIGHT of the big trip's photo")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    rows = []
    with tempfile.TemporaryDirectory(prefix="trip-viewer-webdesk-") as temporary:
        work = Path(temporary)
        rows += measure("sample (13)", paths.sample_trip(), work)
        big = work / "big"
        big.mkdir()
        rows += measure(
            f"{args.photos} photos {width}x{height}", big_trip(big, args.photos, (width, height)), work
        )
    wide = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{wide}}  {value:>14}")
    print(f"({os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
