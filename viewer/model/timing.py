"""How long each photo stays up in autoplay, and how it arrives: ``duration:`` and ``transition:``.

A manifest may give both as a trip default and on any photo; the photo's own
value wins. The command line can override either for a whole show
(``--autoplay SECONDS``, ``--transition cut|fade``), and a remembered setting can
override the transition. Cut is the default: in a meeting a clicker wants the
next photo at once.

The values are checked here, once, for the manifest reader, the command line and
the settings alike: a duration is a finite number of seconds above 0 and at most
a day; a transition is one of :data:`TRANSITIONS`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from viewer.model.trip import Trip

CUT = "cut"
FADE = "fade"
TRANSITIONS = (CUT, FADE)
DEFAULT_SECONDS = 5.0  # a photo's time in autoplay when nothing says otherwise
LONGEST_SECONDS = 86_400.0  # a day: longer is a typo (a missing decimal point), not a plan
DEFAULT_FADE_SECONDS = 0.3
SHORTEST_FADE_SECONDS = 0.05  # below this a fade is a cut with extra work
LONGEST_FADE_SECONDS = 5.0  # longer holds the clicker's next step in a half-faded photo
DURATION_HINT = "write it in seconds, like 'duration: 8' or 'duration: 2.5'"


class TimingError(ValueError):
    """A duration or transition that cannot be used; ``str()`` says what is wrong, ``hint`` how to mend it."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint


def parse_seconds(written: str, what: str = "duration") -> float:
    """``written`` as a photo's time in autoplay, in seconds; raises :class:`TimingError`.

    Only a plain decimal number is read: Python's own ``float`` would also take
    ``nan``, ``inf`` and ``1_0``, which no one means as a time.
    """
    text = written.strip()
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or "_" in text:
        raise TimingError(f"'{what}' must be a number of seconds, not {written!r}", DURATION_HINT)
    if value <= 0:
        raise TimingError(f"'{what}' is {text} seconds; a photo needs more than 0 seconds", DURATION_HINT)
    if value > LONGEST_SECONDS:
        raise TimingError(
            f"'{what}' is {value:,g} seconds; at most {LONGEST_SECONDS:,.0f} (a day) can be given",
            DURATION_HINT,
        )
    return value


def parse_transition(written: str) -> str:
    """``written`` as a transition (``cut`` or ``fade``, in any case); raises :class:`TimingError`."""
    value = written.strip().lower()
    if value in TRANSITIONS:
        return value
    names = " or ".join(f"'{name}'" for name in TRANSITIONS)
    raise TimingError(f"unknown transition {written!r}", f"write {names}")


def parse_fade_seconds(written: str) -> float:
    """The length of a fade in seconds, within the lengths a fade can usefully have."""
    value = parse_seconds(written, "fade")
    if not SHORTEST_FADE_SECONDS <= value <= LONGEST_FADE_SECONDS:
        raise TimingError(
            f"a fade of {value:g} seconds is not drawn",
            f"give {SHORTEST_FADE_SECONDS:g} to {LONGEST_FADE_SECONDS:g} seconds; about 0.3 is usual",
        )
    return value


@dataclass(frozen=True)
class ShowTiming:
    """What decides each photo's time and transition in one show.

    ``seconds``: the command line's ``--autoplay``, which overrides every duration.
    ``transition``: the command line's or the setting's choice for every photo
    (None: as the trip says). ``fade_seconds``: how long a fade takes.
    """

    seconds: float | None = None
    transition: str | None = None
    fade_seconds: float = DEFAULT_FADE_SECONDS

    def seconds_for(self, trip: Trip, index: int) -> float:
        """How long photo ``index`` stays up in autoplay."""
        if self.seconds is not None:
            return self.seconds
        photo = trip.photos[index]
        if photo.duration is not None:
            return photo.duration
        return trip.duration if trip.duration is not None else DEFAULT_SECONDS

    def transition_for(self, trip: Trip, index: int) -> str:
        """How photo ``index`` arrives on screen: ``cut`` or ``fade``."""
        if self.transition is not None:
            return self.transition
        photo = trip.photos[index]
        return photo.transition or trip.transition or CUT

    def fade_ms(self, trip: Trip, index: int) -> int:
        """How long photo ``index`` takes to arrive, in milliseconds (0: a cut)."""
        return round(self.fade_seconds * 1000) if self.transition_for(trip, index) == FADE else 0
