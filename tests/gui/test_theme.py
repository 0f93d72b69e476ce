"""Every colour the gui paints comes from ``viewer.gui.theme``: no colour written anywhere else.

A colour written in a second place is one that stays behind when the theme
changes: the accent was once written in six files. The scan reads each module's
tokens, so a comment may still say "#ffd166"; strings (style sheets, HTML) and
code may not.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

from PySide6.QtGui import QColor

import viewer.gui
from viewer.gui import theme

GUI = Path(viewer.gui.__file__).parent
THEME = Path(theme.__file__)
HEX = re.compile(r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")  # "#ffd166", "#111"
CSS_FUNCTION = re.compile(r"\b(?:rgba?|hsla?|hsva?)\s*\(")  # "rgba(0, 0, 0, 0.8)" in a style sheet
NAMES = "|".join(name for name in QColor.colorNames() if name != "transparent")
# "color: red", "border: 1px solid navy"; not "white-space: pre-wrap" nor "background: transparent"
CSS_NAMED = re.compile(rf"\b(?:color|background|border)[\w-]*\s*:[^;{{}}\"']*?\b(?:{NAMES})\b(?!-)")
# QColor(...), Qt.white, Qt.GlobalColor.white: matched in a line's code tokens joined by spaces
IN_CODE = re.compile(rf"\bQColor \(|\bQt \. (?:GlobalColor \. )?(?:{NAMES})\b")
STRING_PARTS = {
    tokenize.STRING,
    getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING),
}  # 3.12 splits f-strings


def colour_literals(source: str) -> list[tuple[int, str]]:
    """Each colour written in ``source`` (a Python module), with its line; comments are not read."""
    found: list[tuple[int, str]] = []
    code: dict[int, list[str]] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in STRING_PARTS:
            text = token.string
            for pattern in (HEX, CSS_FUNCTION, CSS_NAMED):
                for match in pattern.finditer(text):  # a style sheet spans lines: the match's own
                    found.append((token.start[0] + text.count("\n", 0, match.start()), match.group()))
        elif token.type in (tokenize.NAME, tokenize.OP):
            code.setdefault(token.start[0], []).append(token.string)
    for line, tokens in code.items():
        found += [(line, match.group()) for match in IN_CODE.finditer(" ".join(tokens))]
    return sorted(set(found))


def test_the_scan_finds_colours_in_code_style_sheets_and_html() -> None:
    source = (
        'SHEET = "QLabel { color: #ffd166; background: black; border: 1px solid rgba(0, 0, 0, 90); }"\n'
        "SHADE = QColor(0, 0, 0, 215)  # a comment may say #101010\n"
        "HTML = f'<span style=\"color:#9a9a9a\">{x}</span>'\n"
        "FILL = Qt.GlobalColor.white\n"
        'PLAIN = "photo #12 of 13, background: transparent"\n'
    )
    assert [line for line, _ in colour_literals(source)] == [1, 1, 1, 2, 3, 4]


def test_no_colour_is_written_outside_the_theme() -> None:
    stray = [
        f"{path.relative_to(GUI.parent.parent)}:{line}: {literal}"
        for path in sorted(GUI.rglob("*.py"))
        if path != THEME
        for line, literal in colour_literals(path.read_text(encoding="utf-8"))
    ]
    assert not stray, "colours written outside viewer/gui/theme.py:\n" + "\n".join(stray)
