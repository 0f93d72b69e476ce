"""The real app in Vietnamese and in Arabic: every word translated, and Arabic laid out right to left.

Two starts, one per language (the other languages are checked without a window,
in tests/gui/test_language.py). The screenshots are kept in /tmp/e2e-shots to be
looked at: the Arabic window has its menus at the right, the route map at the left
of the photo, the credit first at the right of the caption's line, the strip's
time running right to left, and the key help's keys at the right of what they do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PIL import Image

from tools import xsession
from tools.xsession import MAP_LAND, MAP_SEA, Layout, ink, photo_painted
from viewer import paths

if TYPE_CHECKING:
    from tests.e2e.conftest import LaunchViewer, Shots

pytestmark = pytest.mark.xvfb


def map_ground_at(shot: Image.Image, left: bool) -> float:
    """The share of the photo's band, at the left or the right, that is the map's sea or land."""
    width = shot.size[0]
    _, top, _, bottom = Layout(shot.size).photo
    share = round(width * xsession.MAP_SHARE) - 2
    box = (0, top, share, bottom) if left else (width - share, top, width, bottom)
    band = shot.crop(box)
    return 2 - ink(band, MAP_SEA, tolerance=6) - ink(band, MAP_LAND, tolerance=6)


@pytest.mark.parametrize("code", ["vi", "ar"])
def test_the_window_speaks_the_language_asked_for(launch: LaunchViewer, shots: Shots, code: str) -> None:
    viewer = launch(str(paths.sample_trip()), "--fullscreen", "--start", "8", "--lang", code)
    shot = viewer.settle(ready=photo_painted)
    shots.save(f"{code}-window", shot, share=True)
    right_to_left = code == "ar"
    assert map_ground_at(shot, left=right_to_left) > 0.5  # the map column beside the photo...
    assert map_ground_at(shot, left=not right_to_left) < 0.2  # ... on the side the language reads from last
    viewer.key("F1")
    help_shot = viewer.settle(changed_from=shot, region=Layout(shot.size).photo)
    shots.save(f"{code}-help", help_shot, share=True)
    viewer.key("Escape")
    viewer.key("ctrl+q", quits=True)
    assert viewer.wait_exit(15) == 0
