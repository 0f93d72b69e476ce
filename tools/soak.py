"""Soak run: thousands of autoplay steps in a real window, watching for leaks.

``python tools/soak.py`` plays the sample trip under Xvfb with a 1 ms autoplay
interval in a loop until 10,000 photos have been painted, and reports the
process's resident memory, thread count and open file handles after warming up
and at the end. With ``--rewrite N`` another thread meanwhile rewrites the
trip's manifest N times (valid, invalid and half-written in turn), as a photo
desk editing during a meeting would; the show must never stop. With ``--kiosk`` the
viewer runs as a lobby screen does (``--kiosk``: full screen, looping, keys
ignored) with a fade into every photo (``--fade``, 0.05 s unless given), each
photo staying just past its fade, so every step draws a whole fade.

Exit status 1 if memory grew by more than 5 % or threads or file handles grew.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.xsession import start_viewer, wait_until, xvfb
from viewer import paths

WARM_UP = 200  # steps before the first reading: caches are full by then
RSS_GROWTH_LIMIT = 0.05


@dataclass
class Reading:
    steps: int
    rss: int
    threads: int
    files: int

    def row(self, name: str) -> str:
        return f"{name:<6} {self.steps:>7} {self.rss / 2**20:>9.1f} {self.threads:>8} {self.files:>6}"


def read_process(pid: int, steps: int) -> Reading:
    status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    rss = int(fields["VmRSS"].split()[0]) * 1024
    return Reading(steps, rss, int(fields["Threads"]), sum(1 for _ in Path(f"/proc/{pid}/fd").iterdir()))


class TraceCounter:
    """Counts sharp paints in the viewer's trace file as it grows."""

    def __init__(self, path: Path) -> None:
        self.path, self.offset, self.painted, self.stalls = path, 0, 0, 0.0

    def update(self) -> int:
        if not self.path.exists():
            return self.painted
        with self.path.open(encoding="utf-8") as handle:
            handle.seek(self.offset)
            for line in handle:
                if not line.endswith("\n"):
                    break  # a line still being written
                self.offset += len(line.encode("utf-8"))
                event = json.loads(line)
                if event["event"] == "shown" and event.get("sharp"):
                    self.painted += 1
                elif event["event"] == "stall":
                    self.stalls = max(self.stalls, event["ms"])
        return self.painted


def rewrite(manifest: Path, times: int, stop: threading.Event) -> None:
    valid = manifest.read_text(encoding="utf-8")
    broken = valid.replace("photos:", "photos: [", 1)
    versions = (valid, broken, valid[: len(valid) // 2])
    for round_ in range(times):
        if stop.is_set():
            return
        text = versions[round_ % 3]
        if round_ % 2:  # save by rename, as many editors do
            temporary = manifest.with_name(manifest.name + ".saving")
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, manifest)
        else:
            manifest.write_text(text, encoding="utf-8")
        time.sleep(0.005)  # a tool, not a test: pace the writer like an editor
    manifest.write_text(valid, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--steps", type=int, default=10_000, help="photos to paint (default 10,000)")
    parser.add_argument(
        "--rewrite", type=int, default=0, metavar="N", help="rewrite the manifest N times meanwhile"
    )
    parser.add_argument("--timeout", type=float, default=1800, help="give up after this many seconds")
    parser.add_argument("--kiosk", action="store_true", help="run as a kiosk, fading into every photo")
    parser.add_argument("--fade", type=float, default=0.05, help="with --kiosk: the fade, in seconds")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="trip-viewer-soak-"))
    trip = work / "trip"
    shutil.copytree(paths.sample_trip().parent, trip)
    trace = work / "trace.jsonl"
    counter = TraceCounter(trace)
    stop = threading.Event()
    try:
        with xvfb() as server:
            if args.kiosk:
                stay = f"{args.fade + 0.01:g}"  # just past the fade: every fade is drawn whole
                how = ["--kiosk", "--autoplay", stay, "--transition", "fade", "--fade", f"{args.fade:g}"]
            else:
                how = ["--fullscreen", "--autoplay", "0.001", "--loop"]
            viewer = start_viewer(
                server,
                [str(trip / "trip.yaml"), *how],
                work / "base",
                env={"TRIP_VIEWER_TRACE": str(trace)},
            )
            try:
                started = time.monotonic()
                wait_until(lambda: counter.update() >= WARM_UP, 120, f"{WARM_UP} photos painted")
                first = read_process(viewer.process.pid, counter.painted)
                writer = threading.Thread(target=rewrite, args=(trip / "trip.yaml", args.rewrite, stop))
                writer.start()
                wait_until(
                    lambda: counter.update() >= args.steps, args.timeout, f"{args.steps} photos painted"
                )
                last = read_process(viewer.process.pid, counter.painted)
                stop.set()
                writer.join()
                alive = viewer.running()
                seconds = time.monotonic() - started
            finally:
                stop.set()
                viewer.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    growth = (last.rss - first.rss) / first.rss
    kind = f"kiosk, fades of {args.fade:g} s" if args.kiosk else "autoplay"
    print(
        f"soak ({kind}): {last.steps} photos painted in {seconds:.1f} s,"
        f" manifest rewritten {args.rewrite} times"
    )
    print(f"{'':<6} {'painted':>7} {'RSS MiB':>9} {'threads':>8} {'files':>6}")
    print(first.row("start"))
    print(last.row("end"))
    print(
        f"RSS growth {growth:+.1%} (limit {RSS_GROWTH_LIMIT:.0%}); longest UI stall {counter.stalls:.0f} ms"
    )
    ok = alive and growth <= RSS_GROWTH_LIMIT and last.threads <= first.threads and last.files <= first.files
    print("soak: PASS" if ok else "soak: FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
