"""The check's verdict on a photo is the window's: the same decoder, at its smallest size, on threads."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.photos import DOUBTFUL, UNSHOWABLE, damaged, photo, scene
from viewer.imaging.decode import DecodeError, decode_photo
from viewer.imaging.verify import verify_photo, verify_photos
from viewer.model.pillowwarnings import route_warnings


@pytest.fixture(autouse=True)
def routed() -> None:
    route_warnings()  # as the app and the commands do (pytest restores the filters)


@pytest.mark.parametrize("box", [(1920, 1080), (200, 150)])
def test_every_photo_gets_the_verdict_the_window_gives_it_on_any_screen(
    tmp_path: Path, box: tuple[int, int]
) -> None:
    paths = [photo(tmp_path / "good.jpg"), *(damaged(tmp_path / name) for name in UNSHOWABLE + DOUBTFUL)]

    verdicts = verify_photos(paths, workers=3)

    for path, verdict in zip(paths, verdicts, strict=True):
        try:
            decode_photo(path, box)
            slide = None
        except DecodeError as exc:
            slide = str(exc)
        assert verdict.error == slide, path.name
    assert [path.name for path, v in zip(paths, verdicts, strict=True) if v.error] == list(UNSHOWABLE)


def test_a_jpeg_cut_short_near_its_end_is_found_at_the_smallest_size(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    scene((1600, 1200)).save(path, quality=92)
    path.write_bytes(path.read_bytes()[:-300])

    assert (verify_photo(path).error or "").startswith("the JPEG file is damaged: image file is truncated")


def test_what_pillow_warns_about_a_photo_that_shows_comes_back_with_it(tmp_path: Path) -> None:
    verdict = verify_photo(damaged(tmp_path / "bad-exif.jpg"))

    assert verdict.error is None
    assert [(warning.field, warning.message[:33]) for warning in verdict.warnings] == [
        ("EXIF", "the EXIF block is damaged; what c")
    ]
