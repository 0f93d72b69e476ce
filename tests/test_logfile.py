"""The log file holds what is logged before it opens and loses none of it; once open, nothing waits."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.logfile import LogFile


def record(message: str) -> logging.LogRecord:
    fields = {"name": "viewer", "levelno": logging.INFO, "levelname": "INFO", "msg": message}
    return logging.makeLogRecord(fields)


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[LogFile]:
    handler = LogFile(tmp_path / "logs" / "trip-viewer.log")
    yield handler
    handler.close()


def test_once_open_each_record_is_in_the_file_as_it_is_logged(log_file: LogFile) -> None:
    log_file.handle(record("the first photo is decoding"))
    log_file.open()
    log_file.handle(record("the show goes on"))  # not held for a later flush: a crash would lose it
    lines = log_file.path.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == ["the first photo is decoding", "the show goes on"]


def test_more_than_it_holds_opens_the_file_and_loses_nothing(log_file: LogFile) -> None:
    for number in range(LogFile.HELD + 1):
        log_file.handle(record(f"note {number}"))
    assert log_file.is_open
    lines = log_file.path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == LogFile.HELD + 1
    assert lines[-1].endswith(f"note {LogFile.HELD}")
