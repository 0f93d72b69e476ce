"""The results table: one row per figure, printed to the terminal and written as Markdown.

The Markdown page says when and on what it was measured (CPU, cores, RAM, the
versions of Python, PySide6, Pillow and feh), and how each figure was taken, so a
number in it can be reproduced or questioned.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import PIL
import PySide6
from PIL import features


@dataclass(frozen=True)
class Row:
    """One figure: what was measured, its value, the goal, and whether the goal is met."""

    figure: str  # P1 … P9
    measure: str
    value: str
    goal: str = ""
    met: bool | None = None  # None: no goal for this row
    detail: str = ""  # every run's value, or how the row was taken

    @property
    def verdict(self) -> str:
        return {True: "yes", False: "**no**", None: ""}[self.met]


@dataclass(frozen=True)
class Context:
    """What a report needs besides the rows."""

    command: str
    runs: int
    quick: bool
    photos: str  # what the photos were
    seconds: float  # how long the whole benchmark took
    others: dict[str, float]  # figure: the share of the CPU other programs took while it ran


def machine() -> list[tuple[str, str]]:
    """Where the figures were measured, as (name, value) pairs."""
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        meminfo = Path("/proc/meminfo").read_text(encoding="utf-8").split()
        ram = f"{int(meminfo[meminfo.index('MemTotal:') + 1]) / 1024**2:.1f} GiB"
    except (OSError, ValueError, IndexError):
        ram = "unknown"
    return [
        ("CPU", f"{cpu}, {os.cpu_count()} cores available"),
        ("RAM", ram),
        ("System", f"{platform.system()} {platform.release()} ({platform.machine()})"),
        ("Python", platform.python_version()),
        ("PySide6", PySide6.__version__),
        ("Pillow", f"{PIL.__version__} (libjpeg-turbo {features.version('libjpeg_turbo') or 'absent'})"),
        ("feh", _feh_version()),
        ("Display", "Xvfb 1920x1080x24, no window manager"),
    ]


def _feh_version() -> str:
    if shutil.which("feh") is None:
        return "not installed"
    answer = subprocess.run(["feh", "--version"], capture_output=True, text=True, check=False)
    return answer.stdout.splitlines()[0].removeprefix("feh version ") if answer.stdout else "unknown"


def others_note(others: dict[str, float]) -> str:
    """The CPU share other programs took during each figure, e.g. ``P1 0 %, P2 12 %``."""
    shares = ", ".join(f"{name} {share * 100:.0f} %" for name, share in others.items())
    return shares or "not measured"


def text_table(rows: Sequence[Row]) -> str:
    """The rows as aligned plain text for the terminal."""
    header = ("", "Measure", "Result", "Goal", "Met")
    body = [(row.figure, row.measure, row.value, row.goal, row.verdict.strip("*")) for row in rows]
    widths = [max(len(line[column]) for line in [header, *body]) for column in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) for line in body]
    rule = "  ".join("-" * width for width in widths)
    title = "  ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True))
    return "\n".join([title, rule, *lines])


KEPT = "## Why the code is as it is: measurements behind the rules"


def kept_section(page: str) -> str:
    """The section of an earlier page that the bench does not write, from :data:`KEPT` to the end."""
    at = page.find(KEPT)
    return page[at:] if at >= 0 else ""


def markdown(rows: Sequence[Row], context: Context, kept: str = "") -> str:
    """The whole ``docs/performance.md`` page, ending with ``kept`` (see :func:`kept_section`)."""
    stamp = datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M %Z")
    lines = [
        "# Performance",
        "",
        f"Measured {stamp} by `{context.command}` "
        f"({context.runs} run{'s' if context.runs != 1 else ''} of each figure, the median shown; "
        f"the whole benchmark took {context.seconds / 60:.1f} min).",
    ]
    if context.quick:
        lines += ["", "**A quick smoke run with small photos: these figures say nothing about the goals.**"]
    lines += ["", f"Photos: {context.photos}.", "", "| | |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in machine()]
    lines.append(
        f"| Other programs' share of the CPU while each figure ran | {others_note(context.others)} |"
    )
    lines += [
        "",
        "## Results",
        "",
        "| | Measure | Result | Goal | Met | Runs |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        cells = (row.figure, row.measure, row.value, row.goal, row.verdict, row.detail)
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    lines += ["", HOW_MEASURED]
    if kept:
        lines += ["", kept.rstrip("\n")]
    return "\n".join(lines) + "\n"


HOW_MEASURED = """\
## How it was measured

