"""The interface's language: the .ts files kept up to date, complete, and each language shown.

Every language is switched on the one test application in turn (Qt's translators
are the application's), and English is put back after each test.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import show_trip
from tools.translations import TRANSLATED, TRANSLATIONS, progress, update
from viewer import paths
from viewer.gui import language
from viewer.gui.commands.menus import menu_text
from viewer.gui.commands.registry import SPECS, Command
from viewer.gui.language import apply_language, catalogue, chosen_language, count_text, date_words
from viewer.gui.panels.finding import SlicedSearch
from viewer.gui.panels.keyhelp import help_rows
from viewer.gui.panels.overview import short_time
from viewer.gui.show.persist import SettingsKeeper
from viewer.gui.views.audience.languages import LanguageMenu
from viewer.gui.views.audience.mainwindow import MainWindow
from viewer.gui.widgets.strippaint import MARK_TOP
from viewer.model.settings import Settings, load_settings
from viewer.model.timefmt import day_label
from viewer.model.trip import Trip
from viewer.translations import CATALOGUE, lrelease_command


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """Each language's .qm, compiled once for the module by pyside6-lrelease, with its report."""
    folder = tmp_path_factory.mktemp("qm")
    made = {}
    for code in TRANSLATED:
        qm = folder / f"{CATALOGUE}_{code}.qm"
        ts = TRANSLATIONS / f"{CATALOGUE}_{code}.ts"
        run = subprocess.run(
            [*lrelease_command(), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=True
        )
        made[code] = (qm, run.stdout)
    return made


@pytest.fixture
def speaking(
    qapp: QApplication, compiled: dict[str, tuple[Path, str]], monkeypatch: pytest.MonkeyPatch
) -> Iterator[object]:
    """Switch the application's language with ``speaking(code)``; as it was (English) afterwards.

    The catalogues are the module's, compiled once (a test's own cache folder would compile each anew).
    """
    monkeypatch.setattr(language, "catalogue", lambda code: compiled[code][0] if code in compiled else None)
    before = QLocale()
    yield lambda code: apply_language(qapp, code)
    apply_language(qapp, "en")
    QLocale.setDefault(before)


def test_the_translations_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """``python tools/translations.py`` brings them up to date: run it when this fails."""
    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, copy)
    update(copy)
    name = f"{CATALOGUE}_{{}}.ts".format
    stale = [
        code
        for code in TRANSLATED
        if (copy / name(code)).read_bytes() != (TRANSLATIONS / name(code)).read_bytes()
    ]
    assert stale == [], "run python tools/translations.py and translate what it lists"


def test_a_source_checkout_compiles_its_translations_once_into_the_cache() -> None:
    first = catalogue("de")
    assert first is not None and first.is_relative_to(paths.cache_dir())
    made = first.stat().st_mtime_ns
    assert catalogue("de") == first and first.stat().st_mtime_ns == made
    assert catalogue("xx") is None


def test_the_command_line_wins_then_the_menu_then_the_system() -> None:
    assert chosen_language("vi", "de") == "vi"
    assert chosen_language(None, "de") == "de"
    assert chosen_language(None, "") in ("en", *TRANSLATED)


def test_an_unknown_language_falls_back_to_english(speaking: object, qapp: QApplication) -> None:
    assert speaking("xx") == "en"  # type: ignore[operator]
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_language_menu_remembers_the_choice(qtbot: QtBot, tmp_path: Path) -> None:
    keeper = SettingsKeeper(Settings())
    menu = LanguageMenu(keeper)
    qtbot.addWidget(menu)
    assert menu.choices[""].isChecked()
    with qtbot.waitSignal(menu.chosen):
        menu.choices["ko"].trigger()
    keeper.flush()
    assert load_settings()[0].language == "ko"
    assert menu.choices["ko"].isChecked()
    assert "한국어" in LanguageMenu.message("ko")
    assert [action.text() for action in menu.actions() if action.text()][1:] == [
        "English", "Deutsch", "Français", "Español", "Tiếng Việt", "한국어", "العربية",
    ]  # fmt: skip


def test_a_saved_language_outside_the_list_is_not_taken(tmp_path: Path) -> None:
    saved = tmp_path / "settings.json"
    saved.write_text('{"language": "klingon", "caption_scale": 1.3}', encoding="utf-8")
    settings, _ = load_settings(saved)
    assert settings.language == "" and settings.caption_scale == 1.3


def test_english_is_the_code_own(speaking: object) -> None:
    speaking("en")  # type: ignore[operator]
    assert SPECS[Command.FIRST].keys_shown == "Home"
    assert day_label(datetime(2019, 2, 23), words=date_words()) == "Sat 23 Feb"
    assert count_text(100_000) == "100,000"


