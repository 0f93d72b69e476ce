"""Decoding a photo file into upright sRGB pixels at the size it will be shown.

Every image is made in ``tmp_path`` with Pillow. Decoded pixels are B, G, R, X
bytes, so :func:`rgb_at` reads them back as R, G, B.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageCms

from tests.photos import damaged
from viewer.imaging.decode import READ_CHUNK, Decoded, DecodeError, Scaler, decode_photo, fit_size
from viewer.imaging.jobs import Stopped

RED = (255, 0, 0)
GREEN = (0, 255, 0)
BLUE = (0, 0, 255)

# What a viewer must do to show each EXIF orientation upright (EXIF 2.3, tag 0x0112).
# Flips, 180° and the two diagonal mirrors undo themselves; 90° and 270° undo each other.
TO_UPRIGHT = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
INVERSE = {
    Image.Transpose.ROTATE_90: Image.Transpose.ROTATE_270,
    Image.Transpose.ROTATE_270: Image.Transpose.ROTATE_90,
}


def rgb_at(decoded: Decoded, x: int, y: int) -> tuple[int, int, int]:
    offset = (y * decoded.width + x) * 4
    red, green, blue = decoded.data[offset : offset + 3]
    return red, green, blue


def close_to(found: tuple[int, int, int], wanted: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(found, wanted, strict=True))


def save(path: Path, size: tuple[int, int], colour: tuple[int, ...] | str = RED, **options: Any) -> Path:
    mode = "RGBA" if isinstance(colour, tuple) and len(colour) == 4 else "RGB"
    Image.new(mode, size, colour).save(path, **options)
    return path


def red_corner(size: tuple[int, int]) -> Image.Image:
    """Blue, with its top-left quadrant red: every rotation and mirror looks different."""
    image = Image.new("RGB", size, BLUE)
    image.paste(RED, (0, 0, size[0] // 2, size[1] // 2))
    return image


def swapped_primaries_profile() -> bytes:
    """An RGB profile whose red primary is sRGB's green and whose green is sRGB's red.

    Pure red stored under it is pure green on screen, so a decode that skipped
    colour management would show the wrong colour outright, not just a shade off.
    """
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    (count,) = struct.unpack_from(">I", profile, 128)
    entries = {bytes(profile[132 + 12 * n : 136 + 12 * n]): 132 + 12 * n for n in range(count)}
    red, green = entries[b"rXYZ"], entries[b"gXYZ"]
    # Each tag-table entry is signature, offset, size: swap where the two point.
    profile[red + 4 : red + 12], profile[green + 4 : green + 12] = (
        profile[green + 4 : green + 12],
        profile[red + 4 : red + 12],
    )
    return bytes(profile)


# -- size --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "box", "expected"),
    [
        ((4000, 3000), (500, 500), (500, 375)),
        ((3000, 4000), (500, 500), (375, 500)),
        ((6000, 4000), (1920, 1080), (1620, 1080)),
        ((320, 200), (1920, 1080), (320, 200)),  # small photos are never enlarged
        ((1000, 10), (100, 100), (100, 1)),
        ((10, 10), (0, 0), (1, 1)),  # a collapsed window still gets a pixel
    ],
)
def test_fit_size_follows_the_box_and_keeps_the_aspect(
    source: tuple[int, int], box: tuple[int, int], expected: tuple[int, int]
) -> None:
    assert fit_size(source, box) == expected


def test_a_big_jpeg_is_decoded_to_fit_the_box(tmp_path: Path) -> None:
    path = save(tmp_path / "big.jpg", (4000, 3000), quality=80)
    decoded = decode_photo(path, (500, 500))
    assert (decoded.width, decoded.height) == (500, 375)
    assert decoded.nbytes == 500 * 375 * 4
    assert decoded.source_size == (4000, 3000)
    assert not decoded.has_alpha
    assert close_to(rgb_at(decoded, 250, 187), RED)


def test_a_small_photo_is_not_enlarged(tmp_path: Path) -> None:
    path = save(tmp_path / "small.png", (320, 200), GREEN)
    decoded = decode_photo(path, (1920, 1080))
    assert (decoded.width, decoded.height) == (320, 200)
    assert rgb_at(decoded, 319, 199) == GREEN


def test_a_png_is_resized_to_the_box_too(tmp_path: Path) -> None:
    path = save(tmp_path / "wide.png", (900, 300), BLUE)
    decoded = decode_photo(path, (300, 300))
    assert (decoded.width, decoded.height) == (300, 100)
    assert rgb_at(decoded, 150, 50) == BLUE


# -- orientation -------------------------------------------------------------------


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_comes_out_upright(tmp_path: Path, orientation: int) -> None:
    upright = red_corner((800, 600))
    method = TO_UPRIGHT[orientation]
    stored = upright if method is None else upright.transpose(INVERSE.get(method, method))
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / f"orientation-{orientation}.jpg"
    stored.save(path, exif=exif, quality=95)

    decoded = decode_photo(path, (200, 200))

    assert (decoded.width, decoded.height) == (200, 150)
    assert decoded.source_size == (800, 600)
    assert close_to(rgb_at(decoded, 50, 37), RED), "the red corner is not top left"
    assert close_to(rgb_at(decoded, 150, 37), BLUE)
    assert close_to(rgb_at(decoded, 50, 112), BLUE)
    assert close_to(rgb_at(decoded, 150, 112), BLUE)


@pytest.mark.parametrize(
    "exif",
    [
        b"Exif\x00\x00II*\x00\xff\xff\xff\x7f",  # the first IFD lies far past the end
        b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x05\x00\x12\x01\x03\x00",  # an IFD cut short
        b"Exif\x00\x00not a TIFF header at all",
        # Orientation 99: no such thing, so the photo is shown as stored.
        b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x01\x00\x12\x01\x03\x00\x01\x00\x00\x00c\x00\x00\x00\x00\x00\x00\x00",
    ],
    ids=["offset-past-end", "truncated-ifd", "garbage", "orientation-99"],
)
# Pillow warns about corrupt EXIF while it opens the file; the app sends warnings
# to its log (logging.captureWarnings), so here they are not errors either.
@pytest.mark.filterwarnings("ignore:Corrupt EXIF data:UserWarning")
def test_a_broken_exif_block_does_not_stop_the_photo(tmp_path: Path, exif: bytes) -> None:
    path = tmp_path / "broken-exif.jpg"
    red_corner((80, 60)).save(path, exif=exif, quality=95)
    decoded = decode_photo(path, (80, 60))
    assert (decoded.width, decoded.height) == (80, 60)
    assert close_to(rgb_at(decoded, 20, 15), RED)


# -- colour ------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["jpg", "png"])
def test_an_embedded_colour_profile_is_converted_to_srgb(tmp_path: Path, suffix: str) -> None:
    path = save(tmp_path / f"swapped.{suffix}", (64, 48), RED, icc_profile=swapped_primaries_profile())
    decoded = decode_photo(path, (64, 48))
    assert close_to(rgb_at(decoded, 32, 24), GREEN, tolerance=8)


def test_an_srgb_profile_leaves_the_colours_alone(tmp_path: Path) -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = save(tmp_path / "srgb.png", (64, 48), (200, 30, 40), icc_profile=srgb)
    decoded = decode_photo(path, (64, 48))
    assert close_to(rgb_at(decoded, 32, 24), (200, 30, 40), tolerance=2)


def test_a_broken_colour_profile_keeps_the_pixels(tmp_path: Path) -> None:
    path = save(tmp_path / "bad-profile.png", (64, 48), (200, 30, 40), icc_profile=b"not a profile" * 20)
    decoded = decode_photo(path, (64, 48))
    assert rgb_at(decoded, 32, 24) == (200, 30, 40)


def test_a_png_with_alpha_keeps_its_alpha(tmp_path: Path) -> None:
    path = save(tmp_path / "alpha.png", (40, 30), (255, 0, 0, 128))
    decoded = decode_photo(path, (40, 30))
    assert decoded.has_alpha
    assert decoded.data[:4] == bytes([255, 0, 0, 128])  # R, G, B, then A


def test_a_palette_png_with_a_transparent_colour_has_alpha(tmp_path: Path) -> None:
    path = tmp_path / "palette.png"
    Image.new("P", (40, 30), 0).save(path, transparency=0)
    assert decode_photo(path, (40, 30)).has_alpha


def test_an_opaque_photo_has_no_alpha_and_its_fourth_byte_is_ff(tmp_path: Path) -> None:
    decoded = decode_photo(save(tmp_path / "opaque.png", (40, 30), BLUE), (40, 30))
    assert not decoded.has_alpha
    # Qt reads the fourth byte of an opaque format as alpha when it paints onto a
    # premultiplied surface (macOS and Wayland backing stores): 0x00 there would
    # make the photo transparent.
    assert set(decoded.data[3::4]) == {0xFF}
    assert decoded.data[:4] == bytes([0, 0, 255, 255])


def test_a_16_bit_greyscale_png_keeps_its_tones(tmp_path: Path) -> None:
    path = tmp_path / "grey16.png"
    Image.new("I;16", (40, 30), 32896).save(path)  # 50% grey: 0x8080
    decoded = decode_photo(path, (40, 30))
    assert close_to(rgb_at(decoded, 20, 15), (128, 128, 128), tolerance=2)


# -- files that cannot be shown ------------------------------------------------------


def test_a_missing_file_says_it_is_missing(tmp_path: Path) -> None:
    with pytest.raises(DecodeError, match="missing"):
        decode_photo(tmp_path / "nowhere.jpg", (100, 100))


def test_a_folder_is_not_a_photo(tmp_path: Path) -> None:
    (tmp_path / "folder.jpg").mkdir()
    with pytest.raises(DecodeError, match="folder"):
        decode_photo(tmp_path / "folder.jpg", (100, 100))


def test_a_text_file_named_jpg_is_not_a_photo(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("these are my holiday notes, not a photo\n", encoding="utf-8")
    with pytest.raises(DecodeError, match="not a photo"):
        decode_photo(path, (100, 100))


@pytest.mark.parametrize("box", [(800, 600), (100, 100)], ids=["full-size", "draft-scaled"])
def test_a_truncated_jpeg_is_reported_as_damaged(tmp_path: Path, box: tuple[int, int]) -> None:
    whole = save(tmp_path / "whole.jpg", (800, 600), quality=90)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(DecodeError, match="damaged"):
        decode_photo(cut, box)


@pytest.mark.parametrize("damage", ["corrupt", "truncated"])
@pytest.mark.parametrize("stop", [None, lambda: False], ids=["head-start", "loader"])
def test_a_damaged_png_shows_why_not_half_the_photo(tmp_path: Path, damage: str, stop: Any) -> None:
    # Reading its orientation first once made Pillow decode it, fail, and return what it had.
    path = damaged(tmp_path / f"{damage}.png")
    with pytest.raises(DecodeError, match=r"^the PNG file is damaged: "):
        decode_photo(path, (160, 120), stop)


def test_a_decompression_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = save(tmp_path / "bomb.png", (100, 100))
    # Pillow refuses outright above twice the limit (and only warns below that).
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(DecodeError, match="too many pixels"):
        decode_photo(path, (100, 100))


def noisy_jpeg(path: Path, size: tuple[int, int] = (3000, 2000)) -> Path:
    """A JPEG of noise: megabytes, so the decoder reads it in several chunks."""
    Image.effect_noise(size, 80).convert("RGB").save(path, quality=95)
    return path


def test_a_decode_polls_while_it_reads_and_stops_when_told(tmp_path: Path) -> None:
    path = noisy_jpeg(tmp_path / "noise.jpg")
    chunks = path.stat().st_size // READ_CHUNK
    assert chunks >= 3
    polls: list[bool] = []

    def never() -> bool:
        polls.append(False)
        return False

    whole = decode_photo(path, (800, 600), stop=never)
    assert (whole.width, whole.height) == (800, 533)
    assert whole.data == decode_photo(path, (800, 600)).data  # polling changes no pixel
    assert len(polls) >= chunks  # asked all through the file, not only at the start

    asked = 0

    def soon() -> bool:
        nonlocal asked
        asked += 1
        return asked > len(polls) - chunks + 1  # once the pixels have begun

    with pytest.raises(Stopped):
        decode_photo(path, (800, 600), stop=soon)
    assert asked < len(polls)  # given up at the first chance, the rest of the file unread


class CountingScaler:
    """A :class:`Scaler` that records what it is given and sizes by Pillow's nearest pixel."""

    def __init__(self) -> None:
        self.calls: list[tuple[tuple[int, int], tuple[int, int]]] = []

    def scale(self, data: bytes, size: tuple[int, int], target: tuple[int, int]) -> bytes:
        self.calls.append((size, target))
        image = Image.frombuffer("RGBX", size, data, "raw", "RGBX", 0, 1)
        return image.resize(target, Image.Resampling.NEAREST).tobytes("raw", "RGBX")


