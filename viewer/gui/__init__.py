"""The Qt side: the open show, the views of it, their widgets and panels, and the commands.

Where things live, from the bottom up (``tools/check.py`` holds the layers):

- ``show``: the open show (``Presentation``) and the threads that feed it; no widgets.
- ``widgets``: the pieces views are built from (photo view, caption, strip).
- ``commands``: every command with its keys and label, and the menus made from them.
- ``panels``: layers over a view (key help, photo panel, find, overview).
- ``views``: the windows onto the show, a sub-package each (``audience``, ``presenter``).
- ``app``: the start-up wiring; ``theme``: colours and fonts; ``fileopen``: macOS's open events.

This module itself imports no Qt: the command line sizes the first photo's
decode from it before Qt is imported (``viewer.cli``).
"""

from __future__ import annotations

from dataclasses import dataclass

WINDOW_SIZE = (1280, 860)  # the main window's size when it is not full screen
THUMBNAIL_BOX = (96, 96)  # strip thumbnails, in device pixels (a mark at twice its size)
STRIP_HEIGHT = 120  # the timeline strip's height, logical pixels; known before Qt is imported
SIZE_SLACK = 0.02  # the photo area may change this much before photos are decoded again
KIOSK_PROPERTY = "tripViewerKiosk"  # set on the application in kiosk mode: errors show no dialog


@dataclass(frozen=True)
class ScreenShape:
    """What the first photo's decode needs to know of a screen: sizes in logical pixels."""

    width: int
    height: int
    available_width: int  # less the task bar, dock, menu bar
    available_height: int
    ratio: float  # device pixels per logical pixel

    def to_settings(self) -> dict[str, int]:
        return {
            "width": self.width,
            "height": self.height,
            "available_width": self.available_width,
            "available_height": self.available_height,
            "ratio_percent": round(self.ratio * 100),
        }

    @classmethod
    def from_settings(cls, saved: dict[str, int]) -> ScreenShape | None:
        """The screen remembered in the settings; None if there is none or it makes no sense."""
        keys = ("width", "height", "available_width", "available_height", "ratio_percent")
        if not all(0 < saved.get(key, 0) <= 100_000 for key in keys):
            return None
        return cls(
            saved["width"],
            saved["height"],
            saved["available_width"],
            saved["available_height"],
            saved["ratio_percent"] / 100,
        )


# Before the first run has seen a screen: the commonest desktop and projector screen.
USUAL_SCREEN = ScreenShape(1920, 1080, 1920, 1040, 1.0)


def first_window_box(screen: ScreenShape, full_screen: bool, strip_visible: bool) -> tuple[int, int]:
    """The device pixels of the window the show opens in on ``screen``, less the strip.

    The photo's area is smaller still (the caption), so pixels decoded for this box
    are enough, and they are sized to that area once it is known.
    """
    if full_screen:
        width, height = screen.width, screen.height
    else:
        width = min(WINDOW_SIZE[0], screen.available_width)
        height = min(WINDOW_SIZE[1], screen.available_height)
    height -= STRIP_HEIGHT if strip_visible else 0
    return round(width * screen.ratio), round(max(1, height) * screen.ratio)
