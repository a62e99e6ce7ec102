"""The evidence the ranking goes by, gathered once per timeline (an
``Assessment``), and the key days made from it."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from ..model import Event, Importance, KeyDay, Timeline
from .days import DAMPING, Damping, DayCounts, day_counts, pick_days
from .importance import Context, by_importance, central_entities, importance
from .reports import Report, as_day, counted, furniture, published_days, timeline_reports
from .summary import SENTENCES, summarize


@dataclass(frozen=True)
class Assessment:
    """A timeline's page furniture (sentences printed on many days), its
    reports (furniture, hidden and ``key: false`` events left out), what they
    say about each day, each visible event's importance, and the events
    dated each day that have reports."""

    timeline: Timeline
    furniture: frozenset[str]
    reports: list[Report]
    counts: DayCounts
    importance: dict[str, Importance]
    dated: dict[date, list[str]]


def assess(timeline: Timeline) -> Assessment:
    left_out = furniture(timeline)
    found = timeline_reports(timeline, left_out)
    counts = day_counts(found, published_days(timeline))
    by_event: dict[str, list[Report]] = defaultdict(list)
    for r in found:
        by_event[r.event].append(r)
    events = [e for e in timeline.events if e.shown]
    ctx = Context(timeline, by_event, counts, central_entities(timeline, [e for e in events if counted(e)]))
    dated: dict[date, list[str]] = defaultdict(list)
    for event in events:
        day = as_day(event.date)
        if day is not None and event.id in by_event:
            dated[day].append(event.id)
    return Assessment(timeline, left_out, found, counts, {e.id: importance(e, ctx) for e in events}, dict(dated))


def same_evidence(a: Timeline, b: Timeline) -> bool:
    """Whether ``assess`` reads the same in both timelines: all of them but
    their events' titles and summaries (evidence, dates, entities, sources,
    flags). Quick where records are the same objects."""
    return (len(a.events) == len(b.events) and replace(a, events=[]) == replace(b, events=[])
            and all(x is y or replace(x, title="", summary="") == replace(y, title="", summary="") for x, y in zip(a.events, b.events)))


def key_days(a: Assessment, start: date | None = None, end: date | None = None, n: int | None = None,
             damping: Damping = DAMPING, sentences: int = SENTENCES, leads_first: bool = True) -> list[KeyDay]:
    """The candidate days between ``start`` and ``end`` in the order picked
    (the first ``n``), days of an editor's key events first."""
    first = {d for d, ids in a.dated.items() if any(a.importance[i].key for i in ids)}
    picked = pick_days(a.counts, start, end, first, damping)
    by_id = {e.id: e for e in a.timeline.events}
    return [key_day(a, day, by_id, sentences, leads_first) for day in picked[:n]]


def key_day(a: Assessment, day: date, by_id: dict[str, Event], sentences: int = SENTENCES, leads_first: bool = True) -> KeyDay:
    """A day with its events (those dated that day, else those reported on
    it, most important first), summary and the sources reporting its events. A day whose reports
    have no sentence fit for a summary is summed up by its first event's
    title."""
    day_reports = a.counts.reports.get(day, [])
    events = by_importance(a.dated.get(day) or dict.fromkeys(r.event for r in day_reports), a.importance)
    own = set(events)
    summary = summarize(day_reports, own, sentences, leads_first) or (by_id[events[0]].title if events else "")
    # Every source reporting its events, as each event's "reported by N sources" counts them.
    sources = {x.source for i in own for x in by_id[i].sources}
    return KeyDay(day.isoformat(), summary, tuple(events), len(sources), round(a.counts.score(day), 4))
