"""HTML from Knight Lab's editors becomes the plain text a slide shows, and back."""

from __future__ import annotations

import pytest

from viewer.webdesk.htmltext import html_to_text, text_to_html


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("Reuters/Stringer", "Reuters/Stringer"),
        ('<a href="https://example.org/x">Reuters</a>/Stringer', "Reuters/Stringer"),
        ('<a href="javascript:alert(1)">AP</a> Photo', "AP Photo"),
        ("Kim&#8217;s train &amp; the <b>crowd</b>", "Kim’s train & the crowd"),
        ("<p>One.</p><p>Two<br>three</p>", "One.\nTwo\nthree"),
        ("before<script>alert('x')</script><style>p{}</style>after", "beforeafter"),
        ("  spaced \t out&nbsp;here  ", "spaced out here"),
        ("<p>unclosed <i>tags", "unclosed tags"),
        ("3 < 4 & 5 > 2", "3 < 4 & 5 > 2"),
    ],
)
def test_html_becomes_the_words_a_slide_shows(fragment: str, text: str) -> None:
    assert html_to_text(fragment) == text


@pytest.mark.parametrize("text", ["A & B <c>", "Line one\nLine two", 'Say "hi" — it’s fine'])
def test_plain_text_written_as_html_reads_back_the_same(text: str) -> None:
    assert html_to_text(text_to_html(text)) == text
