"""How important each event is, from evidence a reader can check.

Each rule of ``SIGNALS`` counts something about an event (the sources and
outlets that report it, the articles that lead with it, the later articles
that look back at it, the articles that name its day, the people,
organisations and places of the story it involves) and says it in words; the score adds each count
through log(1 + count), times the rule's weight (sources and outlets through
log(count): the first one is no sign of importance, every event has one).
Only the reasons that add to the score are given. What did not happen (yet)
counts for less: the score is multiplied by its status's ``STATUS_FACTOR``
(a happening outranks what is scheduled, a forecast, a hypothesis). An
editor's ``key: true`` or ``key: false`` (timeline.yml) is the last word on
whether an event is key, and is shown as a reason too.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from ..model import FORECAST, HAPPENED, HYPOTHETICAL, SCHEDULED, Event, Importance, Reason, Timeline, dates
from .days import DayCounts
from .reports import Report, as_day
from .terms import entity_names, entity_terms, shown

# The people, organisations and places reported by most sources: the story's own.
CENTRAL = 10
# What an event's status does to its score, and how a reader is told.
STATUS_FACTOR = {HAPPENED: 1.0, SCHEDULED: 0.8, FORECAST: 0.5, HYPOTHETICAL: 0.25}
STATUS_SAYS = {SCHEDULED: "scheduled, not yet happened", FORECAST: "a forecast, not a happening",
               HYPOTHETICAL: "hypothetical, not a happening"}


@dataclass
class Context:
    """What the rules look up: the timeline's sources and people, each
    event's reports, what the articles say about each day, the central
    people and places."""

    timeline: Timeline
    reports: dict[str, list[Report]]  # page furniture left out
    days: DayCounts
    central: dict[str, str]  # an entity or place term (terms.py) -> the name shown

    def __post_init__(self) -> None:
        self.outlet = {s.id: s.outlet or s.id for s in self.timeline.sources}


Rule = Callable[[Event, Context], tuple[int, str]]


@dataclass(frozen=True)
class Signal:
    name: str
    weight: float
    rule: Rule  # -> (count, what it says)
    beyond_one: bool = False  # only a second one counts

    def value(self, count: int) -> float:
        return self.weight * (math.log(count) if self.beyond_one else math.log1p(count))


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _sources(event: Event, ctx: Context) -> tuple[int, str]:
    n = len({r.source for r in ctx.reports.get(event.id, [])})
    return n, f"reported by {_plural(n, 'source', 'sources')}"


def _outlets(event: Event, ctx: Context) -> tuple[int, str]:
    n = len({ctx.outlet[r.source] for r in ctx.reports.get(event.id, [])})
    return n, f"from {_plural(n, 'outlet', 'different outlets')}"


def _leads(event: Event, ctx: Context) -> tuple[int, str]:
    n = len({r.source for r in ctx.reports.get(event.id, []) if r.lead})
    return n, f"in the opening lines of {_plural(n, 'article', 'articles')}"


def _looked_back(event: Event, ctx: Context) -> tuple[int, str]:
    point = dates.parse_point(event.date)
    if point is None:
        return 0, ""
    n = len({r.source for r in ctx.reports.get(event.id, []) if r.published > point.last})
    return n, f"looked back at by {_plural(n, 'article', 'articles')} published later"


def _day_named(event: Event, ctx: Context) -> tuple[int, str]:
    day = as_day(event.date)
    n = ctx.days.named[day] if day else 0
    return n, f"its day, {dates.display(event.date)}, named by {_plural(n, 'article', 'articles')}"


def _central(event: Event, ctx: Context) -> tuple[int, str]:
    names = [ctx.central[k] for k in entity_terms(event) if k in ctx.central]
    return len(names), f"about {', '.join(names)}, among the story's {CENTRAL} most reported people, organisations and places"


SIGNALS: tuple[Signal, ...] = (
    Signal("sources", 1.0, _sources, beyond_one=True),
    Signal("outlets", 0.5, _outlets, beyond_one=True),
    Signal("lead", 0.5, _leads),
    Signal("looked_back", 1.0, _looked_back),
    Signal("day_named", 0.5, _day_named),
    Signal("central", 0.25, _central),
)


def central_entities(timeline: Timeline, counted: list[Event]) -> dict[str, str]:
    """The CENTRAL people, organisations and places reported by most sources, with their names."""
    sources: dict[str, set[str]] = defaultdict(set)
    for event in counted:
        for key in entity_terms(event):
            sources[key].update(e.source for e in event.sources)
    size = Counter({k: len(v) for k, v in sources.items()})
    names = entity_names(timeline)
    top = sorted(size, key=lambda k: (-size[k], k))[:CENTRAL]
    return {k: shown(k, names) for k in top if size[k] > 1}


def importance(event: Event, ctx: Context) -> Importance:
    """An event's importance and the reasons for it (those that count)."""
    score, reasons = 0.0, []
    for signal in SIGNALS if event.id in ctx.reports else ():  # page furniture alone is no report
        count, text = signal.rule(event, ctx)
        value = signal.value(count) if count else 0.0
        if value > 0:
            score += value
            reasons.append(Reason(signal.name, count, text))
    if event.status in STATUS_SAYS:
        score *= STATUS_FACTOR[event.status]
        reasons.append(Reason("status", 0, f"{STATUS_SAYS[event.status]}: counts ×{STATUS_FACTOR[event.status]:g}"))
    if event.key is not None:
        reasons.insert(0, Reason("editor", 1, "marked a key event by an editor" if event.key else "marked not a key event by an editor"))
    return Importance(event.id, round(score, 4), tuple(reasons), event.key)


def by_importance(ids, importance: dict[str, Importance]) -> list[str]:
    """Event ids, most important first: an editor's key events, then by score, then by id."""
    return sorted(ids, key=lambda i: (importance[i].key is not True, -importance[i].score, i))
