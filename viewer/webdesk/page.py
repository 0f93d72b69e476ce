"""The trip as one HTML page that plays in any browser, offline: ``trip-viewer export --html DIR``.

``DIR/index.html`` holds everything but the photos: the trip as JSON in a
``<script type="application/json">`` block, the player (``page.js``) and its
look (``page.css``), both inline. The photos are the web-sized JPEGs beside it
(``media/``), by relative URL, so the folder plays from a USB stick, a file
share or any web server. The page loads nothing else: no CDN, no fonts, no
network. Its Content-Security-Policy says so to the browser as well — scripts
and styles only by the hash of the page's own, images only from the page's own
place, no connections — so even a caption that held HTML could run nothing
(and captions are set as text, never as HTML).

The keys are the app's (``viewer.gui.commands.registry``): next, previous,
first and last, a number then Enter, B and W to black or white the screen, T
for the strip, S to play, F for full screen, ? for the keys. The strip is laid
out here with the window's own maths (``viewer.model.timeline``): each photo's
place in time, the stops, and the day ticks in the trip's zone; the labels are
the window's (``viewer.model.timefmt``). No Qt here.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Sequence
from dataclasses import replace
from importlib import resources
from typing import Any

from viewer.model.resolve import ResolvedPhoto
from viewer.model.timefmt import day_label, local_label
from viewer.model.timeline import View, photo_fractions, stop_fractions, ticks, trip_axis, wall_clock
from viewer.model.timing import ShowTiming
from viewer.model.trip import Trip
from viewer.webdesk.story import Story, is_web_address

TICK_LAYOUT_PX = 1200.0  # the width the strip's ticks are spaced for; the page scales it
KEYS = (
    ("Right, Down, Space, Page Down, N, Enter", "next photo"),
    ("Left, Up, Backspace, Page Up, P", "previous photo"),
    ("Home / End", "first / last photo"),
    ("a number, then Enter", "go to that photo"),
    ("B or .  /  W or ,", "black / white screen (any key returns)"),
    ("S", "play or pause (each photo for its duration: 5 seconds unless the trip says)"),
    ("T", "hide or show the timeline strip"),
    ("F", "full screen (Escape leaves it)"),
    ("? or F1", "these keys"),
)


def page_html(trip: Trip, story: Story, shown: Sequence[ResolvedPhoto]) -> str:
    """The page for ``story``'s photos (``shown``: the same photos, resolved, for their places in time)."""
    data = json.dumps(_trip_data(trip, story, shown), ensure_ascii=False, separators=(",", ":"))
    # Inside <script> nothing may close it, and U+2028/9 are line ends to older JavaScript.
    data = data.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    script = _asset("page.js")
    style = _asset("page.css")
    policy = (
        "default-src 'none'; img-src 'self'; "
        f"style-src '{_digest(style)}'; script-src '{_digest(script)}'; "
        "base-uri 'none'; form-action 'none'"
    )
    title = html.escape(story.title or trip.title)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f'<meta name="generator" content="trip-viewer export">\n<title>{title}</title>\n'
        f"<style>{style}</style>\n</head>\n<body>\n"
        '<noscript><p class="noscript">This page plays the trip with JavaScript, which is off.'
        "</p></noscript>\n"
        f'<script type="application/json" id="trip">{data}</script>\n'
        f"<script>{script}</script>\n</body>\n</html>\n"
    )


def _asset(name: str) -> str:
    return (resources.files("viewer.webdesk") / name).read_text(encoding="utf-8")


def _digest(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _trip_data(trip: Trip, story: Story, shown: Sequence[ResolvedPhoto]) -> dict[str, Any]:
    """What the player needs, made plain: texts, labels, and places on the strip as fractions."""
    photos = [replace(item.photo, time=item.time) for item in shown]
    timed = replace(trip, photos=tuple(photos))
    axis = trip_axis(timed)
    fractions = photo_fractions(timed, axis)
    entries = []
    timing = ShowTiming()
    for index, (slide, fraction) in enumerate(zip(story.slides, fractions, strict=True)):
        media = slide.media or ""
        web = is_web_address(media)
        when = local_label(slide.time, with_year=True) if slide.time is not None else None
        label = " · ".join(part for part in (slide.place, when) if part)
        entries.append(
            {
                "src": None if web else media,
                "elsewhere": media if web else None,  # never loaded: the page says where it is
                "caption": slide.caption,
                "credit": slide.credit,
                "label": label,
                "x": round(fraction, 5),
                "timed": slide.time is not None,
                "seconds": timing.seconds_for(timed, index),  # in play, as the app's autoplay
            }
        )
    stops = [
        {"name": stop.name, "x": round(x, 5)}
        for stop, x in zip(timed.stops, stop_fractions(timed, axis), strict=True)
        if x is not None
    ]
    marks = []
    if axis is not None:
        zone = trip.timezone or timed.display_zone()
        found = ticks(axis, View(), TICK_LAYOUT_PX, zone, min_label_px=70.0)
        if not any(tick.major and tick.label and tick.x < 0.05 * TICK_LAYOUT_PX for tick in found):
            # The first day is named where the axis starts, as the app's strip names it.
            marks.append({"x": 0.0, "label": day_label(wall_clock(axis.start, zone)), "major": True})
        for tick in found:
            marks.append({"x": round(tick.x / TICK_LAYOUT_PX, 5), "label": tick.label, "major": tick.major})
    return {
        "title": story.title or trip.title,
        "source": trip.attribution,
        "photos": entries,
        "stops": stops,
        "ticks": marks,
        "keys": [list(row) for row in KEYS],
    }
