"""A photo's own metadata: what the file says about itself, where the manifest is silent.

``read.read_metadata(path)`` opens the file lazily with Pillow and asks three
readers, one per standard — ``exif`` (camera: orientation, time, GPS), ``iptc``
(wire services: caption, credit, by-line) and ``xmp`` (modern tools: the same
and more) — each filling a ``fields.Embedded``. ``read`` then applies
DESIGN.md's fallback order and returns one ``PhotoMetadata`` that remembers
which standard every value came from. ``viewer.model.resolve`` puts the
manifest on top. No Qt here.
"""

from viewer.model.metadata.fields import combine_credit
from viewer.model.metadata.read import (
    MetadataProblem,
    PhotoMetadata,
    Source,
    capture_moment,
    read_metadata,
)

__all__ = [
    "MetadataProblem",
    "PhotoMetadata",
    "Source",
    "capture_moment",
    "combine_credit",
    "read_metadata",
]
