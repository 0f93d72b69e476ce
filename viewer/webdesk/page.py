"""Placeholder: the HTML page comes in the next stage."""

from __future__ import annotations

from collections.abc import Sequence

from viewer.model.resolve import ResolvedPhoto
from viewer.model.trip import Trip
from viewer.webdesk.story import Story


def page_html(trip: Trip, story: Story, shown: Sequence[ResolvedPhoto]) -> str:
    raise NotImplementedError
