"""Tests for the ``trip-viewer`` command line.

The real command runs as a subprocess with no display at all, to prove that
``--help``, ``--version`` and a bad manifest answer without Qt or a screen.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from viewer import __version__, allocator, paths
from viewer.cli import EXIT_BAD_INPUT, build_parser, main

REPO = Path(__file__).resolve().parents[1]


def headless_env(basedir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    env["TRIP_VIEWER_BASEDIR"] = str(basedir)
    return env


def run_cli(*args: str, basedir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        cwd=REPO,
        env=headless_env(basedir),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def write_manifest(folder: Path, text: str) -> Path:
    path = folder / "trip.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# -- the real command, headless -------------------------------------------------------


def test_help_works_without_a_display(basedir: Path) -> None:
    result = run_cli("--help", basedir=basedir)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: trip-viewer")
    for option in ("--start", "--fullscreen", "--screen", "--autoplay", "--loop", "--play-once", "--basedir"):
        assert option in result.stdout
    assert result.stderr == ""


def test_version_works_without_a_display(basedir: Path) -> None:
    result = run_cli("--version", basedir=basedir)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"trip-viewer {__version__}"


def test_a_bad_manifest_is_one_line_and_exit_status_2(tmp_path: Path, basedir: Path) -> None:
    manifest = write_manifest(tmp_path, "format: trip-viewer/1\nphotos:\n  - file: a.jpg\n    captoin: x\n")

    result = run_cli(str(manifest), basedir=basedir)

    assert result.returncode == EXIT_BAD_INPUT
    assert result.stderr.splitlines() == [
        f"trip-viewer: {manifest}:4:5: unknown key 'captoin' in a photo; did you mean 'caption'?"
    ]
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_manifest_with_a_control_character_is_still_one_line(tmp_path: Path, basedir: Path) -> None:
    manifest = write_manifest(
        tmp_path, "format: trip-viewer/1\nphotos:\n  - file: a.jpg\n    caption: a\x07b\n"
    )

    result = run_cli(str(manifest), basedir=basedir)

    assert result.returncode == EXIT_BAD_INPUT
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"trip-viewer: {manifest}:4:")


def test_a_python_tag_is_refused_and_nothing_runs(tmp_path: Path, basedir: Path) -> None:
    pwned = tmp_path / "pwned"
    manifest = write_manifest(
        tmp_path,
        "format: trip-viewer/1\nphotos:\n  - file: a.jpg\n"
        f'    caption: !!python/object/apply:os.system ["touch {pwned.as_posix()}"]\n',
    )

    result = run_cli(str(manifest), basedir=basedir)

    assert result.returncode == EXIT_BAD_INPUT
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"trip-viewer: {manifest}:4:14: the YAML tag !!python/object/apply:os.system")
    assert "Traceback" not in result.stderr
    assert not pwned.exists()


def test_a_missing_path_is_a_clear_error(tmp_path: Path, basedir: Path) -> None:
    missing = tmp_path / "no-such-trip.yaml"

    result = run_cli(str(missing), basedir=basedir)

    assert result.returncode == EXIT_BAD_INPUT
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"trip-viewer: {missing}: cannot read the manifest")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--start", "0"], "argument --start: must be 1 or more"),
        (["--autoplay", "-1"], "argument --autoplay: must be 0 or more seconds"),
        (["--transition", "wipe"], "argument --transition: unknown transition 'wipe'; write 'cut' or 'fade'"),
        (["--fade", "9"], "argument --fade: a fade of 9 seconds is not drawn; give 0.05 to 5 seconds"),
        (["--fade", "0"], "argument --fade: 'fade' is 0 seconds"),
    ],
)
def test_bad_options_are_usage_errors(basedir: Path, args: list[str], complaint: str) -> None:
    result = run_cli(*args, basedir=basedir)

    assert result.returncode == 2
    assert result.stderr.startswith("usage: trip-viewer")
    assert complaint in result.stderr
    assert "Traceback" not in result.stderr


# -- option parsing ---------------------------------------------------------------


def test_the_options_parse_into_their_types() -> None:
    args = build_parser().parse_args(
        ["trips/hanoi", "--start", "3", "--fullscreen", "--screen", "0", "--autoplay", "2.5", "--loop"]
    )

    assert args.trip == Path("trips/hanoi")
    assert args.start == 3
    assert args.fullscreen is True
    assert args.screen == 0
    assert args.autoplay == 2.5
    assert args.loop is True
    assert args.play_once is False


def test_with_no_options_everything_is_off() -> None:
    args = build_parser().parse_args([])

    assert (args.trip, args.start, args.screen, args.autoplay, args.basedir) == (None, None, None, None, None)
    assert (args.fullscreen, args.loop, args.play_once) == (False, False, False)


@pytest.mark.parametrize(
    "argv",
    [
        ["--start", "0"],
        ["--start", "-2"],
        ["--start", "two"],
        ["--screen", "-1"],
        ["--autoplay", "-1"],
        ["--autoplay", "nan"],
        ["--autoplay", "soon"],
        ["--no-such-option"],
    ],
)
def test_bad_values_are_refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(argv)

    assert exit_info.value.code == 2
    assert "usage: trip-viewer" in capsys.readouterr().err


def test_autoplay_zero_is_allowed() -> None:
    assert build_parser().parse_args(["--autoplay", "0"]).autoplay == 0.0


def test_transition_and_fade_parse() -> None:
    args = build_parser().parse_args(["--transition", "Fade", "--fade", "0.5"])
    assert (args.transition, args.fade) == ("fade", 0.5)


# -- main() up to the window --------------------------------------------------------


class FakeApp:
    """Stands in for ``viewer.gui.app`` so main() can be followed without a window."""

    def __init__(self) -> None:
        self.runs: list[tuple[Any, Any]] = []
        self.fatal: list[tuple[str, str]] = []

    def run(self, trip: Any, args: Any, stored_strip: Any = None, **given: Any) -> int:
        self.runs.append((trip, args))
        self.collecting = gc.isenabled()
        self.stored_strip = stored_strip
        self.given = given
        return 0

    def show_fatal_error(self, title: str, message: str) -> None:
        self.fatal.append((title, message))


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeApp]:
    app = FakeApp()
    module = types.ModuleType("viewer.gui.app")
    module.run = app.run  # type: ignore[attr-defined]
    module.show_fatal_error = app.show_fatal_error  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "viewer.gui.app", module)
    yield app


def test_with_no_trip_the_sample_trip_opens(fake_app: FakeApp) -> None:
    assert main([]) == 0

    ((trip, _),) = fake_app.runs
    assert trip.source == paths.sample_trip()
    assert len(trip.photos) == 13


def test_the_strip_is_read_from_the_disk_cache_before_the_window_exists(fake_app: FakeApp) -> None:
    assert main([]) == 0
    ((trip, _),) = fake_app.runs
    stored = fake_app.stored_strip
    assert stored.cache.folder == paths.thumbnail_dir()
    batches = list(stored.read_many([photo.path for photo in trip.photos], (96, 96)))
    assert batches == []  # a new base dir: nothing stored yet, and nothing made up


def test_the_first_photo_is_decoded_before_the_window_for_the_last_screen(fake_app: FakeApp) -> None:
    from viewer.gui import STRIP_HEIGHT, ScreenShape
    from viewer.model.settings import Settings, save_settings

    settings = Settings()
    settings.remember_trip(paths.sample_trip(), 4, 13)
    settings.screen = ScreenShape(2560, 1440, 2560, 1400, 1.5).to_settings()
    save_settings(settings)

    assert main(["--fullscreen"]) == 0
    ((trip, _),) = fake_app.runs
    head_start = fake_app.given["head_start"]
    assert head_start.path == trip.photos[4].path  # where the trip was left
    assert head_start.window_box == (3840, round((1440 - STRIP_HEIGHT) * 1.5))
    loaded, problem = fake_app.given["loaded"]
    assert loaded.screen == settings.screen and problem is None  # read once, handed on
    head_start.decode(head_start.path, (10, 10))  # let its thread finish


def test_before_any_screen_was_seen_the_first_decode_is_for_full_hd(fake_app: FakeApp) -> None:
    from viewer.gui import STRIP_HEIGHT

    assert main(["--fullscreen", "--start", "2"]) == 0
    ((trip, _),) = fake_app.runs
    head_start = fake_app.given["head_start"]
    assert head_start.path == trip.photos[1].path
    assert head_start.window_box == (1920, 1080 - STRIP_HEIGHT)
    head_start.decode(head_start.path, (10, 10))


def test_garbage_is_not_collected_during_the_start(fake_app: FakeApp) -> None:
    """``run`` turns collection on once the first photo is painted; ``main`` makes sure it is on after."""
    assert gc.isenabled()
    assert main([]) == 0
    assert fake_app.collecting is False
    assert gc.isenabled()


def test_the_allocator_is_tuned_before_any_thread_of_the_start(
    fake_app: FakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each thread that allocates before the tuning gets an arena of its own, for good."""
    events: list[str] = []
    starting = threading.Thread.start

    def start(thread: threading.Thread) -> None:
        events.append(f"thread {thread.name}")
        starting(thread)

    def tune() -> bool:
        events.append("tune")
        return True

    monkeypatch.setattr(threading.Thread, "start", start)
    monkeypatch.setattr(allocator, "tune", tune)
    assert main(["--fullscreen"]) == 0
    assert events[0] == "tune"
    assert events.count("tune") == 1
    assert "thread decode-head-start" in events  # the start's threads came after


