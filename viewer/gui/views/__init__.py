"""Windows onto the open show, one sub-package each.

``audience`` is the window the room sees (the main window); ``presenter`` is the
console with its stopwatch, and the placing of both windows on two screens. A new
view (a map, say) goes in a sub-package of its own: it takes the show
(``viewer.gui.show.presentation.Presentation``), reads from it, follows its
signals and sends it commands; it never reaches into another view.
"""
