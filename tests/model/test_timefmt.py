"""Tests for the time labels: offsets, local times, day and clock labels."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from viewer.model.timefmt import (
    ENGLISH,
    DateWords,
    clock_label,
    date_label,
    day_label,
    format_offset,
    local_label,
)
from viewer.model.trip import TripTime


def at(text: str, *, date_only: bool = False, approximate: bool = False) -> TripTime:
    return TripTime(datetime.fromisoformat(text), date_only=date_only, approximate=approximate)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (timedelta(hours=7), "UTC+7"),
        (timedelta(hours=9), "UTC+9"),
        (timedelta(0), "UTC"),
        (timedelta(hours=5, minutes=30), "UTC+5:30"),
        (timedelta(hours=5, minutes=45), "UTC+5:45"),
        (timedelta(hours=-3), "UTC-3"),
        (timedelta(hours=-3, minutes=-30), "UTC-3:30"),
        (timedelta(hours=14), "UTC+14"),
    ],
)
def test_format_offset(offset: timedelta, expected: str) -> None:
    assert format_offset(offset) == expected


def test_local_label_uses_the_offset_it_was_taken_in() -> None:
    assert local_label(at("2019-02-26T08:15+07:00")) == "26 Feb 08:15 (UTC+7)"
    assert local_label(at("2019-02-23T17:00+09:00")) == "23 Feb 17:00 (UTC+9)"


def test_local_label_marks_approximate_times() -> None:
    label = local_label(at("2019-02-26T08:15+07:00", approximate=True))
    assert label == "26 Feb 08:15 (UTC+7, approx.)"


def test_local_label_in_another_zone() -> None:
    pyongyang = at("2019-02-23T17:00+09:00")
    assert local_label(pyongyang, ZoneInfo("Asia/Ho_Chi_Minh")) == "23 Feb 15:00 (UTC+7)"
    assert local_label(pyongyang, UTC) == "23 Feb 08:00 (UTC)"


def test_local_label_in_a_zone_follows_its_dst() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert local_label(at("2019-03-31T00:30Z"), berlin) == "31 Mar 01:30 (UTC+1)"
    assert local_label(at("2019-03-31T01:30Z"), berlin) == "31 Mar 03:30 (UTC+2)"


def test_local_label_with_year() -> None:
    label = local_label(at("2019-02-26T08:15+07:00"), with_year=True)
    assert label == "26 Feb 2019 08:15 (UTC+7)"


def test_date_only_label_has_no_hour_and_is_not_converted() -> None:
    time = at("2019-02-26T00:00+07:00", date_only=True)
    assert local_label(time) == "26 Feb (time unknown)"
    # Moved to UTC-5 the midnight would fall on the 25th: the date stays as written.
    assert local_label(time, timezone(timedelta(hours=-5))) == "26 Feb (time unknown)"
    approximate = at("2019-02-26T00:00+07:00", date_only=True, approximate=True)
    assert local_label(approximate, with_year=True) == "26 Feb 2019 (time unknown, approx.)"


def test_day_and_clock_labels() -> None:
    moment = datetime.fromisoformat("2019-02-23T08:05+07:00")
    assert day_label(moment) == "Sat 23 Feb"
    assert day_label(moment, with_year=True) == "Sat 23 Feb 2019"
    assert date_label(moment) == "23 Feb"
    assert clock_label(moment) == "08:05"
    assert day_label(datetime.fromisoformat("2019-12-01T23:59+01:00")) == "Sun 1 Dec"


# The words Qt's locale gives for Korean and German (viewer.gui.language.date_words), written out:
# the model only places them.
KOREAN = DateWords(
    months=tuple(f"{month}월" for month in range(1, 13)),
    short_months=tuple(f"{month}월" for month in range(1, 13)),
    weekdays=("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),
    short_weekdays=("월", "화", "수", "목", "금", "토", "일"),
    date="{month} {day}일",
    date_year="{year}년 {month} {day}일",
    day="{date} ({weekday})",
    time_unknown="시간 모름",
    approximate="추정",
)
GERMAN = replace(
    ENGLISH,
    short_months=(
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ),
    short_weekdays=("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    date="{day}. {month}",
    date_year="{day}. {month} {year}",
    day="{weekday}, {date}",
    approximate="ca.",
)


def test_labels_in_another_language_follow_its_order_and_words() -> None:
    moment = datetime(2019, 2, 23, 8, 15)
    assert day_label(moment, words=KOREAN) == "2월 23일 (토)"
    assert date_label(moment, with_year=True, words=KOREAN) == "2019년 2월 23일"
    assert day_label(moment, words=GERMAN) == "Sa, 23. Feb."
    assert (
        local_label(at("2019-02-26T08:15+07:00", approximate=True), words=GERMAN)
        == "26. Feb. 08:15 (UTC+7, ca.)"
    )
    assert local_label(at("2019-02-26T00:00+07:00", date_only=True), words=KOREAN) == "2월 26일 (시간 모름)"
