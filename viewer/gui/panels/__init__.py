"""Layers over a view: the blank screen, the key help, the photo panel, find and the overview.

Each view has its own, so what the presenter opens on the console is never seen
by the room. ``host`` makes find and the overview the first time they are asked
for (their Qt modules are slow to import), for the view they open over.
"""
