"""The one door to the disk: the lowest layer, which imports nothing else from ``viewer``.

Every file the viewer did not write itself is read through ``regularfile``, which
refuses pipes, sockets, devices and link loops by name before opening them, and
caps reads by the bytes read. ``atomic`` writes small files so that a crash or a
full disk never leaves half of one, and keeps a corrupt one aside. ``photofiles``
opens a photo lazily with Pillow (no pixels decoded), HEIC included, and names
what a file that does not open is. The model, imaging and the windows all build on
these; none of them belongs to any one of those layers.
"""
