"""Key days: the days that tell a story, each with a summary of its reports.

A day's score adds, each through log(1 + count) (so a corpus's size shifts
every day alike), what the articles say about it (``DAY_SIGNALS``): how many
were published that day, how many name it in their text as the day
something happened, and how many of those look back at it from a later day.
Days are picked best first; a day within ``DAMPING.neighbours`` days of a
picked one that says the same thing (the centroids of their reports' words
have a cosine of at least ``DAMPING.same_thing``) has its score multiplied
by ``DAMPING.factor`` for each such day, so that a story's second and third
day are not all picked before another story's first. Days of events an
editor marked ``key: true`` come first.

Chosen on Timeline17's 11 gold timelines (benchmarks/keyevents_results.md):
the signals by the study of tls_study.py, the damping by rank_study.py
(±2 days ×0.75 if cosine ≥ 0.3 is the variant best on four topics for four
of the five held-out topics).
"""
from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import words
from .reports import Report


@dataclass(frozen=True)
class DaySignal:
    name: str
    weight: float
    says: str  # what it counts, as a reader reads it


DAY_SIGNALS = (
    DaySignal("published", 1.0, "articles published that day"),
    DaySignal("named", 1.0, "articles whose text names the day as when something happened"),
    DaySignal("looked_back", 1.0, "of those, articles published later, looking back at the day"),
)


@dataclass(frozen=True)
class Damping:
    """How a day that repeats a picked neighbour is pushed back."""

    neighbours: int = 2  # days either side
    same_thing: float = 0.3  # the cosine from which two days say the same thing
    factor: float = 0.75  # the score is multiplied by this for each such neighbour


DAMPING = Damping()


@dataclass
class DayCounts:
    """What the articles say about each day, and the reports dated to it."""

    published: Counter = field(default_factory=Counter)
    named: Counter = field(default_factory=Counter)
    looked_back: Counter = field(default_factory=Counter)
    reports: dict[date, list[Report]] = field(default_factory=lambda: defaultdict(list))
    _vectors: dict[date, words.Vector] = field(default_factory=dict, repr=False)

    def score(self, day: date) -> float:
        return sum(s.weight * math.log1p(getattr(self, s.name)[day]) for s in DAY_SIGNALS)

    def vector(self, day: date) -> words.Vector:
        """What the day's reports say: the unit centroid of their sentences."""
        if day not in self._vectors:
            texts = dict.fromkeys(r.text for r in self.reports.get(day, []))
            self._vectors[day] = words.unit(words.centroid(words.vector(t) for t in texts))
        return self._vectors[day]


def day_counts(reports: list[Report], published: dict[str, date]) -> DayCounts:
    """The counts of every day, from the sources' publication days and the reports."""
    counts = DayCounts()
    counts.published.update(published.values())
    naming: dict[date, set[str]] = defaultdict(set)
    for report in reports:
        if report.day is None:
            continue
        counts.reports[report.day].append(report)
        if report.by_text:
            naming[report.day].add(report.source)
    for day, sources in naming.items():
        counts.named[day] = len(sources)
        counts.looked_back[day] = sum(1 for s in sources if published[s] > day)
    return counts


def pick_days(counts: DayCounts, start: date | None = None, end: date | None = None, first: set[date] = frozenset(),
              damping: Damping = DAMPING) -> list[date]:
    """Every candidate day between ``start`` and ``end`` (inclusive; open
    when None), in the order picked: the days in ``first`` before the
    others, best first (ties: more articles published, then the earlier)."""
    days = set(counts.published) | set(counts.named)
    candidates = {d for d in days if (start is None or d >= start) and (end is None or d <= end)}
    close: Counter = Counter()  # day -> picked neighbours that say the same thing

    def entry(day: date) -> tuple:
        return (day not in first, -counts.score(day) * damping.factor ** close[day], -counts.published[day], day.toordinal(), close[day], day)

    heap = [entry(d) for d in candidates]
    heapq.heapify(heap)
    picked: list[date] = []
    done: set[date] = set()
    while heap:
        item = heapq.heappop(heap)
        day = item[-1]
        if item[-2] != close[day]:  # damped since it was queued
            heapq.heappush(heap, entry(day))
            continue
        picked.append(day)
        done.add(day)
        for k in range(1, damping.neighbours + 1):
            for near in (day - timedelta(days=k), day + timedelta(days=k)):
                if near in candidates and near not in done and words.dot(counts.vector(near), counts.vector(day)) >= damping.same_thing:
                    close[near] += 1
    return picked
