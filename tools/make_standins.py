"""Draw the stand-in photos of the bundled sample trip, with real metadata.

The sample trip retells Quartz's photo story of Kim Jong Un's train journey to the
February 2019 Hanoi summit. Its 13 photographs are the property of Reuters and AP and
are not ours to ship, so each photo in the trip is a stand-in: a flat illustration of
the scene that says in large type which credited original it stands in for, with the
caption, the place and the local time.

Each JPEG also carries EXIF and XMP metadata that agrees with ``trip.yaml`` (caption,
credit, local time with its UTC offset, place), so the viewer's metadata fallback has
something true to read when a manifest leaves a field out.

The script reads ``resources/sample-trip/trip.yaml`` and writes
``resources/sample-trip/photos/NN-slug.jpg`` for every photo, then reads each file
back to check its metadata. It lives in ``tools/``, not beside the trip: everything
under ``resources/`` is installed with the app, and the app never draws a stand-in.
Output is deterministic: no timestamps, fixed random seeds, and only Pillow's
built-in font, so every machine draws the same pictures.

    python tools/make_standins.py          # draw, then check
    python tools/make_standins.py --check  # check only
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parents[1] / "resources" / "sample-trip"  # what is installed
MANIFEST = HERE / "trip.yaml"

WIDTH, HEIGHT = 1800, 1200
SUPERSAMPLE = 2  # scenes are drawn at twice the size and shrunk, for smooth edges
HORIZON = 560
JPEG_QUALITY = 88
MAX_BYTES = 400_000

EXIF_IFD = 0x8769
IMAGE_DESCRIPTION, ARTIST = 0x010E, 0x013B
DATE_TIME_ORIGINAL, OFFSET_TIME_ORIGINAL = 0x9003, 0x9011

RGB = tuple[int, int, int]
Color = tuple[int, ...]  # RGB, or RGBA for translucent paint
Point = tuple[float, float]
Box = tuple[float, float, float, float]

# Places in the manifest that are in a town; roads between towns have none.
CITY_OF_PLACE = {
    "Dong Dang station": "Dong Dang",
    "Dong Dang": "Dong Dang",
    "Hanoi Opera House": "Hanoi",
    "Noi Bai International Airport": "Hanoi",
}

# ---------------------------------------------------------------------------
# The manifest


@dataclass(frozen=True)
class Photo:
    """One photo of trip.yaml, as far as the stand-in needs it."""

    number: int
    path: Path
    caption: str
    credit: str
    time: datetime
    approximate: bool
    place: str

    @property
    def city(self) -> str | None:
        if self.place in CITY_OF_PLACE:
            return CITY_OF_PLACE[self.place]
        _, comma, town = self.place.rpartition(", ")
        return town if comma else None


def parse_time(value: object, where: str) -> datetime:
    """Read a manifest time; the stand-ins need a time of day with a UTC offset."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise SystemExit(f"{where}: time must be an ISO 8601 date and time with an offset")
    return value


def load_photos(manifest: Path) -> list[Photo]:
    data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    photos = []
    for number, entry in enumerate(data["photos"], start=1):
        where = f"{manifest.name}, photo {number}"
        photos.append(
            Photo(
                number=number,
                path=manifest.parent / entry["file"],
                caption=entry["caption"],
                credit=entry["credit"],
                time=parse_time(entry["time"], where),
                approximate=bool(entry.get("approximate", False)),
                place=entry["place"],
            )
        )
    return photos


# ---------------------------------------------------------------------------
# Light: the sky and the colour cast follow the local time of day


@dataclass(frozen=True)
class Light:
    sky_top: RGB
    sky_horizon: RGB
    sun: RGB
    tint: RGB  # multiplied into every colour of the scene
    lamps: bool  # street lamps and windows lit


# (until this hour, light): dawn, morning, midday, afternoon, dusk, night
LIGHTS: list[tuple[float, Light]] = [
    (7.0, Light((40, 48, 104), (242, 164, 128), (255, 190, 140), (205, 185, 205), True)),
    (11.5, Light((92, 148, 214), (248, 226, 184), (255, 244, 210), (255, 250, 240), False)),
    (15.5, Light((66, 126, 204), (204, 226, 242), (255, 252, 235), (255, 255, 255), False)),
    (17.5, Light((82, 118, 186), (250, 212, 156), (255, 226, 160), (255, 236, 214), False)),
    (19.0, Light((46, 52, 112), (250, 146, 96), (255, 170, 90), (196, 168, 190), True)),
    (24.0, Light((12, 16, 40), (44, 54, 96), (230, 230, 250), (110, 112, 150), True)),
]
SUNRISE, SUNSET = 6.5, 18.1  # Hanoi in late February, roughly


def light_at(hour: float) -> Light:
    return next(light for until, light in LIGHTS if hour < until)


def hour_of(time: datetime) -> float:
    return time.hour + time.minute / 60


# ---------------------------------------------------------------------------
# Canvas: drawing in 1800x1200 coordinates, supersampled, with the light's tint


