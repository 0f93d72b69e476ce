"""The exported page played in a real headless Chromium: the app's keys, captions, credits,
the strip, and nothing loaded but the page's own files.

Debian's ``chromium`` driven by Playwright (its Python package; no browser is
downloaded). Skipped, with the reason, where either is missing; CI installs both.
A screenshot of each state is kept in the test's folder and its pixels checked.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PIL import Image

from tests.photos import photo
from viewer import paths
from viewer.model.folder import load_trip
from viewer.model.resolve import resolve_trip
from viewer.webexport import EXIT_LEFT_OUT, EXIT_WRITTEN, export_main

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: chromium)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@dataclass
class Played:
    """A page open in Chromium, with every URL it asked for and every error it raised."""

    page: Page
    folder: Path
    shots: Path  # where its screenshots are kept, to be looked at
    requested: list[str]
    errors: list[str]

    def shows(self) -> tuple[str, str, str, str]:
        return (
            self.text("#count"),
            self.text("#caption"),
            self.text("#credit"),
            self.text("#label"),
        )

    @staticmethod
    def expect(locator: Locator) -> Any:
        from playwright.sync_api import expect

        return expect(locator)

    def text(self, selector: str) -> str:
        return self.page.text_content(selector) or ""

    def press(self, *keys: str) -> None:
        for key in keys:
            self.page.keyboard.press(key)

    def screenshot(self, name: str) -> Image.Image:
        # expect() runs in Playwright's own world: the page's CSP forbids the eval wait_for_function needs.
        self.expect(self.page.locator("#photo")).to_have_js_property("complete", True)
        data = self.page.screenshot(path=str(self.shots / f"{name}.png"))
        return Image.open(io.BytesIO(data)).convert("RGB")


def open_page(browser: Browser, folder: Path, shots: Path) -> Iterator[Played]:
    page = browser.new_page(viewport={"width": 1280, "height": 860})
    played = Played(page, folder, shots, [], [])
    page.on("request", lambda request: played.requested.append(request.url))
    page.on("pageerror", lambda error: played.errors.append(str(error)))
    page.on(
        "console", lambda message: played.errors.append(message.text) if message.type == "error" else None
    )
    page.on("dialog", lambda dialog: played.errors.append(f"dialog: {dialog.message}"))
    page.goto((folder / "index.html").as_uri())
    yield played
    page.close()


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("page")
    assert export_main([str(paths.sample_trip()), "--html", str(folder)]) == EXIT_WRITTEN
    return folder


@pytest.fixture
def played(browser: Browser, sample_page: Path, tmp_path: Path) -> Iterator[Played]:
    yield from open_page(browser, sample_page, tmp_path)


def test_the_page_holds_everything_but_its_photos(sample_page: Path) -> None:
    page = (sample_page / "index.html").read_text(encoding="utf-8")

    assert "http://" not in page and "https://" not in page and "//cdn" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert sorted(path.name for path in sample_page.iterdir()) == ["index.html", "media"]
    assert len(list((sample_page / "media").iterdir())) == 13


def test_the_keys_step_through_the_trip_with_captions_and_credits(played: Played) -> None:
    trip = resolve_trip(load_trip(paths.sample_trip()))

    assert played.shows() == (
        "1 / 13",
        trip[0].caption,
        "Image: Reuters/Stringer",
        "Dong Dang station · 26 Feb 2019 08:15 (UTC+7, approx.)",
    )
    played.press(*["ArrowRight"] * 7)
    assert played.shows()[:3] == (
        "8 / 13",
        "Kim’s motorcade passes the Opera House in Hanoi.",
        "Image: Reuters/Ann Wang",
    )
    shot = played.screenshot("08-opera-house")
    assert shot.size == (1280, 860)
    assert shot.getpixel((640, 300)) != (16, 16, 16)  # the photo is drawn, not the background
    steps = [
        (("End",), "13 / 13"),
        (("Home",), "1 / 13"),
        (("5", "Enter"), "5 / 13"),
        ((" ",), "6 / 13"),
        (("Backspace",), "5 / 13"),
        (("PageDown",), "6 / 13"),
        (("PageUp",), "5 / 13"),
        (("n",), "6 / 13"),
        (("p",), "5 / 13"),
        (("ArrowLeft",), "4 / 13"),
        (("Enter",), "5 / 13"),
        (("ArrowDown",), "6 / 13"),
        (("ArrowUp",), "5 / 13"),
        (("1", "2", "Enter"), "12 / 13"),
        (("ArrowLeft",) * 20, "1 / 13"),  # no further than the first
    ]
    for keys, count in steps:
        played.press(*keys)
        assert played.text("#count") == count, keys
    assert played.requested and all(url.startswith(played.folder.as_uri()) for url in played.requested)
    assert played.errors == []


@pytest.mark.parametrize(("key", "colour"), [("b", (0, 0, 0)), (".", (0, 0, 0)), ("w", (255, 255, 255))])
def test_b_and_w_blank_the_screen_and_any_key_returns(
    played: Played, key: str, colour: tuple[int, ...]
) -> None:
    played.press("ArrowRight")
    played.press(key)
    blank = played.screenshot(f"blank-{colour[0]}")
    assert {blank.getpixel(spot) for spot in ((5, 5), (640, 430), (1270, 850))} == {colour}

    played.press("ArrowRight")  # returns, and does not step

    assert played.text("#count") == "2 / 13"
    assert played.screenshot("back").getpixel((640, 820)) != colour


def test_the_strip_jumps_hides_and_the_help_lists_the_keys(played: Played) -> None:
    played.page.click(".mark >> nth=7")
    assert played.text("#count") == "8 / 13"
    assert played.page.get_attribute(".mark >> nth=7", "class") == "mark current"
    assert "Sun 24 Feb" in played.text("#strip") and "Nanning" in played.text("#strip")

    played.press("t")
    assert not played.page.is_visible("#strip")
    played.press("t", "?")
    assert played.page.is_visible("#strip") and played.page.is_visible("#help")
    assert "black / white screen" in played.text("#help")
    played.screenshot("help")
    played.press("Escape")
    assert not played.page.is_visible("#help")


def test_words_from_the_trip_are_shown_as_text_and_a_web_photo_is_not_fetched(
    browser: Browser, tmp_path: Path
) -> None:
    trip = tmp_path / "trip"
    photo(trip / "a.jpg", size=(64, 48))
    hostile = '<img src=x onerror="alert(1)"></script><script>alert(2)</script>'
    (trip / "trip.yaml").write_text(
        "format: trip-viewer/1\nphotos:\n"
        f"  - {{file: a.jpg, caption: '{hostile}', credit: AP, time: 2019-02-26T08:15+07:00}}\n"
        "  - {file: media/02-b.jpg, credit: AFP, url: 'https://images.example.com/b.jpg'}\n",
        encoding="utf-8",
    )
    assert export_main([str(trip), "--html", str(tmp_path / "page")]) == EXIT_WRITTEN

    for played in open_page(browser, tmp_path / "page", tmp_path):
        assert played.text("#caption") == hostile
        played.press("End")
        assert played.text("#missing") == (
            "Photo 2 is not in this export.The web story has it at https://images.example.com/b.jpg"
        )
        played.screenshot("web-photo")
        assert all(url.startswith((tmp_path / "page").as_uri()) for url in played.requested)
        assert played.errors == []


def test_a_photo_that_cannot_be_read_is_left_out_of_the_page(tmp_path: Path) -> None:
    photo(tmp_path / "a.jpg")
    (tmp_path / "trip.yaml").write_text(
        "format: trip-viewer/1\nphotos:\n  - {file: a.jpg}\n  - {file: gone.jpg}\n", encoding="utf-8"
    )

    assert export_main([str(tmp_path), "--html", str(tmp_path / "page")]) == EXIT_LEFT_OUT

    page: Any = (tmp_path / "page" / "index.html").read_text(encoding="utf-8")
    assert "gone" not in page and "01-a.jpg" in page


def test_s_plays_each_photo_for_its_duration_and_stops_at_the_last(browser: Browser, tmp_path: Path) -> None:
    trip = tmp_path / "trip"
    for name in ("a", "b", "c"):
        photo(trip / f"{name}.jpg")
    (trip / "trip.yaml").write_text(
        "format: trip-viewer/1\nduration: 0.2\nphotos:\n"
        "  - {file: a.jpg, duration: 0.1}\n  - {file: b.jpg}\n  - {file: c.jpg}\n",
        encoding="utf-8",
    )
    assert export_main([str(trip), "--html", str(tmp_path / "page")]) == EXIT_WRITTEN

    for played in open_page(browser, tmp_path / "page", tmp_path):
        played.press("s")
        played.expect(played.page.locator("#count")).to_have_text("3 / 3")
        photos = played.page.evaluate("JSON.parse(document.getElementById('trip').textContent).photos")
        assert [entry["seconds"] for entry in photos] == [0.1, 0.2, 0.2]
