"""The route map's model: GPX reading, coastline reading and the map's layout, timed.

``.venv/bin/python bench/route_map.py [--runs 3] [--points 1000000] [--photos 100000]``

Prints, each the median of ``--runs`` (and every run):

- a GPX of ``--points`` track points (written to a temporary folder, 80 bytes a point
  like a logger's, with a time each) read and thinned for drawing, in a child process
  so that its peak memory (maximum resident set, less the child's before reading) is
  its own; and gpxpy parsing a tenth of it, for comparison, when gpxpy is installed;
- the coastlines and borders of the sample trip's frame at each resolution, from a new
  :class:`~viewer.model.coastlines.Atlas` (its index read too: the map's first draw)
  and again from the same one (a resize);
- ``lay_out_map`` for the sample trip, and for a trip of ``--photos`` photos along the
  sample's route (one in ten with a known position, as from GPS; the rest placed by
  time), its route and atlas already read (as the view keeps them between draws).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, only bench/ would be on the path
    sys.path.insert(0, str(REPO))

from viewer import paths  # noqa: E402
from viewer.model.coastlines import RESOLUTIONS, Atlas  # noqa: E402
from viewer.model.geo import LatLon  # noqa: E402
from viewer.model.manifest import load_manifest  # noqa: E402
from viewer.model.maplayout import lay_out_map  # noqa: E402
from viewer.model.route import route_of  # noqa: E402
from viewer.model.trip import Photo, Trip, TripTime, made_photo  # noqa: E402

ASPECT = 1280 / 860

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from viewer.model.gpx import read_gpx
from viewer.model.route import thin
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
lats, lons = read_gpx(Path(sys.argv[1]))
read = time.perf_counter()
points = thin(lats, lons)
done = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps([read - started, done - read, (peak - before) / 1024, len(lats), len(points)]))
"""

_GPXPY = """
import json, sys, time
import gpxpy
started = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as handle:
    parsed = gpxpy.parse(handle)
print(json.dumps([time.perf_counter() - started, parsed.get_track_points_no()]))
"""


def write_gpx(path: Path, count: int) -> Path:
    """A track of ``count`` points winding south-west, each with an elevation and a time."""
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0"?>\n<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">')
        out.write("<trk><trkseg>\n")
        for i in range(count):
            lat, lon = 40 - 18 * i / count, 125 - 20 * i / count + 0.05 * ((i // 500) % 2)
            when = "<time>2019-02-24T10:00:00Z</time>"
            out.write(f'<trkpt lat="{lat:.6f}" lon="{lon:.6f}"><ele>120</ele>{when}</trkpt>\n')
        out.write("</trkseg></trk></gpx>\n")
    return path


def timed(work: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return times


def show(label: str, times: list[float], note: str = "") -> None:
    every = ", ".join(f"{value * 1000:.0f}" for value in times)
    print(f"  {label:<52} {statistics.median(times) * 1000:8.0f} ms   ({every}){note}")


def big_trip(count: int) -> tuple[Trip, dict[int, LatLon]]:
    """``count`` photos spread in time over the sample's journey; every tenth has a known position."""
    sample = load_manifest(paths.sample_trip())
    route = route_of(sample)
    first = sample.stops[0].time
    last = sample.stops[-1].time
    assert first is not None and last is not None
    span = last.moment - first.moment
    photos: list[Photo] = []
    known: dict[int, LatLon] = {}
    template = sample.photos[0]
    for index in range(count):
        moment = first.moment + span * (index / count)
        photos.append(made_photo(template.path, template.file, None, None, TripTime(moment), None, None))
        if index % 10 == 0:
            known[index] = route.points[int(len(route.points) * index / count)]
    return replace(sample, photos=tuple(photos)), known


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--photos", type=int, default=100_000)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="trip-viewer-bench-") as scratch:
        gpx = write_gpx(Path(scratch) / "route.gpx", args.points)
        size = gpx.stat().st_size / 2**20
        print(f"GPX of {args.points:,} points ({size:.0f} MB), read and thinned in a child process:")
        results = []
        for _ in range(args.runs):
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, str(gpx)], capture_output=True, text=True, check=True
            )
            results.append(json.loads(done.stdout))
        kept = results[0][4]
        show("read", [r[0] for r in results])
        show(f"thinned to {kept:,} points", [r[1] for r in results])
        memory = statistics.median(r[2] for r in results)
        print(f"  {'peak memory of reading and thinning':<52} {memory:8.0f} MB")
        tenth = write_gpx(Path(scratch) / "tenth.gpx", args.points // 10)
        try:
            done = subprocess.run([sys.executable, "-c", _GPXPY, str(tenth)], capture_output=True, text=True)
        except OSError:
            done = None
        if done is not None and done.returncode == 0:
            took, count = json.loads(done.stdout)
            print(f"  {f'gpxpy, for comparison: {count:,} points parsed':<52} {took * 1000:8.0f} ms")
        else:
            print("  (gpxpy is not installed: no comparison)")

    sample = load_manifest(paths.sample_trip())
    box = lay_out_map(sample, {}, ASPECT).frame.box()
    print(
        f"\nCoastlines and borders of the sample's frame ({box.south:.0f}..{box.north:.0f} N, "
        f"{box.west:.0f}..{box.east:.0f} E):"
    )
    for resolution in RESOLUTIONS:
        show(
            f"{resolution}: a new atlas (the first draw)",
            timed(lambda r=resolution: Atlas().read(box, r), args.runs),
        )
        atlas = Atlas()
        atlas.read(box, resolution)
        show(
            f"{resolution}: the same atlas again",
            timed(lambda r=resolution, a=atlas: a.read(box, r), args.runs),
        )

    print("\nlay_out_map:")
    show(
        "the sample trip, GPX and atlas read afresh",
        timed(lambda: lay_out_map(sample, {}, ASPECT), args.runs),
    )
    route, atlas = route_of(sample), Atlas()
    show(
        "the sample trip again (a resize)",
        timed(lambda: lay_out_map(sample, {}, ASPECT, route=route, atlas=atlas), args.runs),
    )
    trip, known = big_trip(args.photos)
    layout = lay_out_map(trip, known, ASPECT, route=route, atlas=atlas)
    approximate = sum(photo.approximate for photo in layout.photos)
    show(
        f"{args.photos:,} photos ({approximate:,} placed by time), again",
        timed(lambda: lay_out_map(trip, known, ASPECT, route=route, atlas=atlas), args.runs),
    )
    clicks = timed(lambda: [layout.photo_at(x / 100, 0.5, 0.01) for x in range(100)], args.runs)
    show("100 clicks on that map (photo_at)", clicks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