class Canvas:
    """An ImageDraw that takes final-size coordinates and tints every colour."""

    def __init__(self, light: Light) -> None:
        self.image = Image.new("RGB", (WIDTH * SUPERSAMPLE, HEIGHT * SUPERSAMPLE))
        self._draw = ImageDraw.Draw(self.image, "RGBA")
        self.light = light

    @property
    def lamps(self) -> bool:
        return self.light.lamps

    def _paint(self, color: Color, lit: bool) -> Color:
        if lit:  # light sources keep their colour whatever the time of day
            return color
        tinted = (c * t // 255 for c, t in zip(color[:3], self.light.tint, strict=True))
        return (*tinted, *color[3:])

    def _xy(self, points: Iterable[Point]) -> list[tuple[int, int]]:
        return [(round(x * SUPERSAMPLE), round(y * SUPERSAMPLE)) for x, y in points]

    def rect(self, box: Box, color: Color, radius: float = 0, lit: bool = False) -> None:
        (x0, y0), (x1, y1) = self._xy([box[:2], box[2:]])
        paint = self._paint(color, lit)
        self._draw.rounded_rectangle((x0, y0, x1, y1), round(radius * SUPERSAMPLE), fill=paint)

    def polygon(self, points: Iterable[Point], color: Color) -> None:
        self._draw.polygon(self._xy(points), fill=self._paint(color, False))

    def ellipse(self, box: Box, color: Color, lit: bool = False) -> None:
        self._draw.ellipse(self._xy([box[:2], box[2:]]), fill=self._paint(color, lit))

    def circle(self, x: float, y: float, r: float, color: Color, lit: bool = False) -> None:
        self.ellipse((x - r, y - r, x + r, y + r), color, lit)

    def line(self, points: Iterable[Point], color: Color, width: float) -> None:
        paint = self._paint(color, False)
        self._draw.line(self._xy(points), fill=paint, width=round(width * SUPERSAMPLE))

    def text(self, x: float, y: float, text: str, size: float, color: Color) -> None:
        (xy,) = self._xy([(x, y)])
        face = font(size * SUPERSAMPLE)
        self._draw.text(xy, text, font=face, fill=self._paint(color, False), anchor="mm")

    def finished(self) -> Image.Image:
        return self.image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)


@dataclass(frozen=True)
class Frame:
    """Local coordinates for one drawn thing: units of `scale` from an anchor point."""

    x: float
    y: float
    scale: float = 1
    mirrored: bool = False

    def point(self, px: float, py: float) -> Point:
        sign = -1 if self.mirrored else 1
        return (self.x + sign * px * self.scale, self.y + py * self.scale)

    def points(self, points: Iterable[Point]) -> list[Point]:
        return [self.point(px, py) for px, py in points]

    def box(self, box: Box) -> Box:
        (x0, y0), (x1, y1) = self.point(*box[:2]), self.point(*box[2:])
        return (min(x0, x1), y0, max(x0, x1), y1)


# ---------------------------------------------------------------------------
# Scenery, in flat colours

SKIN, HAIR = (222, 184, 150), (34, 30, 30)
SUIT, SHIRT = (34, 38, 48), (236, 236, 236)
GRASS, FIELD, HILL = (112, 150, 92), (150, 170, 104), (96, 132, 118)
ASPHALT, CURB, PAVING = (86, 88, 94), (200, 198, 190), (186, 180, 168)
GLASS, LAMP, WHITE = (60, 72, 90), (255, 222, 140), (250, 248, 240)
POLICE, POLICE_CAP = (170, 156, 72), (70, 84, 56)  # Vietnamese police olive-mustard
TRAIN_GREEN, TRAIN_STRIPE = (30, 70, 52), (224, 188, 64)
JET_BLUE, JET_GREY = (44, 86, 150), (176, 182, 192)
BLACK_CAR, GREY_CAR = (22, 22, 26), (46, 48, 56)


def blend(a: RGB, b: RGB, t: float) -> RGB:
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return (r, g, bl)


def sky(c: Canvas, hour: float) -> None:
    """Fill the picture with the sky's gradient and place the sun for the hour."""
    light, horizon = c.light, HORIZON * SUPERSAMPLE
    shades = [min(1.0, y / horizon) ** 1.3 for y in range(c.image.height)]
    column = Image.new("RGB", (1, c.image.height))
    column.putdata([blend(light.sky_top, light.sky_horizon, t) for t in shades])
    c.image.paste(column.resize(c.image.size))
    day = (hour - SUNRISE) / (SUNSET - SUNRISE)
    if 0 <= day <= 1:
        x, y = 160 + day * 1480, HORIZON + 10 - math.sin(math.pi * day) * 380
        for r, alpha in ((150, 28), (105, 44), (75, 70)):
            c.circle(x, y, r, (*light.sun, alpha), lit=True)
        c.circle(x, y, 52, light.sun, lit=True)


def ground(c: Canvas, color: RGB, top: float = HORIZON) -> None:
    c.rect((0, top, WIDTH, HEIGHT), color)


def hills(c: Canvas, height: float, phase: float) -> None:
    def crest(x: float) -> float:
        return 0.6 + 0.28 * math.sin(x / 210 + phase) + 0.12 * math.sin(x / 71 + 3 * phase)

    ridge = [(x, HORIZON - height * crest(x)) for x in range(0, WIDTH + 1, 30)]
    c.polygon([(0, HORIZON), *ridge, (WIDTH, HORIZON)], HILL)


def skyline(c: Canvas, base: float, color: RGB, seed: int, tallest: float = 170) -> None:
    rng, x = random.Random(seed), 0.0
    while x < WIDTH:
        w, h = 50 + rng.random() * 90, 30 + rng.random() * tallest
        c.rect((x, base - h, x + w - 6, base), color)
        x += w


def roof(
    c: Canvas,
    x0: float,
    x1: float,
    eaves: float,
    inset: float,
    height: float,
    color: RGB,
) -> None:
    """A hipped roof or mansard: a trapezoid standing on the eaves line."""
    top = eaves - height
    c.polygon([(x0, eaves), (x1, eaves), (x1 - inset, top), (x0 + inset, top)], color)


def tree(c: Canvas, x: float, base: float, h: float) -> None:
    f = Frame(x, base, h)
    c.rect(f.box((-0.05, -0.5, 0.05, 0)), (92, 70, 52))
    for dx, dy, r in ((0, -0.72, 0.26), (-0.16, -0.56, 0.2), (0.17, -0.58, 0.2)):
        c.circle(*f.point(dx, dy), r * h, (64, 112, 70))


SHIRT_FRONT = [(-0.04, -0.8), (0.04, -0.8), (0, -0.7)]
SKIRT = [(-0.13, -0.6), (0.13, -0.6), (0.2, -0.24), (-0.2, -0.24)]


