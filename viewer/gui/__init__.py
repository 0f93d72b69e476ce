"""The Qt side: the presentation window, its widgets, and the threads that feed them."""
