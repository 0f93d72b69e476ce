"""Make the benchmark's photos once, cache them outside the repo, and hand out views of them.

Each photo is a smooth scene (a sky gradient and blurred shapes, different per
photo) plus texture and camera-like noise, saved as a JPEG at quality 90, so the
encoder sees something like a real 24 MP photo (about 8 MB each) rather than flat
colour that compresses to nothing. Pillow only: no numpy.

The files live under the user's cache folder in a directory named by every
parameter that shapes them, so a later run with the same parameters reuses them
and a change of parameters makes a fresh set. Bigger trips are hard links to the
same files under distinct names: no extra disk, and every viewer sees distinct
paths (the app's thumbnail cache keys by path, so nothing is shared by accident).
"""

from __future__ import annotations

import os
import random
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PIL import Image, ImageChops, ImageDraw, ImageFilter

RECIPE = 1  # bump when the drawing below changes, so old caches are not reused
QUALITY = 90
LUMA_SIGMA = 5.0  # per-pixel sensor noise, in 8-bit levels
CHROMA_SIGMA = 2.0  # colour noise on top, per channel
TEXTURE_SIGMA = 12.0  # detail at two pixels' scale (foliage, fabric, gravel)
SKETCH = (300, 200)  # the scene is drawn this small, then enlarged smoothly
MTIME = 1_700_000_000  # one shared time, so folders order their photos by name


@dataclass(frozen=True)
class PhotoSet:
    """``count`` generated photos of ``size`` in ``folder``, named in order."""

    folder: Path
    size: tuple[int, int]
    paths: tuple[Path, ...]

    @property
    def mean_bytes(self) -> float:
        return sum(path.stat().st_size for path in self.paths) / len(self.paths)

    def linked(self, count: int, name: str | None = None) -> tuple[Path, list[Path]]:
        """A folder of ``count`` hard links cycling through the set, and their paths in order."""
        folder = self.folder.parent / (name or f"links-{count}")
        paths = [folder / f"l{number:05d}.jpg" for number in range(count)]
        if not (folder.is_dir() and all(path.exists() for path in paths)):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            for number, path in enumerate(paths):
                path.hardlink_to(self.paths[number % len(self.paths)])
        return folder, paths


def cache_root() -> Path:
    return Path(platformdirs.user_cache_dir("trip-viewer-bench", appauthor=False))


def photo_set(count: int, size: tuple[int, int], workers: int = 2) -> PhotoSet:
    """The cached set of ``count`` photos of ``size``, generating what is missing."""
    width, height = size
    key = f"r{RECIPE}-{width}x{height}-q{QUALITY}-n{LUMA_SIGMA:g}-{CHROMA_SIGMA:g}-{TEXTURE_SIGMA:g}"
    folder = cache_root() / key / "photos"
    folder.mkdir(parents=True, exist_ok=True)
    paths = tuple(folder / f"p{number:03d}.jpg" for number in range(count))
    missing = [(number, path) for number, path in enumerate(paths) if not path.exists()]
    if missing:
        print(f"making {len(missing)} photos of {width}x{height} in {folder} …", flush=True)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            jobs = [pool.submit(make_photo, path, size, number) for number, path in missing]
            for job in jobs:
                job.result()
    return PhotoSet(folder, size, paths)


def make_photo(path: Path, size: tuple[int, int], seed: int) -> None:
    """Draw photo number ``seed`` and save it at ``path`` (atomically: a crash leaves no half file)."""
    rng = random.Random(seed)
    scene = _scene(rng).resize(size, Image.Resampling.BICUBIC)
    grain = _grain(size)
    photo = ImageChops.add(scene, grain, 1.0, -128)
    part = path.with_suffix(".part")
    photo.save(part, "JPEG", quality=QUALITY)
    os.utime(part, (MTIME, MTIME))
    os.replace(part, path)


def _scene(rng: random.Random) -> Image.Image:
    """A small smooth picture: a two-colour gradient with blurred ellipses and polygons."""
    width, height = SKETCH
    sketch = Image.new("RGB", SKETCH)
    draw = ImageDraw.Draw(sketch)
    top, bottom = _colour(rng), _colour(rng)
    for y in range(height):
        share = y / (height - 1)
        draw.line([(0, y), (width - 1, y)], fill=_mix(top, bottom, share))
    for _ in range(rng.randint(8, 20)):
        if rng.random() < 0.5:
            left, upper = rng.randrange(width), rng.randrange(height)
            box = (left, upper, left + rng.randint(10, 150), upper + rng.randint(10, 100))
            draw.ellipse(box, fill=_colour(rng))
        else:
            corners = [(rng.randrange(width), rng.randrange(height)) for _ in range(rng.randint(3, 6))]
            draw.polygon(corners, fill=_colour(rng))
    return sketch.filter(ImageFilter.GaussianBlur(2))


def _grain(size: tuple[int, int]) -> Image.Image:
    """Noise centred on 128: shared texture and luminance noise, plus a little per channel."""
    width, height = size
    texture = Image.effect_noise((width // 2, height // 2), TEXTURE_SIGMA)
    luma = ImageChops.add(
        Image.effect_noise(size, LUMA_SIGMA), texture.resize(size, Image.Resampling.BICUBIC), 1.0, -128
    )
    channels = [ImageChops.add(luma, Image.effect_noise(size, CHROMA_SIGMA), 1.0, -128) for _ in range(3)]
    return Image.merge("RGB", channels)


def _colour(rng: random.Random) -> tuple[int, int, int]:
    return rng.randrange(256), rng.randrange(256), rng.randrange(256)


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], share: float) -> tuple[int, int, int]:
    return (
        round(a[0] + (b[0] - a[0]) * share),
        round(a[1] + (b[1] - a[1]) * share),
        round(a[2] + (b[2] - a[2]) * share),
    )
