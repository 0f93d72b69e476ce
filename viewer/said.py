"""Messages that can be said in any language, made where no Qt is: the model's, the files', the tools'.

A diagnostic is worded where it is found (a manifest's line, a damaged photo),
far from the window that shows it and before anyone knows the language. So it is
kept as a :class:`Said`: the English text, which is what ``str()`` and the log and
``--json`` see, and also its template and values, so that the window (with
``QCoreApplication.translate``) or the command line (``Speech.translate``) can say
it in the person's language. Templates are marked with :func:`QT_TRANSLATE_NOOP`,
which ``pyside6-lupdate`` collects into the ``.ts`` files by name. This module
imports nothing of the viewer and no Qt, so every layer may use it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# (context, English template) -> the template in the language being spoken.
Translate = Callable[[str, str], str]


class Phrase(str):
    """An English template and the translation context ``pyside6-lupdate`` files it under."""

    context: str

    def __new__(cls, context: str, text: str) -> Phrase:
        phrase = super().__new__(cls, text)
        phrase.context = context
        return phrase

    def __reduce__(self) -> tuple[Any, ...]:
        return (Phrase, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Phrase:
    """``text``, marked for ``pyside6-lupdate`` to collect; translated where it is said.

    Qt's own ``QT_TRANSLATE_NOOP`` does the same, but needs Qt and forgets the context.
    """
    return Phrase(context, text)


class Said(str):
    """A message: the English (the ``str`` itself) and what it takes to say it in another language.

    ``phrase`` comes from :func:`QT_TRANSLATE_NOOP`; its ``{fields}`` are filled
    from ``values``, and a value that is itself a :class:`Said` is said in the same
    language. Any text made from a ``Said`` (an f-string, ``+``) is English only:
    keep the ``Said`` whole and put it in another one's values instead.
    """

    phrase: Phrase
    values: Mapping[str, Any]

    def __new__(cls, phrase: Phrase, /, **values: Any) -> Said:
        if not isinstance(phrase, Phrase):
            raise TypeError(f"Said needs a QT_TRANSLATE_NOOP phrase, not {type(phrase).__name__}")
        said = super().__new__(cls, phrase.format(**values))
        said.phrase, said.values = phrase, values
        return said

    @property
    def context(self) -> str:
        return self.phrase.context

    def in_language(self, translate: Translate) -> str:
        """This message with ``translate``'s template and its values, nested messages said alike."""
        values = {
            name: value.in_language(translate) if isinstance(value, Said) else value
            for name, value in self.values.items()
        }
        template = translate(self.phrase.context, str(self.phrase)) or str(self.phrase)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that names a field wrongly
            return str.format(str(self.phrase), **values)

    def __reduce__(self) -> tuple[Any, ...]:  # a copy or a pickle keeps the template and values
        return (_said, (self.phrase.context, str(self.phrase), dict(self.values)))


def _said(context: str, text: str, values: dict[str, Any]) -> Said:
    return Said(QT_TRANSLATE_NOOP(context, text), **values)


def english(context: str, text: str) -> str:
    """The :data:`Translate` of the language the code is written in."""
    return text


def say(text: str, translate: Translate) -> str:
    """``text`` in ``translate``'s language if it is a :class:`Said`; other text as it is."""
    return text.in_language(translate) if isinstance(text, Said) else text
