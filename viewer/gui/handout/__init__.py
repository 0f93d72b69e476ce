"""The printed handout: a PDF of the trip, made with Qt's ``QPdfWriter``.

``writer`` writes it, for ``trip-viewer handout`` (``viewer.handout``): the cover,
then the photos in order with their words, laid out by ``viewer.model.handout`` and
drawn by ``pages`` (the cover's timeline strip by ``printstrip``, its route map by
``printmap``). ``printtext`` sets words as real text, which a reader can search and
copy. ``export`` runs that command for the window, in a process of its own, and
relays its progress.

Only ``QImage``, ``QPdfWriter`` and ``QPainter`` here, never a widget or a
``QPixmap``: everything in it may run on a worker thread.
"""
