"""Strip thumbnails kept on disk, so a trip's strip fills at once the second time.

An entry is keyed by the photo's absolute path, size and modification time and
by the thumbnail box, so an edited photo gets a new thumbnail. It holds the
decoded pixels raw behind a small header: reading one back is a file read, no
decoding. Entries are written to a temporary file and renamed into place, so two
viewers filling the same cache never see half an entry; an entry that is short,
foreign or damaged is decoded again and rewritten. No Qt here.
"""

from __future__ import annotations

import hashlib
import logging
import struct
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from viewer.imaging.decode import Decoded, decode_photo, fit_size
from viewer.model.storage import write_atomic

log = logging.getLogger(__name__)

MAGIC = b"TVTHUMB1"
_HEADER = struct.Struct("<8sIIBII")  # magic, width, height, has_alpha, source width, source height


class ThumbnailCache:
    """Thumbnails for photos, from ``folder`` when there, decoded and stored when not."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def entry_path(self, photo: Path, box: tuple[int, int]) -> Path | None:
        """Where the thumbnail of ``photo`` lives; None if the photo cannot be read."""
        try:
            stat = photo.stat()
        except OSError:
            return None
        key = f"{photo.absolute()}\0{stat.st_size}\0{stat.st_mtime_ns}\0{box[0]}x{box[1]}"
        digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()
        return self.folder / digest[:2] / f"{digest}.thumb"

    def load(self, photo: Path, box: tuple[int, int], stop: Callable[[], bool] | None = None) -> Decoded:
        """The thumbnail of ``photo`` fitting ``box``; raises ``DecodeError`` like decoding.

        ``stop``: as for :func:`decode_photo`, to give up a decode that is under way.
        """
        entry = self.entry_path(photo, box)
        if entry is not None:
            found = self._read(entry)
            if found is not None:
                return found
        decoded = decode_photo(photo, box, stop)
        if entry is not None:
            self._write(entry, decoded)
        return decoded

    def cached(self, photo: Path, box: tuple[int, int]) -> Decoded | None:
        """The stored thumbnail of ``photo``, if there is a sound one; never decodes."""
        entry = self.entry_path(photo, box)
        return self._read(entry) if entry is not None else None

    def offer(self, photo: Path, decoded: Decoded, box: tuple[int, int]) -> None:
        """Store the thumbnail of a photo that was just decoded for the screen.

        Scaling the decoded screen-size pixels down costs about a millisecond; decoding
        a 24-megapixel file again for its thumbnail costs tens. So a photo shown
        before its strip thumbnail was made is decoded once, not twice.
        """
        entry = self.entry_path(photo, box)
        if entry is None or entry.exists():
            return
        mode = "RGBA" if decoded.has_alpha else "RGBX"
        image = Image.frombuffer(mode, (decoded.width, decoded.height), decoded.data, "raw", mode, 0, 1)
        image = image.resize(fit_size(image.size, box), Image.Resampling.BICUBIC, reducing_gap=2.0)
        small = Decoded(
            image.tobytes("raw", mode), image.width, image.height, decoded.has_alpha, decoded.source_size
        )
        self._write(entry, small)

    def _read(self, entry: Path) -> Decoded | None:
        try:
            data = entry.read_bytes()
        except OSError:
            return None
        if len(data) < _HEADER.size:
            self._damaged(entry)
            return None
        magic, width, height, has_alpha, source_width, source_height = _HEADER.unpack_from(data)
        pixels = data[_HEADER.size :]
        if magic != MAGIC or len(pixels) != width * height * 4 or not width or not height:
            self._damaged(entry)
            return None
        return Decoded(pixels, width, height, bool(has_alpha), (source_width, source_height))

    def _write(self, entry: Path, decoded: Decoded) -> None:
        header = _HEADER.pack(MAGIC, decoded.width, decoded.height, decoded.has_alpha, *decoded.source_size)
        try:
            write_atomic(entry, header + decoded.data)
        except OSError as exc:  # a full or read-only disk only costs speed
            log.info("cannot store a thumbnail in %s: %s", self.folder, exc)

    def _damaged(self, entry: Path) -> None:
        log.info("rebuilding the damaged thumbnail %s", entry)
        return None
