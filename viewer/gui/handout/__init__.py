"""The printed handout: a PDF of the trip, made with Qt's ``QPdfWriter``.

``writer`` writes it, for ``trip-viewer handout`` (``viewer.handout``): the cover (``cover``: title, source, dates, the timeline
strip of ``printstrip`` and the route map of ``printmap``), then the photos in
order with their words (``photopage``), laid out by ``viewer.model.handout``.
``printtext`` sets words as real text, which a reader can search and copy.
``export`` runs that command for the window, in a process of its own, and relays
its progress.

Only ``QImage``, ``QPdfWriter`` and ``QPainter`` here, never a widget or a
``QPixmap``: everything in it may run on a worker thread.
"""
