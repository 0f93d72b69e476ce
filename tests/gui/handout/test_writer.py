"""The handout PDF, read back: every caption and credit as text, photos sharp, placeholders, nothing lost.

The writer needs Qt's GUI module (fonts, ``QPdfWriter``) but no window: pytest-qt's
application is made by the ``qapp`` fixture. Pages rendered with ``pdftoppm`` are kept
under the test's folder to be looked at.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication

from tests.gui.handout.conftest import (
    pdf_images,
    pdf_page_size,
    pdf_text,
    render_page,
    write_manifest,
    write_scene,
)
from tests.photos import damaged
from viewer import paths
from viewer.gui.handout.writer import (
    HandoutCancelled,
    HandoutError,
    HandoutOptions,
    jpeg_available,
    locale_paper,
    write_handout,
)
from viewer.model.folder import load_trip
from viewer.model.handout import MIN_PPI, PAPERS
from viewer.model.pillowwarnings import route_warnings
from viewer.model.resolve import resolve_trip


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    route_warnings()  # as the app and the command do at their start


def test_the_pdf_holds_every_caption_credit_time_and_note_of_the_sample_trip(tmp_path: Path) -> None:
    trip = load_trip(paths.sample_trip())
    out = tmp_path / "sample.pdf"

    report = write_handout(trip, HandoutOptions(out, notes=True))

    text = pdf_text(out)
    assert report.photos == len(trip.photos) == 13 and not report.placeholders
    assert trip.title in text and "Quartz, 26 February 2019" in text
    assert "23 Feb 2019 – 26 Feb 2019 (Asia/Ho_Chi_Minh)" in text
    for number, shown in enumerate(resolve_trip(trip), 1):
        assert shown.caption and shown.credit
        assert f"{number}. {' '.join(shown.caption.split())}" in text
        assert f"Image: {shown.credit}" in text
        if shown.photo.notes:
            assert f"Notes: {' '.join(shown.photo.notes.split())}" in text
    assert "Dong Dang station · 26 Feb 2019 08:15 (UTC+7, approx.)" in text
    assert "Đồng Đăng" in text  # in a note: accents survive as text
    assert f"page {report.pages} of {report.pages}" in text
    # The cover's page, and a photo page, to look at.
    render_page(out, 1, tmp_path / "cover.png", dpi=80)
    render_page(out, 2, tmp_path / "photos.png", dpi=80)


def test_notes_are_printed_only_when_asked(tmp_path: Path) -> None:
    trip = load_trip(paths.sample_trip())
    write_handout(trip, HandoutOptions(tmp_path / "plain.pdf", per_page=6))

    assert "Notes:" not in pdf_text(tmp_path / "plain.pdf")


def test_every_photo_prints_at_200_ppi_or_more_as_jpeg(tmp_path: Path) -> None:
    entries = []
    for number, size in enumerate([(6000, 4000), (4000, 6000), (3000, 2000), (900, 600), (400, 300)], 1):
        write_scene(tmp_path / f"{number}.jpg", size)
        entries.append(f"  - {{file: {number}.jpg, caption: Photo {number}, credit: AP}}\n")
    trip = load_trip(write_manifest(tmp_path, entries))

    for per_page in (1, 2, 6, 12):
        out = tmp_path / f"{per_page}.pdf"
        write_handout(trip, HandoutOptions(out, per_page=per_page))
        images = pdf_images(out)
        assert [image.kind for image in images] == ["image"] * 5  # one a photo, no masks
        assert all(image.x_ppi >= MIN_PPI and image.y_ppi >= MIN_PPI for image in images), images
        if jpeg_available():
            assert {image.encoding for image in images} == {"jpeg"}
        # Decoded for print, not whole: a 24 MP photo is not embedded at 6000 pixels.
        assert max(image.width for image in images) < 3000
        small = images[-1]
        assert (small.width, small.height) == (400, 300)  # printed smaller, never enlarged


def test_photos_print_upright_as_the_window_shows_them(tmp_path: Path) -> None:
    write_scene(tmp_path / "turned.jpg", (600, 400), orientation=6)  # stored on its side
    trip = load_trip(write_manifest(tmp_path, ["  - {file: turned.jpg, caption: Upright, credit: AP}\n"]))

    write_handout(trip, HandoutOptions(tmp_path / "turned.pdf"))

    (image,) = pdf_images(tmp_path / "turned.pdf")
    assert (image.width, image.height) == (400, 600)


def test_missing_and_broken_photos_get_a_marked_placeholder_and_are_reported(tmp_path: Path) -> None:
    write_scene(tmp_path / "good.jpg", (1200, 800))
    for name in ("truncated.jpg", "corrupt.jpg", "empty.jpg", "bomb.png"):
        damaged(tmp_path / name)
    names = ["good.jpg", "gone.jpg", "truncated.jpg", "corrupt.jpg", "empty.jpg", "bomb.png"]
    entries = [f"  - {{file: {name}, caption: Caption of {name}, credit: Desk/{name}}}\n" for name in names]
    trip = load_trip(write_manifest(tmp_path, entries))
    out = tmp_path / "damaged.pdf"

    report = write_handout(trip, HandoutOptions(out, per_page=2))

    assert [(missing.number, missing.file) for missing in report.placeholders] == [
        (number, name) for number, name in enumerate(names, 1) if name != "good.jpg"
    ]
    assert [missing.page for missing in report.placeholders] == [2, 3, 3, 4, 4]
    gone = report.placeholders[0]
    assert gone.reason == "the file is missing"
    assert "megapixels" in report.placeholders[-1].reason  # 100 MP: refused, as in the window
    text = pdf_text(out)
    for number, name in enumerate(names, 1):
        assert f"{number}. Caption of {name}" in text and f"Image: Desk/{name}" in text
    assert text.count("Photo missing from this handout") == 5
    assert "gone.jpg: the file is missing" in text
    assert len(pdf_images(out)) == 1  # the good photo
    render_page(out, 3, tmp_path / "placeholders.png", dpi=80)


def test_the_paper_is_asked_or_the_locales(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    trip = load_trip(paths.sample_trip())
    write_handout(trip, HandoutOptions(tmp_path / "letter.pdf", paper="Letter", per_page=12))
    assert pdf_page_size(tmp_path / "letter.pdf") == pytest.approx(PAPERS["Letter"], abs=0.5)

    write_handout(trip, HandoutOptions(tmp_path / "a4.pdf", per_page=12))
    assert pdf_page_size(tmp_path / "a4.pdf") == pytest.approx(PAPERS["A4"], abs=0.5)

    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert locale_paper() == "Letter"
    monkeypatch.setenv("LC_PAPER", "de_DE.UTF-8")
    assert locale_paper() == "A4"


def _sample_and_an_old_handout(folder: Path) -> tuple[Path, bytes]:
    old = folder / "handout.pdf"
    old.write_bytes(b"%PDF-1.4 the handout of last week")
    return old, old.read_bytes()


def test_a_folder_that_cannot_be_written_is_named_and_the_old_file_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, before = _sample_and_an_old_handout(tmp_path)

    def refused(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied", str(tmp_path / ".handout.pdf.x.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", refused)  # as a read-only folder answers
    with pytest.raises(HandoutError) as raised:
        write_handout(load_trip(paths.sample_trip()), HandoutOptions(old))

    assert str(raised.value) == f"{old}: cannot be written (permission denied)"
    assert old.read_bytes() == before


def test_a_folder_that_does_not_exist_or_a_folder_as_the_file_is_refused(tmp_path: Path) -> None:
    trip = load_trip(paths.sample_trip())
    with pytest.raises(HandoutError, match="does not exist"):
        write_handout(trip, HandoutOptions(tmp_path / "nowhere" / "handout.pdf"))
    with pytest.raises(HandoutError, match="is a folder"):
        write_handout(trip, HandoutOptions(tmp_path))


def test_a_cancel_leaves_the_old_file_and_no_half_file(tmp_path: Path) -> None:
    old, before = _sample_and_an_old_handout(tmp_path)
    steps: list[int] = []

    with pytest.raises(HandoutCancelled):
        write_handout(
            load_trip(paths.sample_trip()),
            HandoutOptions(old),
            progress=lambda done, total: steps.append(done),
            stop=lambda: len(steps) > 16,  # while the photos are drawn
        )

    assert 16 < len(steps) < 26
    assert old.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["handout.pdf"]


def test_a_new_handout_replaces_the_old_one_with_its_permissions(tmp_path: Path) -> None:
    old, _ = _sample_and_an_old_handout(tmp_path)
    old.chmod(0o640)

    write_handout(load_trip(paths.sample_trip()), HandoutOptions(old, per_page=12))

    assert old.read_bytes().startswith(b"%PDF-")
    assert old.stat().st_mode & 0o777 == 0o640
    fresh = tmp_path / "fresh.pdf"
    write_handout(load_trip(paths.sample_trip()), HandoutOptions(fresh, per_page=12))
    assert fresh.stat().st_mode & 0o044 == 0o044  # readable by others, as a file made by the user is


def test_a_trip_without_times_or_places_has_a_cover_without_a_map(tmp_path: Path) -> None:
    Image.new("RGB", (300, 200), (20, 120, 200)).save(tmp_path / "a.jpg")
    trip = load_trip(write_manifest(tmp_path, ["  - file: a.jpg\n"]))

    report = write_handout(trip, HandoutOptions(tmp_path / "bare.pdf"))

    text = pdf_text(tmp_path / "bare.pdf")
    assert report.pages == 2
    assert "1 photo" in text and "1. No caption" in text and "No credit" in text
