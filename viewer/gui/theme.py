"""The show's colours and fonts: one place to change them.

Light text on near-black, and the show's yellow for what is current or picked,
because the show is read from across a room on a projector. Every colour the
views, panels and widgets paint or put in a style sheet comes from here
(``tests/gui/test_theme.py`` finds any that does not); style sheets take a
colour's ``.name()``.

It imports nothing of ``viewer.gui``: everything else may import it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

# -- the show's own ------------------------------------------------------------------

ACCENT = QColor("#ffd166")  # the show's yellow: the current photo, its number, keys, what is picked
TEXT_ON_ACCENT = QColor("#101010")  # a number or selected text on the yellow
BACKGROUND = QColor("#101010")  # behind the photo and the caption, and under the overview
TEXT = QColor("#ffffff")  # captions, titles, the find field, the console's clock
TEXT_DIM = QColor("#bdbdbd")  # second lines: place and time in a picker, the strip's hours
TEXT_FAINT = QColor("#9a9a9a")  # headings over words, sources, "No caption" in place of one
HINT_TEXT = QColor("#a0a0a0")  # the line under a panel saying how to scroll and close
READING_TEXT = QColor("#f3f3f3")  # words to read at length: the photo panel, the presenter's notes
BADGE_TEXT = QColor("#111111")  # dark words on a light badge: a stack's count, "the audience sees"

# -- under the photo -----------------------------------------------------------------

CAPTION_DETAILS = QColor("#c9c9c9")  # place, time and position under the caption
CAPTION_CREDIT = QColor("#e6e6e6")
LOADING_TEXT = QColor("#8a8a8a")  # "Loading file …" where the photo will be
ERROR_TEXT = QColor("#f0f0f0")  # an error slide's "Cannot show photo 3: file"
ERROR_DETAIL = QColor("#ff9d8a")  # ... and its reason
BANNER_BACKGROUND = QColor("#5c3d00")  # the banner telling of a problem with the trip on disk
BANNER_TEXT = QColor("#ffe2a8")

# -- the timeline strip ---------------------------------------------------------------

STRIP_BACKGROUND = QColor("#181818")
STRIP_AXIS = QColor("#8c8c8c")  # the axis, its ticks, and the hairline from a mark to its time
STRIP_DAY_TEXT = QColor("#e8e8e8")
STRIP_STOP = QColor("#7fc8f8")  # a stop and its name
STRIP_MARK_EDGE = QColor("#d0d0d0")  # a photo's mark, and the stack behind it
STRIP_PLACEHOLDER = QColor("#3a3a3a")  # a mark whose thumbnail is not made yet
STRIP_COUNT = QColor("#e0e0e0")  # a stack's count badge (yellow when it holds the current photo)
STRIP_NEW = QColor("#5ee38a")  # the badge on a photo that came with a reload
STRIP_NEW_TEXT = QColor("#08230f")

# -- the route map -----------------------------------------------------------------------

MAP_SEA = QColor("#16232e")  # the sea, and lakes on land
MAP_LAND = QColor("#474a41")
MAP_COAST = QColor("#5a5e55")  # the land's edge
MAP_BORDER = QColor("#8f8a7a")  # borders between countries, dashed
MAP_ROUTE = QColor("#e07a5f")  # the route line
MAP_STOP = STRIP_STOP  # a stop's mark and name, as on the strip
MAP_LABEL_HALO = QColor(10, 10, 10, 200)  # behind a name, so it reads over land and sea
MAP_PHOTO = QColor("#f2f2f2")  # a photo's dot (hollow where its place is estimated)
MAP_PHOTO_EDGE = QColor("#101010")
MAP_INSET = QColor("#e8e8e8")  # the detail inset's edge, and the box on the map it enlarges
MAP_NOTE = QColor("#b8b8b8")  # "Drawing the map …", "No places in this trip"

# -- layers over the window -------------------------------------------------------------

BLACK_SCREEN = QColor("black")  # B: what the audience sees instead of the photo
WHITE_SCREEN = QColor("white")  # W
HELP_SHADE = QColor(0, 0, 0, 215)  # the key help over the window: the show dimmed behind it
HELP_TEXT = QColor("#f0f0f0")  # what a key does (the key itself is in ACCENT)
PHOTO_PANEL_SHADE = QColor(8, 8, 8, 250)  # the photo panel: the caption behind must not show through
FIND_SHADE = QColor(8, 8, 8, 235)
PICK_SELECTED = QColor("#2c2c2c")  # the picked row or cell of find and the overview
PICK_HOVER = QColor("#1f1f1f")  # ... and the one under the mouse
THUMBNAIL_PLACEHOLDER = QColor("#262626")  # an overview cell until its thumbnail is made
NUMBER_BADGE = QColor(0, 0, 0, 200)  # an overview cell's number, on its thumbnail
FIELD_BACKGROUND = QColor("#1c1c1c")  # the find field
PICKER_SCROLL_GROOVE = QColor("#151515")  # find's and the overview's scroll bar
PICKER_SCROLL_HANDLE = QColor("#5a5a5a")
READING_SCROLL_GROOVE = QColor("#202020")  # the key help's and the photo panel's scroll bar
READING_SCROLL_HANDLE = QColor("#6a6a6a")

# -- the presenter console -------------------------------------------------------------

CONSOLE_BACKGROUND = QColor("#151515")
CONSOLE_TEXT = QColor("#d8d8d8")
CONSOLE_NEXT_CAPTION = QColor("#cfcfcf")

# -- zoom and the pointer (L, Shift+L) ---------------------------------------------------

POINTER_DOT = QColor("#ff3030")  # the pointer: a bright red dot, as a laser pointer's
POINTER_RING = QColor(255, 255, 255, 230)  # ... ringed in white, to be seen on red too
SPOTLIGHT_SHADE = QColor(0, 0, 0, 175)  # the spotlight: everything dimmed but its circle
NOTE_SHADE = QColor(0, 0, 0, 190)  # behind a passing note over the photo ("cannot be zoomed")

# -- fonts ------------------------------------------------------------------------------

EMPHASIS_WEIGHT = QFont.Weight.DemiBold  # captions, titles, the elapsed time ("font-weight: 600")


def pixel_font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    """``base`` at ``pixels`` pixels tall (pixels, not points: sizes follow the window), bold if asked."""
    font = QFont(base)
    font.setPixelSize(pixels)
    if bold:
        font.setBold(True)
    return font


def panel_text_size(height: int) -> int:
    """The pixel size of a panel's main text over a window ``height`` pixels tall."""
    return max(15, min(32, round(height / 30)))


