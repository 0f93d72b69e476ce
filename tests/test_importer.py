"""``trip-viewer import``: a manifest written from the photos' own metadata, that loads and checks clean."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.photos import exif, iptc_block, photo, xmp
from viewer.check import run_check
from viewer.importer import FolderImportError, import_folder, import_main
from viewer.model.manifest import PHOTO_KEYS, load_manifest
from viewer.model.trip import TripTime

UTC7 = timezone(timedelta(hours=7))
# Import writes a photo's GPS position as ``at:``, which the manifest reader learns on the
# geomodel branch: until that is merged, a manifest holding one does not load. The lead
# merging both removes nothing: these tests then run by themselves.
loads_positions = pytest.mark.skipif(
    "at" not in PHOTO_KEYS, reason="the manifest reader does not know 'at:' yet (the geomodel branch)"
)


def hanoi_folder(folder: Path) -> Path:
    """Three photos from three standards and three offsets, named against their time order."""
    photo(
        folder / "a-hanoi.jpg",
        xmp_packet=xmp(
            description="Kim’s motorcade passes the Opera House in Hanoi.",
            credit="Reuters",
            creator="Ann Wang",
            date_created="2019-02-26T10:55:00+07:00",
            location="Hanoi Opera House",
            city="Hanoi",
        ),
    )
    photo(
        folder / "b-nanning.jpg",
        iptc=iptc_block(
            (1, 90, b"\x1b%G"),
            (2, 120, "Kim smokes at Nanning station."),
            (2, 110, "Reuters"),
            (2, 80, "Stringer"),
            (2, 55, "20190225"),
            (2, 60, "150000+0800"),
            (2, 90, "Nanning"),
        ),
    )
    photo(
        folder / "c-pyongyang.jpg",
        exif_block=exif(
            description="The train leaves Pyongyang.",
            artist="KCNA",
            taken="2019:02:23 17:00:00",
            offset="+09:00",
            gps=(39.0392, "N", 125.7625, "E"),
        ),
    )
    return folder


@loads_positions
def test_the_manifest_holds_what_the_photos_say_in_capture_order(tmp_path: Path) -> None:
    folder = hanoi_folder(tmp_path / "Hanoi summit")

    result = import_folder(folder)

    assert result.path == folder / "trip.yaml"
    assert (result.photos, result.missing, result.unreadable) == (3, {}, 0)
    trip = load_manifest(result.path)
    assert trip.title == "Hanoi summit"
    assert [(p.file, p.caption, p.credit, p.place) for p in trip.photos] == [
        ("c-pyongyang.jpg", "The train leaves Pyongyang.", "KCNA", "39.0392° N, 125.7625° E"),
        ("b-nanning.jpg", "Kim smokes at Nanning station.", "Reuters/Stringer", "Nanning"),
        (
            "a-hanoi.jpg",
            "Kim’s motorcade passes the Opera House in Hanoi.",
            "Reuters/Ann Wang",
            "Hanoi Opera House",
        ),
    ]
    assert [p.time for p in trip.photos] == [
        TripTime(datetime(2019, 2, 23, 17, tzinfo=timezone(timedelta(hours=9)))),
        TripTime(datetime(2019, 2, 25, 15, tzinfo=timezone(timedelta(hours=8)))),
        TripTime(datetime(2019, 2, 26, 10, 55, tzinfo=UTC7)),
    ]
    assert all(p.time is not None and not p.time.approximate for p in trip.photos)


@loads_positions
def test_the_result_passes_check(tmp_path: Path) -> None:
    folder = hanoi_folder(tmp_path / "trip")

    report = run_check(import_folder(folder).path)

    assert (report.findings, report.exit_code) == ((), 0)


def test_times_are_written_plain_with_their_offset(tmp_path: Path) -> None:
    folder = hanoi_folder(tmp_path / "trip")

    text = import_folder(folder).path.read_text(encoding="utf-8")

    assert "  time: 2019-02-23T17:00:00+09:00\n" in text
    assert text.startswith("# Written by trip-viewer import")
    assert "format: trip-viewer/1\n" in text
    assert "approximate" not in text


@pytest.mark.parametrize(
    "caption",
    [
        "Kim: arrives # not a comment",
        "- starts like a list item",
        "yes",
        "2019-02-26",
        "'quoted' and \"double\"",
        "Two lines\nof caption",
        "@ &anchor *alias !tag %directive",
        "Đồng Đăng — “Kim’s” train",
    ],
)
def test_any_text_survives_the_round_trip(tmp_path: Path, caption: str) -> None:
    photo(tmp_path / "a.jpg", xmp_packet=xmp(description=caption, credit=caption))

    trip = load_manifest(import_folder(tmp_path).path)

    assert (trip.photos[0].caption, trip.photos[0].credit) == (caption, caption)


def test_a_time_without_offset_is_left_out_unless_a_zone_is_given(tmp_path: Path) -> None:
    photo(
        tmp_path / "camera.jpg",
        xmp_packet=xmp(description="c", credit="AP"),
        exif_block=exif(taken="2019:02:26 08:15:00"),
    )

    without = import_folder(tmp_path)
    assert without.missing == {"time": 1, "place": 1}
    assert load_manifest(without.path).photos[0].time is None

    zoned = import_folder(tmp_path, force=True, zone=ZoneInfo("Asia/Ho_Chi_Minh"))
    trip = load_manifest(zoned.path)
    assert "time" not in zoned.missing
    assert trip.timezone == ZoneInfo("Asia/Ho_Chi_Minh")
    assert trip.photos[0].time is not None
    assert trip.photos[0].time.moment == datetime(2019, 2, 26, 8, 15, tzinfo=UTC7)
    assert "time: 2019-02-26T08:15:00+07:00" in zoned.path.read_text(encoding="utf-8")


@loads_positions
def test_a_manifest_above_the_folder_writes_paths_into_it(tmp_path: Path) -> None:
    hanoi_folder(tmp_path / "photos" / "day 3")

    result = import_folder(tmp_path / "photos" / "day 3", tmp_path / "journey.yaml")

    trip = load_manifest(result.path)
    assert trip.photos[0].file == "photos/day 3/c-pyongyang.jpg"
    assert trip.photos[0].path == tmp_path / "photos" / "day 3" / "c-pyongyang.jpg"


@pytest.mark.parametrize(
    ("output", "words"),
    [
        ("elsewhere/trip.yaml", "a manifest can only open photos in or below its own folder"),
        ("photos/cover.jpg", "this name is for a photo"),
        ("photos/album", "is a folder"),
    ],
)
def test_a_manifest_where_it_could_not_work_is_refused(tmp_path: Path, output: str, words: str) -> None:
    hanoi_folder(tmp_path / "photos")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "photos" / "album").mkdir()

    with pytest.raises(FolderImportError, match=words) as caught:
        import_folder(tmp_path / "photos", tmp_path / output)

    assert str(caught.value).startswith(str(tmp_path / output))
    assert not (tmp_path / "elsewhere" / "trip.yaml").exists()


@loads_positions
def test_an_existing_manifest_is_replaced_only_with_force(tmp_path: Path) -> None:
    hanoi_folder(tmp_path)
    existing = tmp_path / "trip.yaml"
    existing.write_text("hand-written\n", encoding="utf-8")

    with pytest.raises(FolderImportError, match="already exists; use --force to replace it"):
        import_folder(tmp_path)
    assert existing.read_text(encoding="utf-8") == "hand-written\n"

    import_folder(tmp_path, force=True)
    assert load_manifest(existing).photos[0].file == "c-pyongyang.jpg"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".jpg") == ["trip.yaml"]


@loads_positions
def test_photos_that_cannot_be_read_are_listed_and_counted(tmp_path: Path) -> None:
    hanoi_folder(tmp_path)
    (tmp_path / "broken.jpg").write_bytes(b"not a photo")

    result = import_folder(tmp_path)

    assert (result.photos, result.unreadable) == (4, 1)
    assert "broken.jpg" in [p.file for p in load_manifest(result.path).photos]


def test_odd_file_names_survive_the_round_trip(tmp_path: Path) -> None:
    for name in ("#1: start.jpg", "- dash.jpg", "yes.jpg", "Đồng Đăng 'q'.jpg"):
        photo(tmp_path / name, xmp_packet=xmp(description="c", credit="AP"))

    trip = load_manifest(import_folder(tmp_path).path)

    assert sorted(p.file for p in trip.photos) == [
        "#1: start.jpg",
        "- dash.jpg",
        "yes.jpg",
        "Đồng Đăng 'q'.jpg",
    ]
    assert all(p.path.is_file() for p in trip.photos)


@loads_positions
def test_a_link_out_of_the_manifests_folder_is_left_out(tmp_path: Path) -> None:
    hanoi_folder(tmp_path / "trip")
    outside = photo(tmp_path / "elsewhere.jpg")
    (tmp_path / "trip" / "linked.jpg").symlink_to(outside)

    result = import_folder(tmp_path / "trip")

    assert (result.photos, result.skipped) == (3, 1)
    assert "linked.jpg" not in [p.file for p in load_manifest(result.path).photos]


def test_a_folder_without_photos_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FolderImportError, match="no photos to import"):
        import_folder(tmp_path)
    with pytest.raises(FolderImportError, match="not a folder"):
        import_folder(tmp_path / "missing")


# -- the command --------------------------------------------------------------------------


def test_import_main_writes_and_says_what_it_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hanoi_folder(tmp_path)
    photo(tmp_path / "bare.jpg")

    status = import_main([str(tmp_path)])

    assert status == 0
    manifest = tmp_path / "trip.yaml"
    assert capsys.readouterr().out == (
        f"Wrote {manifest}: 4 photos (1 without a caption, 1 without a credit, 1 without a time, "
        f"1 without a place). Run 'trip-viewer check {manifest}' before presenting.\n"
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--timezone", "Asia/Hanio"], "trip-viewer import: --timezone: unknown time zone 'Asia/Hanio'"),
        (
            ["-o", "{tmp}/photos/deeper/trip.yaml"],
            "trip-viewer import: {tmp}/photos/deeper/trip.yaml: a manifest can only open photos in or below",
        ),
    ],
)
def test_import_main_refuses_with_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    hanoi_folder(tmp_path / "photos")

    status = import_main([str(tmp_path / "photos"), *(a.format(tmp=tmp_path) for a in arguments)])

    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith(message.format(tmp=tmp_path))
    assert err.count("\n") == 1


def test_import_main_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hanoi_folder(tmp_path)
    assert import_main([str(tmp_path)]) == 0
    capsys.readouterr()

    assert import_main([str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        f"trip-viewer import: {tmp_path / 'trip.yaml'}: already exists; use --force to replace it\n"
    )
    assert import_main([str(tmp_path), "--force"]) == 0
