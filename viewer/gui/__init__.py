"""The Qt side: the presentation window, its widgets, and the threads that feed them."""

WINDOW_SIZE = (1280, 860)  # the main window's size when it is not full screen
THUMBNAIL_BOX = (96, 96)  # strip thumbnails, in device pixels (a mark at twice its size)
STRIP_HEIGHT = 120  # the timeline strip's height, logical pixels; known before Qt is imported
