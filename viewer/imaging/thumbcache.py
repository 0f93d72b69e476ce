"""Strip thumbnails kept on disk, so a trip's strip fills at once the second time.

An entry is keyed by the photo's absolute path, size and modification time and
by the thumbnail box, so an edited photo gets a new thumbnail. It holds the
decoded pixels raw behind a small header: reading one back is a file read, no
decoding. Entries are written to a temporary file and renamed into place, so two
viewers filling the same cache never see half an entry; an entry that is short,
foreign or damaged is decoded again and rewritten.

Entries are the record that two viewers can fill side by side without losing
any. Once a trip's strip is full, its thumbnails are also copied into one pack
per photo folder (``viewer.imaging.thumbpack``), so the next start reads the
whole strip in one go; what a pack lacks or has damaged comes from the entries,
and the pack is written again.

The overview's thumbnails (``compact``) are bigger, several per screen and made only
for the cells looked at: kept raw they would take 100 to 700 KB a photo, gigabytes
for a big shoot. Their entries hold JPEG (PNG for photos with transparency), about
a tenth of that, decoded again in a millisecond or two on a worker; they are never
packed, as a pack is read whole. No Qt here.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from PIL import Image

from viewer.files.atomic import write_atomic
from viewer.files.regularfile import read_capped
from viewer.imaging.decode import Decoded, decode_photo, fit_size
from viewer.imaging.thumbpack import read_pack, write_pack

log = logging.getLogger(__name__)

MAGIC = b"TVTHUMB1"
COMPACT_MAGIC = b"TVTHUMBJ"  # the pixels as a JPEG or PNG file
COMPACT_QUALITY = 92  # with full-resolution colour: no softer than the raw pixels to the eye
_HEADER = struct.Struct("<8sIIBII")  # magic, width, height, has_alpha, source width, source height
MAX_ENTRY_BYTES = 2**28  # one thumbnail: 8K × 8K pixels at most, so a device in its place is not read forever
BATCH = 64  # thumbnails read from entries handed on together


class ThumbnailCache:
    """Thumbnails for photos, from ``folder`` when there, decoded and stored when not.

    ``compact``: entries are stored compressed (see above), for the overview's cells.
    """

    def __init__(self, folder: Path, compact: bool = False) -> None:
        self.folder = folder
        self._compact = compact
        self._lock = threading.Lock()
        self._unpacked: set[Path] = set()  # photo folders whose pack lacked thumbnails

    def digest(self, photo: Path, box: tuple[int, int]) -> bytes | None:
        """The key of ``photo``'s thumbnail: path, size, mtime, box; None if it cannot be read."""
        try:
            return _digest(photo, photo.stat(), box)
        except OSError:
            return None

    def entry_path(self, photo: Path, box: tuple[int, int]) -> Path | None:
        """Where the thumbnail of ``photo`` lives; None if the photo cannot be read."""
        digest = self.digest(photo, box)
        return self._entry(digest) if digest is not None else None

    def pack_path(self, folder: Path, box: tuple[int, int]) -> Path:
        """Where the pack of the photos in ``folder`` lives."""
        key = f"{folder.absolute()}\0{box[0]}x{box[1]}"
        name = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()
        return self.folder / "packs" / f"{name}.pack"

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

    def read_many(self, photos: list[Path], box: tuple[int, int]) -> Iterator[list[tuple[Path, Decoded]]]:
        """The stored thumbnails of ``photos``, in batches; never decodes.

        Each folder's pack is read whole first; what it lacks comes from the entries,
        and that folder is noted for `write_packs`.
        """
        by_folder: dict[Path, list[tuple[Path, bytes]]] = {}
        for photo, stat in _stats(photos).items():
            by_folder.setdefault(photo.parent, []).append((photo, _digest(photo, stat, box)))
        missing: list[tuple[Path, bytes]] = []
        for folder, wanted in by_folder.items():
            packed = read_pack(self.pack_path(folder, box))
            found = [(photo, packed[digest]) for photo, digest in wanted if digest in packed]
            if found:
                yield found
            if len(found) < len(wanted):
                with self._lock:
                    self._unpacked.add(folder)
                missing += [(photo, digest) for photo, digest in wanted if digest not in packed]
        batch: list[tuple[Path, Decoded]] = []
        for photo, digest in missing:
            stored = self._read(self._entry(digest))
            if stored is not None:
                batch.append((photo, stored))
            if len(batch) == BATCH:
                yield batch
                batch = []
        if batch:
            yield batch

    def write_packs(self, photos: list[Path], box: tuple[int, int]) -> None:
        """Pack the stored thumbnails of ``photos`` for each folder whose pack fell short.

        Call once the strip is full. A pack that would hold nothing new is left as it is
        (a photo that cannot be decoded has no thumbnail to add).
        """
        with self._lock:
            folders, self._unpacked = self._unpacked, set()
        for folder in folders:
            path = self.pack_path(folder, box)
            packed = read_pack(path)
            records: dict[bytes, Decoded] = {}
            for photo in photos:
                digest = self.digest(photo, box) if photo.parent == folder else None
                if digest is None:
                    continue
                stored = packed.get(digest) or self._read(self._entry(digest))
                if stored is not None:
                    records[digest] = stored
            if records.keys() <= packed.keys():
                continue
            try:
                write_pack(path, records)
            except OSError as exc:  # a full or read-only disk only costs speed
                log.info("cannot store a thumbnail pack in %s: %s", self.folder, exc)

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

    def _entry(self, digest: bytes) -> Path:
        name = digest.hex()
        return self.folder / name[:2] / f"{name}.thumb"

    def _read(self, entry: Path) -> Decoded | None:
        try:
            data = read_capped(entry, MAX_ENTRY_BYTES)
        except OSError:  # absent, or not a plain file, or far too long: made again
            return None
        if len(data) < _HEADER.size:
            self._damaged(entry)
            return None
        magic, width, height, has_alpha, source_width, source_height = _HEADER.unpack_from(data)
        pixels = data[_HEADER.size :]
        if magic == COMPACT_MAGIC and width and height:
            pixels = _expand(pixels, (width, height), bool(has_alpha))
        if (
            magic not in (MAGIC, COMPACT_MAGIC)
            or len(pixels) != width * height * 4
            or not width
            or not height
        ):
            self._damaged(entry)
            return None
        return Decoded(pixels, width, height, bool(has_alpha), (source_width, source_height))

    def _write(self, entry: Path, decoded: Decoded) -> None:
        magic, data = (COMPACT_MAGIC, _compress(decoded)) if self._compact else (MAGIC, decoded.data)
        header = _HEADER.pack(magic, decoded.width, decoded.height, decoded.has_alpha, *decoded.source_size)
        try:
            write_atomic(entry, header + data, durable=False)  # _read checks it, a bad one is rebuilt
        except OSError as exc:  # a full or read-only disk only costs speed
            log.info("cannot store a thumbnail in %s: %s", self.folder, exc)

    def _damaged(self, entry: Path) -> None:
        log.info("rebuilding the damaged thumbnail %s", entry)
        return None


