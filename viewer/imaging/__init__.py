"""Turning photo files into pixels: decoding at display size, off the UI thread. No Qt."""
