"""Whether the viewer can show a photo, found by decoding it as the viewer does, only smaller.

``trip-viewer check`` and ``trip-viewer import`` must call a photo unreadable
exactly when the window would show an error slide for it. So they do not judge
the file by its headers: :func:`verify_photo` runs the window's own
:func:`~viewer.imaging.decode.prepare_photo`, asked for a 1×1 box. A JPEG is
then decoded at 1/8 of its size by libjpeg's DCT scaling, which still reads
every byte of the file (a truncation or a broken stream is met as in the
window) at a fraction of the cost; other formats are decoded whole, as the
window does. What Pillow warns about meanwhile comes back as warnings.

:func:`verify_photos` spreads the photos over worker threads: Pillow lets go
of the interpreter lock while it decodes, so the workers run side by side.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from viewer.imaging.decode import DecodeError, prepare_photo
from viewer.model.pillowwarnings import PhotoWarning, listening

SMALLEST_BOX = (1, 1)  # the smallest decode prepare_photo will do: JPEGs at 1/8


@dataclass(frozen=True)
class Verdict:
    """What the window would show for one photo: an error slide (``error``), or the photo."""

    error: str | None  # the error slide's reason, word for word
    warnings: tuple[PhotoWarning, ...] = ()  # about a photo that shows all the same


def verify_photo(path: Path) -> Verdict:
    """Decode ``path`` as the window does, at the smallest size; never raises for a bad file."""
    with listening(path) as heard:
        try:
            prepare_photo(path, SMALLEST_BOX)
        except DecodeError as exc:
            return Verdict(str(exc), tuple(heard))
    return Verdict(None, tuple(heard))


def verify_photos(paths: Sequence[Path], workers: int | None = None) -> list[Verdict]:
    """:func:`verify_photo` for each of ``paths``, in their order, on ``workers`` threads (one per core)."""
    workers = workers or min(len(paths), os.cpu_count() or 1)
    if workers <= 1:
        return [verify_photo(path) for path in paths]
    with ThreadPoolExecutor(workers, thread_name_prefix="verify") as pool:
        return list(pool.map(verify_photo, paths))
