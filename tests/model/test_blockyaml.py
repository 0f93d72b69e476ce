"""The fast block-style reader against PyYAML itself: on any text it either declines
or gives exactly the nodes PyYAML composes (values, nulls, lines and columns).

Documents are written the way people write manifests (block mappings, ``- ``
lists indented or not, comments, quotes, one-line ``{k: v}`` stops) and then
broken a little, so that both what it takes and where it declines are tried.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tools.longmanifest import write_manifest
from viewer.model.blockyaml import read_block
from viewer.model.manifest import ManifestError, parse_manifest
from viewer.model.pyyamltree import from_pyyaml
from viewer.model.yamlnodes import Mapping, Node, Sequence
from viewer.paths import sample_trip

EXAMPLES = int(os.environ.get("TRIP_VIEWER_FUZZ_EXAMPLES", "400"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])

# What manifests hold; and things the fast reader leaves to PyYAML, or that are not YAML.
GOOD_KEYS = st.sampled_from(
    ["format", "photos", "file", "caption", "time", "name", "a-b", "x_1", "true", "NULL"]
)
ODD_KEYS = st.sampled_from(["~", "k k", "<<", "-x", "é", "a" * 130, "'q'", "[x]"])
GOOD_WORDS = st.sampled_from(
    [
        *("Kim arrives", "photos/01.jpg", "2019-02-26T08:15+07:00", "2019-02-26", "08:15", "12", "true"),
        *("~", "null", "Null", "x:y", "C:\\a.jpg", "50%", "it's", 'say "hi"', "Đồng Đăng", "a  b", "a-", "é"),
        *("[21.0285, 105.8542]", "[-33.9,151.2 ]", "[]", "[1, x_2, +3]"),
    ]
)
ODD_WORDS = st.sampled_from(["a#b", "-5", "@x", "a:", "[x]", "a: b", "*x", "&x y", "!x", "|", "%", "`"])
NASTY = st.sampled_from([*" :#-?'\",[]{}&*!|>%@`~\\\t\r\n", ": ", " #", "- ", "---", "...", "''", "\r\n"])


def text_from(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(alphabet=st.sampled_from(list(alphabet)), min_size=1, max_size=10)


GOOD_PLAIN = st.one_of(GOOD_WORDS, text_from("ab0 .-/~"))
ODD_PLAIN = st.one_of(GOOD_WORDS, ODD_WORDS, text_from("ab0: #-.'\"{}/,~"))


@st.composite
def scalars(draw: st.DrawFn, plain: st.SearchStrategy[str]) -> str:
    """A value as it would be written after "key: " or "- "."""
    text = draw(plain)
    style = draw(st.sampled_from(["plain", "plain", "single", "double", "empty"]))
    if style == "single":
        written = "'" + text.replace("'", "''") + "'"
    elif style == "double":
        written = '"' + text.replace('"', "") + '"'
    elif style == "empty":
        written = ""
    else:
        written = text
    if draw(st.booleans()):
        written += draw(st.sampled_from(["  # a comment", " #", "   ", "#not"]))
    return written


@st.composite
def flow_mappings(draw: st.DrawFn, keys: st.SearchStrategy[str], plain: st.SearchStrategy[str]) -> str:
    pairs = draw(st.lists(st.tuples(keys, plain), min_size=1, max_size=3))
    gap = draw(st.sampled_from(["", " "]))
    return "{" + gap + ", ".join(f"{key}: {value}" for key, value in pairs) + gap + "}"


@st.composite
def documents(draw: st.DrawFn, odd: bool = False) -> str:
    """A block-style document, with the indentation and spacing people use (``odd``: and more)."""
    keys = st.one_of(GOOD_KEYS, GOOD_KEYS, ODD_KEYS) if odd else GOOD_KEYS
    plain = ODD_PLAIN if odd else GOOD_PLAIN
    values = st.recursive(
        scalars(plain) | flow_mappings(keys, plain),
        lambda inner: (
            st.lists(st.tuples(keys, inner), min_size=1, max_size=4) | st.lists(inner, min_size=1, max_size=3)
        ),
        max_leaves=10,
    )
    lines: list[str] = []

    def write(value: object, indent: int, lead: str) -> None:
        """``value`` after ``lead`` (a "key:" or "- " already on the current line, or nothing)."""
        if isinstance(value, str):
            lines.append(f"{lead} {value}".rstrip() if lead.endswith(":") else lead + value)
            return
        assert isinstance(value, list)
        if lead:
            lines.append(lead + draw(st.sampled_from(["", "  # note"])))
        is_mapping = isinstance(value[0], tuple)
        step = draw(st.sampled_from([0, 1, 2, 4] if not is_mapping or not lead.endswith(":") else [1, 2, 4]))
        inner = indent + step if lead else indent
        pad = " " * inner
        for entry in value:
            if draw(st.integers(0, 9)) == 0:
                lines.append(draw(st.sampled_from(["", "# comment", "   # indented comment"])))
            if isinstance(entry, tuple):
                key, item = entry
                write(item, inner, f"{pad}{key}:")
            else:
                dash = pad + draw(st.sampled_from(["- ", "- ", "-   "]))
                if isinstance(entry, list) and isinstance(entry[0], tuple):
                    # "- key: value" and the rest of the mapping under the key
                    column = len(dash)
                    first_key, first = entry[0]
                    write(first, column, f"{dash}{first_key}:")
                    for key, item in entry[1:]:
                        write(item, column, f"{' ' * column}{key}:")
                else:
                    write(entry, inner, dash)

    top = draw(st.lists(st.tuples(keys, values), min_size=1, max_size=5))
    write(top, 0, "")
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


DESIGN_EXAMPLE = """\
format: trip-viewer/1
title: Kim Jong Un's train journey to the Hanoi summit
source: Quartz, 26 February 2019
timezone: Asia/Ho_Chi_Minh          # how times are shown by default
stops:                              # optional: places along the route, in order
  - {name: Pyongyang, time: 2019-02-23T17:00+09:00}
  - {name: Dong Dang, time: 2019-02-26T08:10+07:00}
