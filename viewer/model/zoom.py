"""Zoom maths: which part of a photo an area shows, and how zooming and panning move it.

Everything is in two kinds of coordinates. A *photo point* is in the upright
photo's own pixels (0..width, 0..height of the full-size photo), so every view
of the show agrees on it whatever its size: the presenter's console and the
projector point at the same spot. An *area point* is in the device pixels of
the area the zoom is set for (the audience's photo area), 0..width, 0..height.

A :class:`Zoom` is a scale (area pixels per photo pixel: 1.0 is one photo pixel
to one device pixel, "100 %") and the photo point at the area's centre. It is
always kept *clamped*: the photo never leaves a gap on a side where it is
bigger than the area, and is centred on an axis where it is smaller. A
:class:`Frame` is the resulting map between photo and area points; another view
of another size (the console's pane) shows the same part of the photo through
:func:`frame_in`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Size = tuple[float, float]
Point = tuple[float, float]

ONE_TO_ONE = 1.0  # one photo pixel to one device pixel
LARGEST = 8.0  # the most a photo is enlarged: 800 %
# Ctrl+wheel and + / −: scales a half-octave apart (×√2), through 100 % exactly.
LADDER = tuple(2 ** (step / 2) for step in range(-12, 7))
NEAR = 2**0.25  # a rung this close above the fit is no step


@dataclass(frozen=True)
class Frame:
    """Where a photo lies in an area: ``scale`` area pixels per photo pixel, its top-left at ``left, top``."""

    scale: float
    left: float
    top: float

    def to_area(self, point: Point) -> Point:
        return self.left + point[0] * self.scale, self.top + point[1] * self.scale

    def to_photo(self, point: Point) -> Point:
        return (point[0] - self.left) / self.scale, (point[1] - self.top) / self.scale


@dataclass(frozen=True)
class Zoom:
    """A zoomed view: ``scale`` area pixels per photo pixel, and the photo point at the area's centre."""

    scale: float
    centre: Point

    def frame(self, area: Size) -> Frame:
        """The map from photo to area points; the photo's corner on whole pixels, so 100 % stays sharp."""
        return Frame(
            self.scale,
            round(area[0] / 2 - self.centre[0] * self.scale),
            round(area[1] / 2 - self.centre[1] * self.scale),
        )


def fit_scale(photo: Size, area: Size) -> float:
    """The scale at which the whole photo fits the area (what the show shows unzoomed)."""
    if min(photo) <= 0 or min(area) <= 0:
        return 1.0
    return min(area[0] / photo[0], area[1] / photo[1])


def fitted(photo: Size, area: Size) -> Zoom:
    """The photo fit to the area, centred: where every zoom starts from and returns to."""
    return Zoom(fit_scale(photo, area), (photo[0] / 2, photo[1] / 2))


def least_scale(photo: Size, area: Size) -> float:
    """The smallest zoom: the photo fit to the area, or 100 % if that is smaller (a small photo)."""
    return min(fit_scale(photo, area), ONE_TO_ONE)


def clamp(zoom: Zoom, photo: Size, area: Size) -> Zoom:
    """``zoom`` with its scale within bounds and its centre where the photo covers the area.

    On an axis where the photo is smaller than the area it is centred; where it is
    bigger, the centre stays at least half the area from the photo's edges.
    """
    scale = min(max(zoom.scale, least_scale(photo, area)), LARGEST)
    centre = tuple(_clamp_axis(zoom.centre[axis], photo[axis], area[axis] / scale) for axis in (0, 1))
    return Zoom(scale, (centre[0], centre[1]))


def _clamp_axis(centre: float, length: float, seen: float) -> float:
    """The centre on one axis: ``length`` of photo, ``seen`` of it fits the area (photo units)."""
    if seen >= length:
        return length / 2
    return min(max(centre, seen / 2), length - seen / 2)


def zoom_at(zoom: Zoom, scale: float, anchor: Point, photo: Size, area: Size) -> Zoom:
    """``zoom`` changed to ``scale`` keeping the photo point under ``anchor`` (an area point) there.

    Clamping may move it when the photo's edge comes into view: the photo never
    leaves a gap it could fill.
    """
    under = zoom.frame(area).to_photo(anchor)
    centre = (under[0] - (anchor[0] - area[0] / 2) / scale, under[1] - (anchor[1] - area[1] / 2) / scale)
    return clamp(Zoom(scale, centre), photo, area)


def pan(zoom: Zoom, by: Point, photo: Size, area: Size) -> Zoom:
    """``zoom`` with the photo moved by ``by`` area pixels (a drag to the right shows more of the left)."""
    centre = (zoom.centre[0] - by[0] / zoom.scale, zoom.centre[1] - by[1] / zoom.scale)
    return clamp(Zoom(zoom.scale, centre), photo, area)


def step_scale(scale: float, steps: int, least: float) -> float:
    """The scale ``steps`` rungs of :data:`LADDER` above (or below, if negative) ``scale``.

    ``least`` (the fit) is a rung too, and the bottom one: a step below it gives ``least``.
    A rung less than a quarter-octave above the fit is left out: a step must be seen.
    """
    rungs = sorted({least, *(rung for rung in LADDER if least * NEAR < rung <= LARGEST)})
    place = min(range(len(rungs)), key=lambda index: abs(math.log(rungs[index] / scale)))
    return rungs[min(max(place + steps, 0), len(rungs) - 1)]


def frame_in(zoom: Zoom, area: Size, view: Size) -> Frame:
    """The part of the photo ``zoom`` shows in ``area``, shown in ``view`` (another size).

    The area's whole extent is fit to the view and centred, as the presenter's
    console shows what the projector shows in a smaller pane.
    """
    ratio = min(view[0] / area[0], view[1] / area[1]) if min(area) > 0 else 1.0
    scale = zoom.scale * ratio
    return Frame(scale, view[0] / 2 - zoom.centre[0] * scale, view[1] / 2 - zoom.centre[1] * scale)


def area_in(area: Size, view: Size) -> tuple[float, float, float, float]:
    """Where ``area``'s whole extent lies in ``view`` as :func:`frame_in` shows it: left, top, width, height.

    A view of another shape shows more of the photo beside it; what the room sees is this.
    """
    ratio = min(view[0] / area[0], view[1] / area[1]) if min(area) > 0 else 1.0
    width, height = area[0] * ratio, area[1] * ratio
    return (view[0] - width) / 2, (view[1] - height) / 2, width, height


def cap_size(photo: tuple[int, int], most_pixels: int) -> tuple[int, int]:
    """The size a photo's zoom pixels are decoded at: its own, or the most under ``most_pixels``.

    A photo of more pixels than the cap is decoded smaller, its aspect kept, so
    memory stays bounded; zoom then enlarges those pixels.
    """
    width, height = photo
    if width * height <= most_pixels:
        return photo
    shrink = math.sqrt(most_pixels / (width * height))
    return max(1, math.floor(width * shrink)), max(1, math.floor(height * shrink))