def person(
    c: Canvas,
    x: float,
    base: float,
    h: float,
    body: RGB = SUIT,
    *,
    wave: bool = False,
    stride: float = 0,
    cap: RGB | None = None,
    dress: bool = False,
) -> None:
    """A flat standing figure, feet at (x, base), h tall."""
    f = Frame(x, base, h)
    if dress:  # long hair, behind the head
        c.rect(f.box((-0.11, -0.98, 0.11, -0.74)), HAIR, 0.05 * h)
    for side in (-1, 1):
        hip, foot = 0.06 * side, (0.07 + stride) * side
        leg = [(hip - 0.05, -0.46), (hip + 0.05, -0.46), (foot + 0.045, 0), (foot - 0.045, 0)]
        c.polygon(f.points(leg), body)
    c.rect(f.box((-0.14, -0.8, 0.14, -0.42)), body, 0.06 * h)
    if dress:
        c.polygon(f.points(SKIRT), body)
    c.polygon(f.points(SHIRT_FRONT), SHIRT)
    if wave:
        c.line(f.points([(0.12, -0.74), (0.26, -1.02)]), body, 0.07 * h)
        c.circle(*f.point(0.27, -1.05), 0.045 * h, SKIN)
    c.circle(*f.point(0, -0.9), 0.095 * h, SKIN)
    if cap:
        c.rect(f.box((-0.12, -1.0, 0.12, -0.93)), cap, 0.03 * h)
    else:
        c.ellipse(f.box((-0.1, -1.0, 0.1, -0.9)), HAIR)


def crowd(c: Canvas, x0: float, x1: float, base: float, h: float, *, wave: bool = False) -> None:
    rng = random.Random(round(x0 * 7 + base))
    colors = [SUIT, (180, 60, 60), (70, 90, 140), (220, 220, 214), (120, 110, 96)]
    x = x0
    while x < x1:
        color = colors[int(rng.random() * len(colors))]
        person(c, x, base, h * (0.9 + 0.2 * rng.random()), color, wave=wave)
        x += h * (0.3 + 0.12 * rng.random())


def star(cx: float, cy: float, r: float) -> list[Point]:
    radii = [r if i % 2 == 0 else 0.4 * r for i in range(10)]
    angles = [i * math.pi / 5 for i in range(10)]
    polar = zip(radii, angles, strict=True)
    return [(cx + q * math.sin(a), cy - q * math.cos(a)) for q, a in polar]


def flag(c: Canvas, kind: str, x: float, y: float, w: float) -> None:
    """A flag with its top-left corner at (x, y): 'vn', 'kp' or 'us'."""
    h = w * 2 / 3
    if kind == "vn":
        c.rect((x, y, x + w, y + h), (218, 37, 29))
        c.polygon(star(x + w / 2, y + h / 2, h * 0.3), (255, 210, 0))
    elif kind == "kp":
        c.rect((x, y, x + w, y + h), (2, 79, 162))
        c.rect((x, y + h * 0.17, x + w, y + h * 0.83), (255, 255, 255))
        c.rect((x, y + h * 0.21, x + w, y + h * 0.79), (237, 28, 39))
        c.circle(x + w * 0.36, y + h / 2, h * 0.2, (255, 255, 255))
        c.polygon(star(x + w * 0.36, y + h / 2, h * 0.19), (237, 28, 39))
    else:
        for i in range(13):
            stripe = (178, 34, 52) if i % 2 == 0 else (255, 255, 255)
            c.rect((x, y + i * h / 13, x + w, y + (i + 1) * h / 13 + 0.5), stripe)
        c.rect((x, y, x + w * 0.4, y + h * 7 / 13), (60, 59, 110))


def flagpole(c: Canvas, kind: str, x: float, base: float, height: float, w: float) -> None:
    c.line([(x, base), (x, base - height)], (210, 210, 214), max(3.0, w / 22))
    flag(c, kind, x, base - height, w)


