"""Which formats open, HEIF through pillow-heif, and what a file that does not open is called."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests.photos import photo
from viewer.files import photofiles
from viewer.files.photofiles import open_image, sniff_bytes, unreadable_reason


@pytest.mark.parametrize(
    ("head", "suffix", "name"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", ".jpg", "JPEG"),
        (b"\x89PNG\r\n\x1a\n", ".png", "PNG"),
        (b"II*\x00\x08\x00\x00\x00", ".tif", "TIFF"),
        (b"MM\x00*\x00\x00\x00\x08", ".tiff", "TIFF"),
        (b"II*\x00\x10\x00\x00\x00CR", ".cr2", "Canon CR2 raw"),
        (b"II*\x00\x08\x00\x00\x00", ".nef", "Nikon NEF raw"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", ".webp", "WebP"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", ".heic", "HEIF"),
        (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00", ".heif", "HEIF"),
        (b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00", ".avif", "AVIF"),
        (b"\x00\x00\x00\x18ftypcrx \x00\x00\x00\x00", ".cr3", "Canon CR3 raw"),
        (b"\x00\x00\x00\x18ftypqt  \x00\x00\x00\x00", ".mov", "video"),
        (b"%PDF-1.7", ".pdf", "PDF document"),
        (b"8BPS\x00\x01", ".psd", "Photoshop PSD"),
        (b"plain text", ".txt", None),
        (b"", ".jpg", None),
    ],
)
def test_a_file_is_known_by_its_first_bytes(head: bytes, suffix: str, name: str | None) -> None:
    assert sniff_bytes(head, suffix) == name


def test_heic_opens_through_pillow_heif(tmp_path: Path) -> None:
    path = photo(tmp_path / "phone.heic", size=(40, 30))

    with open_image(path) as image:
        assert (image.format, image.size) == ("HEIF", (40, 30))


def test_without_pillow_heif_a_heic_file_says_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = photo(tmp_path / "phone.heic")
    monkeypatch.setattr(photofiles, "_heif_state", False)

    assert unreadable_reason(path) == (
        "a HEIC/HEIF photo, and HEIF support (the pi-heif package) is not installed"
    )


def test_an_unidentified_file_still_raises_for_the_caller(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_bytes(b"not a photo")

    with pytest.raises(Image.UnidentifiedImageError):
        open_image(path)
    assert unreadable_reason(path).startswith("not a photo in a format the viewer can read")


def test_an_empty_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    assert unreadable_reason(path) == "the file is empty (0 bytes)"
