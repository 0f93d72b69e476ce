"""Keeps the settings file in step with the window, without writing on the UI thread.

Changes are gathered for a moment and then written by a worker thread,
atomically; on quit the last state is written before the window closes.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import asdict

from PySide6.QtCore import QObject, QTimer, Slot

from viewer.imaging.jobs import JobQueue
from viewer.model.settings import Settings, save_settings

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 400


class SettingsKeeper(QObject):
    """Owns the live :class:`Settings` and saves them shortly after each change."""

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._snapshot = Settings(**asdict(settings))
        self._lock = threading.Lock()  # one writer at a time
        self._writer = JobQueue(1, "settings")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_in_background)

    def changed(self) -> None:
        """Something in the settings changed: save soon."""
        self._timer.start()

    @Slot()
    def _save_in_background(self) -> None:
        # The writer always writes the newest snapshot, so queued saves collapse into one.
        self._snapshot = Settings(**asdict(self.settings))
        self._writer.submit("save", lambda: self._write(self._snapshot))

    def flush(self) -> None:
        """Write now (on quit): the last state must not be lost."""
        self._timer.stop()
        self._writer.wait_idle(5)
        self._write(self.settings)

    def _write(self, snapshot: Settings) -> None:
        with self._lock:
            try:
                save_settings(snapshot)
            except OSError as exc:
                log.error("cannot save settings: %s", exc)
