"""Keep the display awake while a kiosk runs: no screen saver, no display sleep.

A lobby screen that blanks after ten idle minutes is a dark lobby: nobody
touches a kiosk, so to the system it is always idle. Each system is asked in
its own way, the way video players ask it:

- Linux and other freedesktop systems: ``org.freedesktop.ScreenSaver.Inhibit``
  on the session bus (GNOME, KDE, Xfce and others answer it), asked without
  waiting, so a bus that is slow to answer never holds the window. The screen
  saver lets go by itself when this process's bus connection closes. A machine
  with no session bus (a bare X server) gets a line in the log saying so: its
  screen saver is then the session script's to turn off (``xset s off -dpms``).
- Windows: ``SetThreadExecutionState`` (display and system required) on the UI
  thread, which keeps it for as long as the process runs.
- macOS: ``caffeinate -d -i -w PID``, the system's own tool, which lets go by
  itself when this process ends.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys

from PySide6.QtCore import QObject, Slot

log = logging.getLogger(__name__)

REASON = "Trip Viewer kiosk: a show runs unattended"
_SERVICE = "org.freedesktop.ScreenSaver"
_PATH = "/org/freedesktop/ScreenSaver"
# SetThreadExecutionState flags (winbase.h)
_ES_CONTINUOUS = 0x80000000
_ES_SYSTEM_REQUIRED = 0x00000001
_ES_DISPLAY_REQUIRED = 0x00000002


class DisplayAwake(QObject):
    """Holds the display awake between :meth:`hold` and :meth:`release`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._caffeinate: subprocess.Popen[bytes] | None = None
        self._held = False

    def hold(self) -> None:
        if self._held:
            return
        self._held = True
        if sys.platform == "win32":
            import ctypes

            flags = _ES_CONTINUOUS | _ES_SYSTEM_REQUIRED | _ES_DISPLAY_REQUIRED
            ctypes.windll.kernel32.SetThreadExecutionState(flags)  # type: ignore[attr-defined]
            log.info("kiosk: the display is kept awake")
        elif sys.platform == "darwin":
            try:
                self._caffeinate = subprocess.Popen(
                    ["caffeinate", "-d", "-i", "-w", str(os.getpid())],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            except OSError as exc:
                log.warning("kiosk: the display may sleep: caffeinate did not start: %s", exc)
        else:
            self._inhibit()

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        if sys.platform == "win32":
            import ctypes

            ctypes.windll.kernel32.SetThreadExecutionState(_ES_CONTINUOUS)  # type: ignore[attr-defined]
        elif self._caffeinate is not None:
            self._caffeinate.terminate()
            self._caffeinate.wait(5)
            self._caffeinate = None
        # The freedesktop screen saver lets go when the process, and its bus connection, end.

    # -- the freedesktop screen saver ---------------------------------------------------

    def _inhibit(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusPendingCallWatcher
        except ImportError as exc:  # a Qt built without D-Bus
            log.info("kiosk: no D-Bus in this Qt (%s), so no screen saver was asked to stay off", exc)
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.info("kiosk: no session bus, so no screen saver was asked to stay off")
            return
        screen_saver = QDBusInterface(_SERVICE, _PATH, _SERVICE, bus)
        call = screen_saver.asyncCallWithArgumentList("Inhibit", ["Trip Viewer", REASON])
        watcher = QDBusPendingCallWatcher(call, self)
        watcher.finished.connect(self._inhibited)

    @Slot(object)
    def _inhibited(self, watcher: object) -> None:
        from PySide6.QtDBus import QDBusPendingCallWatcher

        assert isinstance(watcher, QDBusPendingCallWatcher)
        watcher.deleteLater()
        if watcher.isError():
            log.info("kiosk: the screen saver did not agree to stay off: %s", watcher.error().message())
        else:
            log.info("kiosk: the screen saver stays off")
