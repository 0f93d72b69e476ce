"""The command-line tools' words for people in their language: ``check``, ``import`` and ``handout``.

What scripts read stays English (``check --json``, the handout's ``--progress``
lines, exit statuses); what a person reads goes through :meth:`Speech.translate`,
whose calls ``pyside6-lupdate`` collects as it does ``QCoreApplication.translate``'s,
into the same ``.ts`` as the window's. The language is ``--lang``, else the one
chosen in the window (View → Language), else the system's. Diagnostics the model
writes (a manifest's line and column, a damaged photo's reason) stay in English,
as the log does. Qt is imported only to speak another language than English,
so an English check starts as fast as ever.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from viewer.model.settings import LANGUAGES
from viewer.said import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from viewer.said import Said as Said

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

SOURCE_LANGUAGE = "en"  # the language the code's strings are written in


# The POSIX variables that name the language of messages, the first that is set wins.
_LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


class Speech:
    """The tools' messages in one language; English (the code's own) needs no Qt."""

    def __init__(self, code: str = SOURCE_LANGUAGE) -> None:
        self.code = code if code in LANGUAGES else SOURCE_LANGUAGE
        self._translator: QTranslator | None = None
        if self.code != SOURCE_LANGUAGE:
            from PySide6.QtCore import QTranslator

            from viewer.translations import catalogue

            found = catalogue(self.code)
            translator = QTranslator()
            if found is not None and translator.load(str(found)):
                self._translator = translator

    def translate(self, context: str, text: str) -> str:
        """``text`` (of ``context``, as in the .ts) in this language; as written if it has none."""
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text


def language_code(name: str) -> str:
    """``de_DE.UTF-8``, ``de-AT``, ``de``: ``de``."""
    return name.replace("-", "_").split("_")[0].split(".")[0].lower()


def chosen_language(asked: str | None) -> str:
    """``--lang``, else the window's choice (the settings), else the system's, else English."""
    if asked:
        return language_code(asked)
    from viewer.model.settings import load_settings

    saved = load_settings()[0].language
    return saved or system_language()


def system_language() -> str:
    """The system's language if Trip Viewer speaks it: the POSIX variables, else what Qt reads."""
    for variable in _LANGUAGE_VARIABLES:
        value = os.environ.get(variable, "")
        if value:
            for name in value.split(":"):
                code = language_code(name)
                if code in LANGUAGES:
                    return code
            return SOURCE_LANGUAGE  # set, but to a language Trip Viewer does not speak (C, ja)
    from PySide6.QtCore import QLocale  # Windows and macOS say it elsewhere

    for name in QLocale.system().uiLanguages():
        if language_code(name) in LANGUAGES:
            return language_code(name)
    return SOURCE_LANGUAGE
