"""Writing a handout for the window: in a process of its own, with progress, and cancellable.

Not on a worker thread: Qt's PDF writer compresses each photo as JPEG inside
``QPainter.drawImage``, and PySide keeps the interpreter lock for the whole call
(some 100 ms a photo, 300 ms on a busy machine), so a thread writing the handout
would stall the window's UI thread as long, photo after photo. The window runs
``trip-viewer handout --progress`` instead (``viewer.handout``): the show keeps its
interpreter, its cores and its memory, a 500-photo handout never grows the window's
process, and a crash in the PDF writer cannot take the show down.

The command says each step on a line (``progress DONE TOTAL``) and ends with its
report as JSON; closing its stdin cancels it, and it then clears its half-written
file away itself. One handout at a time: a second asked for while one is written is
refused, and the window says so.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal, Slot

from viewer.gui.handout.writer import HandoutOptions, HandoutReport, report_from_json
from viewer.gui.language import spoken_language
from viewer.model.trip import Trip

EXIT_CANCELLED = 3  # viewer.handout.EXIT_CANCELLED (that module imports this package: not imported from it)
KILL_AFTER_MS = 10_000  # a cancelled command that has not ended by then is ended by force
PREFIX = "trip-viewer handout: "


def handout_command() -> list[str]:
    """How to run ``trip-viewer``: the frozen app itself, or this Python with ``-m viewer``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "viewer"]


class HandoutExport(QObject):
    """Writes handouts in the background, each by a ``trip-viewer handout`` process.

    Signals:
        progressed(int, int): steps done and steps in all (reading each photo, then drawing it).
        written(HandoutReport): the PDF is in place.
        failed(str): nothing was written; the message names the file and why.
        cancelled(): cancelled as asked; nothing was written, an older file is as it was.
    """

    progressed = Signal(int, int)
    written = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self, parent: QObject | None = None, command: Callable[[], list[str]] = handout_command
    ) -> None:
        super().__init__(parent)
        self._command = command
        self.process: QProcess | None = None
        self._pending = b""
        self._report: HandoutReport | None = None
        self._cancelling = False

    @property
    def busy(self) -> bool:
        return self.process is not None

    def start(self, trip: Trip, options: HandoutOptions) -> bool:
        """Begin writing ``trip``'s handout (as saved on disk); False if one is being written already."""
        if self.process is not None:
            return False
        program, *arguments = self._command()
        arguments += ["handout", str(trip.source), "-o", str(options.output), "--progress"]
        arguments += ["--paper", options.paper, "--per-page", str(options.per_page)]
        arguments += ["--lang", spoken_language()]  # the window's language, for the PDF's words and dates
        if options.notes:
            arguments.append("--notes")
        process = self.process = QProcess(self)
        self._pending, self._report, self._cancelling = b"", None, False
        process.setProgram(program)
        process.setArguments(arguments)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        process.start()
        return True

    @Slot()
    def cancel(self) -> None:
        """Ask the handout being written to stop; :attr:`cancelled` says when it has."""
        process = self.process
        if process is None or self._cancelling:
            return
        self._cancelling = True
        process.closeWriteChannel()  # the command takes that as its cancel
        QTimer.singleShot(KILL_AFTER_MS, self, lambda: self._kill(process))

    def stop(self, seconds: float) -> None:
        """Cancel the handout being written and wait up to ``seconds`` for it to clear its file away."""
        process = self.process
        if process is None:
            return
        self.cancel()
        if not process.waitForFinished(round(seconds * 1000)):
            process.kill()
            process.waitForFinished(1000)

    def _kill(self, process: QProcess) -> None:
        if process is self.process and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()

    @Slot()
    def _read(self) -> None:
        process = self.process
        if process is None:
            return
        self._pending += bytes(process.readAllStandardOutput().data())
        *lines, self._pending = self._pending.split(b"\n")
        for line in lines:
            text = line.decode("utf-8", "replace").strip()
            kind, _, rest = text.partition(" ")
            if kind == "progress":
                done, _, total = rest.partition(" ")
                if done.isdigit() and total.isdigit():
                    self.progressed.emit(int(done), int(total))
            elif kind == "report":
                try:
                    self._report = report_from_json(rest)
                except ValueError:
                    self._report = None

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self.process
        if process is None:
            return
        self._read()
        said = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        self._end(process)
        if self._cancelling and (code == EXIT_CANCELLED or status == QProcess.ExitStatus.CrashExit):
            self.cancelled.emit()
        elif status == QProcess.ExitStatus.NormalExit and code in (0, 1) and self._report is not None:
            self.written.emit(self._report)
        else:
            ended = QCoreApplication.translate(
                "HandoutExport", "the handout command ended with status {code}"
            )
            last = said.splitlines()[-1] if said else ended.format(code=code)
            self.failed.emit(last.removeprefix(PREFIX))

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        process = self.process
        if process is None or error != QProcess.ProcessError.FailedToStart:
            return  # a crash or a kill ends in _on_finished
        self._end(process)
        said = QCoreApplication.translate(
            "HandoutExport", "the handout could not be started ({program}: {reason})"
        )
        self.failed.emit(said.format(program=process.program(), reason=process.errorString()))

    def _end(self, process: QProcess) -> None:
        self.process = None
        process.deleteLater()
