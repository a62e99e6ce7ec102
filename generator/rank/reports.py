"""What the articles say: every piece of an event's evidence as a ``Report``
with the day its own source dates it to, the lead sentences, and the page
furniture left out. All of it is read from timeline.yml (sources with their
publication day, events' evidence with source, span and date), so the
ranking needs nothing but the timeline.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ..model import Event, Timeline, dates

# Evidence that starts this close to the top of its article is (part of) its
# lead: the sentence a journalist wrote to say what happened.
LEAD_CHARS = 400
# A sentence that articles published on this many different days print word
# for word is page furniture (a copyright line, "RETWEET Could the next pope
# be…"), not a report.
FURNITURE_DAYS = 3


@dataclass(frozen=True)
class Report:
    """One source's report of one event.

    ``day`` is the day the source dates it to: by an expression in its text
    (``by_text``: a date, a weekday, "yesterday") or else by its publication
    day when the event is dated; None when that date is not a single day or
    the event is undated.
    """

    event: str
    source: str
    published: date
    day: date | None
    by_text: bool
    text: str
    span: tuple[int, int]

    @property
    def lead(self) -> bool:
        return self.span[0] < LEAD_CHARS

    @property
    def later(self) -> bool:
        """Published after the day it dates: a look back at it."""
        return self.day is not None and self.published > self.day


def as_day(value: str | None) -> date | None:
    """The day a date value names, or None when it is coarser than a day."""
    point = dates.parse_point(value)
    return point.first if point and point.first == point.last else None


def published_days(timeline: Timeline) -> dict[str, date]:
    """Each source's publication day (sources without one are left out)."""
    return {s.id: d for s in timeline.sources if (d := as_day(s.published)) is not None}


def counted(event: Event) -> bool:
    """Whether an event's reports count for the ranking: shown on the site, and not
    marked ``key: false`` by an editor."""
    return event.shown and event.key is not False


def furniture(timeline: Timeline) -> frozenset[str]:
    """The sentences of visible events' evidence that articles published on
    FURNITURE_DAYS or more different days print word for word."""
    published = published_days(timeline)
    printed_on: dict[str, set[date]] = defaultdict(set)
    for event in timeline.events:
        if event.shown:
            for evidence in event.sources:
                if evidence.source in published:
                    printed_on[evidence.text].add(published[evidence.source])
    return frozenset(text for text, days in printed_on.items() if len(days) >= FURNITURE_DAYS)


def timeline_reports(timeline: Timeline, left_out: frozenset[str] = frozenset()) -> list[Report]:
    """Every report of every counted event from a source with a publication
    day, but those whose sentence is in ``left_out`` (the ``furniture``)."""
    published = published_days(timeline)
    found = []
    for event in timeline.events:
        if not counted(event):
            continue
        for evidence in event.sources:
            day_published = published.get(evidence.source)
            if day_published is None or evidence.text in left_out:
                continue
            by_text = evidence.date_span is not None
            if by_text:
                day = as_day(evidence.date or event.date)
            else:
                day = day_published if event.date is not None else None
            found.append(Report(event.id, evidence.source, day_published, day, by_text, evidence.text, evidence.span))
    return found
