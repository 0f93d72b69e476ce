"""Turning photo files into pixels: decoding at display size, off the UI thread.

No Qt and nothing of ``viewer.gui``: decodes run on plain threads and are tested
without a window; the gui turns their pixels into images. Below it are
``viewer.model`` and ``viewer.files`` (import-linter checks the order).
"""
