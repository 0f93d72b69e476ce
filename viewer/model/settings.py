"""What the viewer remembers between runs: caption size, strip, recent trips.

A plain dataclass saved as a small JSON file under the config folder
(``viewer.paths``), written atomically. A corrupt file is moved aside and the
defaults are used, with a message for the person.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from viewer import paths
from viewer.files.atomic import read_json, write_json
from viewer.model.timing import LONGEST_FADE_SECONDS, SHORTEST_FADE_SECONDS, TRANSITIONS

RECENT_LIMIT = 10
POSITION_LIMIT = 200
CAPTION_SCALES = (0.6, 0.75, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)
# The interface's languages (viewer.gui.language), by ISO 639-1 code; English is the code's own.
LANGUAGES = ("en", "de", "fr", "es", "vi", "ko", "ar")


@dataclass
class Settings:
    caption_scale: float = 1.0
    strip_visible: bool = True
    map_visible: bool = True  # beside the photo, for a trip with places
    presenter_with_two_screens: bool = False  # start in presenter view when a projector is there
    recent: list[str] = field(default_factory=list)  # newest first
    positions: dict[str, int] = field(default_factory=dict)  # trip source -> photo index
    # The screen the window last opened on (viewer.gui.ScreenShape), so the next start
    # can begin decoding its first photo for it before Qt is even imported.
    screen: dict[str, int] = field(default_factory=dict)
    transition: str = ""  # "cut" or "fade" for every photo; "": as each trip says
    fade_seconds: float = 0.3  # how long a fade takes
    language: str = ""  # the interface's language (LANGUAGES); "": the system's

    def remember_trip(self, source: Path, index: int, count: int) -> None:
        """Put ``source`` first in the recent list and remember where its show of ``count``
        photos is: photo ``index`` mid-show, but the first photo once the last is reached,
        because a show that was played or stepped to its end is over, and the next one
        starts from the beginning."""
        key = str(source)
        self.recent = [key, *(item for item in self.recent if item != key)][:RECENT_LIMIT]
        self.positions.pop(key, None)
        self.positions[key] = 0 if index >= count - 1 else index
        while len(self.positions) > POSITION_LIMIT:
            self.positions.pop(next(iter(self.positions)))

    def position_of(self, source: Path) -> int:
        return self.positions.get(str(source), 0)

    def opening_index(self, source: Path, count: int, start: int | None = None) -> int:
        """The photo a show of ``count`` photos opens on: ``start`` if given, else where
        the person left ``source`` last time, kept within the trip (0 for an empty one)."""
        index = start if start is not None else self.position_of(source)
        return max(0, min(count - 1, index))

    def step_caption_scale(self, steps: int) -> float:
        """Move the caption size ``steps`` notches up or down the scale."""
        nearest = min(range(len(CAPTION_SCALES)), key=lambda i: abs(CAPTION_SCALES[i] - self.caption_scale))
        index = max(0, min(len(CAPTION_SCALES) - 1, nearest + steps))
        self.caption_scale = CAPTION_SCALES[index]
        return self.caption_scale


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The saved settings (defaults where missing) and a message if the file was bad."""
    value, message = read_json(path or settings_path())
    settings = Settings()
    if not isinstance(value, dict):
        return settings, message
    for item in fields(Settings):
        if item.name in value:
            _assign(settings, item.name, value[item.name])
    return settings, message


def save_settings(settings: Settings, path: Path | None = None) -> None:
    write_json(path or settings_path(), asdict(settings))


# Values with a narrower range than their type's, checked beyond their shape.
_RANGES: dict[str, Any] = {
    "transition": lambda value: value in ("", *TRANSITIONS),
    "fade_seconds": lambda value: SHORTEST_FADE_SECONDS <= value <= LONGEST_FADE_SECONDS,
    "language": lambda value: value in ("", *LANGUAGES),
}


def _assign(settings: Settings, name: str, value: Any) -> None:
    """Take a saved value only if it has the right shape; keep the default otherwise."""
    default = getattr(settings, name)
    if name in _RANGES:
        ok = isinstance(value, type(default) | int) and not isinstance(value, bool) and _RANGES[name](value)
    elif isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool) and 0.1 <= value <= 10
    elif isinstance(default, str):
        ok = isinstance(value, str) and len(value) < 100
    elif isinstance(default, list):
        ok = isinstance(value, list) and all(isinstance(item, str) for item in value)
    else:
        ok = isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in value.items()
        )
    if ok:
        setattr(settings, name, float(value) if isinstance(default, float) else value)
