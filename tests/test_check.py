"""``trip-viewer check``: every finding the preflight promises, its output, and its exit status."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import REPO
from tests.photos import exif, photo, xmp
from viewer.check import CheckReport, Finding, check_main, credits_agree, format_text, run_check, to_json

SAMPLE = REPO / "resources" / "sample-trip"
HEAD = "format: trip-viewer/1\ntitle: Test trip\n"


def wire(path: Path, credit: str = "Reuters", creator: str | None = "Ann Wang", **more: str) -> Path:
    """A photo with caption, credit and time embedded, as wire photos arrive."""
    packet = xmp(
        description=more.get("caption", "Kim arrives"),
        credit=credit,
        creator=creator,
        date_created=more.get("time", "2019-02-26T08:15:00+07:00"),
    )
    return photo(path, xmp_packet=packet)


def manifest(folder: Path, photos: str, head: str = HEAD) -> Path:
    path = folder / "trip.yaml"
    path.write_text(head + "photos:\n" + photos, encoding="utf-8")
    return path


def found(report: CheckReport) -> list[tuple[str, str, str]]:
    return [(finding.severity, finding.file, finding.field) for finding in report.findings]


# -- clean, and the sample trip ---------------------------------------------------------------


def test_a_trip_with_everything_in_place_is_clean(tmp_path: Path) -> None:
    wire(tmp_path / "a.jpg")
    wire(tmp_path / "b.jpg", time="2019-02-26T09:00:00+07:00", caption="Kim waves")
    path = manifest(tmp_path, "  - file: a.jpg\n  - file: b.jpg\n    credit: Reuters/Ann Wang\n")

    report = run_check(path)

    assert (report.findings, report.photos, report.exit_code) == ((), 2, 0)
    assert format_text(report) == f"{path}: 2 photos checked: no problems found\n"


def test_the_sample_trip_has_one_warning_pompeo_listed_after_the_evening(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = check_main([str(SAMPLE)])

    *findings, summary = capsys.readouterr().out.splitlines()
    assert status == 1
    assert summary == f"{SAMPLE / 'trip.yaml'}: 13 photos checked: 1 warning"
    (line,) = findings
    assert ": photos/12-pompeo-at-noi-bai.jpg: warning: order: listed after photo 11 " in line
    assert line.endswith("but taken earlier (26 Feb 13:00 (UTC+7, approx.))")


# -- files ------------------------------------------------------------------------------------


def test_missing_and_unreadable_files_are_errors_naming_them(tmp_path: Path) -> None:
    wire(tmp_path / "good.jpg")
    (tmp_path / "notes.jpg").write_text("not a photo", encoding="utf-8")
    (tmp_path / "scan.jpg").write_bytes(b"%PDF-1.7 ...")
    path = manifest(
        tmp_path,
        "  - file: good.jpg\n"
        "  - file: gone.jpg\n    caption: Still listed\n    credit: AP\n"
        "  - file: notes.jpg\n"
        "  - file: scan.jpg\n",
    )

    report = run_check(path)

    assert [(f.severity, f.file, f.field, f.message, f.photo, f.line) for f in report.findings] == [
        ("error", "gone.jpg", "file", "the file is missing", 2, 5),
        (
            "error",
            "notes.jpg",
            "format",
            "not a photo in a format the viewer can read (JPEG, PNG, TIFF, WebP, HEIC)",
            3,
            8,
        ),
        ("error", "scan.jpg", "format", "PDF document files cannot be shown; convert it to JPEG", 4, 9),
    ]
    assert report.exit_code == 2


def test_a_photo_too_large_to_show_safely_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    photo(tmp_path / "large.png", size=(40, 30), xmp_packet=xmp(description="Large", credit="AP"))
    photo(tmp_path / "huge.png", size=(100, 100), xmp_packet=xmp(description="Huge", credit="AP"))
    path = manifest(
        tmp_path, "  - {file: large.png, time: 2019-02-26}\n  - {file: huge.png, time: 2019-02-26}\n"
    )
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)

    with caplog.at_level(logging.INFO, logger="viewer.photos"):
        report = run_check(path)

    (large, huge) = report.findings
    assert (large.severity, large.field) == ("error", "size")  # the viewer refuses to decode it
    assert large.message.startswith("40×30 is 0 megapixels, more than the 0 that can be shown safely")
    assert (huge.severity, huge.field) == ("error", "size")
    assert "too many pixels to show safely" in huge.message
    # Pillow's own DecompressionBombWarning is logged naming the photo; the size finding says it better.
    logged = [message for message in caplog.messages if "decompression bomb" in message]
    assert logged and all(message.startswith(str(tmp_path / "large.png")) for message in logged)


# -- captions and credits -------------------------------------------------------------------


def test_missing_captions_are_warnings_and_missing_credits_errors(tmp_path: Path) -> None:
    photo(tmp_path / "bare.jpg", exif_block=exif(taken="2019:02:26 08:15:00", offset="+07:00"))
    path = manifest(tmp_path, "  - file: bare.jpg\n")

    report = run_check(path)

    assert [(f.severity, f.field, f.message) for f in report.findings] == [
        ("warning", "caption", "no caption in the manifest or the photo"),
        ("error", "credit", "no credit in the manifest or the photo"),
    ]


def test_a_manifest_credit_the_photo_contradicts_is_an_error_naming_both(tmp_path: Path) -> None:
    wire(tmp_path / "a.jpg", credit="Reuters", creator="Jorge Silva")
    path = manifest(tmp_path, "  - file: a.jpg\n    credit: Reuters/Ann Wang\n")

    (finding,) = run_check(path).findings

    assert (finding.severity, finding.field, finding.photo, finding.line) == ("error", "credit", 1, 4)
    assert (
        finding.message
        == "the manifest says 'Reuters/Ann Wang' but the photo's XMP says 'Reuters/Jorge Silva'"
    )


@pytest.mark.parametrize(
    ("ours", "theirs", "agree"),
    [
        ("Reuters/Ann Wang", "Reuters/Ann Wang", True),
        ("REUTERS / ann wang", "Reuters/Ann Wang", True),
        ("Reuters", "Reuters/Ann Wang", True),
        ("AP Photo/Minh Hoang", "AP/Minh Hoang", True),
        ("Reuters via Yonhap", "Reuters", True),
        ("Reuters/Nhan Sáng", "Reuters/Nhan Sang", True),
        ("Reuters/Ann Wang", "Reuters/Jorge Silva", False),
        ("AP", "Reuters", False),
    ],
)
def test_credits_agree_when_one_names_no_one_the_other_does_not(ours: str, theirs: str, agree: bool) -> None:
    assert credits_agree(ours, theirs) is agree
    assert credits_agree(theirs, ours) is agree


# -- times and order --------------------------------------------------------------------------


def test_a_photo_without_a_time_is_a_warning_and_one_without_an_offset_says_how_to_fix_it(
    tmp_path: Path,
) -> None:
    photo(tmp_path / "none.jpg", xmp_packet=xmp(description="c", credit="AP"))
    photo(
        tmp_path / "camera.jpg",
        xmp_packet=xmp(description="c", credit="AP"),
        exif_block=exif(taken="2019:02:26 08:15:00"),
    )
    path = manifest(tmp_path, "  - file: none.jpg\n  - file: camera.jpg\n")

    report = run_check(path)

    assert [(f.file, f.field, f.message) for f in report.findings] == [
        ("none.jpg", "time", "no time in the manifest or the photo; it is drawn between its neighbours"),
        (
            "camera.jpg",
            "time",
            "the photo's time 2019-02-26 08:15 has no UTC offset; "
            "set the trip's 'timezone' or give the photo a 'time'",
        ),
    ]
    zoned = manifest(tmp_path, "  - file: camera.jpg\n", HEAD + "timezone: Asia/Ho_Chi_Minh\n")
    assert run_check(zoned).findings == ()


def test_every_pair_listed_against_capture_time_is_a_warning(tmp_path: Path) -> None:
    times = {
        "a": "2019-02-26T10:00:00+07:00",
        "b": "2019-02-26T18:00:00+07:00",
        "c": "2019-02-26T13:00:00+07:00",  # before b
        "d": "2019-02-26T16:00:00+07:00",  # after c: fine
        "e": "2019-02-26T09:00:00+07:00",  # before d
    }
    for name, time in times.items():
        wire(tmp_path / f"{name}.jpg", time=time)
    photo(tmp_path / "untimed.jpg", xmp_packet=xmp(description="c", credit="AP"))
    path = manifest(
        tmp_path,
        "".join(f"  - file: {name}.jpg\n" for name in "abc")
        + "  - file: untimed.jpg\n"
        + "".join(f"  - file: {name}.jpg\n" for name in "de")
        + "  - {file: a.jpg, time: 2019-02-26T17:00+08:00}\n",  # the manifest's time counts: 16:00 UTC+7
    )

    orders = [f for f in run_check(path).findings if f.field == "order"]

    assert [(f.file, f.photo) for f in orders] == [("c.jpg", 3), ("e.jpg", 6)]
    assert orders[0].message == (
        "listed after photo 2 (b.jpg, 26 Feb 18:00 (UTC+7)) but taken earlier (26 Feb 13:00 (UTC+7))"
    )


# -- duplicates -----------------------------------------------------------------------------


def test_the_same_file_twice_and_the_same_bytes_twice_are_duplicates(tmp_path: Path) -> None:
    wire(tmp_path / "a.jpg")
    (tmp_path / "copy.jpg").write_bytes((tmp_path / "a.jpg").read_bytes())
    wire(tmp_path / "other.jpg", caption="Kim arrivez")  # the same size, one byte apart
    path = manifest(tmp_path, "  - file: a.jpg\n  - file: ./a.jpg\n  - file: copy.jpg\n  - file: other.jpg\n")

    duplicates = [(f.file, f.message) for f in run_check(path).findings if f.field == "duplicate"]

    assert duplicates == [
        ("./a.jpg", "the same file as photo 1 (a.jpg)"),
        ("copy.jpg", "the same picture as photo 1 (a.jpg), byte for byte"),
    ]


# -- manifests that do not load ---------------------------------------------------------------


def test_every_unknown_key_is_an_error_with_its_place_and_the_rest_is_still_checked(tmp_path: Path) -> None:
    wire(tmp_path / "a.jpg")
    path = manifest(
        tmp_path,
        "  - file: a.jpg\n    captoin: Typo\n  - file: gone.jpg\n    credit: AP\n    caption: c\n",
        HEAD + "timezon: Asia/Ho_Chi_Minh\n",
    )

    report = run_check(path)

    assert [(f.severity, f.field, f.line, f.column, f.message) for f in report.findings[:2]] == [
        ("error", "manifest", 3, 1, "unknown key 'timezon' in the manifest; did you mean 'timezone'?"),
        ("error", "manifest", 6, 5, "unknown key 'captoin' in a photo; did you mean 'caption'?"),
    ]
    assert found(report)[2:] == [("error", "gone.jpg", "file")]
    assert format_text(report).splitlines()[0] == (
        f"{path}:3:1: error: manifest: unknown key 'timezon' in the manifest; did you mean 'timezone'?"
    )


def test_a_manifest_that_does_not_load_is_one_error_with_line_and_column(tmp_path: Path) -> None:
    path = manifest(tmp_path, "  - file: [unclosed\n")

    report = run_check(path)

    (finding,) = report.findings
    assert (finding.severity, finding.file, finding.field, finding.line) == (
        "error",
        str(path),
        "manifest",
        5,
    )
    assert finding.message.startswith("invalid YAML")
    assert (report.photos, report.exit_code) == (0, 2)


def test_a_path_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    report = run_check(tmp_path / "nowhere.yaml")

    (finding,) = report.findings
    assert finding.message.startswith("cannot read the manifest")
    assert report.exit_code == 2


# -- folders, output, and never writing ---------------------------------------------------------


def test_a_folder_without_manifest_is_checked_from_the_photos_alone(tmp_path: Path) -> None:
    wire(tmp_path / "a.jpg")
    photo(tmp_path / "b.jpg", exif_block=exif(taken="2019:02:26 09:00:00", offset="+07:00"))

    report = run_check(tmp_path)

    assert report.source == tmp_path
    assert found(report) == [("warning", "b.jpg", "caption"), ("error", "b.jpg", "credit")]
    assert format_text(report).splitlines() == [
        "b.jpg: warning: caption: no caption in the manifest or the photo",
        "b.jpg: error: credit: no credit in the manifest or the photo",
        f"{tmp_path}: 2 photos checked: 1 error, 1 warning",
    ]


def test_json_output_is_for_scripts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photo(tmp_path / "a.jpg", xmp_packet=xmp(credit="AP", date_created="2019-02-26T08:15:00+07:00"))
    path = manifest(tmp_path, "  - file: a.jpg\n")

    status = check_main([str(path), "--json"])

    report = json.loads(capsys.readouterr().out)
    assert status == 1
    assert report == {
        "source": str(path),
        "photos": 1,
        "errors": 0,
        "warnings": 1,
        "exit_code": 1,
        "findings": [
            {
                "severity": "warning",
                "file": "a.jpg",
                "field": "caption",
                "message": "no caption in the manifest or the photo",
                "line": 4,
                "column": None,
                "photo": 1,
            }
        ],
    }


@pytest.mark.parametrize(
    ("findings", "status"),
    [
        ((), 0),
        ((Finding("warning", "a.jpg", "caption", "no caption"),), 1),
        ((Finding("warning", "a.jpg", "caption", "x"), Finding("error", "a.jpg", "credit", "y")), 2),
    ],
)
def test_exit_status_is_0_clean_1_warnings_2_errors(findings: tuple[Finding, ...], status: int) -> None:
    report = CheckReport(Path("trip.yaml"), 1, findings)

    assert report.exit_code == status
    assert json.loads(to_json(report))["exit_code"] == status


def test_usage_errors_and_help_return_a_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_main([]) == 2
    assert "MANIFEST|FOLDER" in capsys.readouterr().err
    assert check_main(["--help"]) == 0
    assert "Exit status: 0 clean, 1 warnings only, 2 errors" in capsys.readouterr().out


def test_the_check_never_writes_anything(tmp_path: Path, basedir: Path) -> None:
    wire(tmp_path / "a.jpg")
    (tmp_path / "b.jpg").write_bytes(b"broken")
    path = manifest(tmp_path, "  - file: a.jpg\n  - file: b.jpg\n  - file: a.jpg\n")

    def snapshot() -> list[tuple[str, int, int]]:
        return sorted(
            (str(p), p.stat().st_size, p.stat().st_mtime_ns)
            for root in (tmp_path, basedir)
            for p in root.rglob("*")
        )

    before = snapshot()
    run_check(path)
    run_check(tmp_path)

    assert snapshot() == before


# -- positions: the photos' GPS against the route ------------------------------------------------

ROUTE_HEAD = HEAD + (
    "stops:\n"
    "  - {name: Dong Dang, time: 2019-02-26T08:00+07:00, at: [21.955, 106.703]}\n"
    "  - {name: Hanoi, time: 2019-02-26T11:00+07:00, at: [21.028, 105.854]}\n"
)


def gps_photo(path: Path, latitude: float, longitude: float, taken: str = "2019:02:26 09:30:00") -> Path:
    """A wire photo whose camera wrote its GPS and a time with its offset."""
    north, east = ("N" if latitude >= 0 else "S"), ("E" if longitude >= 0 else "W")
    return photo(
        path,
        exif_block=exif(taken=taken, offset="+07:00", gps=(abs(latitude), north, abs(longitude), east)),
        xmp_packet=xmp(description="On the road", credit="Reuters", creator="Ann Wang"),
    )


def test_a_photo_whose_gps_is_far_from_the_route_at_its_time_is_a_warning(tmp_path: Path) -> None:
    gps_photo(tmp_path / "road.jpg", 21.49, 106.28)  # half-way, at half past nine: where the route is
    gps_photo(tmp_path / "paris.jpg", 48.8566, 2.3522)  # the same time, in Paris
    report = run_check(manifest(tmp_path, "  - file: road.jpg\n  - file: paris.jpg\n", ROUTE_HEAD))

    assert found(report) == [("warning", "paris.jpg", "position")]
    (far,) = report.findings
    assert "48.8566, 2.3522" in far.message and "km from where the route has it" in far.message
    assert int(far.message.split(" km ")[0].rsplit(" ", 1)[-1].replace(",", "")) > 9_000


def test_a_position_the_manifest_gives_is_not_checked_against_the_gps(tmp_path: Path) -> None:
    gps_photo(tmp_path / "paris.jpg", 48.8566, 2.3522)
    report = run_check(manifest(tmp_path, "  - file: paris.jpg\n    at: [21.5, 106.3]\n", ROUTE_HEAD))

    assert found(report) == []


def test_a_route_file_that_cannot_be_read_is_a_warning_naming_it(tmp_path: Path) -> None:
    gps_photo(tmp_path / "road.jpg", 21.49, 106.28)
    (tmp_path / "route.gpx").write_text("<gpx><trk><trkseg><trkpt lat='x'", encoding="utf-8")
    report = run_check(manifest(tmp_path, "  - file: road.jpg\n", ROUTE_HEAD + "route: route.gpx\n"))

    assert [(finding.severity, finding.field) for finding in report.findings] == [("warning", "route")]
    assert "route.gpx" in report.findings[0].file + report.findings[0].message