def test_a_trip_that_cannot_be_opened_leaves_garbage_collection_on(fake_app: FakeApp, tmp_path: Path) -> None:
    assert main([str(tmp_path / "nowhere.yaml")]) == EXIT_BAD_INPUT
    assert gc.isenabled()


def test_play_once_without_autoplay_advances_at_once(fake_app: FakeApp) -> None:
    main(["--play-once"])

    ((_, args),) = fake_app.runs
    assert args.autoplay == 0.0


@pytest.mark.parametrize(
    ("argv", "start", "opening"),
    [
        (["--play-once"], 1, 0),
        (["--autoplay", "2"], 1, 0),
        (["--autoplay", "2", "--loop"], 1, 0),
        (["--play-once", "--start", "3"], 3, 2),
        ([], None, 4),  # shown by a person: where it was left
    ],
)
def test_a_show_that_plays_by_itself_plays_the_whole_trip_whatever_was_remembered(
    fake_app: FakeApp, argv: list[str], start: int | None, opening: int
) -> None:
    from viewer.model.settings import Settings, save_settings

    settings = Settings()
    settings.remember_trip(paths.sample_trip(), 4, 13)
    save_settings(settings)

    assert main(argv) == 0
    ((trip, args),) = fake_app.runs
    assert args.start == start  # the window opens on it too (``viewer.gui.app.run``)
    head_start = fake_app.given["head_start"]
    assert head_start.path == trip.photos[opening].path  # and the head start decodes that photo
    head_start.decode(head_start.path, (10, 10))


