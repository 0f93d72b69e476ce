"""Trips to print, and the PDF read back with poppler's tools (``pdftotext``, ``pdfimages``, ``pdftoppm``)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from tests.photos import scene


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed (Debian: poppler-utils)")
    return found


def pdf_text(pdf: Path) -> str:
    """The PDF's text as ``pdftotext`` reads it, every run of white space made one space."""
    done = subprocess.run([poppler("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


@dataclass(frozen=True)
class PdfImage:
    page: int
    kind: str  # "image", "mask", "smask"
    width: int
    height: int
    encoding: str  # "jpeg", "image" (Flate)…
    x_ppi: int
    y_ppi: int


def pdf_images(pdf: Path) -> list[PdfImage]:
    """Every image of the PDF as ``pdfimages -list`` gives it, with its resolution at its printed size."""
    done = subprocess.run(
        [poppler("pdfimages"), "-list", str(pdf)], capture_output=True, text=True, check=True
    )
    images = []
    for line in done.stdout.splitlines()[2:]:
        fields = line.split()
        images.append(
            PdfImage(
                int(fields[0]),
                fields[2],
                int(fields[3]),
                int(fields[4]),
                fields[8],
                int(fields[12]),
                int(fields[13]),
            )
        )
    return images


def pdf_page_size(pdf: Path) -> tuple[float, float]:
    done = subprocess.run([poppler("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", done.stdout)
    assert found, done.stdout
    return float(found[1]), float(found[2])


def render_page(pdf: Path, page: int, out: Path, dpi: int = 60) -> Path:
    """Page ``page`` of ``pdf`` as a PNG at ``dpi``, written to ``out``."""
    subprocess.run(
        [
            poppler("pdftoppm"),
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            "-singlefile",
            str(pdf),
            str(out.with_suffix("")),
        ],
        check=True,
    )
    return out


def write_scene(path: Path, size: tuple[int, int], orientation: int | None = None) -> Path:
    """A photo with gradients and shapes, so its JPEG is a photo's size; rotated by EXIF if asked."""
    path.parent.mkdir(parents=True, exist_ok=True)
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    scene(size).save(path, quality=85, exif=exif)
    return path


def write_manifest(folder: Path, entries: list[str], extra: str = "") -> Path:
    manifest = folder / "trip.yaml"
    manifest.write_text(
        "format: trip-viewer/1\ntitle: Handout test\nsource: The test desk, 3 December 2026\n"
        "timezone: Asia/Ho_Chi_Minh\n" + extra + "photos:\n" + "".join(entries),
        encoding="utf-8",
    )
    return manifest
