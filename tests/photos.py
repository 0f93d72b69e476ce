"""Make test photos in ``tmp_path`` with real EXIF, XMP and IPTC metadata.

EXIF and XMP are written by Pillow. Pillow cannot write IPTC, so
:func:`iptc_block` builds the IIM datasets byte by byte and :func:`add_iptc`
splices them into a JPEG as Photoshop's APP13 ``8BIM`` resource, the way photo
desks' tools store them; :func:`exiftool` writes them the other way, with the
real tool, when it is installed.
"""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from PIL import Image, ImageDraw, PngImagePlugin

EXIF_IFD, GPS_IFD = 0x8769, 0x8825
IMAGE_DESCRIPTION, ARTIST, COPYRIGHT, ORIENTATION = 0x010E, 0x013B, 0x8298, 0x0112
DATE_TIME_ORIGINAL, OFFSET_TIME_ORIGINAL = 0x9003, 0x9011
UTF8 = b"\x1b%G"  # IPTC 1:90 "coded character set": UTF-8

Dataset = tuple[int, int, bytes | str]


def exif(
    *,
    description: str | None = None,
    artist: str | None = None,
    copyright: str | None = None,
    taken: str | None = None,
    offset: str | None = None,
    orientation: int | None = None,
    gps: tuple[float, str, float, str] | None = None,
) -> Image.Exif:
    """An EXIF block; ``taken`` as EXIF writes it: ``2019:02:26 08:15:00``."""
    block = Image.Exif()
    for tag, value in ((IMAGE_DESCRIPTION, description), (ARTIST, artist), (COPYRIGHT, copyright)):
        if value is not None:
            block[tag] = value
    if orientation is not None:
        block[ORIENTATION] = orientation
    details = block.get_ifd(EXIF_IFD)
    if taken is not None:
        details[DATE_TIME_ORIGINAL] = taken
    if offset is not None:
        details[OFFSET_TIME_ORIGINAL] = offset
    if gps is not None:
        latitude, north, longitude, east = gps
        block.get_ifd(GPS_IFD).update({1: north, 2: _dms(latitude), 3: east, 4: _dms(longitude)})
    return block


def _dms(degrees: float) -> tuple[float, float, float]:
    whole = int(degrees)
    minutes = (degrees - whole) * 60
    return (float(whole), float(int(minutes)), round((minutes - int(minutes)) * 60, 4))


def xmp(
    *,
    description: str | None = None,
    credit: str | None = None,
    creator: str | Sequence[str] | None = None,
    rights: str | None = None,
    date_created: str | None = None,
    city: str | None = None,
    location: str | None = None,
    country: str | None = None,
    gps: tuple[str, str] | None = None,
    attributes: bool = False,
) -> bytes:
    """An XMP packet; with ``attributes`` the simple fields are written as attributes.

    ``gps``: latitude and longitude as XMP writes them, ``("21,1.71N", "105,51.25E")``.
    """
    latitude, longitude = gps or (None, None)
    simple = {
        "exif:GPSLatitude": latitude,
        "exif:GPSLongitude": longitude,
        "photoshop:Credit": credit,
        "photoshop:DateCreated": date_created,
        "photoshop:City": city,
        "Iptc4xmpCore:Location": location,
        "photoshop:Country": country,
    }
    given = {name: value for name, value in simple.items() if value is not None}
    attrs = "".join(f" {name}={quoteattr(value)}" for name, value in given.items()) if attributes else ""
    body = "" if attributes else "".join(f"<{n}>{escape(v)}</{n}>" for n, v in given.items())
    if description is not None:
        body += _alt("dc:description", description)
    if rights is not None:
        body += _alt("dc:rights", rights)
    if creator is not None:
        names = [creator] if isinstance(creator, str) else list(creator)
        items = "".join(f"<rdf:li>{escape(name)}</rdf:li>" for name in names)
        body += f"<dc:creator><rdf:Seq>{items}</rdf:Seq></dc:creator>"
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:exif="http://ns.adobe.com/exif/1.0/"'
        f' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"{attrs}>'
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def _alt(name: str, text: str) -> str:
    item = f'<rdf:li xml:lang="x-default">{escape(text)}</rdf:li>'
    return f"<{name}><rdf:Alt>{item}</rdf:Alt></{name}>"


def iptc_block(*datasets: Dataset) -> bytes:
    """IPTC IIM datasets: ``(record, number, value)``; text values are written as UTF-8."""
    block = b""
    for record, number, value in datasets:
        data = value.encode("utf-8") if isinstance(value, str) else value
        block += struct.pack(">BBBH", 0x1C, record, number, len(data)) + data
    return block


def add_iptc(path: Path, block: bytes) -> Path:
    """Splice ``block`` into the JPEG at ``path`` as an APP13 Photoshop IRB, after its APPn segments."""
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(block)) + block
    if len(block) % 2:
        resource += b"\x00"  # resources are padded to an even length
    payload = b"Photoshop 3.0\x00" + resource
    segment = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
    data = path.read_bytes()
    at = 2  # after SOI
    while data[at] == 0xFF and 0xE0 <= data[at + 1] <= 0xEF:
        at += 2 + struct.unpack(">H", data[at + 2 : at + 4])[0]
    path.write_bytes(data[:at] + segment + data[at:])
    return path


