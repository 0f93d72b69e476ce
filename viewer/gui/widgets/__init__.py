"""The pieces views are built from: the photo view, caption, timeline strip and banner.

Each draws what it is given and says what the person did with it, by signals;
none knows the show. ``following`` connects a strip or a photo view to the show,
the same way in every view. ``textfit`` keeps long words to their room;
``crossfade`` times a photo view's fades (their maths in ``viewer.model.fade``).
"""
