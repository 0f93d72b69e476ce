"""The real app plays a trip with special things in it to the end and exits 0:
``trip-viewer --play-once --autoplay 0`` on Qt's offscreen platform, in a process of its
own with a timeout, so a hang fails the test instead of holding the suite."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

from tests.photos import exif, photo, xmp
from tests.special import bound_socket, make_fifo, make_loop, needs_special_files
from tests.test_cli import REPO, headless_env

PATIENCE = 90  # seconds; a show of a few photos plays in about one


def play(*args: str, basedir: Path, script: Path | None = None) -> tuple[int, set[int], str]:
    """Play a trip once through; its exit status, the photos it showed, and what it printed."""
    trace = basedir / "trace.jsonl"
    env = headless_env(basedir)
    env.update(QT_QPA_PLATFORM="offscreen", TRIP_VIEWER_TRACE=str(trace))
    command = [str(script)] if script is not None else ["-m", "viewer"]
    result = subprocess.run(
        [sys.executable, *command, *args, "--play-once", "--autoplay", "0"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=PATIENCE,
        check=False,
    )
    events = [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()]
    shown = {event["index"] for event in events if event["event"] == "shown"}
    return result.returncode, shown, result.stderr


@needs_special_files
def test_a_folder_with_pipes_sockets_devices_and_link_loops_plays_to_the_end(
    tmp_path: Path, basedir: Path
) -> None:
    folder = tmp_path / "shoot"
    photo(folder / "a.jpg")
    photo(folder / "b.jpg")
    make_fifo(folder / "pipe.jpg")
    with bound_socket(folder / "socket.jpg"):
        pass  # the socket's file stays when nobody listens
    make_loop(folder, "loop.jpg", "back.jpg")
    (folder / "zero.jpg").symlink_to("/dev/zero")
    photo(tmp_path / "secret.jpg")
    (folder / "out.jpg").symlink_to(tmp_path / "secret.jpg")

    status, shown, stderr = play(str(folder), basedir=basedir)

    assert status == 0, stderr
    assert shown == set(range(6))  # a, b, the pipe, the socket and both loops: each a slide
    assert "Traceback" not in stderr


@needs_special_files
def test_a_manifest_with_a_pipe_a_link_loop_an_nfd_name_and_far_out_times_plays_to_the_end(
    tmp_path: Path, basedir: Path
) -> None:
    photo(tmp_path / "a.jpg")
    photo(tmp_path / "exif.jpg", exif_block=exif(taken="0001:01:01 00:00:00", offset="+14:00"))
    photo(tmp_path / "xmp.jpg", xmp_packet=xmp(date_created="9999-12-31T23:59:00-23:59"))
    photo(tmp_path / unicodedata.normalize("NFD", "Đồng Đăng.jpg"))
    make_fifo(tmp_path / "pipe.jpg")
    make_loop(tmp_path, "loop.jpg", "back.jpg")
    text = """format: trip-viewer/1
timezone: America/St_Johns
stops:
  - {name: Before, time: "0001-01-01T00:00+23:59"}
  - {name: After, time: "9999-12-31T23:59-23:59"}
photos:
  - file: a.jpg
    time: 0001-01-01T00:30+01:00
  - file: pipe.jpg
  - file: ./loop.jpg
  - file: exif.jpg
  - file: xmp.jpg
  - file: Đồng Đăng.jpg
    time: 9999-12-31T20:00-05:00
"""
    manifest = tmp_path / "trip.yaml"
    manifest.write_text(unicodedata.normalize("NFC", text), encoding="utf-8")

    status, shown, stderr = play(str(manifest), basedir=basedir)

    assert status == 0, stderr  # today: OverflowError, then a dialog that never lets it end
    assert shown == set(range(6))
    assert "Traceback" not in stderr


def test_an_unexpected_error_in_the_window_does_not_stop_a_play_once_show_ending(
    tmp_path: Path, basedir: Path
) -> None:
    for name in ("a.jpg", "b.jpg"):
        photo(tmp_path / name)
    script = tmp_path / "broken.py"
    script.write_text(
        "import sys\n"
        "import viewer.gui.app\n"
        "def broken() -> None:\n"
        "    raise OverflowError('date value out of range')\n"
        "viewer.gui.app.after_first_photo = broken  # a slot that fails once the first photo is on screen\n"
        "from viewer.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n",
        encoding="utf-8",
    )

    status, shown, stderr = play(str(tmp_path), basedir=basedir, script=script)

    assert "OverflowError: date value out of range" in stderr  # it was told...
    assert status == 0 and shown == {0, 1}  # ...and the show still ended
