"""The interface's language: the .ts files kept up to date, complete, and each language shown.

Every language is switched on the one test application in turn (Qt's translators
are the application's), and English is put back after each test.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tools.translations import TRANSLATED, TRANSLATIONS, update
from viewer import paths
from viewer.gui.commands.registry import SPECS, Command
from viewer.gui.language import apply_language, catalogue, chosen_language, count_text, date_words
from viewer.gui.show.persist import SettingsKeeper
from viewer.gui.views.audience.languages import LanguageMenu
from viewer.model.settings import Settings, load_settings
from viewer.model.timefmt import day_label
from viewer.translations import CATALOGUE


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    """Switch the application's language with ``speaking(code)``; as it was (English) afterwards."""
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
