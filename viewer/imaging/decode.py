"""Decode a photo file into display-ready pixels, at the size it will be shown.

Runs on worker threads and knows nothing of Qt: it returns raw R, G, B, X bytes
(X = 0xff), or R, G, B, A for photos with transparency. Pillow packs RGBX in
under a millisecond for a full-HD frame (its BGRX packer is five times slower
and leaves X at 0, which Qt would read as alpha), and Qt turns RGBX into its
native paint format with a byte swap on the same worker thread.

Why Pillow and not ``QImageReader.setScaledSize``: both use libjpeg's DCT
scaling, but Pillow's ``draft()`` decodes this project's photos faster than Qt's
reader, and Pillow also gives us EXIF orientation and ICC conversion in the same
pass.

A decode can be given up half-way: Pillow reads the file in chunks, and the
file handed to it asks ``stop()`` before each one, raising ``Stopped`` when the
photo is no longer wanted (the person clicked past it).

The chunks are 1 MB, not Pillow's 64 KB: libjpeg releases the GIL while it
decodes a chunk but Pillow needs it back between chunks, and a thread that
gives the GIL up waits up to the interpreter's switch interval (5 ms) to get it
back while another thread runs Python: with the UI thread busy, a photo read
in many small chunks takes many times as long.

The figures behind these choices are in ``docs/performance.md`` (under
``viewer.imaging.decode``).
"""

from __future__ import annotations

import functools
import io
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from viewer.files.photofiles import damage_reason, open_image, unreadable_reason
from viewer.files.regularfile import RefusedFileError, open_regular
from viewer.imaging.jobs import Stopped
from viewer.model.pillowwarnings import listening, note

if TYPE_CHECKING:
    from PIL import ImageCms

log = logging.getLogger(__name__)

_ROTATED = {5, 6, 7, 8}  # EXIF orientations that swap width and height
_ORIENTATION = 0x0112
READ_CHUNK = 1 << 20  # bytes handed to the decoder at a time (see above)


@dataclass(frozen=True)
class Decoded:
    """Pixels ready for the screen: upright, sRGB, 4 bytes a pixel (RGBX or RGBA)."""

    data: bytes
    width: int
    height: int
    has_alpha: bool  # R, G, B, A when true; R, G, B, 0xff otherwise
    source_size: tuple[int, int]  # the upright photo's full size

    @property
    def nbytes(self) -> int:
        return len(self.data)


class DecodeError(Exception):
    """A photo that cannot be shown, with a reason a person can act on."""


