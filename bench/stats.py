"""The few statistics the figures need: medians across runs and percentiles within one."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

from viewer.model.fade import percentile as percentile  # one definition: the fade's frame figures use it too


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan
