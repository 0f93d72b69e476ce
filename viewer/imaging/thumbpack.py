"""Many strip thumbnails in one file, so a whole trip's strip is one read.

Reading 500 thumbnail entries one file at a time costs 500 opens and reads
holding the interpreter lock the UI thread needs; a pack holds the same pixels
behind one index. A pack is a snapshot written in one step (``write_atomic``):
a reader sees an old pack or a new one, never half of one. One CRC-32 covers all
the pixels, so a sound pack is checked in one call (each call that releases the
interpreter lock can wait milliseconds to get it back while other threads work);
only when it fails are the records' own CRCs checked, so a damaged record is
skipped (its thumbnail taken from its entry or decoded again) and the rest kept.
No Qt here.
"""

from __future__ import annotations

import logging
import struct
import zlib
from collections.abc import Mapping
from pathlib import Path

from viewer.files.atomic import write_atomic
from viewer.files.regularfile import read_capped
from viewer.imaging.decode import Decoded

log = logging.getLogger(__name__)

MAGIC = b"TVPACK01"
_HEAD = struct.Struct("<8sII")  # magic, number of records, CRC-32 of all the pixels
# key digest, offset of the pixels, their CRC-32, width, height, has_alpha, source width, source height
_RECORD = struct.Struct("<20sQIIIBII")


def write_pack(path: Path, records: Mapping[bytes, Decoded]) -> None:
    """Replace the pack at ``path`` with ``records`` (thumbnails by key digest), in one step."""
    index: list[bytes] = []
    offset = _HEAD.size + _RECORD.size * len(records)
    for digest, decoded in records.items():
        crc = zlib.crc32(decoded.data)
        index.append(
            _RECORD.pack(
                digest, offset, crc, decoded.width, decoded.height, decoded.has_alpha, *decoded.source_size
            )
        )
        offset += len(decoded.data)
    pixels = b"".join(decoded.data for decoded in records.values())
    pack = b"".join([_HEAD.pack(MAGIC, len(records), zlib.crc32(pixels)), *index, pixels])
    write_atomic(path, pack, durable=False)  # its checksum catches a pack the disk lost: it is made again


MAX_PACK_BYTES = 2**31  # a folder's thumbnails; a device in a pack's place is not read forever


def read_pack(path: Path) -> dict[bytes, Decoded]:
    """The sound records of the pack at ``path``; empty if it is absent or not a pack."""
    try:
        data = read_capped(path, MAX_PACK_BYTES)
    except OSError:  # absent, or not a plain file, or far too long: made again
        return {}
    if len(data) < _HEAD.size:
        return _damaged(path, {})
    magic, count, whole = _HEAD.unpack_from(data)
    start = _HEAD.size + _RECORD.size * count
    if magic != MAGIC or len(data) < start:
        return _damaged(path, {})
    sound = zlib.crc32(memoryview(data)[start:]) == whole
    found: dict[bytes, Decoded] = {}
    for number in range(count):
        digest, offset, crc, width, height, alpha, source_width, source_height = _RECORD.unpack_from(
            data, _HEAD.size + _RECORD.size * number
        )
        pixels = data[offset : offset + width * height * 4]
        if not width or not height or len(pixels) != width * height * 4:
            continue
        if not sound and zlib.crc32(pixels) != crc:
            continue
        found[digest] = Decoded(pixels, width, height, bool(alpha), (source_width, source_height))
    return found if len(found) == count else _damaged(path, found)


def _damaged(path: Path, sound: dict[bytes, Decoded]) -> dict[bytes, Decoded]:
    log.info("the thumbnail pack %s is damaged: %d sound records kept, the rest rebuilt", path, len(sound))
    return sound