def _compress(decoded: Decoded) -> bytes:
    """A compact entry's payload: the pixels as a JPEG, or a PNG if they have transparency."""
    mode = "RGBA" if decoded.has_alpha else "RGBX"
    image = Image.frombuffer(mode, (decoded.width, decoded.height), decoded.data, "raw", mode, 0, 1)
    out = io.BytesIO()
    if decoded.has_alpha:
        image.save(out, "PNG", compress_level=1)
    else:
        image.convert("RGB").save(out, "JPEG", quality=COMPACT_QUALITY, subsampling=0)
    return out.getvalue()


def _expand(payload: bytes, size: tuple[int, int], has_alpha: bool) -> bytes:
    """A compact entry's pixels, 4 bytes each; empty if the payload is not the picture it should be."""
    try:
        with Image.open(io.BytesIO(payload), formats=("PNG",) if has_alpha else ("JPEG",)) as image:
            if image.size != size:
                return b""
            return image.convert("RGBA" if has_alpha else "RGB").tobytes(
                "raw", "RGBA" if has_alpha else "RGBX"
            )
    except (OSError, SyntaxError, ValueError):  # Pillow's ways of saying the data is damaged
        return b""


def _digest(photo: Path, stat: os.stat_result, box: tuple[int, int]) -> bytes:
    key = f"{photo.absolute()}\0{stat.st_size}\0{stat.st_mtime_ns}\0{box[0]}x{box[1]}"
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).digest()


def _stats(photos: list[Path]) -> dict[Path, os.stat_result]:
    """What ``os.stat`` says of each photo there is, a folder listing at a time.

    A listing's entries are stat'ed holding the interpreter lock; 500 separate
    ``Path.stat`` calls each release it and may wait to get it back.
    """
    wanted: dict[Path, dict[str, Path]] = {}
    for photo in photos:
        wanted.setdefault(photo.parent, {})[photo.name] = photo
    found: dict[Path, os.stat_result] = {}
    for folder, names in wanted.items():
        try:
            with os.scandir(folder) as listing:
                for entry in listing:
                    if entry.name in names:
                        with contextlib.suppress(OSError):  # a link loop: the rest of the listing goes on
                            found[names[entry.name]] = entry.stat()
        except OSError:
            pass  # a folder that is gone or unreadable: its photos fall to the checks below
        for left in names.values():
            if left not in found:
                with contextlib.suppress(OSError):  # else the photo is gone: decoding will say so
                    found[left] = left.stat()
    return found
