"""The interface's language: Qt's translators, the layout direction, and the locale of dates.

Every word the window shows goes through ``QCoreApplication.translate``; the
translations are ``resources/translations/trip-viewer_CODE.ts`` (made and kept up
to date with ``pyside6-lupdate``, see :data:`LUPDATE_ARGUMENTS`), compiled to
``.qm`` by ``pyside6-lrelease`` (``viewer.translations``). The wheel's build
(``hatch_build.py``) and the frozen app's spec compile them into the bundle; a
source checkout has only the ``.ts``, so they are compiled at first use into the
cache folder, once per change of the ``.ts`` (half a second, before the window is built).

The language is the one asked for on the command line (``--lang``), else the one
chosen in the View → Language menu (``Settings.language``), else the system's,
else English. Qt's own words (the file dialog's buttons, a message box's "OK")
come from Qt's ``qtbase`` translations beside it. Arabic lays the window out
right to left. Dates and times are written by the model (``viewer.model.timefmt``)
with the month and weekday names the locale gives (:func:`date_words`).
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from viewer.model.settings import LANGUAGES
from viewer.model.timefmt import DateWords

# QT_TRANSLATE_NOOP: the window's modules mark their tables with it, as the command line does.
from viewer.said import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from viewer.said import say
from viewer.speech import SOURCE_LANGUAGE
from viewer.translations import catalogue

log = logging.getLogger(__name__)

# Each language's own name for itself, as the Language menu lists them.
NATIVE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "vi": "Tiếng Việt",
    "ko": "한국어",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})
_TRANSLATOR = "trip-viewer-translator"  # the object name of the translators installed here
# What ``pyside6-lupdate`` is run with to bring the .ts files up to date (tests/gui/test_language.py
# checks they are): no line numbers, so a .ts changes only when a string does.
LUPDATE_ARGUMENTS = ("-locations", "none", "-no-obsolete", "-silent")


def system_language() -> str:
    """The first of the system's interface languages that Trip Viewer speaks; English if none."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(asked: str | None, saved: str) -> str:
    """The language to show: ``asked`` on the command line, else ``saved``, else the system's."""
    return asked or saved or system_language()


def apply_language(app: QCoreApplication, code: str) -> str:
    """Speak ``code`` from now on: install its translators (ours and Qt's), locale and direction.

    Translators installed before (another language) are removed. Returns the
    language now spoken: English if ``code`` is not one Trip Viewer has.
    """
    for old in app.findChildren(QTranslator, _TRANSLATOR):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    if code not in LANGUAGES:
        log.warning("no translations for the language %r: English it is", code)
        code = SOURCE_LANGUAGE
    locale = QLocale(code)
    QLocale.setDefault(locale)
    wanted = [(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    ours = catalogue(code)
    if ours is not None:
        wanted.append((ours.stem, str(ours.parent)))
    for name, folder in wanted:
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
        else:
            translator.deleteLater()  # Qt has no qtbase_vi, say: its dialogs stay English
    if isinstance(app, QGuiApplication):
        direction = (
            Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)
    return code


def date_words() -> DateWords:
    """Month and weekday names of the interface's language (QLocale's), and the date's pattern.

    The model writes dates with them (``viewer.model.timefmt``); find matches them too.
    Made once per language (the strip asks at every paint, from its painting thread too).
    """
    return _date_words(QLocale().name())


@functools.lru_cache(maxsize=8)
def _date_words(name: str) -> DateWords:
    locale = QLocale(name)
    long, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    return DateWords(
        months=tuple(locale.standaloneMonthName(month, long) for month in range(1, 13)),
        short_months=tuple(locale.monthName(month, short) for month in range(1, 13)),
        weekdays=tuple(locale.standaloneDayName(day, long) for day in range(1, 8)),
        short_weekdays=tuple(locale.standaloneDayName(day, short) for day in range(1, 8)),
        # {day}: the day of the month; {month}: its short name, from QLocale ("26 Feb", "2월 26일").
        date=QCoreApplication.translate("Dates", "{day} {month}"),
        date_year=QCoreApplication.translate("Dates", "{day} {month} {year}"),
        day=QCoreApplication.translate("Dates", "{weekday} {date}"),
        time_unknown=QCoreApplication.translate("Dates", "time unknown"),
        approximate=QCoreApplication.translate("Dates", "approx."),
        comma=QCoreApplication.translate("Dates", "{first}, {second}").format(first="", second=""),
    )


def count_text(value: int) -> str:
    """A count as the interface's language groups its digits: ``1,234``, ``1.234``, ``1 234``.

    The digits stay Western (0–9) in every language, Arabic too, as dates and times do.
    """
    locale = QLocale()
    if locale.zeroDigit() != "0" or locale.language() == QLocale.Language.C:
        return f"{value:,}"  # Arabic, and the C locale (no language set): as English writes it
    return locale.toString(value)


def decimal(value: float) -> str:
    """A short decimal (a fade's seconds, ``0.3``) with the language's decimal point: ``0,3``."""
    locale = QLocale()
    text = f"{value:g}"
    if locale.zeroDigit() != "0" or locale.language() == QLocale.Language.C:
        return text
    return text.replace(".", locale.decimalPoint())


# Unicode's mark that starts a line right to left, though its first letter is Latin, and the
# isolates that keep a trip's own words (a place named in English) in their own order. Qt breaks
# and elides lines wrongly at right-to-left text inside isolates: only the trip's words go in them.
RIGHT_TO_LEFT_MARK = "\u200f"
FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"


def right_to_left() -> bool:
    """Whether the interface reads right to left (Arabic)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def reading_order(text: str) -> str:
    """``text`` as a line of the interface's direction, whatever its first letter's script.

    An Arabic window shows a key list that starts with "Space" or a place named
    in English as a right-to-left line, as the words around it are.
    """
    return RIGHT_TO_LEFT_MARK + text if text and right_to_left() else text


def isolated(text: str) -> str:
    """A trip's own words (a place, in any script) kept whole in a right-to-left line.

    "Hanoi Opera House · 26 فبراير": without the isolate the bidirectional algorithm
    pulls the "26" across to the English place name.
    """
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_ISOLATE}" if text and right_to_left() else text


def spoken_language() -> str:
    """The code of the language the interface speaks now (``apply_language``'s), English by default."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def spoken(text: str) -> str:
    """A message from the model or the files (a :class:`~viewer.said.Said`) in the interface's language.

    Text that is not a ``Said`` (a trip's own words, a path) is shown as it is.
    """
    return say(text, QCoreApplication.translate)
