"""Widgets that follow the open show: a timeline strip, and a photo view's pictures.

The audience window and the presenter console each have a strip and photo views;
both follow the one show the same way, through these.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from viewer.gui.show.presentation import Picture, Presentation
from viewer.gui.widgets.photoview import PhotoView
from viewer.gui.widgets.strip import TimelineStrip


def follow_strip(strip: TimelineStrip, show: Presentation) -> None:
    """Keep ``strip`` drawing ``show``'s trip, its current photo and thumbnails; a click on it moves the show.

    A strip made mid-show is given what the show has now: its layout and its thumbnails.
    """
    show.tripSet.connect(lambda reloaded: strip.begin(keep_view=reloaded))
    show.layoutReady.connect(strip.set_layout)
    show.currentChanged.connect(lambda index, _direction: strip.set_current(index))
    show.statusChanged.connect(strip.set_status)
    show.thumbnailsArrived.connect(strip.set_thumbnails)
    show.thumbnailProgress.connect(strip.set_progress)
    show.reloaded.connect(strip.mark_new)
    strip.photoChosen.connect(show.go)
    strip.wanted.connect(show.fetch_thumbnails, Qt.ConnectionType.QueuedConnection)  # asked in a paint
    if show.trip is not None:
        strip.begin(keep_view=True)
        if show.layout is not None:
            strip.set_layout(show.layout)
        strip.set_thumbnails(show.thumbnails())
        strip.set_progress(*show.thumbnail_progress)
        strip.set_current(show.current)


def show_picture(view: PhotoView, show: Presentation, index: int) -> None:
    """Photo ``index`` of ``show`` in ``view``: sharp, its stand-in, its error slide, or loading."""
    assert show.trip is not None
    file = show.trip.photos[index].file
    picture: Picture = show.picture(index)
    if picture.image is not None:
        view.show_image(index, file, picture.image, picture.size)
    elif picture.error is not None:
        url = show.trip.photos[index].url  # imported from a web story: where the desk has it
        reason = (
            picture.error if url is None else f"{picture.error}; the web story has it at {url}, not fetched"
        )
        view.show_error(index, file, reason)
    elif picture.preview is not None:
        view.show_preview(index, file, picture.preview, picture.size)
    else:
        view.show_loading(index, file)
