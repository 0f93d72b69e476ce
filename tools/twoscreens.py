"""Two real screens for the end-to-end tests: Xorg with the dummy video driver.

Xvfb shows Qt one screen: its RandR monitors cannot be split, and ``+xinerama``
hides RandR. A real X server can: Xorg with the ``dummy`` driver draws into one
3840x1080 framebuffer, and two RandR monitors made with ``xrandr --setmonitor``
cut it into two 1920x1080 screens, as Qt sees a laptop with a projector beside it:

- ``LAPTOP`` at x 0 on the driver's output ``DUMMY0`` (the primary screen),
- ``PROJECTOR`` at x 1920 on no output at all (``none``).

Deleting the ``PROJECTOR`` monitor (:meth:`TwoScreens.unplug`) is what Qt sees
when a projector's cable is pulled: the screen is removed. Setting it again
(:meth:`TwoScreens.replug`) plugs it back in.

The server picks its own display number (``-displayfd``, as :func:`start_xvfb`
does), so parallel runs never race for one. Its configuration and log go to a
temporary folder removed when it stops (Xorg run as root would otherwise log to
``/var/log``). It is told to leave the machine's devices and consoles alone:
no input devices from udev, no switch of virtual terminal.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tools.xsession import XServer, XSessionError, read_display_number, wait_until

SCREEN = (1920, 1080)  # each of the two
DESKTOP = (2 * SCREEN[0], SCREEN[1])
LAPTOP, PROJECTOR = "LAPTOP", "PROJECTOR"
TOOLS = ("Xorg", "xrandr")
PACKAGES = "xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils"
LOG_TAIL = 2000  # characters of Xorg's log quoted in an error

CONFIG = f"""\
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoEnableDevices" "false"
  Option "DontVTSwitch" "true"
EndSection
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  Modeline "1920x1080" 148.50 1920 2008 2052 2200 1080 1084 1089 1125 +hsync +vsync
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual {DESKTOP[0]} {DESKTOP[1]}
    Modes "1920x1080"
  EndSubSection
EndSection
"""


def missing() -> str | None:
    """Why two real screens cannot be had here, or None if they can."""
    tools = [tool for tool in TOOLS if shutil.which(tool) is None]
    if tools:
        return f"two-screen tests need {', '.join(tools)} on PATH (apt: {PACKAGES})"
    found = subprocess.run(["Xorg", "-showDefaultModulePath"], capture_output=True, text=True, timeout=10)
    folders = (found.stdout + found.stderr).strip().split(",")
    if not any((Path(folder) / "drivers" / "dummy_drv.so").is_file() for folder in folders if folder):
        return f"two-screen tests need Xorg's dummy video driver (apt: {PACKAGES})"
    return None


@dataclass
class TwoScreens(XServer):
    """A running Xorg showing Qt two screens, ``LAPTOP`` (primary) and ``PROJECTOR``."""

    folder: Path = Path()  # its configuration and log

    def xrandr(self, *args: str) -> str:
        done = subprocess.run(
            ["xrandr", "--display", self.display, *args], capture_output=True, text=True, timeout=10
        )
        if done.returncode != 0:
            raise XSessionError(f"xrandr {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def monitors(self) -> list[str]:
        """The names of the RandR monitors there are now, left to right as listed."""
        lines = self.xrandr("--listmonitors").splitlines()[1:]
        return [line.split()[1].lstrip("+*") for line in lines if line.strip()]

    def plug(self, name: str, left: int, output: str) -> None:
        width, height = SCREEN
        self.xrandr("--setmonitor", name, f"{width}/508x{height}/286+{left}+0", output)

    def replug(self) -> None:
        """Plug the projector (back) in, right of the laptop."""
        self.plug(PROJECTOR, SCREEN[0], "none")

    def unplug(self) -> None:
        """Pull the projector's cable: its screen goes away, the laptop's stays."""
        self.xrandr("--delmonitor", PROJECTOR)

    def log(self) -> str:
        try:
            return (self.folder / "Xorg.log").read_text(encoding="utf-8", errors="replace")[-LOG_TAIL:]
        except FileNotFoundError:
            return ""

    def stop(self) -> None:
        super().stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def start_two_screens(timeout: float = 20.0) -> TwoScreens:
    """Start Xorg with the dummy driver on a free display, cut into two screens."""
    folder = Path(tempfile.mkdtemp(prefix="trip-viewer-xorg-"))
    config = folder / "xorg.conf"
    config.write_text(CONFIG, encoding="utf-8")
    read_end, write_end = os.pipe()
    try:
        command = ["Xorg", "-displayfd", str(write_end), "-config", str(config)]
        command += ["-logfile", str(folder / "Xorg.log"), "-nolisten", "tcp", "-noreset"]
        command += ["-sharevts", "-novtswitch"]
        process = subprocess.Popen(
            command, pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        os.close(write_end)
        write_end = -1
        try:
            number = read_display_number(read_end, process, timeout, "Xorg")
        except XSessionError as exc:
            log = TwoScreens("", DESKTOP, process, folder).log()
            shutil.rmtree(folder, ignore_errors=True)
            raise XSessionError(f"{exc}\n--- Xorg log ---\n{log}") from None
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)
    server = TwoScreens(f":{number}", DESKTOP, process, folder)
    try:
        wait_until(server.answers, timeout, f"Xorg {server.display} to answer xdpyinfo")
        server.xrandr("--fb", f"{DESKTOP[0]}x{DESKTOP[1]}")
        server.plug(LAPTOP, 0, "DUMMY0")
        server.replug()
        if server.monitors() != [LAPTOP, PROJECTOR]:
            raise XSessionError(f"Xorg {server.display} has monitors {server.monitors()}")
    except BaseException:
        server.stop()
        raise
    return server


@contextlib.contextmanager
def two_screens() -> Iterator[TwoScreens]:
    """Two real screens for the length of a ``with`` block."""
    server = start_two_screens()
    try:
        yield server
    finally:
        server.stop()