def photo(
    path: Path,
    *,
    size: tuple[int, int] = (24, 16),
    exif_block: Image.Exif | None = None,
    xmp_packet: bytes | None = None,
    iptc: bytes | None = None,
) -> Path:
    """A small photo in the format its suffix names, with the metadata given."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", size, (200, 40, 40))
    suffix = path.suffix.lower()
    options: dict[str, object] = {}
    if suffix in (".heic", ".heif"):
        # pi-heif (what the app uses) only reads; pillow-heif writes the test photo.
        pillow_heif = pytest.importorskip("pillow_heif")
        pillow_heif.register_heif_opener()
    if suffix == ".png":
        info = PngImagePlugin.PngInfo()
        if xmp_packet is not None:
            info.add_itxt("XML:com.adobe.xmp", xmp_packet.decode("utf-8"))
        options["pnginfo"] = info
    elif suffix in (".tif", ".tiff"):
        # Pillow's TIFF writer takes one tag dictionary: the XMP tag goes beside the EXIF ones.
        tags = exif_block if exif_block is not None else Image.Exif()
        if xmp_packet is not None:
            tags[700] = xmp_packet
        exif_block, xmp_packet = tags, None
    elif xmp_packet is not None:
        options["xmp"] = xmp_packet
    if exif_block is not None:
        options["exif"] = exif_block
    image.save(path, **options)
    if iptc is not None:
        add_iptc(path, iptc)
    return path


def exiftool(path: Path, *arguments: str) -> Path:
    """Run exiftool on ``path`` (skipping the test when it is not installed)."""
    tool = shutil.which("exiftool")
    if tool is None:
        pytest.skip("exiftool is not installed (Debian: libimage-exiftool-perl)")
    subprocess.run([tool, "-q", "-overwrite_original", *arguments, str(path)], check=True)
    return path


# -- damaged photos ------------------------------------------------------------------------

BAD_EXIF = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x05\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06"  # cut short
# What the viewer shows as an error slide, and how each file is damaged.
UNSHOWABLE = (
    "truncated.jpg",
    "truncated.png",
    "truncated.webp",
    "truncated.tif",
    "truncated.heic",
    "corrupt.jpg",
    "corrupt.png",
    "corrupt.webp",
    "corrupt.tif",
    "empty.jpg",
    "bomb.png",
)
# What the viewer shows, but not as it should be (or named so other tools refuse it).
DOUBTFUL = ("bad-exif.jpg", "bad-profile.png", "png-named.jpg")


def scene(size: tuple[int, int] = (160, 120)) -> Image.Image:
    """A picture with gradients and shapes, so damage to its data is damage to the picture."""
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for number in range(12):
        x, y = number * size[0] // 12, (number * 37) % size[1]
        draw.ellipse((x, y, x + size[0] // 5, y + size[1] // 6), fill=(number * 70 % 256, 90, number * 20))
    return image


def damaged(path: Path) -> Path:
    """The damaged photo its name asks for: ``truncated.png``, ``corrupt.jpg``, ``bomb.png``…

    ``bomb.png`` is 10,000 × 10,000 pixels (100 MP, over Pillow's 89 MP limit, so it
    warns ``DecompressionBombWarning`` on opening) but 13 kB, being one colour.
    """
    kind, suffix = path.stem, path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "bomb":
        Image.new("1", (10_000, 10_000)).save(path)
    elif kind == "bad-exif":
        scene().save(path, exif=BAD_EXIF)
    elif kind == "bad-profile":
        scene().save(path, icc_profile=b"not a colour profile" * 10)
    elif kind == "png-named":
        scene().save(path, "PNG")
    else:
        data = _encoded(scene(), suffix)
        middle = len(data) // 2
        if kind == "truncated":
            data = data[:middle]
        elif kind == "corrupt":  # garbage in the middle of the compressed pixels
            # JPEG: a marker that cannot be (a scan header of length 0); WebP: a quarter of 0xff
            # (libwebp decodes a short run as noise without a word); PNG, TIFF: a run of 0xff.
            garbage = {".jpg": b"\xff\xda\x00\x00", ".webp": b"\xff" * (len(data) // 4)}
            bad = garbage.get(suffix, b"\xff" * 64)
            data = data[:middle] + bad + data[middle + len(bad) :]
        else:
            raise ValueError(f"no such damage: {path.name}")
        path.write_bytes(data)
    return path


def _encoded(image: Image.Image, suffix: str) -> bytes:
    if suffix in (".heic", ".heif"):
        pillow_heif = pytest.importorskip("pillow_heif")
        pillow_heif.register_heif_opener()
    options = {"compression": "tiff_lzw"} if suffix in (".tif", ".tiff") else {}
    buffer = io.BytesIO()
    image.save(buffer, Image.registered_extensions()[suffix], **options)
    return buffer.getvalue()
