"""Run the benchmark suite: ``.venv/bin/python bench/run.py [--runs N] [--quick] [--only P1,P3]``.

It makes (or reuses) the photos, measures P1 to P10, ZOOM and FADE against the real app, each
figure on its own private Xvfb of 1920x1080 (FADE's 4K half on one of 3840x2160), prints the
table and writes it, with the machine and date, to ``docs/performance.md``. ``--quick`` is a smoke
run of the bench itself on a few small photos; it writes no file unless ``--out`` is given.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import os
import shlex
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, only bench/ would be on the path
    sys.path.insert(0, str(REPO))

from bench import bigshoot, handout, latency, manifest_load, map_view, playthrough, startup, strip, zoom  # noqa: E402
from bench.contention import Contention  # noqa: E402
from bench.fade import measure_fade  # noqa: E402
from bench.photos import photo_set  # noqa: E402
from bench.processes import x_server  # noqa: E402
from bench.report import Context, Row, kept_section, markdown, others_note, text_table  # noqa: E402
from tools import xsession  # noqa: E402
from tools.xsession import XServer  # noqa: E402

FIGURES = ("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "ZOOM", "FADE")
DEFAULT_OUT = REPO / "docs" / "performance.md"
NOISY = 0.05  # warn when other programs take more of the CPU than this during a figure


@dataclass(frozen=True)
class Plan:
    """How big a run is: the full benchmark or a quick smoke run."""

    photos: int
    size: tuple[int, int]
    big_trip: int  # photos in the P4 and P5 trip (hard links)
    calm_steps: int
    burst: int
    feh_big_runs: int  # feh's P4 runs: its peak is one decoded photo, and 500 take minutes
    shoot_folder: int  # P7's folder of small photos
    shoot_manifest: int  # P8's manifest
    shoot_sizes: tuple[int, ...]  # P7 and P8 once at each size, for their growth


FULL = Plan(
    photos=40,
    size=(6000, 4000),
    big_trip=500,
    calm_steps=20,
    burst=19,
    feh_big_runs=1,
    shoot_folder=bigshoot.FOLDER_PHOTOS,
    shoot_manifest=bigshoot.MANIFEST_PHOTOS,
    shoot_sizes=bigshoot.SIZES,
)
QUICK = Plan(
    photos=8,
    size=(1500, 1000),
    big_trip=60,
    calm_steps=4,
    burst=3,
    feh_big_runs=1,
    shoot_folder=1_000,
    shoot_manifest=1_000,
    shoot_sizes=(100, 1_000),
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Measure Trip Viewer against its performance goals.")
    parser.add_argument("--runs", type=int, default=3, metavar="N", help="runs per figure (default 3)")
    parser.add_argument("--quick", action="store_true", help="a smoke run on a few small photos, one run")
    parser.add_argument(
        "--only", type=_figures, default=FIGURES, metavar="P1,P3", help="measure only these figures"
    )
    parser.add_argument("--out", type=Path, help=f"write the Markdown here (default {DEFAULT_OUT})")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    plan = QUICK if args.quick else FULL
    runs = 1 if args.quick else max(1, args.runs)
    out = args.out or (None if args.quick else DEFAULT_OUT)
    wanted = set(args.only)
    started = time.monotonic()
    # An installed app (a wheel, the frozen build) starts from compiled bytecode; a
    # checkout under PYTHONDONTWRITEBYTECODE=1 would compile every module at every start.
    compileall.compile_dir(REPO / "viewer", quiet=1)
    figures: dict[str, Callable[[XServer], list[Row]]] = {}
    figures_without_x: dict[str, Callable[[XServer | None], list[Row]]] = {}
    photos_note = "none needed"
    if wanted & {"P1", "P2", "P3", "P4", "P5", "P9", "P10", "ZOOM", "FADE"}:
        missing = xsession.missing_tools()
        if missing:
            print(f"bench: needs {', '.join(missing)} on PATH", file=sys.stderr)
            return 1
        photos = photo_set(plan.photos, plan.size)
        width, height = plan.size
        photos_note = (
            f"{plan.photos} of {width}×{height}, JPEG q90, mean {photos.mean_bytes / 1e6:.1f} MB "
            f"({photos.mean_bytes * 8 / (width * height):.2f} bits/pixel)"
        )
        print(f"photos: {photos_note}", flush=True)
        big_folder, big_paths = photos.linked(plan.big_trip)
        single_folder, _ = photos.linked(1, name="single")
        figures = {
            "P1": lambda server: playthrough.measure_p1(server, photos.folder, photos.paths, runs),
            "P2": lambda server: (
                latency.measure_p2(server, photos.folder, plan.photos, runs, plan.calm_steps, plan.burst)
                + latency.measure_p2(
                    server, photos.folder, plan.photos, runs, plan.calm_steps, plan.burst, transition="fade"
                )
            ),
            "P3": lambda server: startup.measure_p3(
                server, single_folder, plan.size, runs * startup.RUNS_PER_RUN
            ),
            "P4": lambda server: playthrough.measure_p4(
                server, big_folder, big_paths, runs, plan.feh_big_runs
            ),
            "P5": lambda server: strip.measure_p5(server, big_folder, plan.big_trip, runs),
            "P9": lambda server: map_view.measure_p9(
                server, photos, runs, plan.photos, plan.calm_steps, plan.burst
            ),
            "ZOOM": lambda server: zoom.measure_zoom(server, single_folder, plan.size, runs),
            "FADE": lambda server: measure_fade(server, photos.folder, plan.photos, runs, plan.calm_steps),
        }
        figures_without_x["P10"] = lambda _: handout.measure_p10(photos, plan.big_trip, runs)
    if wanted & {"P7", "P8"} and xsession.missing_tools():
        print(f"bench: needs {', '.join(xsession.missing_tools())} on PATH", file=sys.stderr)
        return 1
    figures["P7"] = lambda server: bigshoot.measure_p7(server, runs, plan.shoot_sizes, plan.shoot_folder)
    figures["P8"] = lambda server: bigshoot.measure_p8(server, runs, plan.shoot_sizes, plan.shoot_manifest)
    # Writeback of what earlier work left dirty (an install, a test run: gigabytes)
    # stalled whatever ran next, feh as much as the app: with 2.4 GB dirty, P1's first
    # run took 24.9 s and feh's 22.8 s, against 2.6 and 10.6 s. The disk is made quiet
    # before anything is timed.
    synced = time.monotonic()
    os.sync()
    print(f"disk synced in {time.monotonic() - synced:.1f} s", flush=True)
    rows: list[Row] = []
    others: dict[str, float] = {}  # figure: the CPU share other programs took meanwhile
    for name in FIGURES:
        if name == "P6" and name in wanted:
            rows += _figure("P6", lambda _: manifest_load.measure_p6(runs=5), others, needs_x=False)
        elif name in wanted and name in figures_without_x:
            rows += _figure(name, figures_without_x[name], others, needs_x=False)
        elif name in wanted and name in figures:
            rows += _figure(name, _on_x(figures[name]), others)
    seconds = time.monotonic() - started
    print()
    print(text_table(rows))
    print(f"\n{len(rows)} rows in {seconds / 60:.1f} min; others' share of the CPU: {others_note(others)}")
    if out is not None:
        command = shlex.join([".venv/bin/python", "bench/run.py", *(sys.argv[1:] if argv is None else argv)])
        context = Context(command, runs, args.quick, photos_note, seconds, others)
        out.parent.mkdir(parents=True, exist_ok=True)
        kept = kept_section(out.read_text(encoding="utf-8")) if out.exists() else ""
        out.write_text(markdown(rows, context, kept), encoding="utf-8")
        print(f"wrote {out}")
    return 0


def _figure(
    name: str,
    measure: Callable[[XServer | None], list[Row]],
    others: dict[str, float],
    needs_x: bool = True,
) -> list[Row]:
    """Measure one figure on its own Xvfb (if it ``needs_x``), noting others' CPU use meanwhile.

    A figure that fails (the X server or the app gone, a timeout) is tried once
    more, then reported as not measured, so one failure does not lose the others.
    """
    print(f"{name} …", flush=True)
    for attempt in (1, 2):
        try:
            with x_server() if needs_x else contextlib.nullcontext() as server:
                contention = Contention((server.process.pid,) if server else ())
                contention.start()
                rows = measure(server)
                others[name] = contention.share()
        except Exception as exc:  # report it and go on: the other figures still count
            traceback.print_exc()
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            print(f"  {name} failed (attempt {attempt}): {reason}", flush=True)
            continue
        if others[name] > NOISY:
            print(f"  other programs took {others[name]:.0%} of the CPU during {name}: its figures suffer")
        return rows
    return [Row(name, "not measured", f"failed twice: {reason}")]


def _on_x(measure: Callable[[XServer], list[Row]]) -> Callable[[XServer | None], list[Row]]:
    """``measure`` as :func:`_figure` calls it, refusing to run without an X server."""

    def on_x(server: XServer | None) -> list[Row]:
        if server is None:
            raise RuntimeError("this figure needs an X server")
        return measure(server)

    return on_x


def _figures(text: str) -> tuple[str, ...]:
    names = tuple(name.strip().upper() for name in text.split(",") if name.strip())
    unknown = [name for name in names if name not in FIGURES]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown figure {', '.join(unknown)}; choose from {FIGURES}")
    return names


if __name__ == "__main__":
    sys.exit(main())
