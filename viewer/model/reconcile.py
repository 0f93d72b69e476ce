"""What a reloaded trip means for the person presenting it.

When the manifest changes under a running show, the photo the presenter chose
must stay on screen if it is still in the trip (found by its file, not its
position, since photos may have been added before it), and photos that were not
there before are marked new. A half-saved manifest can briefly lack the chosen
photo; the window keeps asking for the same file, so the show returns to it as
soon as a complete version loads.
"""

from __future__ import annotations

from pathlib import Path

from viewer.model.trip import Trip


def follow_photo(new: Trip, wanted: Path | None, index: int) -> int:
    """Where to be in ``new`` for a presenter who chose file ``wanted`` at ``index``.

    The same file, its nearest occurrence to the old position if it appears
    more than once; if it is not in the trip, the photo that now holds the old place.
    """
    if not new.photos:
        return 0
    places = [i for i, photo in enumerate(new.photos) if photo.path == wanted]
    if places:
        return min(places, key=lambda i: abs(i - index))
    return max(0, min(index, len(new.photos) - 1))


def new_photos(old: Trip, new: Trip) -> set[int]:
    """Indexes in ``new`` of photos whose file was not in ``old``."""
    before: set[Path] = {photo.path for photo in old.photos}
    return {index for index, photo in enumerate(new.photos) if photo.path not in before}