`.venv/bin/python bench/run.py` makes its photos once (6000×4000 JPEG q90: a smooth
scene per photo plus texture and camera-like noise, so they compress like real photos)
and keeps them under `~/.cache/trip-viewer-bench/`. Trips bigger than the photo set
are hard links to the same files under distinct names. The real app
(`python -m viewer FOLDER --fullscreen --basedir FRESH_TMP …`) and feh run on a private
Xvfb of 1920×1080 with no window manager. Times come from the app's own trace
(`TRIP_VIEWER_TRACE`): its `shown` events are written from the photo widget's
`paintEvent`, so every figure ends at a painted frame, and the trace's clock
(`time.monotonic()`) is the one the bench reads before it spawns a process or sends
a key. Every app run starts with an empty `--basedir`, so its strip thumbnails are
decoded while it runs (P5's warm start is the exception). Each figure is the median
over the runs; the Runs column lists every run. The machine is shared, so the bench
also notes how much of the CPU other programs took while each figure ran (busy time
from `/proc/stat` minus the bench's own, its children's and its Xvfb's); a figure
measured while others took a large share is slower than the app really is. Before
the first figure the bench flushes the disk's pending writes (`os.sync()`): the
writeback an install or a test run left behind stalled the first runs, feh's as
much as the app's (P1's first run took 24.9 s with 2.4 GB waiting, against 2.6 s).

- **P1** Wall time from spawn to exit, reaped with `os.wait4`: the app with
  `--play-once --autoplay 0` (it exits once the last photo has been painted sharp),
  and `feh --on-last-slide quit -F -D 0.01` on the same files in the same run.
- **P2** The app on the P1 folder, from photo 1 painted sharp: Right is sent with
  `xdotool key --window` twice a second; latency runs from the trace's `key` event
  (the key reaching the window) to the first `shown` of the new photo (a preview
  or the sharp photo) and to its sharp `shown`. The xdotool overhead is the bench's
  clock before spawning xdotool to the `key` event. Then a burst of Right presses
  33 ms apart (`xdotool key --delay 33`): the longest `stall` (a UI-thread gap over
  20 ms seen by a 4 ms heartbeat) from the burst's first key to the last photo
  painted sharp, and the time from the last key to that sharp paint.
- **P3** From just before spawning to the first photo painted sharp, on a trip
  of one 6000×4000 photo; the floor is `bench/bare_window.py`, a bare PySide6
  window of the screen's size that notes the time of its first paint and quits.
  Two reference rows, with no goal, split that start. Both show the photo at the
  box the app decodes its first photo for (its full-screen window less the strip,
  1920×960 on the bench's screen: the same DCT scale, 1/4). `bench/decoded_photo.py`
  is the bare window painting the photo already decoded (raw pixels read from a
  file in its first paint): what showing the pixels costs. `bench/least_photo.py`
  decodes the photo on a thread beside PySide's import (DCT-scaled, one chunk),
  sizes it with Pillow and paints it: the least any PySide6 + Pillow program does
  to show it from its JPEG, so its excess over the first is what decoding costs.
  The app's start over the latter is the cost of the app's own start-up beyond that,
  and P3's goal is set against it: the start is settled at ≤ 1.35× the decode-only
  reference (the floor and the decoded-photo rows have no goal). P3 takes three
  times the runs of the other figures: a start varies by ±40 ms, the floor's as
  much, and the ratio of two medians of 5 swung from 1.37× to 1.74× on one day.
- **P4** Peak RSS (`ru_maxrss` from `os.wait4`) over a play-once of 500 photos,
  and feh's over the same 500 paths (one run: feh holds one decoded photo at a
  time, so its peak does not vary, and its 500 photos take two minutes); growth
  compares the RSS the trace notes when photo 100 and photo 500 are painted sharp.
- **P5** The app on the 500-photo trip without autoplay: from the trace's `trip`
  event to its `thumbnails` event (all strip thumbnails in), first with an empty
  basedir (cold: every photo decoded), then again with the same basedir (warm:
  read back from the disk cache). Closed with Ctrl+Q.
- **P6** `viewer.model.folder.load_trip()` in the bench's own process on a
  generated 10,000-photo manifest (file, caption, credit, time, place each),
  median of 5 loads.
- **P7** A folder of 20,000 small photos (320×213 JPEGs with EXIF capture times,
  hard links to 500 distinct files, named against their capture order:
  `bench/bigtrip.py`), opened as a shoot is: from spawn to its first photo painted
  sharp (the folder opens in file-time order); the longest `stall` from that photo
  until every photo's capture time is read and the order has settled (the trace's
  `settled`), with how much of it the UI thread ran (`time.thread_time()`) and how
  long it was ready to run but had no core (`queued`, from the scheduler's count in
  `/proc/thread-self/schedstat`: other programs, or the app's own workers); the rest
  it slept, mostly waiting for the interpreter lock; then End, sent
  with xdotool, to the last photo painted sharp (from the trace's `key`). Then once
  each at 1,000, 10,000 and 100,000 photos: the growth is the exponent k of t ∝ n^k
  from the smallest to the largest (1 is linear; ≤ 1.1 passes, for a noisy machine).
  The app is ended by the bench, not Ctrl+Q, so no thumbnail packs are written.
- **P8** A manifest of 100,000 entries (file, caption, time) over the same 500
  files: from spawn to its first photo painted sharp, and the longest stall until
  every photo's metadata is read (the trace's `read`); then once each at 1,000,
  10,000 and 100,000 entries for the growth, as P7.
- **P9** The route map (``bench/map_view.py``): from the first photo painted sharp to
  the map, and its inset, on screen (the trace's `map`), on the sample trip and on a
  manifest of 20,000 photos placed along the sample's route; then P2's steps and
  burst on the P2 photos placed along that route, the map beside them.
- **P10** `trip-viewer handout` of a manifest of 500 captioned photos (hard links
  to the 24 MP set) with no display, two photos a page, A4 (`bench/handout.py`):
  wall time from spawn to exit and peak RSS (`os.wait4`), median of the runs; the
  RSS of the same command on 50 photos beside it shows memory does not grow with
  the trip.
- **FADE** `bench/fade.py`: the app full screen with `--transition fade --fade 0.3`
  on the P1 folder, on an Xvfb of 1920×1080 and on one of 3840×2160; from photo 1
  painted sharp (and 2 s to settle), Right once a second. Each fade's end writes a
  `faded` trace event with the milliseconds between its frames and what each frame's
  `paintEvent` cost (the copy to the X server not included). A refresh of a 60 Hz
  screen that no new frame reached is a dropped frame (`viewer.model.fade`): frames
  16 ms apart drop none, 20 ms apart one in six. The reference rows are
  `bench/fade_alone.py`: the photo view alone, full screen, fading between three
  photos decoded beforehand, as many fades, nothing else at work. P2 is measured
  a second time with `--transition fade` (its rows "fades on"): the new photo's
  first paint is then the first frame of its fade, and each key of the burst ends
  the running fade.
"""
