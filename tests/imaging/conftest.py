"""Fixtures for the imaging tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from viewer.imaging import thumbcache
from viewer.imaging.decode import Decoded


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every real decode the thumbnail cache asks for."""
    calls: list[Path] = []
    real = thumbcache.decode_photo

    def counting(path: Path, box: tuple[int, int], stop: Callable[[], bool] | None = None) -> Decoded:
        calls.append(path)
        return real(path, box, stop)

    monkeypatch.setattr(thumbcache, "decode_photo", counting)
    return calls
