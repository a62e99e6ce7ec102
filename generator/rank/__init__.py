"""The rank stage: what matters in a timeline. Pure functions over a
``Timeline``; the render stage calls ``rank`` once per build, the
``key-events`` command calls ``key_events``.

    reports.py     every piece of evidence with the day its source dates it to
    days.py        what the articles say about each day; key days picked
    summary.py     a day's summary from its reports
    importance.py  each event's importance, with its reasons
    storylines.py  threads of related events
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from ..model import Importance, KeyDay, Ranking, Timeline
from .days import DayCounts, day_counts, pick_days
from .importance import Context, by_importance, central_entities, importance
from .reports import Report, as_day, counted, published_days, timeline_reports
from .storylines import storylines
from .summary import summarize

__all__ = ["key_events", "rank"]


def rank(timeline: Timeline) -> Ranking:
    """Every event's importance, every candidate day (best first) and the
    storylines of a timeline."""
    found, counts, scores = _assess(timeline)
    days = _key_days(timeline, found, counts, scores, None, None)
    return Ranking(scores, tuple(days), tuple(storylines(timeline, scores)))


def key_events(timeline: Timeline, n: int | None = None, start: date | None = None, end: date | None = None) -> list[KeyDay]:
    """The ``n`` most important days between ``start`` and ``end`` (all
    when None), in date order. Every article counts as evidence, also those
    published outside the window."""
    found, counts, scores = _assess(timeline)
    days = _key_days(timeline, found, counts, scores, start, end, n)
    return sorted(days, key=lambda d: d.date)


def _assess(timeline: Timeline) -> tuple[list[Report], DayCounts, dict[str, Importance]]:
    found = timeline_reports(timeline)
    counts = day_counts(found, published_days(timeline))
    by_event: dict[str, list[Report]] = defaultdict(list)
    for r in found:
        by_event[r.event].append(r)
    events = [e for e in timeline.events if not e.hidden]
    ctx = Context(timeline, by_event, counts, central_entities(timeline, [e for e in events if counted(e)]))
    return found, counts, {e.id: importance(e, ctx) for e in events}


def _key_days(timeline: Timeline, found: list[Report], counts: DayCounts, scores: dict[str, Importance],
              start: date | None, end: date | None, n: int | None = None) -> list[KeyDay]:
    """The candidate days in the order picked (the first ``n``), as KeyDays."""
    reported = {r.event for r in found}  # not hidden, not key: false, not page furniture alone
    dated: dict[date, list[str]] = defaultdict(list)
    for event in timeline.events:
        day = as_day(event.date)
        if day is not None and event.id in reported:
            dated[day].append(event.id)
    first = {d for d, ids in dated.items() if any(scores[i].key for i in ids)}
    picked = pick_days(counts, start, end, first)
    titles = {e.id: e.title for e in timeline.events}
    return [_key_day(day, dated.get(day, []), counts, scores, titles) for day in picked[:n]]


def _key_day(day: date, dated: list[str], counts: DayCounts, scores: dict[str, Importance], titles: dict[str, str]) -> KeyDay:
    """A day with its events (those dated that day, else those reported on
    it, most important first), summary and sources. A day whose reports
    have no sentence fit for a summary is summed up by its first event's
    title."""
    day_reports = counts.reports.get(day, [])
    events = by_importance(dated or dict.fromkeys(r.event for r in day_reports), scores)
    own = set(events)
    summary = summarize(day_reports, own) or (titles[events[0]] if events else "")
    sources = {r.source for r in day_reports if r.event in own}
    return KeyDay(day.isoformat(), summary, tuple(events), len(sources), round(counts.score(day), 4))
