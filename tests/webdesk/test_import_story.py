"""``trip-viewer import story.json``: TimelineJS and StoryMapJS stories become trips, offline."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.photos import photo
from tests.test_cli import run_cli
from tests.webdesk.conftest import story_folder
from viewer.check import run_check
from viewer.model.geo import LatLon
from viewer.model.manifest import load_manifest
from viewer.model.trip import Stop, TripTime
from viewer.webdesk.tomanifest import import_story, summary

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
OPERA_URL = "https://images.example.com/hanoi/Opera%20House.jpg?w=1200"


def test_a_timeline_story_becomes_a_trip_in_the_zone_given(tmp_path: Path) -> None:
    story = story_folder(tmp_path, "timeline.json") / "timeline.json"

    result = import_story(story, tmp_path / "trip.yaml", zone=HANOI)
    trip = load_manifest(result.path)

    assert trip.title == "Kim Jong Un’s train to Hanoi"
    assert trip.notes is not None and trip.notes.startswith("A 70-hour rail journey, written for")
    assert trip.timezone == HANOI
    cover, arrival, opera, dinner = trip.photos
    assert (cover.file, cover.caption, cover.credit, cover.time) == (
        "photos/00-cover.jpg",
        "The train at Pyongyang station.",
        "KCNA via Reuters",  # the link became its words
        None,
    )
    assert (arrival.caption, arrival.credit) == (
        "Kim arrives by train at Dong Dang, Vietnam.",
        "Reuters/Stringer",
    )
    assert arrival.time == TripTime(datetime(2019, 2, 26, 8, 15, tzinfo=HANOI), approximate=True)
    assert arrival.notes == (
        "Arrival at Dong Dang\nThe train pulls in after more than two days.\n"
        "Officials wait & wave.\nGroup: Vietnam"
    )
    # Only at a web address: listed to be saved under media/, the address kept, nothing fetched.
    assert (opera.file, opera.url, opera.caption, opera.credit) == (
        "media/03-Opera-House.jpg",
        OPERA_URL,
        "Motorcade reaches Hanoi",
        "AP/Minh Hoang",
    )
    assert dinner.time is not None and dinner.time.date_only
    assert dinner.time.moment.date().isoformat() == "2019-02-27"
    # An event without media and an era are marks on the strip, in time order.
    assert trip.stops == (
        Stop("On the train", TripTime(datetime(2019, 2, 23, 12, tzinfo=HANOI), date_only=True)),
        Stop("Departure from Pyongyang", TripTime(datetime(2019, 2, 23, 17, tzinfo=HANOI))),
    )
    assert (result.photos, result.stops, result.web, result.absent) == (4, 2, 1, 1)


def test_without_a_zone_timeline_dates_are_placed_in_utc_and_the_manifest_says_so(tmp_path: Path) -> None:
    story = story_folder(tmp_path, "timeline.json") / "timeline.json"

    result = import_story(story, tmp_path / "trip.yaml")

    text = result.path.read_text(encoding="utf-8")
    assert "# TimelineJS dates carry no time zone: they were placed in UTC" in text
    assert "timezone:" not in text
    arrival = load_manifest(result.path).photos[1]
    assert arrival.time is not None and arrival.time.moment == datetime(2019, 2, 26, 8, 15, tzinfo=UTC)
    assert "times placed in UTC" in summary(result)


def test_a_storymap_story_gives_positions_places_and_stops(tmp_path: Path) -> None:
    story = story_folder(tmp_path, "storymap.json") / "storymap.json"

    trip = load_manifest(import_story(story, tmp_path / "trip.yaml").path)

    assert trip.title == "The road to Hanoi"
    arrival, opera, dinner = trip.photos
    assert (arrival.place, arrival.position) == ("Dong Dang station", LatLon(21.954, 106.704))
    assert arrival.time == TripTime(
        datetime(2019, 2, 26, 8, 15, tzinfo=timezone(timedelta(hours=7))), approximate=True
    )
    assert (opera.file, opera.url, opera.place) == (
        "media/02-opera.jpg",
        "https://images.example.com/hanoi/opera.jpg",
        "Hanoi Opera House",
    )
    assert opera.time is not None and opera.time.date_only  # "February 26, 2019"
    assert dinner.time is None and dinner.notes == "Dinner\nDate: the next evening"  # kept, not guessed
    (pyongyang,) = trip.stops
    assert (pyongyang.name, pyongyang.position) == ("Pyongyang", LatLon(39.03, 125.746))
    assert pyongyang.time == TripTime(datetime(2019, 2, 23, 17, tzinfo=timezone(timedelta(hours=9))))


def test_check_names_the_photo_only_on_the_web_with_its_address(tmp_path: Path) -> None:
    story = story_folder(tmp_path, "timeline.json") / "timeline.json"
    manifest = import_story(story, tmp_path / "trip.yaml", zone=HANOI).path

    report = run_check(manifest)

    said = {finding.file: finding.message for finding in report.findings if finding.field == "file"}
    assert said["media/03-Opera-House.jpg"] == (
        f"the file is missing; the web story has it at {OPERA_URL} (not fetched): "
        "save it as media/03-Opera-House.jpg"
    )
    assert said["photos/00-cover.jpg"] == "the file is missing"


def test_the_command_imports_a_story_and_refuses_a_bad_one(tmp_path: Path, basedir: Path) -> None:
    story_folder(tmp_path, "timeline.json")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")

    done = run_cli(
        "import", str(tmp_path / "timeline.json"), "--timezone", "Asia/Ho_Chi_Minh", basedir=basedir
    )
    refused = run_cli("import", str(tmp_path / "bad.json"), "-o", str(tmp_path / "b.yaml"), basedir=basedir)

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Wrote {tmp_path / 'trip.yaml'} from a TimelineJS story: 4 photos")
    assert refused.returncode == 2
    assert refused.stderr == (
        f"trip-viewer import: {tmp_path / 'bad.json'}: not valid JSON: "
        "Expecting property name enclosed in double quotes at line 1, column 2\n"
    )
    assert not (tmp_path / "b.yaml").exists()


def test_a_story_from_knight_labs_spreadsheet_with_blank_cells_imports(tmp_path: Path) -> None:
    """The Google Sheets template writes every column, blank ones as "" and numbers as text."""
    photo(tmp_path / "a.jpg")
    blank_media = {"url": "", "caption": "", "credit": ""}
    story = {
        "title": {"text": {"headline": "Sheet", "text": ""}, "media": blank_media},
        "events": [
            {
                "start_date": {
                    "year": "2019",
                    "month": "02",
                    "day": "26",
                    "hour": "",
                    "minute": "",
                    "second": "",
                },
                "end_date": {"year": "", "month": "", "day": ""},
                "display_date": "",
                "text": {"headline": "Arrival", "text": ""},
                "media": {"url": "a.jpg", "caption": "", "credit": "Reuters", "thumbnail": ""},
                "group": "",
                "background": {"color": ""},
                "unique_id": "arrival",
            },
            {
                "start_date": {"year": "2019", "month": "2", "day": "26", "hour": "10", "minute": "55"},
                "text": {"headline": "No photo in this row", "text": ""},
                "media": blank_media,
            },
        ],
    }
    path = tmp_path / "sheet.json"
    path.write_text(json.dumps(story), encoding="utf-8")

    trip = load_manifest(import_story(path, tmp_path / "trip.yaml").path)

    (arrival,) = trip.photos
    assert (arrival.caption, arrival.credit, arrival.notes) == ("Arrival", "Reuters", None)
    assert arrival.time == TripTime(datetime(2019, 2, 26, 12, tzinfo=UTC), date_only=True)
    assert [stop.name for stop in trip.stops] == ["No photo in this row"]