def hint_size(pixels: int) -> int:
    """The pixel size of the hint line under a panel whose text is ``pixels`` tall."""
    return max(12, round(pixels * 0.62))


# -- the printed handout (trip-viewer handout): dark on white paper -------------------

PRINT_TEXT = QColor("#000000")  # captions, titles, the page's number
PRINT_TEXT_DIM = QColor("#4a4a4a")  # credit, place and time, the trip's source and dates
PRINT_MISSING_TEXT = QColor("#707070")  # "No caption", "No credit" where one should be
PRINT_RULE = QColor("#9a9a9a")  # the strip's axis and ticks, a photo's hairline frame
PRINT_PLACEHOLDER = QColor("#f1f1f1")  # where a photo that cannot be printed would be
PRINT_PLACEHOLDER_EDGE = QColor("#c0392b")  # ... its frame and cross, and the reason
PRINT_SEA = QColor("#e3eef6")
PRINT_LAND = QColor("#f6f3ea")
PRINT_BORDER = QColor("#b9b2a3")
PRINT_ROUTE = QColor("#c0392b")
PRINT_STOP = QColor("#1f5f8b")  # a stop on the map and on the strip, and its name
PRINT_PHOTO_MARK = QColor("#222222")  # a photo's dot on the map and the strip (hollow when estimated)
PRINT_BACKGROUND = QColor("#ffffff")  # inside a hollow mark
PRINT_FONT_FAMILY = "DejaVu Sans"  # asked for first; Qt falls back to the system's sans serif


def print_font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    """The handout's font at ``points`` (a printed size: points, not pixels).

    Without ligatures: "officials" set with an "ffi" glyph is copied out of the PDF,
    and found by its search, as "oﬃcials".
    """
    font = QFont(PRINT_FONT_FAMILY)
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag.fromString(feature), 0)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font
