"""Quotes to events: each attributed quote joins the event it elaborates."""
from __future__ import annotations

from dataclasses import replace

from ..model import CLAUSE, EventMention, Quote


def attach_quotes(events: list[EventMention], quotes: list[Quote]) -> list[EventMention]:
    """Give each attributed quote to the event of its sentence, else to the
    nearest event (before, then after) whose subject is the speaker, else to
    the article's event it elaborates: the nearest one before it (the first
    one, for a quote before any). A remark that is no event of its own
    ("…," he said) so still reaches its speaker's page."""
    clauses = [i for i, e in enumerate(events) if e.form == CLAUSE]
    by_event: dict[int, list[Quote]] = {i: [] for i in range(len(events))}
    for quote in quotes:
        if quote.kind == "not_speech" or quote.speaker is None:
            continue
        home = next((i for i in clauses if events[i].start <= quote.start < events[i].end), None)
        if home is None or events[home].subject not in (None, quote.speaker):
            same = [i for i in clauses if events[i].subject == quote.speaker]
            before = [i for i in same if events[i].start <= quote.start]
            home = before[-1] if before else (same[0] if same else home)
        if home is None and clauses:
            before = [i for i in clauses if events[i].start <= quote.start]
            home = before[-1] if before else clauses[0]
        if home is not None:
            by_event[home].append(quote)
    return [_with_quotes(e, tuple(by_event[i])) for i, e in enumerate(events)]


def _with_quotes(event: EventMention, quotes: tuple[Quote, ...]) -> EventMention:
    names = list(event.people)
    names += [q.speaker for q in quotes if q.speaker and q.speaker not in names]
    return replace(event, quotes=quotes, people=tuple(names))
