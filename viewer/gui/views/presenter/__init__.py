"""Presenter view: the console (current and next photo, notes, stopwatch) and where each window goes."""
