"""How long ``trip-viewer check`` takes on a folder of 24 MP JPEGs, now that it decodes every photo.

``python -m bench.check_speed [--photos 200] [--runs 3]`` makes (once, cached
beside the other benchmark photos) a folder of distinct 6000×4000 JPEGs of
about 8 MB and prints the time of ``run_check`` on it: the whole check, then
with the decoding verification on one thread and on one thread per core, and
without it (the check as it was before it decoded: headers and metadata only).

The photos are one generated photo (``bench.photos``) with a comment segment of
a different length in each, so every file has its own size and bytes: the
duplicate search hashes nothing, as for a real shoot, and each decode is that
of a real 24 MP photo. The disk cache is warm after the first run; the figures
are the median of ``--runs``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import struct
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.photos import cache_root, photo_set
from viewer.check import run_check
from viewer.imaging.verify import Verdict, verify_photo, verify_photos

SIZE = (6000, 4000)


def folder_of(count: int) -> Path:
    """``count`` distinct 24 MP JPEGs in a cached folder."""
    folder = cache_root() / f"check-{SIZE[0]}x{SIZE[1]}-{count}"
    paths = [folder / f"c{number:04d}.jpg" for number in range(count)]
    if all(path.exists() for path in paths):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    data = photo_set(1, SIZE).paths[0].read_bytes()
    for number, path in enumerate(paths):
        comment = f"bench photo {number} ".encode() * (number + 1)
        segment = b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
        part = path.with_suffix(".part")
        part.write_bytes(data[:2] + segment + data[2:])  # after SOI
        os.replace(part, path)
    return folder


def median_seconds(measure: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        measure()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    folder = folder_of(args.photos)
    megabytes = sum(path.stat().st_size for path in folder.glob("*.jpg")) / 1e6
    print(f"{args.photos} photos of {SIZE[0]}×{SIZE[1]}, {megabytes:.0f} MB, in {folder}")

    def headers_only(paths: Sequence[Path]) -> list[Verdict]:
        return [Verdict(None) for _ in paths]

    def one_thread(paths: Sequence[Path]) -> list[Verdict]:
        return [verify_photo(path) for path in paths]

    run_check(folder)  # the files into the disk cache, as for every row
    rows = [
        ("check, headers and metadata only (as before)", lambda: run_check(folder, verify=headers_only)),
        ("check, decoding on one thread", lambda: run_check(folder, verify=one_thread)),
        (f"check, decoding on {os.cpu_count()} threads (as shipped)", lambda: run_check(folder)),
        ("decoding alone, as shipped", lambda: verify_photos(sorted(folder.glob("*.jpg")))),
    ]
    for label, measure in rows:
        seconds = median_seconds(measure, args.runs)
        print(f"{label:<52} {seconds:7.2f} s  {seconds / args.photos * 1000:6.1f} ms a photo")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
