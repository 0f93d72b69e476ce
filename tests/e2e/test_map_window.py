"""The route map in the real app: the sample trip opens with its map, real keys move its mark, M hides it.

The map takes the right ``MAP_SHARE`` of the window beside the photo; the current
photo's mark is the show's yellow, found on the screen by its colour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tools import xsession
from tools.xsession import difference, map_box, map_ground, map_mark, photo_painted, shown_with_map
from viewer import paths
from viewer.gui import theme
from viewer.gui.views.audience import mainwindow

if TYPE_CHECKING:
    from tests.e2e.conftest import LaunchViewer, Shots

pytestmark = pytest.mark.xvfb


def test_the_screen_readers_know_the_apps_map() -> None:
    assert xsession.MAP_SHARE == mainwindow.MAP_SHARE
    assert theme.MAP_SEA.getRgb()[:3] == xsession.MAP_SEA
    assert theme.ACCENT.name() == xsession.ACCENT


def test_the_sample_opens_with_its_map_and_keys_move_the_mark(launch: LaunchViewer, shots: Shots) -> None:
    viewer = launch(str(paths.sample_trip()), "--fullscreen", "--start", "1")
    first = viewer.settle(ready=shown_with_map)
    shots.save("first", first, share=True)
    box = map_box(first.size)
    at_dong_dang = map_mark(first)
    assert at_dong_dang is not None
    viewer.key("End")  # the last photo: the Ministry of Foreign Affairs in Hanoi
    last = viewer.settle(changed_from=first, region=box, ready=shown_with_map)
    shots.save("last", last, share=True)
    in_hanoi = map_mark(last)
    assert in_hanoi is not None and in_hanoi != at_dong_dang
    # Only the marks moved: the map around them is the same picture.
    assert difference(first.crop(box), last.crop(box)) < 1.0
    viewer.key("m")
    hidden = viewer.settle(changed_from=last, region=box, ready=photo_painted)
    shots.save("no-map", hidden, share=True)
    assert map_ground(hidden) < 0.2  # the photo took the room back
    viewer.key("m")
    again = viewer.settle(changed_from=hidden, region=box, ready=shown_with_map)
    assert map_mark(again) == in_hanoi
