"""``trip-viewer export --timeline/--storymap``: the trip as Knight Lab's JSON with web-sized photos,
valid against schemas written from Knight Lab's documentation, and read back by import unchanged."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from PIL import Image, ImageCms

from tests.photos import exif, photo
from tests.webdesk.conftest import STORIES
from viewer import paths
from viewer.model.manifest import load_manifest
from viewer.model.resolve import resolve_trip
from viewer.model.trip import Trip
from viewer.webdesk.tomanifest import import_story
from viewer.webexport import EXIT_LEFT_OUT, EXIT_WRITTEN, export_main

SCHEMAS = Path(__file__).parent / "schemas"


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@dataclass(frozen=True)
class SampleExport:
    trip: Trip
    folder: Path
    timeline: dict[str, Any]
    storymap: dict[str, Any]


@pytest.fixture(scope="module")
def sample_export(tmp_path_factory: pytest.TempPathFactory) -> SampleExport:
    """The sample trip exported once as both stories into one folder (the photos written once)."""
    folder = tmp_path_factory.mktemp("web")
    sample = paths.sample_trip()
    status = export_main(
        [
            str(sample),
            "--timeline",
            str(folder / "timeline.json"),
            "--storymap",
            str(folder / "storymap.json"),
        ]
    )
    assert status == EXIT_WRITTEN

    def read(name: str) -> dict[str, Any]:
        value: dict[str, Any] = json.loads((folder / name).read_text(encoding="utf-8"))
        return value

    return SampleExport(load_manifest(sample), folder, read("timeline.json"), read("storymap.json"))


@pytest.mark.parametrize(
    ("schema", "story"), [("timelinejs", "timeline.json"), ("storymapjs", "storymap.json")]
)
def test_the_example_stories_keep_to_the_schemas(schema: str, story: str) -> None:
    document = json.loads((STORIES / story).read_text(encoding="utf-8"))

    assert [error.message for error in validator(schema).iter_errors(document)] == []


def test_the_exports_keep_to_the_schemas(sample_export: SampleExport) -> None:
    assert [error.message for error in validator("timelinejs").iter_errors(sample_export.timeline)] == []
    assert [error.message for error in validator("storymapjs").iter_errors(sample_export.storymap)] == []


def test_the_schemas_refuse_what_knight_lab_does_not_read() -> None:
    timeline, storymap = validator("timelinejs"), validator("storymapjs")

    assert not timeline.is_valid({"title": {"text": {"headline": "no events"}}})
    assert not timeline.is_valid({"events": [{"text": {"headline": "no start_date"}}]})
    assert not timeline.is_valid({"events": [{"start_date": {"month": 2}}]})
    assert not timeline.is_valid({"events": [{"start_date": {"year": 2019}, "media": {"caption": "no url"}}]})
    assert not storymap.is_valid({"slides": []})
    assert not storymap.is_valid({"storymap": {"slides": [{"location": {"lat": 21.0}}]}})


def test_every_photo_is_a_relative_url_to_a_web_sized_jpeg_with_its_words(
    sample_export: SampleExport,
) -> None:
    events = [event for event in sample_export.timeline["events"] if "media" in event]
    resolved = resolve_trip(sample_export.trip)
    assert len(events) == len(resolved) == 13
    for event, shown in zip(events, resolved, strict=True):
        url = event["media"]["url"]
        assert url.startswith("media/") and url.endswith(".jpg")
        with Image.open(sample_export.folder / url) as image:
            assert (image.format, image.mode, max(image.size)) == ("JPEG", "RGB", 1600)
            profile = ImageCms.ImageCmsProfile(io.BytesIO(image.info["icc_profile"]))
            assert "sRGB" in ImageCms.getProfileDescription(profile)
        assert (event["media"]["caption"], event["media"]["credit"]) == (shown.caption, shown.credit)


def test_exiftool_reads_the_caption_credit_and_time_in_each_photo(sample_export: SampleExport) -> None:
    tool = shutil.which("exiftool")
    if tool is None:
        pytest.skip("exiftool is not installed (Debian: libimage-exiftool-perl)")
    media = sorted((sample_export.folder / "media").iterdir())
    done = subprocess.run(
        [tool, "-j", "-Description", "-Credit", "-DateTimeOriginal", "-OffsetTimeOriginal", *map(str, media)],
        capture_output=True,
        text=True,
        check=True,
    )
    said = json.loads(done.stdout)
    first = sample_export.trip.photos[0]
    assert said[0]["Description"] == first.caption
    assert said[0]["Credit"] == first.credit == "Reuters/Stringer"
    assert (said[0]["DateTimeOriginal"], said[0]["OffsetTimeOriginal"]) == ("2019:02:26 08:15:00", "+07:00")
    assert [entry["Credit"] for entry in said] == [shown.credit for shown in resolve_trip(sample_export.trip)]


@pytest.mark.parametrize("kind", ["timeline", "storymap"])
def test_export_then_import_gives_back_captions_credits_times_and_places(
    sample_export: SampleExport, kind: str, tmp_path: Path
) -> None:
    story = sample_export.folder / f"{kind}.json"
    manifest = sample_export.folder / f"{kind}-{tmp_path.name}.yaml"

    back = load_manifest(import_story(story, manifest).path)

    original = resolve_trip(sample_export.trip)
    assert [(p.caption, p.credit, p.place, p.notes) for p in back.photos] == [
        (shown.caption, shown.credit, shown.place, shown.photo.notes) for shown in original
    ]
    assert [p.time for p in back.photos] == [shown.time for shown in original]  # same instants, approx. kept
    assert [p.time and p.time.offset for p in back.photos] == [s.time and s.time.offset for s in original]
    assert back.title == sample_export.trip.title
    assert back.attribution == sample_export.trip.attribution
    assert back.timezone == sample_export.trip.timezone
    assert [(stop.name, stop.time) for stop in back.stops] == [
        (stop.name, stop.time) for stop in sample_export.trip.stops
    ]
    # Each time at its own UTC offset too (UTC+9 in Pyongyang), though TimelineJS has one zone.
    assert [stop.time and stop.time.offset for stop in back.stops] == [
        stop.time and stop.time.offset for stop in sample_export.trip.stops
    ]
    if kind == "storymap":  # TimelineJS has no places on a map
        assert [p.position for p in back.photos] == [shown.position for shown in original]
        assert [stop.position for stop in back.stops] == [stop.position for stop in sample_export.trip.stops]
    for mine, theirs in zip(back.photos, original, strict=True):
        with Image.open(mine.path) as image:
            assert max(image.size) == 1600, theirs.photo.file


def test_photos_are_upright_and_scaled_only_down(tmp_path: Path) -> None:
    trip = tmp_path / "trip"
    photo(trip / "sideways.jpg", size=(40, 20), exif_block=exif(orientation=6, description="Turned"))
    photo(trip / "wide.png", size=(3200, 800))
    (trip / "trip.yaml").write_text(
        "format: trip-viewer/1\nphotos:\n"
        "  - {file: sideways.jpg, credit: AP, time: 2019-02-26}\n"
        "  - {file: wide.png, caption: Wide, credit: AP, time: 2019-02-27T10:00+07:00}\n",
        encoding="utf-8",
    )

    assert export_main([str(trip), "--timeline", str(tmp_path / "out" / "story.json")]) == EXIT_WRITTEN

    with Image.open(tmp_path / "out" / "media" / "01-sideways.jpg") as image:
        assert image.size == (20, 40)
        assert image.getexif().get(0x0112) is None  # no orientation left to apply twice
    with Image.open(tmp_path / "out" / "media" / "02-wide.jpg") as image:
        assert image.size == (1600, 400)


def test_a_missing_photo_keeps_its_web_address_and_one_without_is_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo(tmp_path / "here.jpg")
    (tmp_path / "trip.yaml").write_text(
        "format: trip-viewer/1\nphotos:\n"
        "  - {file: here.jpg, credit: AP, time: 2019-02-26}\n"
        "  - {file: media/02-opera.jpg, credit: AP, time: 2019-02-26, url: 'https://example.com/opera.jpg'}\n"
        "  - {file: gone.jpg, credit: AP, time: 2019-02-27}\n",
        encoding="utf-8",
    )

    status = export_main([str(tmp_path), "--timeline", str(tmp_path / "out" / "story.json")])

    assert status == EXIT_LEFT_OUT
    assert "trip-viewer export: left out gone.jpg: the file is missing" in capsys.readouterr().err
    story = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    urls = [event["media"]["url"] for event in story["events"] if "media" in event]
    assert urls == ["media/01-here.jpg", "https://example.com/opera.jpg"]


def test_asking_for_nothing_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export_main([str(paths.sample_trip())]) == 2
    assert "say what to write: --timeline, --storymap or --html" in capsys.readouterr().err