# What each language calls Home, the next-photo keys (as its keyboards print them) and a day on the strip.
SPOKEN = {
    "de": ("Pos1", "→, ↓, Leertaste, Bild ab, N, Eingabe", "Sa, 23. Feb.", "&Ansicht"),
    "fr": ("Début", "→, ↓, Espace, Pg suiv, N, Entrée", "sam. 23 févr.", "&Affichage"),
    "es": ("Inicio", "→, ↓, Espacio, Av Pág, N, Intro", "sáb 23 feb", "V&er"),
    "vi": ("Home", "→, ↓, Space, Page Down, N, Enter", "Thứ 7, 23 thg 2", "&Xem"),
    "ko": ("Home", "→, ↓, Space, Page Down, N, Enter", "2월 23일 (토)", "보기(&V)"),
    "ar": ("Home", "→، ↓، Space، Page Down، N، Enter", "السبت 23 فبراير", "&عرض"),
}


def test_every_language_of_the_menu_has_its_expectations_here() -> None:
    assert set(SPOKEN) == set(TRANSLATED)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_string_is_translated_as_lrelease_reports(
    code: str, compiled: dict[str, tuple[Path, str]]
) -> None:
    assert progress(TRANSLATIONS / f"{CATALOGUE}_{code}.ts").untranslated == []
    report = compiled[code][1]
    assert "Ignored" not in report and " 0 unfinished" in report, report


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_every_field_and_menu_key(code: str) -> None:
    """A ``{field}`` lost or misspelt would raise or show a hole; a menu entry needs its ``&`` key."""
    fields = re.compile(r"\{[a-z]+\}")
    menus = ("Menus", "Transitions", "Languages", "MainWindow")
    root = ElementTree.parse(TRANSLATIONS / f"{CATALOGUE}_{code}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.findtext("translation") or ""
            said = (source, translation)
            assert sorted(fields.findall(translation)) == sorted(fields.findall(source)), said
            if context.findtext("name") in menus and "&" in source:
                assert translation.count("&") == 1, said


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_language_shows_its_keys_dates_and_menus(code: str, speaking: object, qtbot: QtBot) -> None:
    home, forward, day, view_menu = SPOKEN[code]
    assert speaking(code) == code  # type: ignore[operator]
    assert SPECS[Command.FIRST].keys_shown == home
    assert SPECS[Command.NEXT].keys_shown == forward
    assert day_label(datetime(2019, 2, 23), words=date_words()) == day
    assert menu_text("&View") == view_menu
    assert help_rows()[0] == (forward, SPECS[Command.NEXT].described)
    assert SPECS[Command.NEXT].described != SPECS[Command.NEXT].description
    expected = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert QApplication.layoutDirection() == expected
    if code != "vi":  # Qt has no Vietnamese of its own: its dialogs' buttons stay English there
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # Qt's qtbase_CODE


def test_dates_follow_the_language_in_the_caption_the_overview_and_find(
    speaking: object, qtbot: QtBot, window: MainWindow, make_trip: Callable[..., Trip]
) -> None:
    speaking("de")  # type: ignore[operator]
    trip = make_trip(3)
    show_trip(qtbot, window, trip)
    assert "26. Feb. 08:15 (UTC+7)" in window.caption.details.text()
    photos = [window.presentation.resolved(index) for index in range(3)]
    assert short_time(photos[1].time) == "26. Feb. 09:15"
    search = SlicedSearch()
    search.start(photos)
    with qtbot.waitSignal(search.found) as found:
        search.find("Dienstag 26. Februar")  # 26 February 2019 was a Tuesday
    assert found.args == ["Dienstag 26. Februar", [0, 1, 2]]
    with qtbot.waitSignal(search.found) as found:
        search.find("26 Feb tuesday")  # English as well
    assert found.args[1] == [0, 1, 2]


def test_arabic_lays_the_window_out_right_to_left(
    speaking: object, qtbot: QtBot, window: MainWindow, sample_trip: Trip
) -> None:
    speaking("ar")  # type: ignore[operator]
    show_trip(qtbot, window, sample_trip, start=7)
    qtbot.waitUntil(window.route_map.isVisible)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.route_map.x() < window.photo_view.x()  # the map column at the left of the photo
    caption = window.caption
    assert caption.credit.x() > caption.details.x() > caption.position.x()  # credit first, at the right
    assert caption.credit.text().startswith("الصورة: ")
    details = caption.details.text()
    assert details.startswith("\u200f") and "فبراير" in details  # reads right to left, English place and all
    window.help_overlay.show()
    key, what = window.help_overlay.table.boxes(0)
    assert key.left() > what.left()  # the key at the right of what it does
    strip = window.strip  # time runs right to left: the first photo's mark is at the right
    qtbot.waitUntil(lambda: strip.drawn and len(strip.mark_clusters()) > 1)
    clusters = strip.mark_clusters()
    assert min(clusters, key=lambda cluster: cluster.x).indices[0] == 0  # earliest first, on the axis...
    other = next(cluster for cluster in clusters if strip.current not in cluster.indices)
    on_screen = QPointF(strip.width() - other.x, MARK_TOP + 10)  # ... and mirrored on the screen
    with qtbot.waitSignal(strip.photoChosen) as chosen:
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=on_screen.toPoint())
    assert strip.mirrored and chosen.args == [other.indices[0]]
