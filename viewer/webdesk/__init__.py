"""Trips to and from the web desk: Knight Lab's TimelineJS and StoryMapJS, and a page that plays.

A story comes in as JSON: ``story.load_json`` reads it (capped, plain files
only), ``timelinejs`` or ``storymapjs`` reads it into a ``story.Story`` of
slides (HTML made plain text by ``htmltext``; dates checked; media URLs kept,
never fetched), and ``tomanifest`` writes that as a ``trip-viewer/1`` manifest
whose photos are the files beside the story, or ``media/`` names to save the
web's photos as.

A trip goes out the other way (``viewer.webexport``, the ``export`` command):
its photos resolved as the window shows them, web-sized JPEGs written by
``viewer.imaging.webphoto``, then ``timelinejs``/``storymapjs`` write the JSON,
or ``page`` writes a self-contained HTML page that plays the trip with the
app's keys. Nothing here touches the network, and nothing here uses Qt.
"""
