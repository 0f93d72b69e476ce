"""Kiosk mode in a real window under Xvfb: ``trip-viewer --kiosk`` on a copy of the sample trip
with short per-photo times, real keys from xdotool, the manifest edited and a photo deleted
while it runs, and the quit chord.

Which photo is on screen is read from the viewer's trace (each photo painted sharp, error
slides included); the screen is checked on real screenshots.
"""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import LaunchViewer, Shots
from tools.xsession import Viewer, XServer, ink, photo_painted, wait_until
from viewer import paths
from viewer.gui import theme

STEP = 0.4  # seconds each photo stays: the whole trip loops in about six
COUNT = 13
LOOP_TIMEOUT = 60.0


@pytest.fixture
def trip(tmp_path: Path) -> Path:
    """A copy of the sample trip whose photos stay ``STEP`` seconds each."""
    folder = tmp_path / "lobby"
    shutil.copytree(paths.sample_trip().parent, folder)
    manifest = folder / "trip.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(
        text.replace("format: trip-viewer/1\n", f"format: trip-viewer/1\nduration: {STEP}\n", 1)
    )
    return manifest


def events(viewer: Viewer, name: str) -> list[dict[str, object]]:
    try:
        lines = viewer.trace_path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in lines if f'"event": "{name}"' in line]


def steps_in_order(painted: list[int], count: int) -> bool:
    """Each photo painted is the one after the last (round from the last to the first)."""
    return all(after == (before + 1) % count for before, after in itertools.pairwise(painted))


def wait_for_wrap(viewer: Viewer, count: int, since: int = 0) -> None:
    """Wait until, after the ``since``-th paint, the show went from its last photo to its first."""

    def wrapped() -> bool:
        painted = viewer.painted()[since:]
        return any(a == count - 1 and b == 0 for a, b in itertools.pairwise(painted))

    wait_until(wrapped, LOOP_TIMEOUT, "the kiosk to loop round to photo 1")


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A private D-Bus session bus, and a file that records every screen saver call on it."""
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-monitor") is None:
        pytest.skip("the screen saver check needs dbus-daemon and dbus-monitor (apt: dbus)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    calls = tmp_path / "screensaver-calls.txt"
    with calls.open("w") as record:
        monitor = subprocess.Popen(
            ["dbus-monitor", "--address", address, "interface='org.freedesktop.ScreenSaver'"], stdout=record
        )
    try:
        yield address, calls
    finally:
        for process in (monitor, daemon):
            process.terminate()
            process.wait(5)
        daemon.stdout.close()


def test_a_kiosk_loops_full_screen_and_only_the_quit_chord_stops_it(
    launch: LaunchViewer, xserver: XServer, trip: Path, shots: Shots, session_bus: tuple[str, Path]
) -> None:
    address, calls = session_bus
    viewer = launch(str(trip), "--kiosk", env={"DBUS_SESSION_BUS_ADDRESS": address})
    wait_until(lambda: len(viewer.painted()) >= 2, 30, "the kiosk's first photos")
    assert viewer.painted()[0] == 0  # from photo 1, whatever was remembered
    # The screen saver was asked to stay off: nobody touches a kiosk, so it is always idle.
    wait_until(lambda: "member=Inhibit" in calls.read_text(), 10, "the screen saver to be asked")
    assert '"Trip Viewer"' in calls.read_text()
    width, height = xserver.size
    assert viewer.window_geometry() == (0, 0, width, height)  # the whole screen, no menu bar

    # A passer-by at the keyboard: none of this may stop, jump, blank or zoom the show.
    viewer.key(
        "End", "Escape", "F11", "ctrl+q", "ctrl+w", "alt+F4", "b", "question", "z", "m", "Home", "5", "Return"
    )
    time.sleep(2 * STEP)  # let any effect of the keys show in the trace
    assert viewer.running()
    assert viewer.window_geometry() == (0, 0, width, height)
    painted = viewer.painted()
    assert steps_in_order(painted, COUNT), painted

    wait_for_wrap(viewer, COUNT)
    assert steps_in_order(viewer.painted(), COUNT)
    shot = viewer.capture()
    shots.save("looping", shot, share=True)
    assert photo_painted(shot)

    viewer.key("ctrl+shift+q", quits=True)
    assert viewer.wait_exit(15) == 0


def test_a_kiosk_survives_an_edited_manifest_a_half_saved_one_and_a_deleted_photo(
    launch: LaunchViewer, trip: Path, shots: Shots
) -> None:
    viewer = launch(str(trip), "--kiosk")
    wait_until(lambda: len(viewer.painted()) >= 2, 30, "the kiosk's first photos")

    # The photo desk drops the last three photos: the loop is ten photos long from then on.
    text = trip.read_text(encoding="utf-8")
    entries = text.split("\n  - file: ")
    trip.write_text("\n  - file: ".join(entries[:-3]) + "\n", encoding="utf-8")
    wait_until(
        lambda: any(event["photos"] == COUNT - 3 for event in events(viewer, "trip")), 30, "the reload"
    )
    since = len(viewer.painted())
    wait_for_wrap(viewer, COUNT - 3, since)
    assert max(viewer.painted()[since:]) <= COUNT - 4

    # A photo deleted under it: its turn passes, and the show goes on.
    (trip.parent / "photos" / "06-waves-en-route.jpg").unlink()
    since = len(viewer.painted())
    wait_for_wrap(viewer, COUNT - 3, since)
    after = viewer.painted()[since:]
    assert 5 in after and steps_in_order(after, COUNT - 3), after

    # Saved half-way: the last version that loaded goes on, with no banner over the photo.
    trip.write_text(text[: text.index("{name: Dandong") + 10], encoding="utf-8")  # stops mid-stop
    wait_until(
        lambda: "Still showing the last version that loaded" in viewer.output(), 30, "the kiosk to log it"
    )
    since = len(viewer.painted())
    wait_until(lambda: len(viewer.painted()) >= since + 3, 30, "the show to go on")
    shot = viewer.capture()
    shots.save("after-a-half-saved-manifest", shot, share=True)
    assert photo_painted(shot)
    banner = theme.BANNER_BACKGROUND
    top = shot.crop((0, 0, shot.width, 60))
    assert ink(top, (banner.red(), banner.green(), banner.blue()), 12) > 0.99  # hardly a pixel of it
    assert viewer.running()
    viewer.key("ctrl+shift+q", quits=True)
    assert viewer.wait_exit(15) == 0
