"""A folder of 2,000 GPS photos whose camera wrote no UTC offset: how long reading their metadata takes.

Each photo (small, JPEG) has EXIF DateTimeOriginal without OffsetTimeOriginal
and a GPS position, spread over the world's land and sea, so every one needs
the time zone looked up at its position. Two figures, each in a fresh process
so the zone data's first build is counted: ordering the folder by capture time
(``capture_moment`` each, as ``check`` and ``import`` do) and reading every
photo's whole metadata (``read_metadata``, as the window's metadata store does).

    python -m bench.gps_folder                  # this checkout
    python -m bench.gps_folder --code /work/main   # another checkout, for a before/after
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

EXIF_IFD, GPS_IFD, DATE_TIME_ORIGINAL = 0x8769, 0x8825, 0x9003
REPO = Path(__file__).resolve().parent.parent

_MEASURE = """
import sys, time
from pathlib import Path
from viewer.model.metadata import capture_moment, read_metadata
paths = sorted(Path(sys.argv[1]).glob("*.jpg"))
read = capture_moment if sys.argv[2] == "order" else read_metadata
started = time.perf_counter()
found = [read(path) for path in paths]
took = time.perf_counter() - started
print(f"{took:.3f}")
"""


def make_folder(folder: Path, count: int) -> None:
    """``count`` photos at random places, each taken at a wall-clock time with no offset."""
    chance = random.Random(20)
    image = Image.new("RGB", (64, 48), (90, 120, 160))
    for number in range(count):
        block = Image.Exif()
        block.get_ifd(EXIF_IFD)[DATE_TIME_ORIGINAL] = f"2019:02:{1 + number % 28:02d} {number % 24:02d}:00:00"
        lat, lon = chance.uniform(-60, 70), chance.uniform(-180, 180)
        block.get_ifd(GPS_IFD).update(
            {1: "N" if lat >= 0 else "S", 2: _dms(abs(lat)), 3: "E" if lon >= 0 else "W", 4: _dms(abs(lon))}
        )
        image.save(folder / f"{number:05d}.jpg", exif=block)


def _dms(degrees: float) -> tuple[float, float, float]:
    whole = int(degrees)
    minutes = (degrees - whole) * 60
    return (float(whole), float(int(minutes)), round((minutes - int(minutes)) * 60, 2))


def measure(folder: Path, code: Path, what: str) -> float:
    """Seconds to ``what`` ("order" or "read") the folder with the viewer at ``code``, in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(folder), what],
        cwd=code,
        env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--code", type=Path, default=REPO, help="the checkout whose viewer to measure")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="trip-viewer-gps-") as scratch:
        folder = Path(scratch)
        make_folder(folder, args.count)
        for what in ("order", "read"):
            times = sorted(measure(folder, args.code, what) for _ in range(args.runs))
            shown = ", ".join(f"{value:.2f}" for value in times)
            took = times[len(times) // 2]
            print(f"{what} {args.count:,} GPS photos, no offsets ({args.code}): {took:.2f} s ({shown})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
