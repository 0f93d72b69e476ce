"""A photo made ready for the web desk: a JPEG, 1600 pixels on its long edge, with its words inside.

TimelineJS, StoryMapJS and the exported page show photos at screen size, and a
wire photo of 24 megapixels is ten times what they need, so each photo is decoded
as the window decodes it (``viewer.imaging.decode``: EXIF orientation applied,
colour converted to sRGB), scaled to fit 1600 × 1600 with a bicubic filter,
transparency laid on white, and saved as a baseline JPEG with the sRGB profile
embedded. Bicubic, not Lanczos, and no Huffman optimisation: for a 6 MP photo
they save a third of the work (Lanczos alone is most of it) for a difference no
one sees on a web page and files 3 % larger (``docs/performance.md``, WEB).

What the trip says about the photo travels inside it, where the desk's tools
look: XMP ``dc:description`` (caption), ``photoshop:Credit``,
``photoshop:DateCreated`` and ``Iptc4xmpCore:Location`` (place) in UTF-8, and
EXIF ``DateTimeOriginal`` with ``OffsetTimeOriginal`` and GPS for the time and
position — the fields ``viewer.model.metadata`` reads first. No Qt here.
"""

from __future__ import annotations

import functools
import io
import re
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image

from viewer.files.atomic import write_atomic
from viewer.imaging.decode import fit_size, prepare_photo
from viewer.model.geo import LatLon
from viewer.model.trip import TripTime

WEB_EDGE = 1600  # pixels on the long edge: sharp on a laptop, a tenth of a wire photo
JPEG_QUALITY = 85
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_DATE_TIME_ORIGINAL, _OFFSET_TIME_ORIGINAL = 0x9003, 0x9011
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold

_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">
{fields}  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


@dataclass(frozen=True)
class PhotoWords:
    """What the exported JPEG says about itself."""

    caption: str | None = None
    credit: str | None = None
    time: TripTime | None = None
    place: str | None = None
    position: LatLon | None = None


def write_web_photo(source: Path, target: Path, words: PhotoWords) -> tuple[int, int]:
    """Write ``source`` web-sized to ``target`` (atomically); its size. Raise ``DecodeError``."""
    prepared = prepare_photo(source, (WEB_EDGE, WEB_EDGE))
    image = prepared.image
    size = fit_size(prepared.upright, (WEB_EDGE, WEB_EDGE))
    if image.size != size:
        image = image.resize(size, Image.Resampling.BICUBIC)
    if image.mode != "RGB":  # transparency on white, as a page's background would be
        flat = Image.new("RGB", image.size, (255, 255, 255))
        flat.paste(image, mask=image.getchannel("A") if image.mode == "RGBA" else None)
        image = flat
    buffer = io.BytesIO()
    image.save(
        buffer,
        "JPEG",
        quality=JPEG_QUALITY,
        icc_profile=_srgb_profile(),
        exif=_exif(words),
        xmp=_xmp(words),
    )
    # Atomic, not durable: an export is made again in seconds, a power cut is not worth a sync a photo.
    write_atomic(target, buffer.getvalue(), durable=False, published=True)
    return size


@functools.cache
def _srgb_profile() -> bytes:
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return bytes(profile.tobytes())


def _xmp(words: PhotoWords) -> bytes:
    fields = []
    if words.caption:
        fields.append(
            f'   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_xml(words.caption)}'
            "</rdf:li></rdf:Alt></dc:description>\n"
        )
    if words.credit:
        fields.append(f"   <photoshop:Credit>{_xml(words.credit)}</photoshop:Credit>\n")
    if words.time is not None:
        when = words.time.moment
        written = when.date().isoformat() if words.time.date_only else when.isoformat(timespec="seconds")
        fields.append(f"   <photoshop:DateCreated>{written}</photoshop:DateCreated>\n")
    if words.place:
        fields.append(f"   <Iptc4xmpCore:Location>{_xml(words.place)}</Iptc4xmpCore:Location>\n")
    return _XMP.format(fields="".join(fields)).encode("utf-8")


def _xml(text: str) -> str:
    return escape(_NOT_XML.sub("", text))


def _exif(words: PhotoWords) -> Image.Exif:
    block = Image.Exif()
    if words.time is not None and not words.time.date_only:
        details = block.get_ifd(_EXIF_IFD)
        moment = words.time.moment
        details[_DATE_TIME_ORIGINAL] = f"{moment:%Y:%m:%d %H:%M:%S}"
        offset = moment.isoformat()[-6:] if moment.utcoffset() else "+00:00"
        details[_OFFSET_TIME_ORIGINAL] = offset
    if words.position is not None:
        where = words.position
        block.get_ifd(_GPS_IFD).update(
            {
                1: "N" if where.lat >= 0 else "S",
                2: _dms(abs(where.lat)),
                3: "E" if where.lon >= 0 else "W",
                4: _dms(abs(where.lon)),
            }
        )
    return block


def _dms(degrees: float) -> tuple[float, float, float]:
    whole = int(degrees)
    minutes = (degrees - whole) * 60
    return (float(whole), float(int(minutes)), round((minutes - int(minutes)) * 60, 4))
