"""The overview (G) and find (Ctrl+F) on big trips: the longest UI-thread slice of each step.

``.venv/bin/python bench/overview_big.py [--sizes 1000,10000,100000] [--settle MS]``

In one process on Qt's offscreen platform (the layout and painting are the same
work as on a screen), a window of 1280×860 opens a manifest of N entries
(``bench/bigtrip.py``) and waits until its photos' metadata is read. Then each
step is run from the event loop, as a key press would be, and a heartbeat timer
of 1 ms notes the longest gap in the UI thread from the step until the window
has been idle ``--settle`` ms: that gap is what a person feels as a freeze.

Steps: G (open), End, Home, Page Down ×3, the window resized to 800×600 and back,
Escape (close); then Ctrl+F, a query typed a key at a time, and Escape; all of
it ``--runs`` times in the same window (so G opens again). It prints a table of
milliseconds, a column per size: the median of each step's longest gap, with
the most CPU time the UI thread ran in one gap (a gap far longer than that was
the machine keeping the UI thread waiting, not work of the window).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, only bench/ would be on the path
    sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from bench import bigtrip  # noqa: E402
from viewer import paths  # noqa: E402

Key = Qt.Key
QUERY = "frame 99"  # matches a few thousand of 100,000 captions, then fewer, key by key


class Heartbeat:
    """The longest gap between two beats of a 1 ms timer in the UI thread, since :meth:`reset`,
    and the most of a gap the UI thread ran (on a busy machine it is kept waiting for the rest)."""

    def __init__(self) -> None:
        self.longest = self.busiest = 0.0
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self._timer = QTimer(interval=1)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest = max(self.longest, now - self._last)
        self.busiest = max(self.busiest, cpu - self._last_cpu)
        self._last, self._last_cpu = now, cpu

    def reset(self) -> None:
        self.longest = self.busiest = 0.0
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()


def spin(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def step(beat: Heartbeat, action: Callable[[], None], settle: int) -> tuple[float, float]:
    """Run ``action`` from the event loop; the longest UI-thread gap until ``settle`` ms pass
    and the most UI-thread CPU in one gap, ms."""
    spin(20)
    beat.reset()
    QTimer.singleShot(0, action)
    spin(settle)
    return beat.longest * 1000, beat.busiest * 1000


def key(
    target: Callable[[], QWidget | None], code: Key, modifier: Qt.KeyboardModifier | None = None
) -> Callable[[], None]:
    def press() -> None:
        widget = target()
        assert widget is not None
        if modifier is None:
            QTest.keyClick(widget, code)
        else:
            QTest.keyClick(widget, code, modifier)

    return press


def typed(target: Callable[[], QWidget | None], text: str) -> Callable[[], None]:
    def type_in() -> None:
        widget = target()
        assert widget is not None
        QTest.keyClicks(widget, text)

    return type_in


Figures = dict[str, list[tuple[float, float]]]  # step → (longest gap, most UI-thread CPU in a gap), ms


def measure(count: int, runs: int, settle: int) -> Figures:
    """Open a trip of ``count`` photos and take every step ``runs`` times."""
    from viewer.gui.show.persist import SettingsKeeper
    from viewer.gui.show.presentation import Presentation
    from viewer.gui.views.audience.mainwindow import MainWindow
    from viewer.model.manifest import load_manifest
    from viewer.model.settings import Settings

    trip = load_manifest(bigtrip.shoot_manifest(count))
    window = MainWindow(Presentation(SettingsKeeper(Settings())))
    window.resize(1280, 860)
    window.show()
    window.presentation.set_trip(trip, count // 2)
    deadline = time.monotonic() + 300
    while not window.presentation.metadata.complete and time.monotonic() < deadline:
        spin(50)
    spin(500)
    beat = Heartbeat()
    focus = QApplication.focusWidget
    figures: Figures = {}

    def take(name: str, action: Callable[[], None]) -> None:
        figures.setdefault(name, []).append(step(beat, action, settle))

    for _ in range(runs):
        take("G: open", key(lambda: window, Key.Key_G))
        overview = window.panels.overview
        assert overview is not None and overview.isVisible()
        assert overview.selected() == window.presentation.slideshow.current, "the current photo is not picked"
        take("End", key(focus, Key.Key_End))
        assert overview.selected() == count - 1
        take("Home", key(focus, Key.Key_Home))
        for _ in range(3):
            take("Page Down", key(focus, Key.Key_PageDown))
        take("resize to 800×600", lambda: window.resize(800, 600))
        take("resize to 1280×860", lambda: window.resize(1280, 860))
        take("Escape: close", key(focus, Key.Key_Escape))
        take("Ctrl+F: open find", key(lambda: window, Key.Key_F, Qt.KeyboardModifier.ControlModifier))
        for char in QUERY:
            take(f"typing {QUERY!r}, a key", typed(focus, char))
        find = window.panels.find
        assert find is not None and find.results, "the query found nothing"
        take("Escape: close find", key(focus, Key.Key_Escape))
    window.close()  # kept, not deleted: its workers may still be looking at the files
    return figures


def worst(values: list[tuple[float, float]]) -> str:
    """The median of a step's longest gaps, with the most CPU the UI thread ran in one gap."""
    gaps, cpus = sorted(gap for gap, _ in values), sorted(cpu for _, cpu in values)
    return f"{gaps[len(gaps) // 2]:.0f} ({cpus[len(cpus) // 2]:.0f}; max {max(gaps):.0f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Longest UI-thread slice of overview and find steps.")
    parser.add_argument("--sizes", default="1000,10000,100000", help="photos in each trip (comma-separated)")
    parser.add_argument(
        "--runs", type=int, default=3, metavar="N", help="times each step is taken (default 3)"
    )
    parser.add_argument("--settle", type=int, default=600, metavar="MS", help="idle time after each step")
    options = parser.parse_args(argv)
    sizes = [int(size) for size in options.sizes.split(",")]
    application = QApplication.instance() or QApplication([])
    table: dict[int, Figures] = {}
    with tempfile.TemporaryDirectory(prefix="trip-viewer-bench-") as scratch:
        paths.set_basedir(Path(scratch))
        for count in sizes:
            table[count] = measure(count, options.runs, options.settle)
            print(f"  {count:,} photos measured", flush=True)
    del application
    print()
    print("Longest UI-thread gap of each step, ms: median of the steps taken")
    print("(in brackets the most the UI thread itself ran in one gap; the longest gap of all)")
    print("| Step | " + " | ".join(f"{count:,} photos" for count in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for name in table[sizes[0]]:
        print(f"| {name} | " + " | ".join(worst(table[count][name]) for count in sizes) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
