"""P9, the route map in the real app: its first draw, and P2's steps with the map beside the photo.

- **First draw**: from the first photo painted sharp to the map (and its inset of
  the photos, where it has one) on screen, from the ``map`` event of the viewer's
  trace; on the sample trip, and on a manifest of ``BIG`` photos spread along the
  sample's route, each with its position, so every photo is a dot.
- **Steps with the map**: P2's calm steps and burst (``bench/latency.py``) on the P2
  photos listed in a manifest that places them along the sample's route: the map
  is visible and follows every step.

The layout and drawing happen off the UI thread; what a step adds is the mark.
"""

from __future__ import annotations

from pathlib import Path
from statistics import median

from bench import latency
from bench.photos import PhotoSet
from bench.processes import app_session
from bench.report import Row
from tools.xsession import XServer
from viewer import paths
from viewer.model.manifest import load_manifest
from viewer.model.route import route_of

BIG = 20_000
GOAL_MS = 1500.0  # the map on screen within a second and a half of the first photo


def placed_manifest(folder: Path, photos: list[Path]) -> Path:
    """A manifest of ``photos`` (in ``folder``) in order along the sample's route, each placed and timed."""
    sample = load_manifest(paths.sample_trip())
    route = route_of(sample).points
    stops = [
        f"  - {{name: {stop.name}, time: {stop.time.moment.isoformat()}, "
        f"at: [{stop.position.lat}, {stop.position.lon}]}}"
        for stop in sample.stops
        if stop.time is not None and stop.position is not None
    ]
    lines = [
        "format: trip-viewer/1",
        "title: Along the route",
        "timezone: Asia/Ho_Chi_Minh",
        "stops:",
        *stops,
        "photos:",
    ]
    first, last = sample.stops[0].time, sample.stops[-1].time
    assert first is not None and last is not None
    span = last.moment - first.moment
    for number, photo in enumerate(photos):
        share = number / max(1, len(photos) - 1)
        point = route[min(len(route) - 1, round(share * (len(route) - 1)))]
        when = (first.moment + span * share).isoformat(timespec="seconds")
        lines.append(f"  - {{file: {photo.name}, time: {when}, at: [{point.lat:.5f}, {point.lon:.5f}]}}")
    manifest = folder / "trip.yaml"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def first_draw(server: XServer, trip: Path, runs: int) -> tuple[list[float], dict[str, object]]:
    """Milliseconds from the first sharp photo to the map on screen, per run; the last map event."""
    times: list[float] = []
    drawn: dict[str, object] = {}
    for _ in range(runs):
        with app_session(server, trip, ["--fullscreen", "--start", "1"]) as app:
            shown = app.wait_shown(0, timeout=60)
            drawn = app.wait_event(lambda event: event["event"] == "map", 120, "the route map drawn")
            times.append((drawn["t"] - shown["t"]) * 1000)
    return times, drawn


def measure_p9(
    server: XServer, photos: PhotoSet, runs: int, count: int, calm_steps: int, burst: int
) -> list[Row]:
    rows = []
    sample_times, sample_map = first_draw(server, paths.sample_trip(), runs)
    print(f"  P9 sample map: {', '.join(f'{value:.0f}' for value in sample_times)} ms", flush=True)
    rows.append(
        Row(
            "P9",
            f"sample trip: first photo → map and inset on screen ({sample_map.get('shapes')} shapes)",
            f"{median(sample_times):.0f} ms",
            f"≤ {GOAL_MS:.0f} ms",
            median(sample_times) <= GOAL_MS,
            ", ".join(f"{value:.0f}" for value in sample_times) + " ms",
        )
    )
    big_folder, big_paths = photos.linked(BIG, name=f"links-{BIG}")
    big_times, big_map = first_draw(server, placed_manifest(big_folder, big_paths), runs)
    print(f"  P9 {BIG:,}-photo map: {', '.join(f'{value:.0f}' for value in big_times)} ms", flush=True)
    rows.append(
        Row(
            "P9",
            f"{BIG:,} placed photos: first photo → map on screen ({big_map.get('photos')} dots)",
            f"{median(big_times):.0f} ms",
            detail=", ".join(f"{value:.0f}" for value in big_times) + " ms",
        )
    )
    folder, linked = photos.linked(count, name=f"placed-{count}")
    stepped = latency.measure_p2(server, placed_manifest(folder, linked), count, runs, calm_steps, burst)
    for row in stepped:
        if "bench overhead" not in row.measure:
            rows.append(Row("P9", f"map visible: {row.measure}", row.value, row.goal, row.met, row.detail))
    return rows
