"""The benchmark suite: ``python bench/run.py`` measures the real app against its goals.

``photos`` makes and caches the test photos; ``processes`` starts the app, feh and
a bare Qt window under Xvfb and reads the app's trace; ``playthrough`` (P1, P4),
``latency`` (P2), ``startup`` (P3), ``strip`` (P5) and ``manifest_load`` (P6) each
measure figures; ``contention`` notes how much CPU other programs took meanwhile;
``report`` prints the table and writes ``docs/performance.md``.
"""