def station_building(c: Canvas, x: float, base: float, w: float, h: float) -> None:
    """Dong Dang station: a low ochre hall with a red-brown roof and a name board."""
    roof(c, x - 20, x + w + 20, base - h, 50, 70, (150, 72, 52))
    c.rect((x, base - h, x + w, base), (236, 206, 140))
    bays = int(w // 110)
    for i in range(bays):
        wx = x + (i + 0.5) * w / bays
        c.rect((wx - 30, base - h + 70, wx + 30, base - 40), (70, 84, 104), 28)
    c.rect((x + w / 2 - 190, base - h + 8, x + w / 2 + 190, base - h + 58), (176, 30, 36), 6)
    c.text(x + w / 2, base - h + 33, "GA DONG DANG", 32, (255, 224, 120))


def rails(c: Canvas, y: float) -> None:
    c.rect((0, y, WIDTH, y + 26), (120, 108, 96))
    for x in range(0, WIDTH, 44):
        c.rect((x, y + 4, x + 24, y + 22), (86, 70, 56))
    c.rect((0, y + 2, WIDTH, y + 8), (170, 170, 176))


def platform(c: Canvas, top: float, bottom: float = HEIGHT) -> None:
    c.rect((0, top, WIDTH, bottom), PAVING)
    c.rect((0, top, WIDTH, top + 10), (250, 204, 40))


def carriage(c: Canvas, x: float, base: float, length: float, *, engine: bool = False) -> None:
    """One carriage of the dark green train, wheels on the rail at `base`."""
    roof_y, sill, end = base - 170, base - 30, x + length
    if engine:
        nose = [(x, roof_y), (end - 90, roof_y), (end, roof_y + 70), (end, sill), (x, sill)]
        c.polygon(nose, TRAIN_GREEN)
        windscreen = [(-86, 14), (-30, 14), (-8, 68), (-86, 68)]
        c.polygon(Frame(end, roof_y).points(windscreen), (160, 190, 210))
        c.circle(end - 22, roof_y + 112, 9, LAMP, lit=True)
    else:
        c.rect((x, roof_y, end, sill), TRAIN_GREEN, 18)
        c.rect((x + 6, roof_y - 12, end - 6, roof_y + 10), (64, 88, 74), 10)
        for wx in range(round(x) + 30, round(end) - 60, 62):
            c.rect((wx, roof_y + 30, wx + 44, roof_y + 72), (200, 212, 206), 6)
            c.rect((wx, roof_y + 30, wx + 44, roof_y + 42), (236, 226, 196), 4)
    c.rect((x, roof_y + 84, end, roof_y + 96), TRAIN_STRIPE)
    for wheel in (x + 50, x + 100, end - 100, end - 50):
        c.circle(wheel, base - 22, 22, (34, 34, 36))
        c.circle(wheel, base - 22, 8, (150, 150, 156))


def train(c: Canvas, nose: float, base: float, cars: int, length: float = 440) -> None:
    """A train heading right with its engine's nose at x = `nose`."""
    carriage(c, nose - length, base, length, engine=True)
    for i in range(1, cars):
        carriage(c, nose - (i + 1) * length - i * 14, base, length)


CAR_CABIN = [(-0.28, -0.19), (-0.17, -0.3), (0.2, -0.3), (0.32, -0.19)]
CAR_WINDOWS = (
    [(-0.24, -0.195), (-0.155, -0.285), (0.0, -0.285), (0.0, -0.195)],
    [(0.02, -0.195), (0.02, -0.285), (0.19, -0.285), (0.28, -0.195)],
)
CAR_OPEN_DOOR = [(0.02, -0.2), (-0.06, -0.22), (-0.06, -0.06), (0.02, -0.06)]


def car(
    c: Canvas,
    cx: float,
    base: float,
    length: float,
    color: RGB = GREY_CAR,
    *,
    flags: bool = False,
    door_open: bool = False,
    waving: bool = False,
    facing_left: bool = False,
) -> None:
    """A car centred on cx with its wheels on `base`; the leader's limousine flies flags."""
    f = Frame(cx, base, length, facing_left)
    c.polygon(f.points(CAR_CABIN), color)
    for window in CAR_WINDOWS:
        c.polygon(f.points(window), GLASS)
    c.rect(f.box((-0.5, -0.2, 0.5, -0.05)), color, 0.035 * length)
    c.rect(f.box((-0.48, -0.125, 0.48, -0.115)), (170, 170, 176))
    for wheel in (-0.31, 0.31):
        c.circle(*f.point(wheel, -0.065), 0.065 * length, (24, 24, 26))
        c.circle(*f.point(wheel, -0.065), 0.03 * length, (168, 168, 172))
    if flags:
        c.line(f.points([(0.45, -0.2), (0.45, -0.33)]), (200, 200, 204), 0.008 * length)
        x0, y0, _, _ = f.box((0.45, -0.33, 0.55, -0.26))
        flag(c, "kp", x0, y0, 0.1 * length)
    if door_open:
        c.polygon(f.points(CAR_OPEN_DOOR), blend(color, (255, 255, 255), 0.25))
    if waving:  # an arm out of the rear window
        c.line(f.points([(-0.09, -0.24), (-0.06, -0.36)]), SKIN, 0.02 * length)
        c.circle(*f.point(-0.055, -0.375), 0.018 * length, SKIN)


def motorbike(c: Canvas, x: float, base: float, size: float) -> None:
    """A police motorcycle and its rider."""
    f = Frame(x, base, size)
    for wheel in (-0.32, 0.32):
        c.circle(*f.point(wheel, -0.14), 0.14 * size, (30, 30, 32))
    c.polygon(f.points([(-0.3, -0.22), (0.38, -0.3), (0.2, -0.12), (-0.2, -0.12)]), WHITE)
    person(c, x - 0.02 * size, base - 0.2 * size, 0.75 * size, POLICE, cap=WHITE)


def barrier(c: Canvas, x0: float, x1: float, base: float) -> None:
    for x in (x0 + 10, x1 - 10):
        c.rect((x - 4, base - 46, x + 4, base), (90, 90, 96))
    step = (x1 - x0) / 8
    for i in range(8):
        color = (220, 40, 40) if i % 2 == 0 else WHITE
        c.rect((x0 + i * step, base - 50, x0 + (i + 1) * step, base - 34), color)


def lamp_post(c: Canvas, x: float, base: float, h: float) -> None:
    c.line([(x, base), (x, base - h), (x + 40, base - h - 10)], (62, 66, 74), 6)
    if c.lamps:
        c.circle(x + 44, base - h - 2, 34, (*LAMP, 70), lit=True)
    c.circle(x + 44, base - h - 2, 12, LAMP, lit=c.lamps)


def road_side(c: Canvas, top: float, bottom: float = HEIGHT) -> None:
    """A road seen from its side, crossing the picture."""
    c.rect((0, top - 8, WIDTH, top), CURB)
    c.rect((0, top, WIDTH, bottom), ASPHALT)
    mid = (top + bottom) / 2
    for x in range(0, WIDTH, 150):
        c.rect((x, mid - 4, x + 80, mid + 4), WHITE)


def road_ahead(c: Canvas, vx: float) -> None:
    """A road running straight away from the viewer to a vanishing point at vx."""
    far, near = HORIZON, HEIGHT
    c.polygon([(vx - 12, far), (vx + 12, far), (WIDTH + 400, near), (-400, near)], ASPHALT)
    for i in range(12):
        t0, t1 = (i / 12) ** 2, ((i + 0.5) / 12) ** 2
        y0, y1 = far + t0 * (near - far), far + t1 * (near - far)
        w0, w1 = 2 + 10 * t0, 2 + 10 * t1
        c.polygon([(vx - w0, y0), (vx + w0, y0), (vx + w1, y1), (vx - w1, y1)], WHITE)


def window_grid(
    c: Canvas,
    box: Box,
    rows: int,
    cols: int,
    width: float,
    shutters: RGB | None = None,
) -> None:
    """Rows of windows filling `box`; lit from inside once the lamps are on."""
    x0, top, x1, bottom = box
    cell_w, cell_h = (x1 - x0) / cols, (bottom - top) / rows
    glass = LAMP if c.lamps else (78, 92, 112)
    for row in range(rows):
        for col in range(cols):
            wx, wy = x0 + (col + 0.5) * cell_w, top + row * cell_h
            if shutters:
                c.rect((wx - width * 0.95, wy, wx + width * 0.95, wy + cell_h * 2 / 3), shutters)
            window = (wx - width / 2, wy, wx + width / 2, wy + cell_h * 2 / 3)
            c.rect(window, glass, width * 0.15, lit=c.lamps)


def columns(c: Canvas, x0: float, x1: float, top: float, base: float, count: int) -> None:
    for i in range(count):
        cx = x0 + (i + 0.5) * (x1 - x0) / count
        c.rect((cx - 14, top, cx + 14, base), WHITE)
        c.rect((cx - 20, top, cx + 20, top + 12), WHITE)


def opera_house(c: Canvas, cx: float, base: float) -> None:
    """Hanoi Opera House: cream wings, a columned portico and a slate mansard."""
    f, cream, slate = Frame(cx, base), (240, 226, 190), (104, 116, 132)
    roof(c, cx - 640, cx + 640, base - 300, 40, 60, slate)
    c.rect(f.box((-640, -300, 640, 0)), cream)
    window_grid(c, f.box((-630, -270, -270, -30)), 2, 4, 40)
    window_grid(c, f.box((270, -270, 630, -30)), 2, 4, 40)
    c.ellipse(f.box((-130, -540, 130, -420)), slate)  # the low dome behind
    c.polygon(f.points([(-270, -400), (0, -500), (270, -400)]), WHITE)
    c.rect(f.box((-270, -410, 270, -40)), cream)
    c.rect(f.box((-280, -410, 280, -380)), WHITE)
    c.rect(f.box((-250, -370, 250, -70)), (206, 190, 154))
    columns(c, cx - 250, cx + 250, base - 370, base - 70, 6)
    for step in range(3):
        c.rect(f.box((-300 - 20 * step, -70 + 22 * step, 300 + 20 * step, -48 + 22 * step)), CURB)


def embassy(c: Canvas, x: float, base: float, w: float) -> None:
    """A pale two-storey embassy behind a wall with a dark iron gate."""
    wall = (232, 214, 170)
    c.rect((x, base - 340, x + w, base - 60), (226, 224, 216))
    c.rect((x - 10, base - 355, x + w + 10, base - 330), (190, 188, 180))
    window_grid(c, (x + 20, base - 300, x + w - 20, base - 80), 2, max(3, int(w // 130)), 50)
    flagpole(c, "kp", x + w / 2, base - 355, 120, 110)
    gate_x0, gate_x1 = x + w / 2 - 150, x + w / 2 + 150
    c.rect((x - 200, base - 120, gate_x0, base), wall)
    c.rect((gate_x1, base - 120, x + w + 200, base), wall)
    for gx in range(round(gate_x0), round(gate_x1), 22):
        c.rect((gx, base - 110, gx + 6, base), (40, 40, 44))
    for px in (gate_x0 - 20, gate_x1):
        c.rect((px, base - 150, px + 20, base), blend(wall, (0, 0, 0), 0.12))


def ministry(c: Canvas, cx: float, base: float) -> None:
    """A yellow colonial ministry with green shutters and a white portico."""
    f, shutters = Frame(cx, base), (58, 110, 80)
    roof(c, cx - 620, cx + 620, base - 330, 50, 60, (138, 62, 48))
    c.rect(f.box((-620, -330, 620, 0)), (236, 196, 92))
    window_grid(c, f.box((-600, -300, -190, -20)), 2, 4, 44, shutters)
    window_grid(c, f.box((190, -300, 600, -20)), 2, 4, 44, shutters)
    c.polygon(f.points([(-190, -380), (0, -450), (190, -380)]), (246, 240, 226))
    c.rect(f.box((-190, -380, 190, 0)), (214, 176, 84))
    columns(c, cx - 190, cx + 190, base - 360, base - 20, 4)


def terminal(c: Canvas, x0: float, x1: float, base: float) -> None:
    """A low glass airport terminal with a control tower."""
    concrete, steel = (214, 220, 226), (150, 158, 168)
    c.rect((x0, base - 120, x1, base), concrete)
    c.rect((x0, base - 100, x1, base - 40), (110, 150, 180))
    c.rect((x0 - 20, base - 134, x1 + 20, base - 120), steel)
    tower = x1 - 200
    c.rect((tower - 16, base - 330, tower + 16, base - 120), concrete)
    roof(c, tower - 60, tower + 60, base - 330, 16, 50, (90, 130, 160))
    c.rect((tower - 50, base - 392, tower + 50, base - 378), steel)


def plane(c: Canvas, nose: float, base: float, length: float) -> None:
    """A white and blue government jet seen side-on, facing left, with its stairs down."""
    s = length / 100  # the jet is drawn in hundredths of its length
    f = Frame(nose, base, s)
    c.polygon(f.points([(80, -20), (92, -36), (98, -36), (96, -20)]), JET_BLUE)  # fin
    c.rect(f.box((0, -20, 100, -9)), (246, 247, 250), 5.5 * s)  # fuselage
    c.polygon(f.points([(86, -16), (97, -17.5), (99, -15.5), (87, -14.5)]), JET_GREY)
    c.rect(f.box((2, -12.2, 97, -10.6)), JET_BLUE)  # cheatline
    for u in range(13, 84, 2):
        c.rect(f.box((u, -17.4, u + 0.8, -15.8)), GLASS, 0.35 * s)
    c.polygon(f.points([(1.5, -16.5), (5, -18), (6, -16.5)]), GLASS)  # cockpit
    c.polygon(f.points([(38, -11), (58, -11), (72, -6.5), (64, -6.5)]), JET_GREY)  # wing
    c.rect(f.box((34, -9, 47, -4)), (220, 224, 230), 2.5 * s)  # engine
    c.ellipse(f.box((33, -9, 35.5, -4)), (70, 74, 82))
    for u in (10, 52):  # landing gear
        c.line(f.points([(u, -9), (u, -1.5)]), (90, 92, 98), 0.8 * s)
        c.circle(*f.point(u, -1.5), 1.5 * s, (30, 30, 32))
    c.polygon(f.points([(11, -12), (14, -12), (0, 0), (-4, 0)]), (196, 198, 204))  # stairs
    c.rect(f.box((10.5, -18.5, 14.5, -12)), GLASS, s)  # open door
    person(c, *f.point(12.5, -12), 7 * s, wave=True)


# ---------------------------------------------------------------------------
# The thirteen scenes, one per photo file; unknown files get a plain landscape.
# Feet and wheels stay above FLOOR, so the notice panel never hides the subject.

FLOOR = 800


def scene_train_arrival(c: Canvas) -> None:
    hills(c, 170, 0.4)
    ground(c, GRASS)
    station_building(c, 1180, 630, 560, 200)
    platform(c, 630, 650)
    rails(c, 770)
    platform(c, 796)
    train(c, 1460, 770, 4)


def scene_welcome(c: Canvas) -> None:
    hills(c, 140, 2.0)
    ground(c, GRASS)
    rails(c, 600)
    train(c, 1900, 600, 5)
    platform(c, 620)
    c.polygon([(560, 630), (1000, 630), (1240, HEIGHT), (320, HEIGHT)], (176, 36, 40))
    for x in range(1080, 1760, 110):
        person(c, x, FLOOR - 10, 230)
    person(c, 760, FLOOR - 10, 260)
    for x, kind in ((170, "vn"), (360, "kp")):
        flagpole(c, kind, x, FLOOR - 10, 340, 140)


def scene_station(c: Canvas) -> None:
    hills(c, 120, 4.1)
    ground(c, GRASS)
    station_building(c, 330, 650, 1140, 330)
    platform(c, 650)
    for x, kind in ((170, "vn"), (1600, "kp")):
        flagpole(c, kind, x, FLOOR - 10, 420, 130)
    crowd(c, 520, 780, 760, 170)
    crowd(c, 1040, 1300, 760, 170)
    person(c, 900, FLOOR, 240)


def scene_limo_boarding(c: Canvas) -> None:
    hills(c, 110, 1.3)
    ground(c, GRASS)
    station_building(c, 120, 620, 700, 220)
    platform(c, 620)
    person(c, 880, FLOOR - 30, 200)
    car(c, 940, FLOOR - 10, 760, BLACK_CAR, flags=True, door_open=True)
    for x in (470, 1390, 1500, 1620):
        person(c, x, FLOOR, 250)


def scene_limo_escort(c: Canvas) -> None:
    hills(c, 160, 5.2)
    ground(c, FIELD)
    for x in (140, 430, 1560):
        tree(c, x, 620, 200)
    road_side(c, 650, 920)
    car(c, 1470, FLOOR - 30, 440)
    car(c, 780, FLOOR - 10, 720, BLACK_CAR, flags=True)
    for x in (330, 1200):
        person(c, x, FLOOR, 230, stride=0.08)


def scene_waving(c: Canvas) -> None:
    hills(c, 120, 3.3)
    ground(c, FIELD)
    crowd(c, 40, WIDTH, 650, 150, wave=True)
    for i, x in enumerate(range(120, WIDTH, 300)):
        flag(c, "vn" if i % 2 == 0 else "kp", x, 450, 80)
    road_side(c, 660, 940)
    car(c, 870, FLOOR, 780, BLACK_CAR, flags=True, waving=True)


def scene_police_road(c: Canvas) -> None:
    skyline(c, HORIZON, (150, 160, 172), seed=7, tallest=90)
    ground(c, FIELD)
    road_ahead(c, 900)
    for side in (-1, 1):
        for k in range(4):
            depth = 0.35 + k * 0.22
            x = 900 + side * (60 + 380 * depth)
            person(c, x, HORIZON + 230 * depth, 230 * depth, POLICE, cap=POLICE_CAP)
    barrier(c, 40, 400, FLOOR)
    barrier(c, 1400, 1760, FLOOR)
    motorbike(c, 720, FLOOR, 220)


def scene_opera_house(c: Canvas) -> None:
    skyline(c, HORIZON - 40, (176, 184, 194), seed=11, tallest=120)
    ground(c, ASPHALT, HORIZON - 40)
    opera_house(c, 900, 640)
    road_side(c, 660)
    motorbike(c, 1620, FLOOR - 20, 200)
    car(c, 1280, FLOOR - 10, 480)
    car(c, 650, FLOOR, 700, BLACK_CAR, flags=True)


def embassy_street(c: Canvas) -> None:
    ground(c, PAVING)
    for x in (150, 1650):
        tree(c, x, 650, 420)
    embassy(c, 420, 650, 960)
    road_side(c, 680)


def scene_embassy_arrival(c: Canvas) -> None:
    embassy_street(c)
    for x in (700, 1010):
        person(c, x, 670, 220)
    person(c, 850, 700, 220, (74, 70, 84), dress=True)
    car(c, 400, FLOOR, 560, (30, 30, 34), facing_left=True)


def scene_embassy_departure(c: Canvas) -> None:
    embassy_street(c)
    lamp_post(c, 330, 680, 400)
    lamp_post(c, 1450, 680, 400)
    car(c, 920, FLOOR - 10, 720, BLACK_CAR, flags=True)
    for x in (480, 1360, 1470):
        person(c, x, FLOOR, 240)


def scene_motorcade_dusk(c: Canvas) -> None:
    skyline(c, HORIZON, (84, 80, 104), seed=23)
    ground(c, PAVING)
    embassy(c, 60, 650, 420)
    road_side(c, 680)
    for x in range(180, WIDTH, 380):
        lamp_post(c, x, 680, 380)
    motorbike(c, 1660, FLOOR - 20, 190)
    car(c, 1310, FLOOR - 20, 460)
    car(c, 700, FLOOR - 10, 640, BLACK_CAR, flags=True)
    car(c, 30, FLOOR - 20, 460)


def scene_airport(c: Canvas) -> None:
    terminal(c, 760, 1860, HORIZON + 20)
    ground(c, (176, 178, 176), HORIZON + 20)
    c.rect((0, FLOOR + 4, WIDTH, FLOOR + 16), (246, 206, 60))
    flagpole(c, "us", 1580, FLOOR - 30, 330, 150)
    plane(c, 320, FLOOR - 20, 1100)
    person(c, 180, FLOOR, 200)


def scene_ministry(c: Canvas) -> None:
    ground(c, PAVING)
    for x in (100, 1700):
        tree(c, x, 640, 440)
    ministry(c, 900, 640)
    c.rect((0, 660, WIDTH, HEIGHT), (206, 200, 188))
    c.rect((840, 640, 960, HEIGHT), (170, 40, 44))
    for x, kind in ((560, "vn"), (1240, "us")):
        flagpole(c, kind, x, 700, 340, 130)
    crowd(c, 1320, 1760, 740, 170)
    person(c, 840, FLOOR, 250, stride=0.05)
    person(c, 970, FLOOR, 250, stride=0.05)


def scene_landscape(c: Canvas) -> None:
    hills(c, 150, 0.0)
    ground(c, FIELD)


SCENES: dict[str, Callable[[Canvas], None]] = {
    "01-dong-dang-arrival": scene_train_arrival,
    "02-greeted-by-officials": scene_welcome,
    "03-at-the-station": scene_station,
    "04-into-the-limousine": scene_limo_boarding,
    "05-limo-on-its-way": scene_limo_escort,
    "06-waves-en-route": scene_waving,
    "07-police-clear-road": scene_police_road,
    "08-opera-house": scene_opera_house,
    "09-kim-yo-jong-at-embassy": scene_embassy_arrival,
    "10-leaves-embassy": scene_embassy_departure,
    "11-motorcade-after-embassy": scene_motorcade_dusk,
    "12-pompeo-at-noi-bai": scene_airport,
    "13-pompeo-and-pham-binh-minh": scene_ministry,
}

# ---------------------------------------------------------------------------
# Lettering: the stand-in notice, caption, place and time, and a number badge

MARGIN, PADDING = 56, 34
INK, SOFT_INK, ACCENT = (255, 255, 255), (222, 228, 238), (255, 200, 70)
PANEL = (14, 20, 34, 240)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def font(size: float) -> ImageFont.FreeTypeFont:
    """Pillow's bundled Aileron, so the lettering is the same on every machine."""
    face = ImageFont.load_default(size=size)
    if not isinstance(face, ImageFont.FreeTypeFont):  # the fixed-size bitmap fallback
        raise SystemExit("Pillow was built without FreeType; the stand-ins need it for text")
    return face


def wrap(text: str, face: ImageFont.FreeTypeFont, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and face.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def utc_offset(time: datetime) -> str:
    offset = time.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def when_text(photo: Photo) -> str:
    t = photo.time
    text = f"{DAYS[t.weekday()]} {t.day} {MONTHS[t.month - 1]} {t.year}, {t:%H:%M} local time"
    text += f" (UTC{utc_offset(t)})"
    return text + (", approximate" if photo.approximate else "")


def letter(image: Image.Image, photo: Photo, count: int) -> None:
    """Draw the notice panel along the bottom and the badges along the top."""
    draw = ImageDraw.Draw(image, "RGBA")
    width = WIDTH - 2 * (MARGIN + PADDING) - 12
    blocks = [  # (text, font size, colour, line pitch)
        (f"Stand-in for a photo by {photo.credit}", 60, INK, 74),
        (photo.caption, 42, SOFT_INK, 52),
        (f"{photo.place}  ·  {when_text(photo)}", 32, ACCENT, 40),
    ]
    lines = [(wrap(text, font(size), width), size, ink, pitch) for text, size, ink, pitch in blocks]
    gap = 18
    height = sum(len(rows) * pitch for rows, _, _, pitch in lines) + gap * (len(lines) - 1)
    top = HEIGHT - MARGIN - 2 * PADDING - height
    draw.rounded_rectangle((MARGIN, top, WIDTH - MARGIN, HEIGHT - MARGIN), 22, fill=PANEL)
    draw.rounded_rectangle((MARGIN, top, MARGIN + 12, HEIGHT - MARGIN), 6, fill=ACCENT)
    y = top + PADDING
    for rows, size, color, pitch in lines:
        for row in rows:
            draw.text((MARGIN + PADDING + 12, y), row, font=font(size), fill=color, anchor="lt")
            y += pitch
        y += gap
    badge(draw, photo.number, count)
    pill(draw, "STAND-IN ILLUSTRATION  ·  NOT THE ORIGINAL PHOTOGRAPH")


def badge(draw: ImageDraw.ImageDraw, number: int, count: int) -> None:
    box = (MARGIN, MARGIN, MARGIN + 170, MARGIN + 150)
    draw.rounded_rectangle(box, 24, fill=PANEL)
    draw.text((MARGIN + 85, MARGIN + 62), f"{number:02d}", font=font(78), fill=INK, anchor="mm")
    draw.text((MARGIN + 85, MARGIN + 122), f"of {count}", font=font(28), fill=ACCENT, anchor="mm")


def pill(draw: ImageDraw.ImageDraw, text: str) -> None:
    face = font(26)
    right, top = WIDTH - MARGIN, MARGIN
    left = right - face.getlength(text) - 56
    draw.rounded_rectangle((left, top, right, top + 56), 28, fill=PANEL)
    draw.text(((left + right) / 2, top + 28), text, font=face, fill=INK, anchor="mm")


# ---------------------------------------------------------------------------
# Metadata: EXIF for the plain readers, XMP for the exact text

XMP_TEMPLATE = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">
   <dc:description>
    <rdf:Alt>
     <rdf:li xml:lang="x-default">{caption}</rdf:li>
    </rdf:Alt>
   </dc:description>
   <photoshop:Credit>{credit}</photoshop:Credit>
   <photoshop:DateCreated>{date_created}</photoshop:DateCreated>
{place}  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""

TYPOGRAPHIC_TO_ASCII = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u0110": "D",
        "\u0111": "d",
    }
)


def to_ascii(text: str) -> str:
    """EXIF ASCII fields cannot hold curly quotes or accents; XMP keeps the exact text."""
    plain = unicodedata.normalize("NFKD", text.translate(TYPOGRAPHIC_TO_ASCII))
    return plain.encode("ascii", "ignore").decode("ascii")


def exif_datetime(time: datetime) -> str:
    return f"{time:%Y:%m:%d %H:%M:%S}"


def exif_for(photo: Photo) -> Image.Exif:
    exif = Image.Exif()
    exif[IMAGE_DESCRIPTION] = to_ascii(photo.caption)
    exif[ARTIST] = to_ascii(photo.credit)
    details = exif.get_ifd(EXIF_IFD)
    details[DATE_TIME_ORIGINAL] = exif_datetime(photo.time)
    details[OFFSET_TIME_ORIGINAL] = utc_offset(photo.time)
    return exif


def xmp_for(photo: Photo) -> bytes:
    place = f"   <Iptc4xmpCore:Location>{escape(photo.place)}</Iptc4xmpCore:Location>\n"
    if photo.city:
        place += f"   <photoshop:City>{escape(photo.city)}</photoshop:City>\n"
    place += "   <photoshop:Country>Vietnam</photoshop:Country>\n"
    packet = XMP_TEMPLATE.format(
        caption=escape(photo.caption),
        credit=escape(photo.credit),
        date_created=photo.time.isoformat(),
        place=place,
    )
    return packet.encode("utf-8")


# ---------------------------------------------------------------------------
# Drawing, saving and checking


def draw_standin(photo: Photo, count: int) -> Image.Image:
    hour = hour_of(photo.time)
    canvas = Canvas(light_at(hour))
    sky(canvas, hour)
    SCENES.get(photo.path.stem, scene_landscape)(canvas)
    image = canvas.finished()
    letter(image, photo, count)
    return image


def save(image: Image.Image, photo: Photo) -> None:
    photo.path.parent.mkdir(parents=True, exist_ok=True)
    image.save(
        photo.path,
        "JPEG",
        quality=JPEG_QUALITY,
        optimize=True,
        exif=exif_for(photo),
        xmp=xmp_for(photo),
    )


def xmp_value(node: object, *keys: str) -> object:
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def problems_with(photo: Photo) -> list[str]:
    """Read a written stand-in back and list where it disagrees with the manifest."""
    if not photo.path.is_file():
        return ["missing"]
    with Image.open(photo.path) as image:
        exif, xmp, size = image.getexif(), image.getxmp(), image.size
    details = exif.get_ifd(EXIF_IFD)
    description = xmp_value(xmp, "xmpmeta", "RDF", "Description")
    expected = [
        ("size", size, (WIDTH, HEIGHT)),
        ("EXIF ImageDescription", exif.get(IMAGE_DESCRIPTION), to_ascii(photo.caption)),
        ("EXIF Artist", exif.get(ARTIST), to_ascii(photo.credit)),
        ("EXIF DateTimeOriginal", details.get(DATE_TIME_ORIGINAL), exif_datetime(photo.time)),
        ("EXIF OffsetTimeOriginal", details.get(OFFSET_TIME_ORIGINAL), utc_offset(photo.time)),
        (
            "XMP dc:description",
            xmp_value(description, "description", "Alt", "li", "text"),
            photo.caption,
        ),
        ("XMP photoshop:Credit", xmp_value(description, "Credit"), photo.credit),
        (
            "XMP photoshop:DateCreated",
            xmp_value(description, "DateCreated"),
            photo.time.isoformat(),
        ),
        ("XMP photoshop:City", xmp_value(description, "City"), photo.city),
    ]
    found = [f"{name} is {got!r}, expected {want!r}" for name, got, want in expected if got != want]
    if photo.path.stat().st_size > MAX_BYTES:
        found.append(f"{photo.path.stat().st_size} bytes, more than {MAX_BYTES}")
    return found


def check(photos: list[Photo]) -> bool:
    ok = True
    for photo in photos:
        name = photo.path.relative_to(HERE)
        for problem in problems_with(photo):
            print(f"{name}: {problem}", file=sys.stderr)
            ok = False
    verdict = "all agree with" if ok else "some differ from"
    print(f"checked {len(photos)} stand-ins: {verdict} {MANIFEST.name}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--check", action="store_true", help="only check the existing photos against trip.yaml"
    )
    args = parser.parse_args(argv)
    photos = load_photos(MANIFEST)
    if not args.check:
        for photo in photos:
            save(draw_standin(photo, len(photos)), photo)
            print(f"wrote {photo.path.relative_to(HERE)}")
    return 0 if check(photos) else 1


if __name__ == "__main__":
    sys.exit(main())
