"""Time to a sharp overview: from G to every cell on screen showing the thumbnail made for it.

``.venv/bin/python bench/overview.py [--runs N] [--quick] [--photos N]``

The app runs full screen on a private Xvfb of 1920x1080 on a trip of hard links
to the benchmark's 6000×4000 photos (distinct paths, so nothing is shared
between them). Each figure runs from the trace's ``key`` event for G (the key
reaching the window) to its ``overview`` event (the cells on screen made):

- cold: an empty ``--basedir``, G pressed once the first photo is painted sharp
  (the strip's thumbnails still being made behind);
- again: Escape, then G again in the same run (the cells kept in memory);
- warm: the app started again on the same basedir (the cells read from the disk
  cache), G pressed once the first photo is painted sharp: its neighbours are
  being decoded then, before the cells;
- warm, idle: the same, G pressed once the app has stopped using the CPU.

It prints a table; ``bench/run.py`` is left alone.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, only bench/ would be on the path
    sys.path.insert(0, str(REPO))

from bench.photos import photo_set  # noqa: E402
from bench.processes import App, Event, app_session, x_server  # noqa: E402
from bench.stats import median  # noqa: E402

KEY_G = 0x47  # Qt.Key_G, as the trace notes it
TIMEOUT = 60.0
IDLE_FOR = 0.3  # seconds the app must use (almost) no CPU to count as idle
IDLE_CPU = 0.02  # ... at most this share of one core


def cpu_seconds(pid: int) -> float:
    """User and system time of process ``pid`` so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_idle(app: App) -> None:
    """Wait until the app has used under ``IDLE_CPU`` of a core for ``IDLE_FOR`` seconds."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        before = cpu_seconds(app.process.pid)
        time.sleep(IDLE_FOR)
        if cpu_seconds(app.process.pid) - before <= IDLE_FOR * IDLE_CPU:
            return
    raise app.viewer.fail(f"the app was still busy after {TIMEOUT:g} s")


def time_to_sharp(app: App) -> float:
    """Press G; seconds from the key reaching the window to every cell on screen made."""
    seen = len(app.read())
    app.xdotool_key("g")

    def after(event: Event) -> bool:
        return app.events.index(event) >= seen

    key = app.wait_event(
        lambda e: after(e) and e["event"] == "key" and e["key"] == KEY_G, TIMEOUT, "the G key"
    )
    made = app.wait_event(lambda e: after(e) and e["event"] == "overview", TIMEOUT, "a sharp overview")
    return float(made["t"] - key["t"])


def measure(server_photos: Path, runs: int) -> dict[str, list[float]]:
    figures: dict[str, list[float]] = {"cold": [], "again": [], "warm": [], "idle": []}
    with x_server() as server:
        for run in range(runs):
            with tempfile.TemporaryDirectory(prefix="trip-viewer-bench-") as scratch:
                basedir = Path(scratch)
                with app_session(server, server_photos, basedir=basedir) as app:
                    app.viewer.find_window()
                    app.wait_shown(0, TIMEOUT)
                    figures["cold"].append(time_to_sharp(app))
                    app.xdotool_key("Escape")
                    figures["again"].append(time_to_sharp(app))
                    app.quit()
                with app_session(server, server_photos, basedir=basedir) as app:
                    app.viewer.find_window()
                    app.wait_shown(0, TIMEOUT)
                    figures["warm"].append(time_to_sharp(app))
                    app.quit()
                with app_session(server, server_photos, basedir=basedir) as app:
                    app.viewer.find_window()
                    app.wait_shown(0, TIMEOUT)
                    wait_idle(app)
                    figures["idle"].append(time_to_sharp(app))
                    app.quit()
            took = ", ".join(f"{name} {values[-1] * 1000:.0f} ms" for name, values in figures.items())
            print(f"  run {run + 1}: {took}", flush=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time from G to a sharp overview, cold and warm.")
    parser.add_argument("--runs", type=int, default=3, metavar="N", help="runs of each figure (default 3)")
    parser.add_argument(
        "--photos", type=int, default=200, metavar="N", help="photos in the trip (default 200)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="small photos, one run: a smoke run of the bench"
    )
    options = parser.parse_args(argv)
    size, distinct = ((1500, 1000), 8) if options.quick else ((6000, 4000), 12)
    runs = 1 if options.quick else options.runs
    photos = photo_set(distinct, size)
    folder, _ = photos.linked(options.photos, f"overview-{options.photos}")
    print(
        f"{options.photos} photos of {size[0]}×{size[1]} (hard links to {distinct}), {runs} runs, 1920x1080"
    )
    figures = measure(folder, runs)
    print()
    print("| Measure | Median | Runs |")
    print("|---|---|---|")
    names = {
        "cold": "G → every cell on screen sharp, cold (decoded while the strip fills)",
        "again": "the same, opened again in the same run (kept in memory)",
        "warm": "the same, the next start (from the disk cache), G at the first photo",
        "idle": "the same, the next start, G once the app is idle",
    }
    for key, label in names.items():
        values = figures[key]
        runs_text = ", ".join(f"{value * 1000:.0f}" for value in values)
        print(f"| {label} | {median(values) * 1000:.0f} ms | {runs_text} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