def test_a_scaler_sizes_photos_whose_box_it_takes(tmp_path: Path) -> None:
    path = tmp_path / "red.jpg"
    Image.new("RGB", (3000, 2000), RED).save(path, quality=90)
    counting = CountingScaler()
    decoded = decode_photo(path, (1200, 800), scaler=Scaler(counting.scale, most_pixels=1200 * 800))
    assert counting.calls == [((1500, 1000), (1200, 800))]  # after draft(), before the box
    assert (decoded.width, decoded.height, decoded.has_alpha) == (1200, 800, False)
    assert close_to(rgb_at(decoded, 600, 400), RED)


def test_a_scaler_is_left_out_for_bigger_boxes_and_for_transparency(tmp_path: Path) -> None:
    opaque, clear = tmp_path / "blue.jpg", tmp_path / "clear.png"
    Image.new("RGB", (3000, 2000), BLUE).save(opaque, quality=90)
    Image.new("RGBA", (600, 400), (0, 255, 0, 128)).save(clear)
    counting = CountingScaler()
    scaler = Scaler(counting.scale, most_pixels=1000 * 700)
    big = decode_photo(opaque, (1200, 800), scaler=scaler)
    see_through = decode_photo(clear, (300, 300), scaler=scaler)
    assert counting.calls == []
    assert (big.width, big.height) == (1200, 800) and close_to(rgb_at(big, 10, 10), BLUE)
    assert (see_through.width, see_through.height, see_through.has_alpha) == (300, 200, True)
