"""Stories that are not stories, or hold what a trip cannot: each refused by name and place,
nothing written, nothing run, nothing fetched (``conftest.offline`` fails any connection)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.special import finishes, make_fifo, needs_special_files
from tests.webdesk.conftest import STORIES
from viewer.webdesk import story as story_module
from viewer.webdesk.story import StoryError
from viewer.webdesk.tomanifest import import_story


def event(**fields: Any) -> dict[str, Any]:
    made: dict[str, Any] = {"start_date": {"year": 2019, "month": 2, "day": 26}, "media": {"url": "a.jpg"}}
    made.update(fields)
    return made


def refused(folder: Path, document: Any, **options: Any) -> str:
    """The error importing ``document`` gives, after making sure nothing was written."""
    path = folder / "story.json"
    path.write_text(document if isinstance(document, str) else json.dumps(document), encoding="utf-8")
    with pytest.raises(StoryError) as caught:
        import_story(path, folder / "trip.yaml", **options)
    assert not (folder / "trip.yaml").exists()
    return str(caught.value).removeprefix(f"{path}: ")


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("", "not valid JSON: Expecting value at line 1, column 1"),
        ("<html>a page</html>", "not valid JSON: Expecting value at line 1, column 1"),
        ('{"events": [], "x": NaN}', "not valid JSON: NaN is not a JSON value"),
        ("[" * 100_000 + "]" * 100_000, "not a story: its JSON is nested too deep"),
        ([1, 2], "neither a TimelineJS story (it has no 'events') nor a StoryMapJS one (no 'storymap')"),
        (
            {"title": {"text": {"headline": "T"}}},
            "the story: a TimelineJS story needs an 'events' list; this one has none",
        ),
        ({"events": {"a": 1}}, "events: must be a list […], not an object"),
        ({"events": [{"media": {"url": "a.jpg"}}]}, "events[0]: an event needs a 'start_date'"),
        ({"events": [event(start_date={"month": 2})]}, "events[0].start_date: a date needs a 'year'"),
        (
            {"events": [event(start_date={"year": -5000000})]},
            "events[0].start_date.year: -5000000 is not a year a trip's calendar holds (1 to 9999)",
        ),
        (
            {"events": [event(start_date={"year": 2019, "month": 13, "day": 1})]},
            "events[0].start_date.month: 13 is not a month (1 to 12)",
        ),
        (
            {"events": [event(start_date={"year": 2019, "month": 2, "day": 30})]},
            "events[0].start_date.day: 2019-02 has no day 30",
        ),
        (
            {"events": [event(start_date={"year": 2019, "month": 2, "day": 3, "hour": "noon"})]},
            "events[0].start_date.hour: 'noon' is not a whole number",
        ),
        (
            {"events": [event(end_date={"year": 2019, "month": 0})]},
            "events[0].end_date.month: 0 is not a month (1 to 12)",
        ),
        ({"events": [], "eras": [{"start_date": {"year": 2019}}]}, "eras[0]: an era needs a 'end_date'"),
        (
            {"events": [event(media={"url": "javascript:alert(document.cookie)"})]},
            "events[0].media.url: a javascript: address is refused; media must be a web address "
            "(https://…, kept and never fetched) or a file beside the story",
        ),
        (
            {"events": [event(media={"url": "data:image/png;base64,AAAA"})]},
            "events[0].media.url: a data: address is refused; media must be a web address "
            "(https://…, kept and never fetched) or a file beside the story",
        ),
        (
            {"events": [event(media={"url": "../outside.jpg"})]},
            "events[0].media.url: '../outside.jpg' leaves the story's folder",
        ),
        ({"events": [event(media={"url": 7})]}, "events[0].media.url: must be text, not a number"),
        ({"events": [event(text={"headline": ["a"]})]}, "events[0].text.headline: must be text, not a list"),
        ({"storymap": []}, "storymap: must be an object {…}, not a list"),
        ({"storymap": {}}, "storymap: a StoryMapJS story needs a 'slides' list; this one has none"),
        (
            {"storymap": {"slides": [{"location": {"lat": 91, "lon": 0}, "media": {"url": "a.jpg"}}]}},
            "storymap.slides[0].location.lat: 91 is outside -90 to 90 degrees",
        ),
        (
            {"storymap": {"slides": [{"location": {"lat": "north", "lon": 0}}]}},
            "storymap.slides[0].location.lat: 'north' is not a number of degrees",
        ),
        (
            {"storymap": {"slides": [{"location": {"lat": 1}}]}},
            "storymap.slides[0].location: has no 'lon': a place needs both 'lat' and 'lon'",
        ),
        (
            {"events": [{"start_date": {"year": 2019}}]},
            "the story has no media, so the trip would have no photos",
        ),
    ],
)
def test_a_bad_story_is_refused_by_name_and_place(tmp_path: Path, document: Any, message: str) -> None:
    assert refused(tmp_path, document) == message


def test_ten_megabytes_of_html_in_a_headline_are_refused_before_they_are_parsed(tmp_path: Path) -> None:
    headline = "<p>" + "<b>news</b> " * (10 * 2**20 // 12) + "</p>"

    message = refused(tmp_path, {"events": [event(text={"headline": headline})]})

    assert (
        message
        == f"events[0].text.headline: is {len(headline):,} characters long; at most 10,000 can be shown"
    )


def test_a_story_of_the_other_kind_is_refused_when_a_kind_is_asked_for(tmp_path: Path) -> None:
    storymap = json.loads((STORIES / "storymap.json").read_text(encoding="utf-8"))
    timeline = json.loads((STORIES / "timeline.json").read_text(encoding="utf-8"))

    assert refused(tmp_path, storymap, kind="timeline") == "this is a StoryMapJS story, not a TimelineJS one"
    assert refused(tmp_path, timeline, kind="storymap") == "this is a TimelineJS story, not a StoryMapJS one"


def test_a_story_longer_than_the_cap_is_not_read_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(story_module, "MAX_STORY_BYTES", 1000)

    assert refused(tmp_path, {"events": [event(text={"text": "x" * 2000})]}) == (
        "more than 0 MB; is this the right file?"
    )


@needs_special_files
def test_a_named_pipe_for_a_story_is_refused_without_waiting(tmp_path: Path) -> None:
    make_fifo(tmp_path / "story.json")

    with pytest.raises(StoryError) as caught:
        finishes(lambda: import_story(tmp_path / "story.json", tmp_path / "trip.yaml"), tmp_path)

    assert str(caught.value) == f"{tmp_path / 'story.json'}: cannot read it: a named pipe (FIFO), not a file"


def test_an_existing_manifest_is_kept_without_force(tmp_path: Path) -> None:
    (tmp_path / "trip.yaml").write_text("mine", encoding="utf-8")
    (tmp_path / "story.json").write_text(json.dumps({"events": [event()]}), encoding="utf-8")

    with pytest.raises(StoryError, match="already exists; use --force to replace it"):
        import_story(tmp_path / "story.json", tmp_path / "trip.yaml")

    assert (tmp_path / "trip.yaml").read_text(encoding="utf-8") == "mine"
