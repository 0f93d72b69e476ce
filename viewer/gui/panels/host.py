"""The find and overview panels of one window, made the first time they are asked for.

Their modules are imported then too: Qt's item views cost tens of milliseconds
to load, which the start of a show should not wait for.

The audience window and the presenter console each have their own, so a
presenter searching on the console never shows the search to the room. Either
way, picking a photo moves the one show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from viewer.gui.panels.picker import TripPhotos
from viewer.gui.show.presentation import Presentation

if TYPE_CHECKING:
    from viewer.gui.panels.find import FindPanel
    from viewer.gui.panels.overview import OverviewPanel
    from viewer.model.trip import Trip


class PanelHost:
    """Find (Ctrl+F or /) and overview (G) over ``host``, a view of ``show``."""

    def __init__(self, host: QWidget, show: Presentation) -> None:
        self._host = host
        self._show = show
        self._find: FindPanel | None = None
        self._overview: OverviewPanel | None = None

    def open_find(self) -> None:
        trip = self._show.trip
        if trip is None:
            return
        if self._find is None:
            from viewer.gui.panels.find import FindPanel  # rarely used: not imported before the first photo

            self._find = FindPanel(self._host)
            self._find.chosen.connect(self._show.go)
        self._find.open(self._photos(trip), self._show.current)

    def open_overview(self) -> None:
        trip = self._show.trip
        if trip is None:
            return
        if self._overview is None:
            from viewer.gui.panels.overview import OverviewPanel  # as find

            self._overview = OverviewPanel(self._host, self._show.cell_loader(self._host))
            self._overview.chosen.connect(self._show.go)
            self._show.thumbnailsArrived.connect(self._overview.thumbnails_arrived)
            self._show.filesChanged.connect(self._overview.photos_changed)
            self._overview.cellsMade.connect(lambda: self._show.trace.note("overview", sharp=True))
        self._overview.open(self._photos(trip), self._show.current, self._show.thumbnail)

    def _photos(self, trip: Trip) -> TripPhotos:
        """The trip's photos as shown, each resolved when a panel looks at it (not all 100,000
        before it opens); still the trip's own if a reload replaces it while the panel is open."""
        metadata = self._show.metadata
        return TripPhotos(len(trip.photos), lambda index: metadata.resolved(trip, index))

    @property
    def find(self) -> FindPanel | None:
        return self._find

    @property
    def overview(self) -> OverviewPanel | None:
        return self._overview
