"""The find and overview panels of one window, made the first time they are asked for.

Their modules are imported then too: Qt's item views cost tens of milliseconds
to load, which the start of a show should not wait for.

The audience window and the presenter console each have their own, so a
presenter searching on the console never shows the search to the room. Either
way, picking a photo moves the one show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from viewer.gui.picker import TripPhotos

if TYPE_CHECKING:
    from viewer.gui.find import FindPanel
    from viewer.gui.mainwindow import MainWindow
    from viewer.gui.overview import OverviewPanel
    from viewer.model.trip import Trip


class PanelHost:
    """Find (Ctrl+F or /) and overview (G) over ``host``, for the show in ``audience``."""

    def __init__(self, host: QWidget, audience: MainWindow) -> None:
        self._host = host
        self._audience = audience
        self._find: FindPanel | None = None
        self._overview: OverviewPanel | None = None

    def open_find(self) -> None:
        trip = self._audience.trip
        if trip is None:
            return
        if self._find is None:
            from viewer.gui.find import FindPanel  # rarely used: not imported before the first photo

            self._find = FindPanel(self._host)
            self._find.chosen.connect(self._audience.slideshow.go)
        self._find.open(self._photos(trip), self._audience.slideshow.current)

    def open_overview(self) -> None:
        trip = self._audience.trip
        if trip is None:
            return
        if self._overview is None:
            from viewer.gui.overview import OverviewPanel  # as find

            self._overview = OverviewPanel(self._host, self._audience.feed.cell_loader(self._host))
            self._overview.chosen.connect(self._audience.slideshow.go)
            self._audience.thumbnails.arrived.connect(self._overview.thumbnails_arrived)
            self._audience.live.photosChanged.connect(self._overview.photos_changed)
            self._overview.cellsMade.connect(lambda: self._audience.trace.note("overview", sharp=True))
        self._overview.open(self._photos(trip), self._audience.slideshow.current, self._thumbnail)

    def _photos(self, trip: Trip) -> TripPhotos:
        """The trip's photos as shown, each resolved when a panel looks at it (not all 100,000
        before it opens); still the trip's own if a reload replaces it while the panel is open."""
        metadata = self._audience.metadata
        return TripPhotos(len(trip.photos), lambda index: metadata.resolved(trip, index))

    def _thumbnail(self, index: int) -> QImage | None:
        loaded = self._audience.thumbnails.get(index)
        return loaded.image if loaded is not None else None

    @property
    def find(self) -> FindPanel | None:
        return self._find

    @property
    def overview(self) -> OverviewPanel | None:
        return self._overview
