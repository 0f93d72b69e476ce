"""The open show and what feeds it: no widgets live here.

:class:`~viewer.gui.show.presentation.Presentation` is the one object for the open
show: the trip, its current photo and autoplay (``slideshow``), decoded photos and
thumbnails (``photofeed`` over ``loader`` and ``pixels``), the photos' own metadata
(``metastore``), the strip's placing (``striplayout``), a folder's capture-time
order (``settling``), live reload (``livetrip`` with ``watcher`` and ``opener``),
the settings it keeps (``persist``) and the timing trace (``trace``). Views read
from it and follow its signals.
"""
