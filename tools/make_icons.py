"""Render the app icon from its SVG source into the files each platform wants.

``resources/icons/trip-viewer.svg`` is what a designer edits. This script renders
it with Qt's own SVG renderer (``QtSvg`` ships in PySide6-Essentials) at every
size a platform asks for, so small sizes are drawn, not shrunk, and writes:

- ``trip-viewer.png`` (256 px): the window icon (``viewer/gui/app.py``) and the
  Linux desktop icon;
- ``trip-viewer.ico`` (16 to 256 px): the Windows executable and installer;
- ``trip-viewer.icns`` (32 to 1024 px): the macOS app bundle.

The outputs are committed beside the source; run ``python tools/make_icons.py``
after editing the SVG. ``tests/packaging/test_icons.py`` checks they still match.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "trip-viewer.svg"

PNG_SIZE = 256
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # what Pillow's ICNS writer stores


def render(source: Path, size: int) -> Image.Image:
    """``source`` drawn at ``size`` x ``size`` pixels, as an RGBA Pillow image."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"{source}: not an SVG Qt can render")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    del app
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)  # straight (not premultiplied) alpha
    pixels = bytes(rgba.constBits())
    return Image.frombuffer("RGBA", (size, size), pixels, "raw", "RGBA", rgba.bytesPerLine(), 1)


def make_icons(source: Path, out: Path) -> list[Path]:
    """Write the .png, .ico and .icns for ``source`` into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    renders = {size: render(source, size) for size in sorted({PNG_SIZE, *ICO_SIZES, *ICNS_SIZES})}
    png, ico, icns = (out / f"{source.stem}{suffix}" for suffix in (".png", ".ico", ".icns"))
    renders[PNG_SIZE].save(png, optimize=True)
    renders[256].save(
        ico, sizes=[(size, size) for size in ICO_SIZES], append_images=[renders[s] for s in ICO_SIZES]
    )
    renders[1024].save(icns, append_images=[renders[s] for s in ICNS_SIZES])
    return [png, ico, icns]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="the SVG (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=ICONS, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    for path in make_icons(args.source, args.out):
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