photos:
  - file: photos/01-dong-dang-arrival.jpg   # relative to the manifest's folder
    caption: Kim arrives by train at Dong Dang, Vietnam.
    credit: Reuters/Stringer
    time: 2019-02-26T08:15+07:00            # ISO 8601; offset kept; date-only allowed
    approximate: true                       # the time is an estimate
    place: Dong Dang station
    notes: Shown only to the presenter.
"""


def composed(text: str, loader: type) -> Node | None:
    """What PyYAML makes of ``text``: our nodes, None for an empty document, or the error."""
    root = yaml.compose(text, Loader=loader)
    return None if root is None else from_pyyaml(root)


def assert_same_as_pyyaml(text: str) -> bool:
    """Whether the fast reader read ``text``; if it did, it read it as PyYAML does."""
    fast = read_block(text)
    if fast is None:
        return False
    for loader in LOADERS:
        try:
            expected = composed(text, loader)
        except yaml.YAMLError as error:
            pytest.fail(f"read what {loader.__name__} refuses: {error}\n{text}")
        assert fast == expected, f"{loader.__name__} differs on:\n{text}"
    return True


@FUZZ
@given(documents())
def test_block_documents_read_as_pyyaml_reads_them(text: str) -> None:
    event("read" if assert_same_as_pyyaml(text) else "declined")


@FUZZ
@given(documents(odd=True), st.data())
def test_broken_documents_are_declined_or_read_as_pyyaml_reads_them(text: str, data: st.DataObject) -> None:
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text)))
        if data.draw(st.booleans()):
            text = text[:at] + data.draw(NASTY) + text[at:]
        else:
            text = text[:at] + text[at + data.draw(st.integers(1, 4)) :]
    event("read" if assert_same_as_pyyaml(text) else "declined")


def test_the_sample_trip_reads_the_same_either_way() -> None:
    assert_same_as_pyyaml(sample_trip().read_text(encoding="utf-8"))


def test_the_manifest_of_the_design_is_read_without_pyyaml() -> None:
    assert assert_same_as_pyyaml(DESIGN_EXAMPLE)


def test_windows_line_ends_are_read_without_pyyaml() -> None:
    assert assert_same_as_pyyaml(DESIGN_EXAMPLE.replace("\n", "\r\n"))


def test_a_big_trip_is_read_without_pyyaml(tmp_path: Path) -> None:
    assert assert_same_as_pyyaml(write_manifest(tmp_path, 50).read_text(encoding="utf-8"))


def test_pyyaml_is_not_even_imported_for_a_block_manifest(tmp_path: Path) -> None:
    """It takes some 20 ms to import, at the start of every show."""
    manifest = write_manifest(tmp_path, 5)
    script = (
        "import sys; from viewer.model.folder import load_trip; "
        f"trip = load_trip({str(manifest)!r}); print(len(trip.photos), 'yaml' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["5", "False"], done.stderr


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system [ls]\n",
        "a: &x 1\nb: *x\n",
        "a: |\n  text\n",
        "a: >\n  text\n",
        "a: one\n  two\n",
        "a: 'one\n  two'\n",
        'a: "\\u00e9"\n',
        "a: [1, 2,]\n",
        "a: [x y]\n",
        "a: [[1]]\n",
        "a: {b: [1, [2]]}\n",
        "a: {b: [1], c: d]}\n",
        "a:\n\t- 1\n",
        "---\na: 1\n",
        "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n",
        "? a\n: 1\n",
        "a: b: c\n",
        "- - a\n",
        "a:\n  - b\n c: 1\n",
        "a: {b: [~]}\n",
        "a: {b: 1\n",
        "a: 1 # x\n  b: 2\n",
    ],
)
def test_what_it_leaves_to_pyyaml(text: str) -> None:
    assert read_block(text) is None


def test_marks_of_lists_mappings_and_empty_values() -> None:
    text = "photos:\n- file: a.jpg\n  caption:\nstops:\n  - {name: X, time: ~}\n"
    root = read_block(text)
    assert isinstance(root, Mapping)
    (_, photos), (_, stops) = root.pairs
    assert isinstance(photos, Sequence) and (photos.line, photos.column) == (2, 1)
    photo = photos.items[0]
    assert isinstance(photo, Mapping) and (photo.line, photo.column) == (2, 3)
    assert photo.pairs[1] == (("caption", 3, 3, False), ("", 3, 11, True))
    assert isinstance(stops, Sequence)
    stop = stops.items[0]
    assert isinstance(stop, Mapping) and (stop.line, stop.column) == (5, 5)
    assert stop.pairs[1] == (("time", 5, 15, False), ("~", 5, 21, True))
    assert_same_as_pyyaml(text)


# -- the whole load, either way ----------------------------------------------------

PHOTO_LINES = st.sampled_from(
    [
        *("    caption: Kim arrives", "    credit: Reuters/Stringer", "    time: 2019-02-26T08:15+07:00"),
        *("    time: 2019-02-26", "    time: 2019-02-30", "    time: 08:15", "    approximate: yes"),
        *(
            "    approximate: maybe",
            "    place: Dong Dang",
            "    notes:",
            "    captoin: typo",
            "    file: b.jpg",
        ),
        *("    caption: [a, b]", "    place: 'it''s'", "    credit: ~", "    time: 2019-02-26T08:15"),
    ]
)
FILES = st.sampled_from(
    ["photos/a.jpg", "a.jpg", "../a.jpg", "/etc/passwd", "https://x/a.jpg", "'a b.jpg'", ""]
)
HEADS = st.lists(
    st.sampled_from(
        [
            "title: A trip",
            "timezone: Asia/Ho_Chi_Minh",
            "timezone: Mars/Olympus",
            "source: Quartz",
            "stops:\n  - {name: Pyongyang, time: 2019-02-23T17:00+09:00}",
            "stops:\n  - {time: 2019-02-23T17:00+09:00}",
            "colour: red",
        ]
    ),
    max_size=3,
)


@st.composite
def manifests(draw: st.DrawFn) -> str:
    """Manifests in the fast reader's style, right or wrong in what they say."""
    lines = [draw(st.sampled_from(["format: trip-viewer/1", "format: trip-viewer/2"])), *draw(HEADS)]
    lines.append(draw(st.sampled_from(["photos:", "photos: none", "photos:\n"])))
    for _ in range(draw(st.integers(0, 3))):
        lines.append(f"  - file: {draw(FILES)}")
        lines += draw(st.lists(PHOTO_LINES, max_size=4))
    return "\n".join(lines) + "\n"


def loaded(text: str, folder: Path, *, fast: bool) -> tuple[object, ...]:
    """What loading ``text`` gives: the trip and its photo lines, or the error and unknown keys."""
    unknown: list[ManifestError] = []
    declining = mock.patch("viewer.model.yamltree.read_block", return_value=None)
    with contextlib.nullcontext() if fast else declining:
        try:
            trip = parse_manifest(text, folder / "trip.yaml", unknown_keys=unknown)
        except ManifestError as error:
            return ("error", str(error), [str(key) for key in unknown])
    return ("trip", trip, trip.photo_lines, [str(key) for key in unknown])


@FUZZ
@given(manifests())
def test_a_manifest_loads_the_same_whichever_reader_reads_it(text: str) -> None:
    folder = Path("/fuzz/trip")
    event("read fast" if read_block(text) is not None else "declined")
    assert loaded(text, folder, fast=True) == loaded(text, folder, fast=False)
