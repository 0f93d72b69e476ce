"""Fuzzing the manifest loader: whatever the bytes, it returns a trip or raises ManifestError
with a line and column, and nothing else.

A short run is part of the normal suite. The long run is one command:

    TRIP_VIEWER_FUZZ_EXAMPLES=20000 python -m pytest -o faulthandler_timeout=0 \
        tests/model/test_fuzz_manifest.py

"""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.model.manifest import PHOTO_KEYS, STOP_KEYS, TRIP_KEYS, ManifestError, parse_manifest
from viewer.paths import sample_trip

EXAMPLES = int(os.environ.get("TRIP_VIEWER_FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
HERE = Path("/fuzz/trip.yaml")
SAMPLE = sample_trip().read_bytes()

KEYS = st.sampled_from(sorted({*TRIP_KEYS, *PHOTO_KEYS, *STOP_KEYS, "captoin", "<<", "", "file "}))
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(
        [
            "trip-viewer/1",
            "2019-02-26T08:15+07:00",
            "2019-02-26",
            "2019-02-30T25:61",
            "Asia/Ho_Chi_Minh",
            "Mars/Olympus",
            "photos/a.jpg",
            "../a.jpg",
            "https://example.com/a.jpg",
            "\\\\host\\share\\a.jpg",
            "/etc/passwd",
            "C:\\a.jpg",
        ]
    ),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=5)),
    max_leaves=20,
)
DOCUMENTS = st.dictionaries(KEYS, VALUES, max_size=8).map(
    lambda document: {"format": "trip-viewer/1", **document}
)


def check(data: bytes) -> None:
    try:
        parse_manifest(data, HERE)
    except ManifestError as error:
        assert error.line is not None and error.column is not None, str(error)
        assert error.line >= 1 and error.column >= 1
        assert "\n" not in str(error).split(";")[0]  # the what-and-where part is one line


@FUZZ
@given(DOCUMENTS)
def test_structured_documents(document: dict[str, object]) -> None:
    check(yaml.safe_dump(document, allow_unicode=True).encode("utf-8"))


@FUZZ
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(st.data())
def test_the_sample_manifest_mutated(data: st.DataObject) -> None:
    text = bytearray(SAMPLE)
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(text) - 1))
        action = data.draw(st.sampled_from(["flip", "delete", "insert", "cut"]))
        if action == "flip":
            text[at] = data.draw(st.integers(0, 255))
        elif action == "delete":
            del text[at : at + data.draw(st.integers(1, 40))]
        elif action == "insert":
            text[at:at] = data.draw(
                st.sampled_from(
                    [
                        b"!!python/object/apply:os.system ",
                        b"&a ",
                        b"*a",
                        b"- ",
                        b": ",
                        b"\t",
                        b"[",
                        b"{",
                        b"'",
                        b'"',
                        b"\x00",
                        b"\xff",
                        b"!!binary ",
                        b"<<: *a\n",
                    ]
                )
            )
        else:
            del text[at:]
        if not text:
            break
    check(bytes(text))
