"""The smoke test fails loudly when the frozen app does not paint every photo or exits badly."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import smoke  # packaging/, put on the path by conftest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in app is a script with a #! line")


def fake_app(tmp_path: Path, shown: list[int], status: int = 0) -> Path:
    """A stand-in for the frozen app that traces ``shown`` as painted sharp and exits ``status``."""
    events = [{"event": "shown", "index": index, "sharp": True} for index in shown]
    events.append({"event": "shown", "index": 99, "sharp": False})  # a preview is not the photo
    script = tmp_path / "trip-viewer"
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, os, sys\n"
        "with open(os.environ['TRIP_VIEWER_TRACE'], 'w') as trace:\n"
        f"    for event in {events!r}:\n"
        "        trace.write(json.dumps(event) + '\\n')\n"
        f"sys.exit({status})\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script


def test_every_photo_painted_and_exit_0_passes(tmp_path: Path) -> None:
    run = smoke.play_once(fake_app(tmp_path, [0, 1, 2, 1]), "fake", 3, smoke.headless_env())
    assert run.shown == 3
    assert str(run).startswith("fake: 3 photos painted sharp, exit 0")


def test_a_photo_never_painted_fails(tmp_path: Path) -> None:
    with pytest.raises(smoke.SmokeTestError, match=r"never painted: \[2\]"):
        smoke.play_once(fake_app(tmp_path, [0, 1]), "fake", 3, smoke.headless_env())


def test_a_bad_exit_status_fails(tmp_path: Path) -> None:
    with pytest.raises(smoke.SmokeTestError, match="exit status 3"):
        smoke.play_once(fake_app(tmp_path, [0, 1, 2], status=3), "fake", 3, smoke.headless_env())


def test_the_trace_is_read_for_sharp_photos_only(tmp_path: Path) -> None:
    trace = tmp_path / "trace.jsonl"
    lines = [
        {"event": "trip", "photos": 2},
        {"event": "shown", "index": 0, "sharp": False},
        {"event": "shown", "index": 1, "sharp": True},
    ]
    trace.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert smoke.sharp_photos(trace) == {1}
    assert smoke.sharp_photos(tmp_path / "missing.jsonl") == set()


def test_the_environment_is_cleaned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("TRIP_VIEWER_BASEDIR", "/home/someone")
    env = smoke.headless_env()
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert "WAYLAND_DISPLAY" not in env and "TRIP_VIEWER_BASEDIR" not in env
