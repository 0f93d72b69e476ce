"""Finding photos by what is said about them: words, a place, a date or a clock time.

Each photo gets one *haystack*: its text normalized (case, accents and curly
quotes folded away, so "Đồng Đăng" finds "Dong Dang" and "kim's" finds
"Kim’s") and laid out in two parts. What the audience sees on the slide —
caption, place and local time — comes first; what only the presenter reads —
credit, notes and file name — after a blank line. A query matches a photo when
every one of its words is found in the haystack (as a substring, so "08:" and
"oper" match as typed); words in double quotes stay together as one phrase.

Results are ranked so the photo a person means comes first: matches in what
the slide shows before matches in notes or credits, whole words before word
beginnings before word middles, then manifest order. Building a haystack costs
more than searching it, so a caller searching as the person types makes the
haystacks once and passes them to every :func:`search`. No Qt here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.model.resolve import ResolvedPhoto
from viewer.model.timefmt import ENGLISH, MONTH_NAMES, WEEKDAY_NAMES, DateWords, local_label
from viewer.model.trip import TripTime

# Letters NFKD leaves whole, spelled as people type them on an English keyboard,
# and the typographic quotes and dashes of captions, typed as plain ones.
_FOLD = str.maketrans(
    {
        "đ": "d",
        "ð": "d",
        "ø": "o",
        "ł": "l",
        "ħ": "h",
        "ı": "i",
        "ŧ": "t",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ß": "ss",
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "−": "-",
    }
)
_SECTIONS = "\n\n"  # between what the slide shows and what only the presenter reads
_FIELDS = "\n"  # between fields, so no query word (whitespace folded) spans two
_TERMS = re.compile(r'"([^"]+)"?|(\S+)')


def normalize(text: str) -> str:
    """``text`` as it is compared: casefolded, without accents, plain quotes, single spaces."""
    text = text.casefold()
    if not text.isascii():  # plain ASCII needs none of this
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(char for char in text if not unicodedata.combining(char)).translate(_FOLD)
    return " ".join(text.split())


def time_words(time: TripTime, words: DateWords = ENGLISH) -> list[str]:
    """The ways a person may type a photo's local time: ``26 Feb``, ``08:15``, ``2019-02-26``…

    Query words match in any order, so one spelling of each part is enough;
    the label as shown is there whole for a quoted ``"26 Feb 08:15"``. The
    month and weekday are there in English and, given ``words``, in the
    interface's language too ("Februar", "tháng 2", "فبراير"), as it shows them.
    """
    day, month, weekday = time.moment.day, time.moment.month, time.moment.weekday()
    said = [
        local_label(time),  # 26 Feb 08:15 (UTC+7, approx.)
        f"{day} {MONTH_NAMES[month - 1]} {time.moment.year} {WEEKDAY_NAMES[weekday]}",
        f"{time.moment:%Y-%m-%d} {day}/{month} {day:02d}/{month:02d} {month}/{day} {day:02d}.{month:02d}.",
    ]
    if words is not ENGLISH and words != ENGLISH:
        said += [local_label(time, words=words), f"{words.months[month - 1]} {words.weekdays[weekday]}"]
    return said


def haystack(photo: ResolvedPhoto, words: DateWords = ENGLISH) -> str:
    """The normalized text :func:`search` looks in: shown fields, a blank line, the rest.

    ``words``: the interface's words for dates, matched beside the English ones.
    """
    shown = [photo.caption, photo.place, *(time_words(photo.time, words) if photo.time else [])]
    private = [photo.credit, photo.photo.notes, photo.photo.file]
    return _SECTIONS.join(_FIELDS.join(_normalized(texts)) for texts in (shown, private))


def _normalized(texts: list[str | None]) -> list[str]:
    return [folded for text in texts if text and (folded := normalize(text))]


@dataclass(frozen=True)
class _Term:
    """One word (or quoted phrase) of a query, with the patterns that grade a match."""

    text: str
    whole: re.Pattern[str]  # as a whole word
    start: re.Pattern[str]  # at the start of a word

    @classmethod
    def of(cls, text: str) -> _Term:
        escaped = re.escape(text)
        # A term that starts or ends with punctuation ("08:") needs no word edge there.
        before = r"(?<!\w)" if re.match(r"\w", text) else ""
        after = r"(?!\w)" if re.match(r"\w", text[-1]) else ""
        return cls(text, re.compile(before + escaped + after), re.compile(before + escaped))

    def grade(self, text: str, end: int) -> int | None:
        """How well ``text[:end]`` holds the term: 0 whole word, 1 word start, 2 inside one, None not."""
        if text.find(self.text, 0, end) < 0:
            return None
        if self.whole.search(text, 0, end):
            return 0
        return 1 if self.start.search(text, 0, end) else 2


def terms(query: str) -> list[str]:
    """The normalized words of ``query``; ``"opera house"`` in double quotes stays one term."""
    found = (phrase or word for phrase, word in _TERMS.findall(normalize(query)))
    return [term for term in found if term.strip('" ')]


class Query:
    """A query's words, made ready once to grade any number of haystacks (:meth:`rank`)."""

    def __init__(self, query: str) -> None:
        self.text = query
        self._wanted = [_Term.of(text) for text in dict.fromkeys(terms(query))]

    def __bool__(self) -> bool:
        """False for a query without a word, which finds nothing."""
        return bool(self._wanted)

    def rank(self, text: str) -> tuple[int, int] | None:
        """How well the haystack ``text`` matches, lower first; None if a word is missing.

        Words found only in what the presenter reads count first, then how whole
        each word is found (:meth:`_Term.grade`); ties go by manifest order.
        """
        if not self._wanted or not all(term.text in text for term in self._wanted):
            return None
        shown_end = text.find(_SECTIONS)
        if shown_end < 0:
            shown_end = len(text)
        hidden_matches = quality = 0
        for term in self._wanted:
            grade = term.grade(text, shown_end)
            if grade is None:  # only in the credit, notes or file name
                hidden_matches += 1
                grade = term.grade(text, len(text))
            quality += grade or 0  # never None: every term is in the text
        return hidden_matches, quality


def search(photos: Sequence[ResolvedPhoto], query: str, haystacks: Sequence[str] | None = None) -> list[int]:
    """Indexes of the photos holding every word of ``query``, best match first.

    ``haystacks`` are the photos' :func:`haystack`, made once by a caller that
    searches often. An empty query finds nothing.
    """
    wanted = Query(query)
    if not wanted:
        return []
    texts = haystacks if haystacks is not None else [haystack(photo) for photo in photos]
    ranked = [(*rank, index) for index, text in enumerate(texts) if (rank := wanted.rank(text)) is not None]
    ranked.sort()
    return [index for *_, index in ranked]
