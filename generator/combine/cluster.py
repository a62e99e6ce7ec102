"""Cluster what several sources (and several sentences of one source) report:
which event mentions are one happening (``assemble`` then makes each cluster
one event).

Two mentions can only be one happening when their dates are compatible (their
intervals overlap: "this week" and "on Friday"; a statement dated only by its
article's publication is taken as made in the week before it) and their
subjects, if both have one, are the same person. Among those, mentions are
joined when they share enough people, places and words. Candidates are found
through an index of (person or place, month), never by comparing every pair.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from spacy.lang.en.stop_words import STOP_WORDS

from ..model import EventMention, Sourced, dates

# A statement dated by its article's publication was made up to this long before.
PUBLICATION_WINDOW = timedelta(days=6)
SAME_EVENT_SCORE = 4.0
# Reports of one happening that disagree on its day: how far apart, how alike.
CONFLICT_WINDOW = timedelta(days=7)
CONFLICT_OVERLAP = 0.5
_WORD_RE = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class _Candidate:
    """A mention as clustering compares it: its date as an interval of days,
    its words and places, each worked out once."""

    sourced: Sourced

    @property
    def source(self) -> str:
        return self.sourced.source

    @property
    def mention(self) -> EventMention:
        return self.sourced.mention

    @property
    def people(self) -> frozenset[str]:
        return self.sourced.people

    @property
    def subject(self) -> str | None:
        return self.sourced.subject

    @cached_property
    def interval(self) -> tuple[date, date] | None:
        point = dates.parse_point(self.mention.date)
        if point is None:
            return None
        if self.mention.date_basis == "publication":
            return point.first - PUBLICATION_WINDOW, point.last
        return point.first, point.last

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(w for w in _WORD_RE.findall(self.mention.text.lower()) if w not in STOP_WORDS and len(w) > 2)

    @cached_property
    def places(self) -> frozenset[str]:
        return frozenset(self.mention.places)


def cluster(mentions: list[Sourced]) -> list[list[Sourced]]:
    """Group mentions of the same happening (single-link over compatible pairs)."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    candidates = [_Candidate(m) for m in mentions]
    for i, j in candidate_pairs(candidates):
        if same_event(candidates[i], candidates[j]):
            parent[find(i)] = find(j)
    groups: dict[int, list[Sourced]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        groups[find(index)].append(mention)
    return sorted(groups.values(), key=lambda g: min((m.order, m.mention.start) for m in g))


def candidate_pairs(mentions: list[_Candidate]) -> set[tuple[int, int]]:
    """Pairs that share a person or place within the same month or so."""
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        interval = mention.interval
        if interval is None:
            continue
        for key in _months(interval):
            for entity in mention.people | mention.places:
                buckets[(entity, key)].append(index)
            buckets[("", key + mention.source)].append(index)  # same source, same month
    pairs = set()
    for members in buckets.values():
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                pairs.add((members[a], members[b]))
    return pairs


def _months(interval: tuple[date, date]) -> list[str]:
    first, last = interval
    if (last - first).days > 62:
        return [f"{first.year}"]  # a year or a decade: bucket coarsely
    keys, current = [], date(first.year, first.month, 1)
    while current <= last:
        keys.append(dates.month(current))
        current = dates.shift_months(current, 1)
    return keys


def same_event(a: _Candidate, b: _Candidate) -> bool:
    """Whether two mentions report the same happening."""
    if a.subject and b.subject and a.subject != b.subject:
        return False
    if not _compatible(a, b):
        return _conflicting_report(a, b)
    if a.source == b.source and a.subject and a.mention.statement and b.mention.statement:
        return True  # one article, one person speaking at one time: one statement
    return 2 * len(a.people & b.people) + len(a.places & b.places) + 4 * _overlap(a, b) >= SAME_EVENT_SCORE


def _overlap(a: _Candidate, b: _Candidate) -> float:
    union = a.words | b.words
    return len(a.words & b.words) / len(union) if union else 0.0


def _conflicting_report(a: _Candidate, b: _Candidate) -> bool:
    """Two sources telling the same happening in the same words but giving
    different days for it: one event, the disagreement kept on its evidence."""
    if a.source == b.source or "publication" in (a.mention.date_basis, b.mention.date_basis):
        return False
    pa, pb = dates.parse_point(a.mention.date), dates.parse_point(b.mention.date)
    if not (pa and pb and pa.precision == pb.precision == dates.DAY):
        return False
    close = abs((pa.first - pb.first).days) <= CONFLICT_WINDOW.days
    return close and bool(a.people & b.people or a.places & b.places) and _overlap(a, b) >= CONFLICT_OVERLAP


def _compatible(a: _Candidate, b: _Candidate) -> bool:
    """Dates that can name the same time: one interval within the other."""
    ia, ib = a.interval, b.interval
    if ia is None or ib is None:
        return False
    return (ia[0] <= ib[0] and ib[1] <= ia[1]) or (ib[0] <= ia[0] and ia[1] <= ib[1])
