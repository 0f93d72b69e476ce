"""Example stories written for these tests from Knight Lab's documentation, and a guard
that fails any test whose code opens a network connection."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from tests.photos import photo

STORIES = Path(__file__).parent / "stories"


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing on the web desk's path may reach the network: a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a network connection was attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def story_folder(folder: Path, *names: str) -> Path:
    """``folder`` holding the example stories named and the local photos they refer to."""
    for name in names:
        shutil.copy(STORIES / name, folder / name)
    photo(folder / "photos" / "01-arrival.jpg")
    photo(folder / "photos" / "02-dinner.jpg")
    return folder
