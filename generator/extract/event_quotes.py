"""Quotes to events: each attributed quote joins the event it elaborates."""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace
from itertools import accumulate

from ..model import CLAUSE, EventMention, Quote


def attach_quotes(events: list[EventMention], quotes: list[Quote]) -> list[EventMention]:
    """Give each attributed quote to the event of its sentence, else to the
    nearest event (before, then after) whose subject is the speaker, else to
    the article's event it elaborates: the nearest one before it (the first
    one, for a quote before any). A remark that is no event of its own
    ("…," he said) so still reaches its speaker's page. ``events`` are in
    order of their start; each quote is placed by bisection."""
    clauses = [i for i, e in enumerate(events) if e.form == CLAUSE]
    starts = [events[i].start for i in clauses]
    reach = list(accumulate((events[i].end for i in clauses), max))  # the furthest end of any clause so far
    by_subject: dict[str | None, list[int]] = defaultdict(list)  # clauses of each subject, and their starts
    subject_starts: dict[str | None, list[int]] = defaultdict(list)
    for i in clauses:
        by_subject[events[i].subject].append(i)
        subject_starts[events[i].subject].append(events[i].start)
    by_event: dict[int, list[Quote]] = {i: [] for i in range(len(events))}
    for quote in quotes:
        if quote.kind == "not_speech" or quote.speaker is None:
            continue
        begun = bisect_right(starts, quote.start)  # clauses that start at or before the quote
        first = bisect_right(reach, quote.start)  # the first clause that ends past it
        home = clauses[first] if first < begun else None
        if home is None or events[home].subject not in (None, quote.speaker):
            same = by_subject.get(quote.speaker, [])
            before = bisect_right(subject_starts.get(quote.speaker, []), quote.start)
            home = same[before - 1] if before else (same[0] if same else home)
        if home is None and clauses:
            home = clauses[begun - 1] if begun else clauses[0]
        if home is not None:
            by_event[home].append(quote)
    return [_with_quotes(e, tuple(by_event[i])) for i, e in enumerate(events)]


def _with_quotes(event: EventMention, quotes: tuple[Quote, ...]) -> EventMention:
    names = list(event.people)
    names += [q.speaker for q in quotes if q.speaker and q.speaker not in names]
    return replace(event, quotes=quotes, people=tuple(names))
