"""The command-line tools in the person's language: ``check``, ``import`` and ``handout``.

What people read is translated; what scripts read (``check --json``) stays English.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from tests.gui.handout.conftest import pdf_text
from tests.test_cli import run_cli
from viewer import paths
from viewer.check import format_text, run_check, to_json
from viewer.importer import FolderImportError, _summary, import_folder
from viewer.model.settings import Settings, save_settings
from viewer.speech import Speech, chosen_language, system_language


@pytest.fixture
def bare_folder(tmp_path: Path) -> Path:
    """Two photos without captions, credits or times."""
    folder = tmp_path / "trip"
    folder.mkdir()
    for name in ("a.jpg", "b.jpg"):
        Image.new("RGB", (64, 48), "#336699").save(folder / name)
    return folder


def test_the_check_speaks_german_to_people_and_english_to_scripts(bare_folder: Path) -> None:
    report = run_check(bare_folder)
    text = format_text(report, Speech("de"))
    assert "a.jpg: Fehler: credit: kein Bildnachweis im Manifest oder im Foto" in text
    assert "b.jpg: Warnung: caption: keine Bildunterschrift im Manifest oder im Foto" in text
    assert text.endswith(f"{report.source}: 2 Fotos geprüft: 2 Fehler, 5 Warnungen\n")
    value = json.loads(to_json(report))
    assert "said" not in value["findings"][0]
    assert {finding["message"] for finding in value["findings"]} >= {"no credit in the manifest or the photo"}
    assert format_text(report) == format_text(report, Speech("en"))  # English, as ever, without Qt
    assert "2 photos checked: 2 errors, 5 warnings" in format_text(report)


def test_the_import_says_what_it_wrote_in_french(bare_folder: Path) -> None:
    result = import_folder(bare_folder)
    said = _summary(result, Speech("fr"))
    assert said.startswith(f"{result.path} écrit : 2 photos (2 sans légende, 2 sans crédit, 2 sans heure")
    assert said.endswith(f"Lancez 'trip-viewer check {result.path}' avant de présenter.")
    with pytest.raises(FolderImportError) as refused:
        import_folder(bare_folder)
    assert refused.value.in_language(Speech("fr")).endswith(
        "existe déjà ; utilisez --force pour le remplacer"
    )
    assert str(refused.value).endswith("already exists; use --force to replace it")


def test_the_language_is_asked_for_else_chosen_in_the_window_else_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert chosen_language("vi-VN") == "vi"
    monkeypatch.setenv("LANGUAGE", "ko_KR:en")
    assert chosen_language(None) == system_language() == "ko"
    save_settings(Settings(language="ar"))
    assert chosen_language(None) == "ar"
    monkeypatch.setenv("LANGUAGE", "ja")
    assert system_language() == "en"  # a language Trip Viewer does not speak


def test_the_handout_is_written_in_german(tmp_path: Path, basedir: Path) -> None:
    out = tmp_path / "sample.pdf"
    result = run_cli("handout", str(paths.sample_trip()), "-o", str(out), "--lang", "de", basedir=basedir)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out} geschrieben: 13 Fotos auf 8 Seiten, {result.stdout.split(', ')[-1]}"
    text = pdf_text(out)
    assert "Foto: Reuters/Stringer" in text
    assert "Seite 1 von 8" in text
    assert "26. Feb. 2019" in text
    assert "Di, 26. Feb." in text  # the cover's strip names its days in German too
