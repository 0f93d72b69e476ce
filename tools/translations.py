"""Bring the interface's translations up to date with the code, and say what is left to translate.

The strings the window shows are marked in the code (``QCoreApplication.translate``,
``QT_TRANSLATE_NOOP``); ``pyside6-lupdate`` collects them into
``resources/translations/trip-viewer_CODE.ts``, one per language, keeping what
is translated already. Translators edit the ``.ts`` (Qt Linguist, or by hand);
the build compiles them to ``.qm`` (``hatch_build.py``, the PyInstaller spec).

    python tools/translations.py          # update every .ts, then report
    python tools/translations.py --check  # report only; status 1 if a string is untranslated

``tests/gui/test_language.py`` runs :func:`update` into a copy and fails when the
committed ``.ts`` differ (a string changed in the code and not here).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viewer.gui.language import LUPDATE_ARGUMENTS, SOURCE_LANGUAGE  # noqa: E402
from viewer.model.settings import LANGUAGES  # noqa: E402
from viewer.translations import CATALOGUE  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
MARKS = ("QCoreApplication.translate(", "QT_TRANSLATE_NOOP(", "speech.translate(")


def sources(root: Path = ROOT) -> list[Path]:
    """The viewer's modules holding translated strings, relative to ``root``, in a stable order."""
    found = []
    for path in sorted((root / "viewer").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if any(mark in text for mark in MARKS):
            found.append(path.relative_to(root))
    return found


def lupdate_command() -> list[str]:
    return [
        sys.executable,
        "-c",
        "import sys; from PySide6.scripts.pyside_tool import lupdate; sys.exit(lupdate())",
    ]


def update(folder: Path = TRANSLATIONS, root: Path = ROOT) -> None:
    """Run ``pyside6-lupdate`` over the code of ``root`` into the ``.ts`` files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    targets = [str(folder / f"{CATALOGUE}_{code}.ts") for code in TRANSLATED]
    files = [str(path) for path in sources(root)]
    subprocess.run(
        [*lupdate_command(), *LUPDATE_ARGUMENTS, *files, "-ts", *targets],
        check=True,
        cwd=root,
        capture_output=True,
        timeout=120,
    )


@dataclass(frozen=True)
class Progress:
    """How much of one ``.ts`` is translated."""

    messages: int
    untranslated: list[str]  # the source texts still without a translation


def progress(ts: Path) -> Progress:
    """Count the messages of ``ts`` and list those not (or not finally) translated."""
    root = ElementTree.parse(ts).getroot()
    messages = root.iter("message")
    total, missing = 0, []
    for message in messages:
        total += 1
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (translation.text or "").strip()
        ):
            missing.append(source)
    return Progress(total, missing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="only report; status 1 if anything is untranslated"
    )
    args = parser.parse_args(argv)
    if not args.check:
        update()
    status = 0
    for code in TRANSLATED:
        found = progress(TRANSLATIONS / f"{CATALOGUE}_{code}.ts")
        print(f"{code}: {found.messages - len(found.untranslated)} of {found.messages} translated")
        for text in found.untranslated:
            print(f"    {text!r}")
        status |= bool(found.untranslated)
    return status


if __name__ == "__main__":
    sys.exit(main())
