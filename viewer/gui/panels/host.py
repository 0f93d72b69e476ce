"""The panels and reading layers of one view, and what commands ask of the view a key came from.

Each view (the audience window, the presenter console) has its own
:class:`PanelHost`, so a presenter searching on the console never shows the
search to the room; either way, picking a photo moves the one show. The key help
and the photo panel are made with the view; find and the overview the first time
they are asked for, and their modules are imported only then: Qt's item views
are slow to load, and the start of a show should not wait for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from viewer.gui.panels.keyhelp import HelpOverlay
from viewer.gui.panels.overlays import ReadingOverlay
from viewer.gui.panels.photoinfo import PhotoInfoPanel
from viewer.gui.panels.picker import TripPhotos
from viewer.gui.show.presentation import Presentation

if TYPE_CHECKING:
    from viewer.gui.panels.find import FindPanel
    from viewer.gui.panels.overview import OverviewPanel
    from viewer.model.trip import Trip


class PanelHost:
    """The key help (?), photo panel (I), find (/) and overview (G) over ``host``, a view of ``show``.

    It is where commands asked in that view go (the registry's ``Asker``).
    ``otherwise``: what Escape does in the view when no reading layer is open there.
    """

    def __init__(
        self, host: QWidget, show: Presentation, otherwise: Callable[[], object] = lambda: None
    ) -> None:
        self._host = host
        self._show = show
        self._otherwise = otherwise
        self.help_overlay = HelpOverlay(host)
        self.photo_info = PhotoInfoPanel(host)
        self._find: FindPanel | None = None
        self._overview: OverviewPanel | None = None

    def toggle_help(self) -> None:
        if self.help_overlay.isVisible():
            self.help_overlay.hide()
        else:
            self.help_overlay.appear()

    def toggle_photo_info(self) -> None:
        """The photo panel: the current photo's words in full."""
        show = self._show
        if self.photo_info.isVisible():
            self.photo_info.hide()
        elif show.trip is not None:
            self.photo_info.show_photo(show.resolved(show.current), show.current, show.count)
            self.photo_info.appear()

    def show_words(self, index: int) -> None:
        """Photo ``index``'s words came or changed: into the photo panel, if it is open."""
        if self.photo_info.isVisible():
            self.photo_info.show_photo(self._show.resolved(index), index, self._show.count)

    def reading_overlay(self) -> ReadingOverlay | None:
        """The photo panel or key help, if one is open (the photo panel opens over the help)."""
        return next((layer for layer in (self.photo_info, self.help_overlay) if layer.isVisible()), None)

    def escape(self) -> None:
        """Close the photo panel, else the key help, else leave zoom, else do what the view does otherwise."""
        if (reading := self.reading_overlay()) is not None:
            reading.hide()
        elif self._show.zoom.active:
            self._show.zoom.fit()
        else:
            self._otherwise()

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
