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

from dataclasses import replace
from datetime import date

from ..model import KeyDay, Ranking, Timeline
from .assess import Assessment, assess, key_days, same_evidence
from .storylines import find_storylines

__all__ = ["Ranker", "key_events", "rank"]


def rank(timeline: Timeline, assessment: Assessment | None = None) -> Ranking:
    """Every event's importance, every candidate day (best first) and the
    storylines of a timeline (``assessment``: its assessment, when made)."""
    assessment = assessment or assess(timeline)
    return Ranking(assessment.importance, tuple(key_days(assessment)), tuple(find_storylines(assessment)))


class Ranker:
    """``rank`` for timeline after timeline (the preview's saves): the last
    assessment is reused while what it reads is the same, as when an editor
    changes events' titles or summaries. Key days and storylines, which
    read titles, are made again every time."""

    def __init__(self) -> None:
        self.assessment: Assessment | None = None

    def __call__(self, timeline: Timeline) -> Ranking:
        if self.assessment is None or not same_evidence(self.assessment.timeline, timeline):
            self.assessment = assess(timeline)
        self.assessment = replace(self.assessment, timeline=timeline)
        return rank(timeline, self.assessment)


def key_events(timeline: Timeline, n: int | None = None, start: date | None = None, end: date | None = None) -> list[KeyDay]:
    """The ``n`` most important days between ``start`` and ``end`` (all
    when None), in date order. Every article counts as evidence, also those
    published outside the window."""
    return sorted(key_days(assess(timeline), start, end, n), key=lambda d: d.date)
