"""The HTML of a web story's headlines, texts and credits as the plain text a slide shows.

Knight Lab's editors store rich text as HTML: ``<p>`` paragraphs, ``<b>``, and
links such as ``<a href="…">Reuters</a>``. A trip's captions and notes are plain
text, so tags go, a link becomes its words (its address is dropped: nothing of
it can run or be fetched), character references are decoded (``&amp;``, ``&#8217;``),
paragraphs and line breaks become line breaks, and runs of spaces become one.
A story written out goes the other way (:func:`text_to_html`).
What is inside ``<script>`` and ``<style>`` is dropped, never shown.

Python's own ``html.parser`` reads it: it is forgiving of the broken HTML that
editors save, and needs nothing from PyPI. No Qt here.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_BREAKS = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "hr"}
)
_HIDDEN = frozenset({"script", "style", "template", "noscript", "iframe", "object"})
_SPACES = re.compile(r"[^\S\n]+")
_LINES = re.compile(r"\s*\n\s*")


class _TextOnly(HTMLParser):
    """Collects the text of a fragment, a line break where a block starts or ends."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0  # inside <script> or the like: nothing shown

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """The plain text of an HTML ``fragment``: words, line breaks between blocks, no tags."""
    if "<" not in fragment and "&" not in fragment:
        return _tidy(fragment)
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    return _tidy("".join(parser.parts))


def _tidy(text: str) -> str:
    text = _SPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " "))
    return _LINES.sub("\n", text).strip()


def text_to_html(text: str) -> str:
    """Plain ``text`` as HTML that shows it as it is: ``<``, ``>`` and ``&`` escaped, lines as ``<br>``."""
    return html.escape(text, quote=False).replace("\n", "<br>")
