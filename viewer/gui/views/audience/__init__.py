"""The audience's window: the photo, its caption and the strip, full screen on the projector.

Only the start-up wiring (``viewer.gui.app``) imports its main window.
"""