def fit_size(source: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """The largest size with ``source``'s aspect that fits ``box``, never enlarged."""
    width, height = source
    box_width, box_height = max(1, box[0]), max(1, box[1])
    scale = min(box_width / width, box_height / height, 1.0)
    return max(1, round(width * scale)), max(1, round(height * scale))


class _PolledFile:
    """A photo file whose every read first asks whether the decode is still wanted."""

    def __init__(self, handle: IO[bytes], stop: Callable[[], bool]) -> None:
        self._handle = handle
        self._stop = stop

    def read(self, size: int = -1) -> bytes:
        if self._stop():
            raise Stopped
        return self._handle.read(size)

    def __getattr__(self, name: str) -> Any:  # seek, tell, fileno…: the file's own
        return getattr(self._handle, name)


@dataclass(frozen=True)
class Scaler:
    """A faster way than Pillow's to size R, G, B, X pixels to their box, for boxes up to ``most_pixels``.

    ``scale(data, size, target)`` takes the pixels of ``size`` and returns them at
    ``target``. The GUI gives Qt's smooth scaling here (``viewer.gui.show.loader``): for
    a photo on a full-HD screen it is several times faster than Pillow's bilinear,
    at the same quality. But it keeps the interpreter lock for all of that time,
    which Pillow does not: so it is used only where that stays under ~4 ms; bigger
    boxes (a 4K screen's) go to Pillow.
    """

    scale: Callable[[bytes, tuple[int, int], tuple[int, int]], bytes]
    most_pixels: int


@dataclass(frozen=True)
class Prepared:
    """A photo decoded at a DCT scale, upright and in sRGB, not yet sized to its box.

    Decoding is most of the cost; sizing to the box is a resize of a few
    milliseconds. Kept apart, the first photo can be decoded while the window
    that will give its exact box is still being built (``viewer.imaging.headstart``).
    """

    image: Image.Image
    upright: tuple[int, int]  # the upright photo's full size
    has_alpha: bool

    def covers(self, box: tuple[int, int]) -> bool:
        """Whether these pixels are enough to show the photo sharp in ``box``."""
        width, height = fit_size(self.upright, box)
        return self.image.width >= width and self.image.height >= height


def decode_photo(
    path: Path, box: tuple[int, int], stop: Callable[[], bool] | None = None, scaler: Scaler | None = None
) -> Decoded:
    """Decode ``path`` to fit ``box`` (device pixels); raise :class:`DecodeError`.

    ``stop``: asked between chunks of the file; when it says yes the decode is
    abandoned with :class:`~viewer.imaging.jobs.Stopped`. ``scaler``: see
    :func:`finish_photo`.
    """
    return finish_photo(prepare_photo(path, box, stop), box, scaler)


def prepare_photo(path: Path, box: tuple[int, int], stop: Callable[[], bool] | None = None) -> Prepared:
    """The expensive half of :func:`decode_photo`: pixels enough for ``box``, not yet resized.

    What Pillow warns about meanwhile is about this photo (``viewer.model.pillowwarnings``).
    """
    with listening(path):
        return _prepare_file(path, box, stop)


def _prepare_file(path: Path, box: tuple[int, int], stop: Callable[[], bool] | None) -> Prepared:
    try:
        if stop is None:
            # Given the path, Pillow loads only the plugin for its extension; given a file
            # object, it first loads five (BMP, GIF, JPEG, PPM, PNG): 2.5 ms of the interpreter
            # lock beside PySide's import when the head start decodes the first photo (P3).
            with open_image(path) as image:
                return _prepare(image, box, stop)
        handle = open_regular(path)
        with handle, open_image(path, cast(IO[bytes], _PolledFile(handle, stop))) as image:
            return _prepare(image, box, stop)
    except RefusedFileError as refused:  # a pipe, socket, device or link loop: never read
        raise DecodeError(refused.reason) from None
    except FileNotFoundError:
        raise DecodeError("the file is missing") from None
    except IsADirectoryError:
        raise DecodeError("this is a folder, not a photo") from None
    except PermissionError:
        raise DecodeError("permission denied: the file cannot be read") from None
    except UnidentifiedImageError:
        raise DecodeError(unreadable_reason(path)) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DecodeError(f"too many pixels to show safely ({exc})") from None
    except (OSError, SyntaxError, ValueError) as exc:
        # Pillow reports damaged data as OSError ("image file is truncated"),
        # SyntaxError (broken headers) or ValueError.
        raise DecodeError(damage_reason(path, exc)) from None


def finish_photo(prepared: Prepared, box: tuple[int, int], scaler: Scaler | None = None) -> Decoded:
    """The cheap half: ``prepared`` resized to fit ``box``, as display-ready bytes.

    ``scaler``: sizes opaque photos whose box it takes (see :class:`Scaler`), else Pillow does.
    """
    image, target = prepared.image, fit_size(prepared.upright, box)
    if image.size != target and _takes(scaler, prepared, target):
        assert scaler is not None
        data = scaler.scale(image.tobytes("raw", "RGBX"), image.size, target)
        return Decoded(data, target[0], target[1], False, prepared.upright)
    if image.size != target:
        # After draft() the photo is at most twice the target: a bilinear (triangle)
        # filter scaled to that ratio is sharp enough and twice as fast as Lanczos.
        image = image.resize(target, Image.Resampling.BILINEAR, reducing_gap=3.0)
    data = image.tobytes("raw", "RGBA" if prepared.has_alpha else "RGBX")
    return Decoded(data, image.width, image.height, prepared.has_alpha, prepared.upright)


def quick_to_finish(prepared: Prepared, box: tuple[int, int], scaler: Scaler | None) -> bool:
    """Whether :func:`finish_photo` is a few milliseconds: no resize, or one ``scaler`` takes."""
    target = fit_size(prepared.upright, box)
    return prepared.image.size == target or _takes(scaler, prepared, target)


def _takes(scaler: Scaler | None, prepared: Prepared, target: tuple[int, int]) -> bool:
    return scaler is not None and not prepared.has_alpha and target[0] * target[1] <= scaler.most_pixels


def too_many_pixels(size: tuple[int, int]) -> str | None:
    """Why a photo of ``size`` is refused, or None if it can be shown.

    Pillow's own limit (about 89 megapixels) is the line: a 24 MP wire photo is
    fine, a decompression bomb claiming billions of pixels never gets decoded.
    """
    limit = Image.MAX_IMAGE_PIXELS
    pixels = size[0] * size[1]
    if limit and pixels > limit:
        return (
            f"{size[0]}×{size[1]} is {pixels / 1e6:.0f} megapixels, more than the "
            f"{limit / 1e6:.0f} that can be shown safely"
        )
    return None


def _prepare(image: Image.Image, box: tuple[int, int], stop: Callable[[], bool] | None) -> Prepared:
    refused = too_many_pixels(image.size)
    if refused:
        raise DecodeError(refused)
    stored = image.size
    if image.format == "JPEG":
        # libjpeg's DCT scaling decodes at 1/2, 1/4 or 1/8 size directly, never
        # below the requested size: most of the cost of a big JPEG vanishes. The
        # request is for the photo as stored, so the orientation comes first (a
        # JPEG's EXIF block is read with its header).
        orientation = _orientation(image)
        target = fit_size(_upright(stored, orientation), box)
        image.draft("RGB", (target[1], target[0]) if orientation in _ROTATED else target)
    if image.format == "TIFF":
        _silence_libtiff()
    icc = image.info.get("icc_profile")
    if isinstance(image, ImageFile.ImageFile):
        # A decode nobody will stop (the head start) takes the file in one chunk.
        image.decodermaxblock = READ_CHUNK if stop is not None else max(READ_CHUNK, _file_size(image))
    image.load()
    if stop is not None and stop():
        raise Stopped
    if image.format != "JPEG":
        # After the pixels: a PNG's getexif() loads the image to look for an EXIF chunk
        # behind them, and a load that fails there would leave a second load() to return
        # the half-decoded photo without a word (a damaged PNG shown as if whole).
        orientation = _orientation(image)
    upright = _upright(stored, orientation)
    if orientation not in (None, 1):
        image = ImageOps.exif_transpose(image)
    image = _to_srgb(image, icc)
    if image.mode.startswith("I;16"):
        # 16-bit grey: Pillow's convert() clips at 255 rather than scaling, so mid-grey turns white.
        image = image.convert("I").point(lambda value: value * (1 / 257)).convert("L")
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    mode = "RGBA" if has_alpha else "RGB"
    if image.mode != mode:
        image = image.convert(mode)
    return Prepared(image, upright, has_alpha)


@functools.cache
def _silence_libtiff() -> None:
    """Stop libtiff printing its errors raw on stderr ("tempfile.tif: Using code not yet in table.").

    Pillow raises each of them as an ``OSError`` too, which becomes the photo's
    error slide. The handlers are switched off in Pillow's own copy of the
    library, which the wheels for Linux and macOS ship beside Pillow; where it
    cannot be found (Windows builds it into Pillow, and a windowed app has no
    console), nothing changes.
    """
    import ctypes
    import ctypes.util

    import PIL

    package = Path(PIL.__file__).parent
    found = [*package.parent.glob("pillow.libs/libtiff*"), *package.glob(".dylibs/libtiff*")]
    system = ctypes.util.find_library("tiff")
    for candidate in [*map(str, found), *([system] if system and not found else [])]:
        try:
            library = ctypes.CDLL(candidate)
            for name in ("TIFFSetErrorHandler", "TIFFSetWarningHandler"):
                setter = getattr(library, name)
                setter.argtypes, setter.restype = [ctypes.c_void_p], ctypes.c_void_p
                setter(None)
        except (OSError, AttributeError):
            log.debug("cannot quieten libtiff in %s", candidate, exc_info=True)


def _upright(stored: tuple[int, int], orientation: int | None) -> tuple[int, int]:
    return (stored[1], stored[0]) if orientation in _ROTATED else stored


def _file_size(image: ImageFile.ImageFile) -> int:
    """The size of the file ``image`` reads from; 0 if it cannot be told."""
    try:
        return os.fstat(image.fp.fileno()).st_size if image.fp is not None else 0
    except (OSError, AttributeError, ValueError):
        return 0


def _orientation(image: Image.Image) -> int | None:
    try:
        value = image.getexif().get(_ORIENTATION)
    except Exception:  # a broken EXIF block must never stop the photo showing
        log.debug("unreadable EXIF in %s", getattr(image, "filename", "?"), exc_info=True)
        return None
    return value if isinstance(value, int) and 1 <= value <= 8 else None


@functools.cache
def _srgb() -> ImageCms.ImageCmsProfile:
    """The sRGB profile, made the first time a photo brings a profile of its own.

    Loading LittleCMS and making the profile takes milliseconds that, done at
    import, the main thread would spend before the first photo's decode could
    begin; a photo without a profile never needs either.
    """
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """Convert an embedded colour profile to sRGB; keep the pixels if it is broken."""
    if not icc or image.mode not in ("RGB", "RGBA", "CMYK", "L"):
        return image
    from PIL import ImageCms

    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        mode = "RGBA" if image.mode == "RGBA" else "RGB"
        converted = ImageCms.profileToProfile(image, source, _srgb(), outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError) as exc:
        reason = f"the embedded colour profile is damaged; colours are shown unconverted ({exc})"
        note("colour profile", reason)
        return image
    return converted if converted is not None else image
