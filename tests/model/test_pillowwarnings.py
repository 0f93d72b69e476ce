"""Pillow's warnings about a photo reach the log and that photo's reader, whichever thread reads it."""

from __future__ import annotations

import logging
import threading
import warnings
from pathlib import Path

import pytest
from PIL import Image

from tests.photos import damaged, photo
from viewer.model.pillowwarnings import PhotoWarning, listening, note, route_warnings


def read_exif(path: Path) -> None:
    with Image.open(path) as image:
        image.getexif()


def test_each_thread_hears_only_about_the_photo_it_reads(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    route_warnings()
    photos = [damaged(tmp_path / "a" / "bad-exif.jpg"), damaged(tmp_path / "b" / "bad-exif.jpg")]
    clean = photo(tmp_path / "clean.jpg")
    both_listening = threading.Barrier(3)
    heard: dict[Path, list[PhotoWarning]] = {}

    def read(path: Path) -> None:
        with listening(path) as found:
            both_listening.wait(5)  # all three are listening before any reads
            read_exif(path)
        heard[path] = found

    with caplog.at_level(logging.INFO, logger="viewer.photos"):
        threads = [threading.Thread(target=read, args=(path,)) for path in [*photos, clean]]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)

    assert heard[clean] == []
    for path in photos:
        assert [warning.field for warning in heard[path]] == ["EXIF"]
        assert heard[path][0].message.startswith(
            "the EXIF block is damaged; what could be read is used (Corrupt"
        )
        # Once per reading, even with the same text as the other photo's.
        assert (
            sum(message.startswith(f"{path}: Pillow: Corrupt EXIF data") for message in caplog.messages) == 1
        )


def test_without_a_reader_pillows_warning_is_logged_not_printed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    route_warnings()
    with caplog.at_level(logging.INFO, logger="viewer.photos"):
        read_exif(damaged(tmp_path / "bad-exif.jpg"))

    assert any(message.startswith("a photo: Pillow: Corrupt EXIF data") for message in caplog.messages)
    assert capsys.readouterr().err == ""


def test_other_warnings_go_where_they_went_before() -> None:
    with pytest.warns(UserWarning, match="not Pillow's"):
        route_warnings()  # inside pytest.warns: what showed warnings before is pytest's recorder
        warnings.warn("not Pillow's", UserWarning, stacklevel=1)


def test_a_readers_own_note_is_heard_once_by_every_reader_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        caplog.at_level(logging.INFO, logger="viewer.photos"),
        listening(tmp_path / "a.jpg") as outer,
        listening(tmp_path / "a.jpg") as inner,
    ):
        note("colour profile", "damaged")
        note("colour profile", "damaged")
    assert outer == inner == [PhotoWarning("colour profile", "damaged")]
    assert caplog.messages == [f"{tmp_path / 'a.jpg'}: colour profile: damaged"] * 2
