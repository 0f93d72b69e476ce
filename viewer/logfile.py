"""The log file, opened once the show is under way; what is logged before is held for it.

No Qt here: ``viewer.gui.app`` installs it on the root logger as the window starts
and opens it on a worker thread once the first photo is on screen.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path


class LogFile(logging.handlers.MemoryHandler):
    """The log file at ``path``, opened by :meth:`open`; what is logged before is held for it.

    The standard library's memory handler holds the records until the file opens.
    An error opens it at once, as the process may be about to end; so does closing
    the handler (``logging.shutdown`` at exit), or :data:`HELD` records: nothing
    held is lost. Once open, every record goes straight through. (Importing
    ``logging.handlers`` before the first photo costs the start about 5 ms, within
    its noise: ``docs/performance.md``, under ``viewer.logfile``.)
    """

    MAX_BYTES = 1_000_000
    BACKUPS = 3
    FORMAT = "%(asctime)s %(name)s %(levelname)s: %(message)s"
    HELD = 10_000  # records held at most before the file opens

    def __init__(self, path: Path) -> None:
        super().__init__(self.HELD, flushLevel=logging.ERROR, flushOnClose=True)
        self.path = path
        self.setFormatter(logging.Formatter(self.FORMAT))
        self._failed = False

    @property
    def is_open(self) -> bool:
        return self.target is not None

    def shouldFlush(self, record: logging.LogRecord) -> bool:
        """Held only until the file opens (or is found unwritable), then passed straight on."""
        return self.target is not None or self._failed or super().shouldFlush(record)

    def flush(self) -> None:
        """Write what is held, opening the file first if it is not open yet."""
        self.acquire()
        try:
            if self.target is None and self.buffer:
                self.open()
            else:
                super().flush()
        finally:
            self.release()

    def open(self) -> None:
        """Open the file (rotated at 1 MB, 3 old ones kept) and write what was held into it."""
        self.acquire()  # the handler's own lock, which emit() holds: a record never slips between
        try:
            if self.target is None and not self._failed:
                self.target = self._open_file()
            if self.target is None:  # unwritable: said once, and nothing is held for it
                self.buffer.clear()
            super().flush()
        finally:
            self.release()

    def _open_file(self) -> logging.Handler | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                self.path, maxBytes=self.MAX_BYTES, backupCount=self.BACKUPS, encoding="utf-8"
            )
        except OSError as exc:
            self._failed = True
            if sys.stderr is not None:
                print(f"trip-viewer: cannot write the log file: {exc}", file=sys.stderr)
            return None
        handler.setFormatter(self.formatter)
        return handler

    def close(self) -> None:
        self.flush()  # before MemoryHandler.close() lets go of the file: it would not close it
        file = self.target
        super().close()
        if file is not None:
            file.close()