def test_a_kiosk_is_full_screen_looping_from_the_first_photo(fake_app: FakeApp) -> None:
    from viewer.model.settings import Settings, save_settings

    settings = Settings()
    settings.remember_trip(paths.sample_trip(), 4, 13)
    save_settings(settings)

    assert main(["--kiosk", "--screen", "1"]) == 0
    ((_, args),) = fake_app.runs
    assert (args.kiosk, args.fullscreen, args.loop, args.start, args.screen) == (True, True, True, 1, 1)
    assert args.autoplay is None  # each photo's own duration


@pytest.mark.parametrize("other", ["--presenter", "--play-once"])
def test_a_kiosk_refuses_what_would_stop_or_split_it(
    fake_app: FakeApp, other: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--kiosk", other]) == EXIT_BAD_INPUT
    assert f"--kiosk runs one screen in a loop: it cannot be used with {other}" in capsys.readouterr().err
    assert fake_app.runs == []


def test_the_basedir_option_moves_the_config_folder(
    fake_app: FakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "_basedir", None)

    main(["--basedir", str(tmp_path / "base")])

    assert paths.config_dir() == tmp_path / "base" / "config"


def test_a_bad_manifest_in_process_prints_one_line(
    fake_app: FakeApp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = write_manifest(tmp_path, "format: trip-viewer/2\nphotos:\n  - file: a.jpg\n")

    assert main([str(manifest)]) == EXIT_BAD_INPUT

    expected = f"{manifest}:1:9: unsupported format 'trip-viewer/2'; this version reads 'trip-viewer/1'"
    assert capsys.readouterr().err == f"trip-viewer: {expected}\n"
    assert fake_app.runs == []


def test_without_a_console_a_bad_manifest_is_shown_in_a_dialog(
    fake_app: FakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = write_manifest(tmp_path, "format: trip-viewer/2\nphotos:\n  - file: a.jpg\n")
    monkeypatch.setattr(sys, "stderr", None)

    assert main([str(manifest)]) == EXIT_BAD_INPUT

    ((title, message),) = fake_app.fatal
    assert title == "Cannot open the trip"
    assert message.startswith(f"{manifest}:1:9: unsupported format")
