"""Random stories, shaped like TimelineJS and StoryMapJS JSON with wrong values anywhere:
each imports, or is refused with a StoryError naming the file; nothing else escapes.

For a long run: ``TRIP_VIEWER_FUZZ_EXAMPLES=20000 python -m pytest tests/webdesk/test_fuzz_story.py``.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.model.manifest import load_manifest
from viewer.webdesk.story import StoryError
from viewer.webdesk.tomanifest import import_story

EXAMPLES = int(os.environ.get("TRIP_VIEWER_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(
        [
            "2019", "02", "13", "-5000000", "", " ", "1e3", "٣", "a.jpg", "../x.jpg", "/etc/passwd",
            "https://example.com/a.jpg", "javascript:alert(1)", "data:,x", "//cdn.example/a.png",
            "C:\\\\x.jpg", "<b>bold</b> &amp;", "<script>x</script>", "about 2019-02-26 08:15 +07:00",
            "2019-02-30", "February 26, 2019", "overview", "\x00", "a\x00.jpg",
        ]
    ),
)  # fmt: skip
DATE = st.fixed_dictionaries(
    {},
    optional={key: SCALARS for key in ("year", "month", "day", "hour", "minute", "second", "millisecond")}
    | {"display_date": SCALARS},
)
TEXT = st.fixed_dictionaries({}, optional={"headline": SCALARS, "text": SCALARS})
MEDIA = st.fixed_dictionaries({}, optional={"url": SCALARS, "caption": SCALARS, "credit": SCALARS})
ANY = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


def either(shaped: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly the shape the format wants, sometimes anything at all."""
    return st.one_of(shaped, shaped, shaped, ANY)


EVENT = st.fixed_dictionaries(
    {},
    optional={
        "start_date": either(DATE),
        "end_date": either(DATE),
        "text": either(TEXT),
        "media": either(MEDIA),
        "group": SCALARS,
        "display_date": SCALARS,
    },
)
TIMELINE = st.fixed_dictionaries(
    {},
    optional={
        "events": either(st.lists(either(EVENT), max_size=4)),
        "title": either(st.fixed_dictionaries({}, optional={"text": either(TEXT), "media": either(MEDIA)})),
        "eras": either(
            st.lists(
                either(
                    st.fixed_dictionaries({}, optional={"start_date": DATE, "end_date": DATE, "text": TEXT})
                ),
                max_size=2,
            )
        ),
        "trip_viewer": either(
            st.fixed_dictionaries(
                {"format": st.just("trip-viewer/1")},
                optional={"timezone": SCALARS, "source": SCALARS, "estimated_locations": ANY},
            )
        ),
    },
)
LOCATION = st.fixed_dictionaries({}, optional={"lat": SCALARS, "lon": SCALARS, "name": SCALARS})
SLIDE = st.fixed_dictionaries(
    {},
    optional={
        "type": SCALARS,
        "location": either(LOCATION),
        "date": SCALARS,
        "text": either(TEXT),
        "media": either(MEDIA),
    },
)
STORYMAP = st.fixed_dictionaries(
    {
        "storymap": either(
            st.fixed_dictionaries({}, optional={"slides": either(st.lists(either(SLIDE), max_size=4))})
        )
    },
    optional={"trip_viewer": ANY},
)


@FUZZ
@given(story=st.one_of(TIMELINE, STORYMAP, ANY))
def test_any_story_imports_or_is_refused_by_name(story: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.json"
        path.write_text(json.dumps(story), encoding="utf-8")
        (Path(folder) / "a.jpg").write_bytes(b"")
        try:
            result = import_story(path, Path(folder) / "trip.yaml")
        except StoryError as refused:
            assert str(refused).startswith(f"{path}: ") or str(refused).startswith(f"{Path(folder)}")
            assert not (Path(folder) / "trip.yaml").exists()
            return
        assert load_manifest(result.path).photos  # what was written opens
