"""The log file, opened once the show is under way; what is logged before is held for it.

No Qt here: ``viewer.gui.app`` installs it on the root logger as the window starts.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path


class LogFile(logging.Handler):
    """The log file at ``path``, opened by :meth:`open`; what is logged before is held for it.

    Opening it imports ``logging.handlers`` (with ``socket``, ``pickle`` and ``queue``):
    7 to 13 ms of work before the first photo could be painted (measured in a fresh
    process), and 20 ms and more once PySide is imported (its import hook reads the
    source of every module imported after it), so :func:`run` opens it on a worker
    thread once the photo is on screen, and the import runs without the handler's
    lock: a record logged meanwhile is held, not kept waiting. An error opens it at
    once, as the process may be about to end, and so does closing the handler
    (``logging.shutdown`` at exit): nothing held is lost.
    """

    MAX_BYTES = 1_000_000
    BACKUPS = 3
    FORMAT = "%(asctime)s %(name)s %(levelname)s: %(message)s"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.setFormatter(logging.Formatter(self.FORMAT))
        self._held: list[logging.LogRecord] = []
        self._file: logging.Handler | None = None
        self._failed = False

    @property
    def is_open(self) -> bool:
        return self._file is not None

    def emit(self, record: logging.LogRecord) -> None:
        file = self._file
        if file is not None:
            file.handle(record)
        elif not self._failed:
            self._held.append(record)
            if record.levelno >= logging.ERROR:
                self.open()

    def open(self) -> None:
        """Open the file (rotated at 1 MB, 3 old ones kept) and write what was held into it."""
        if self._file is not None or self._failed:
            return
        # The slow part, done outside the lock below: a record logged meanwhile is held, not kept waiting.
        import logging.handlers  # noqa: F401  (used by _open_file)

        self.acquire()  # the handler's own lock, which emit() holds: a record never slips between
        try:
            if self._file is None and not self._failed:
                file = self._file = self._open_file()
                held, self._held = self._held, []
                if file is not None:
                    for record in held:
                        file.handle(record)
        finally:
            self.release()

    def _open_file(self) -> logging.Handler | None:
        import logging.handlers

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

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._held:
            self.open()
        if self._file is not None:
            self._file.close()
        super().close()
