"""Finding photos by words, places, dates and clock times, in the sample trip and made-up ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from viewer import paths
from viewer.model.folder import load_trip
from viewer.model.resolve import ResolvedPhoto, resolve
from viewer.model.search import haystack, normalize, search, terms
from viewer.model.timefmt import ENGLISH
from viewer.model.trip import Photo, TripTime

UTC7 = timezone(timedelta(hours=7))


@pytest.fixture(scope="module")
def sample() -> list[ResolvedPhoto]:
    trip = load_trip(paths.sample_trip())
    return [resolve(photo, None, trip.timezone) for photo in trip.photos]


def made(
    name: str,
    caption: str | None = None,
    *,
    credit: str | None = None,
    place: str | None = None,
    notes: str | None = None,
    time: TripTime | None = None,
) -> ResolvedPhoto:
    photo = Photo(Path("/trip") / name, name, caption, credit, time, place, notes)
    return ResolvedPhoto(photo, None, caption, credit, time, place)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đồng Đăng", "dong dang"),
        ("Kim’s “motorcade”", 'kim\'s "motorcade"'),
        ("  Opera\n\tHOUSE ", "opera house"),
        ("Straße Øresund Smørrebrød", "strasse oresund smorrebrod"),
        ("Hà Nội – Noi Bai", "ha noi - noi bai"),
    ],
)
def test_normalize_folds_case_accents_quotes_and_spaces(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_terms_are_words_or_quoted_phrases() -> None:
    assert terms("Opera  House") == ["opera", "house"]
    assert terms('"opera house" hanoi') == ["opera house", "hanoi"]
    assert terms('"opera hou') == ["opera hou"]  # a phrase being typed
    assert terms('"') == []


def test_opera_house_finds_photo_8_first(sample: list[ResolvedPhoto]) -> None:
    assert search(sample, "Opera House")[0] == 7
    assert search(sample, "opera") == [7]


@pytest.mark.parametrize("query", ["Dong Dang", "Đồng Đăng", "dong dang", "DONG"])
def test_a_place_in_any_spelling(sample: list[ResolvedPhoto], query: str) -> None:
    found = search(sample, query)
    assert found[:4] == [0, 1, 2, 3]


def test_a_date_finds_every_photo_of_that_day(sample: list[ResolvedPhoto]) -> None:
    everything = list(range(13))
    assert search(sample, "26 Feb") == everything
    assert search(sample, "feb 26") == everything
    assert search(sample, "2019-02-26") == everything
    assert search(sample, "tuesday") == everything
    assert search(sample, "27 Feb") == [12]  # only its notes speak of the 27th
    assert search(sample, "28 Feb") == []


def test_month_and_weekday_names_of_the_interface_language_are_found_too(sample: list[ResolvedPhoto]) -> None:
    german = replace(
        ENGLISH,
        months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                "Oktober", "November", "Dezember"),
        weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        short_months=("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
                      "Dez."),
        date="{day}. {month}",
    )  # fmt: skip
    haystacks = [haystack(photo, german) for photo in sample]
    everything = list(range(13))
    assert search(sample, "26. Februar", haystacks) == everything
    assert search(sample, "dienstag", haystacks) == everything
    assert search(sample, '"26. Feb. 08:"', haystacks) == search(sample, '"26 Feb 08:"')
    assert search(sample, "26 Feb", haystacks) == everything  # English as well
    assert search(sample, "dienstag") == []  # not without the German words


def test_a_clock_time_finds_the_photos_of_that_hour(sample: list[ResolvedPhoto]) -> None:
    assert search(sample, "08:") == [0, 1, 2, 3, 4]
    assert search(sample, "10:55") == [7]
    assert search(sample, '"26 Feb 08:15"') == [0]


def test_every_word_must_match(sample: list[ResolvedPhoto]) -> None:
    assert search(sample, "pompeo") == [11, 12]
    assert search(sample, "pompeo airport") == [11]
    assert search(sample, "airport pompeo") == [11]


def test_credits_and_notes_are_searched(sample: list[ResolvedPhoto]) -> None:
    assert search(sample, "reuters jorge") == [8, 10]
    assert search(sample, "ashtray") == [8]  # only in the notes
    assert search(sample, "private dinner") == [12]


def test_curly_apostrophes_match_straight_ones(sample: list[ResolvedPhoto]) -> None:
    assert search(sample, "kim's motorcade") == [7, 10]
    assert search(sample, "Kim’s motorcade") == [7, 10]


def test_nothing_found_and_nothing_asked(sample: list[ResolvedPhoto]) -> None:
    assert search(sample, "zanzibar") == []
    assert search(sample, "") == []
    assert search(sample, "   ") == []
    assert search([], "opera") == []


def test_shown_fields_rank_before_notes_and_credits() -> None:
    photos = [
        made("a.jpg", "A dinner", notes="The opera was closed."),
        made("b.jpg", "B lunch", credit="Opera Pictures"),
        made("c.jpg", "The opera at night"),
        made("d.jpg", "D", place="Opera square"),
    ]
    assert search(photos, "opera") == [2, 3, 0, 1]


def test_whole_words_rank_before_word_starts_before_word_middles() -> None:
    photos = [
        made("a.jpg", "Cooperation talks"),
        made("b.jpg", "Operations room"),
        made("c.jpg", "At the opera"),
    ]
    assert search(photos, "opera") == [2, 1, 0]


def test_equal_matches_keep_manifest_order() -> None:
    photos = [made(f"{n}.jpg", f"Station {n}") for n in range(5)]
    assert search(photos, "station") == [0, 1, 2, 3, 4]


def test_haystack_holds_every_field_and_the_local_time() -> None:
    time = TripTime(datetime(2019, 2, 26, 8, 15, tzinfo=UTC7), approximate=True)
    photo = made(
        "photos/01.jpg", "Kim arrives", credit="Reuters/Stringer", place="Đồng Đăng", notes="Early", time=time
    )
    text = haystack(photo)
    for part in ("kim arrives", "reuters/stringer", "dong dang", "early", "photos/01.jpg"):
        assert part in text
    assert "26 feb 08:15 (utc+7, approx.)" in text
    assert "2019-02-26" in text


def test_a_date_only_time_has_no_clock() -> None:
    time = TripTime(datetime(2019, 2, 26, tzinfo=UTC7), date_only=True)
    photos = [made("a.jpg", "A", time=time)]
    assert search(photos, "26 feb") == [0]
    assert search(photos, "00:00") == []


def test_photos_with_nothing_but_a_file_are_found_by_name() -> None:
    photos = [made("IMG_0001.jpg"), made("IMG_0002.jpg")]
    assert search(photos, "0002") == [1]


def test_ten_thousand_photos_with_haystacks_made_once() -> None:
    start = datetime(2019, 2, 26, 8, 0, tzinfo=UTC7)
    photos = [
        made(
            f"photos/{n:05d}.jpg",
            f"Photo {n:05d} on the road",
            credit="Agency/Someone",
            place="Hanoi" if n % 10 == 0 else "Road",
            time=TripTime(start + timedelta(minutes=n)),
        )
        for n in range(10_000)
    ]
    haystacks = [haystack(photo) for photo in photos]
    for typed in ("h", "ha", "han", "hano", "hanoi"):
        found = search(photos, typed, haystacks)
        assert found[:3] == [0, 10, 20]
    assert len(search(photos, "hanoi", haystacks)) == 1000
    assert search(photos, "09999", haystacks) == [9999]
    eight_oclock = [n for n in range(10_000) if (n // 60) % 24 == 0]  # every day, 08:00-08:59
    assert search(photos, "08:", haystacks) == eight_oclock
    assert search(photos, '"27 Feb 08:"', haystacks) == list(range(1440, 1500))
