"""XMP: the ways tools write the same fields, dates, and packets that are not well-formed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.photos import exif, photo, xmp
from viewer.model.metadata import read_metadata

UTC7 = timezone(timedelta(hours=7))
RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
NAMESPACES = (
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
)


def packet(descriptions: str, wrapped: bool = True) -> bytes:
    rdf = f"<rdf:RDF {RDF}>{descriptions}</rdf:RDF>"
    return (f'<x:xmpmeta xmlns:x="adobe:ns:meta/">{rdf}</x:xmpmeta>' if wrapped else rdf).encode()


def test_fields_written_as_attributes_are_read(tmp_path: Path) -> None:
    path = photo(
        tmp_path / "a.jpg",
        xmp_packet=xmp(
            credit="Reuters", city="Hanoi", date_created="2019-02-26T10:55+07:00", attributes=True
        ),
    )

    meta = read_metadata(path)

    assert (meta.credit, meta.place) == ("Reuters", "Hanoi")
    assert meta.time is not None and meta.time.moment == datetime(2019, 2, 26, 10, 55, tzinfo=UTC7)


def test_every_creator_of_a_list_is_named(tmp_path: Path) -> None:
    path = photo(tmp_path / "a.jpg", xmp_packet=xmp(credit="Pool", creator=["Andrew Harnik", "Ann Wang"]))

    assert read_metadata(path).credit == "Pool/Andrew Harnik, Ann Wang"


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ('<rdf:li xml:lang="vi">Tiếng Việt</rdf:li><rdf:li xml:lang="x-default">Default</rdf:li>', "Default"),
        ('<rdf:li xml:lang="vi">Tiếng Việt</rdf:li><rdf:li xml:lang="en">English</rdf:li>', "Tiếng Việt"),
        ("<rdf:li>Plain</rdf:li>", "Plain"),
        ('<rdf:li xml:lang="x-default"/>', None),
    ],
    ids=["x-default", "first", "no-language", "empty"],
)
def test_a_language_alternative_prefers_x_default(tmp_path: Path, items: str, expected: str | None) -> None:
    description = f"<dc:description><rdf:Alt>{items}</rdf:Alt></dc:description>"
    path = photo(
        tmp_path / "a.jpg",
        xmp_packet=packet(f'<rdf:Description rdf:about="" {NAMESPACES}>{description}</rdf:Description>'),
    )

    assert read_metadata(path).caption == expected


@pytest.mark.parametrize("wrapped", [True, False], ids=["xmpmeta", "bare-rdf"])
def test_several_descriptions_are_read_together(tmp_path: Path, wrapped: bool) -> None:
    credit = "<photoshop:Credit>AP</photoshop:Credit>"
    first = f'<rdf:Description rdf:about="" {NAMESPACES}>{credit}</rdf:Description>'
    second = f'<rdf:Description rdf:about="" {NAMESPACES} photoshop:City="Hanoi"/>'
    path = photo(tmp_path / "a.jpg", xmp_packet=packet(first + second, wrapped))

    meta = read_metadata(path)

    assert (meta.credit, meta.place) == ("AP", "Hanoi")


@pytest.mark.parametrize(
    ("written", "moment", "unzoned", "date_only"),
    [
        ("2019-02-26T08:15:00+07:00", datetime(2019, 2, 26, 8, 15, tzinfo=UTC7), None, False),
        ("2019-02-26T01:15:00.250Z", datetime(2019, 2, 26, 1, 15, 0, 250000, tzinfo=UTC), None, False),
        ("2019-02-26T08:15", None, datetime(2019, 2, 26, 8, 15), None),
        ("2019-02-26", datetime(2019, 2, 26, 12, tzinfo=UTC), None, True),
        ("2019-02", None, None, None),  # too coarse to place
    ],
)
def test_date_created_in_its_iso_forms(
    tmp_path: Path, written: str, moment: datetime | None, unzoned: datetime | None, date_only: bool | None
) -> None:
    meta = read_metadata(photo(tmp_path / "a.jpg", xmp_packet=xmp(date_created=written)))

    assert (meta.time.moment if meta.time else None, meta.unzoned_time) == (moment, unzoned)
    assert (meta.time.date_only if meta.time else None) == date_only
    assert meta.problems == ()


def test_a_bad_date_is_a_problem_naming_the_field(tmp_path: Path) -> None:
    meta = read_metadata(photo(tmp_path / "a.jpg", xmp_packet=xmp(date_created="26 February 2019")))

    assert meta.time is None
    assert [(problem.field, problem.message) for problem in meta.problems] == [
        ("XMP photoshop:DateCreated", "not an ISO 8601 date and time: '26 February 2019'")
    ]


@pytest.mark.parametrize(
    "broken",
    [
        b"<x:xmpmeta><rdf:RDF>unclosed",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b"<x:xmpmeta xmlns:x='adobe:ns:meta/'>&b;</x:xmpmeta>",
    ],
    ids=["not-well-formed", "entities"],
)
def test_a_damaged_packet_is_a_problem_and_the_rest_is_read(tmp_path: Path, broken: bytes) -> None:
    path = photo(tmp_path / "a.jpg", xmp_packet=broken, exif_block=exif(description="From EXIF"))

    meta = read_metadata(path)

    assert (meta.caption, meta.error) == ("From EXIF", None)
    assert [problem.field for problem in meta.problems] == ["XMP"]
