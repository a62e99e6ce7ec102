"""The rank stage: what matters in a timeline. Pure functions over a
``Timeline``; the render stage calls ``rank`` once per build, the
``key-events`` command calls ``key_events``.

    reports.py     every piece of evidence with the day its source dates it to
    days.py        what the articles say about each day; the order days are picked in
    summary.py     a day's summary from its reports
    importance.py  each event's importance, with its reasons
    assess.py      all of that gathered once; key days
    terms.py, storylines.py, titles.py   threads of related events
"""
from __future__ import annotations

from datetime import date

from ..model import KeyDay, Ranking, Timeline
from .assess import assess, key_days
from .storylines import find_storylines

__all__ = ["key_events", "rank"]


def rank(timeline: Timeline) -> Ranking:
    """Every event's importance, every candidate day (best first) and the
    storylines of a timeline."""
    assessment = assess(timeline)
    return Ranking(assessment.importance, tuple(key_days(assessment)), tuple(find_storylines(assessment)))


def key_events(timeline: Timeline, n: int | None = None, start: date | None = None, end: date | None = None) -> list[KeyDay]:
    """The ``n`` most important days between ``start`` and ``end`` (all
    when None), in date order. Every article counts as evidence, also those
    published outside the window."""
    return sorted(key_days(assess(timeline), start, end, n), key=lambda d: d.date)
