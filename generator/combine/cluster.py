"""Merge what several sources (and several sentences of one source) report
about the same happening into one event.

Two mentions can only be one event when their dates are compatible (their
intervals overlap: "this week" and "on Friday"; a statement dated only by its
article's publication is taken as made in the week before it) and their
subjects, if both have one, are the same person. Among those, mentions are
joined when they share enough people, places and words. Candidates are found
through an index of (person or place, month), never by comparing every pair.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from spacy.lang.en.stop_words import STOP_WORDS

from ..model import EventMention, Evidence, QuoteEntry, Sourced, dates
from .variants import group_quotes

# A statement dated by its article's publication was made up to this long before.
PUBLICATION_WINDOW = timedelta(days=6)
MERGE_SCORE = 4.0
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


@dataclass(frozen=True)
class MergedEvent:
    """One happening, from one or more mentions."""

    date: str | None
    date_basis: str
    title: str
    summary: str
    people: list[str]
    places: list[str]
    sources: list[Evidence]
    quotes: list[QuoteEntry]


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
    return 2 * len(a.people & b.people) + len(a.places & b.places) + 4 * _overlap(a, b) >= MERGE_SCORE


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


def merge(group: list[Sourced]) -> MergedEvent:
    """One event from a group of mentions: the most precise date, the title of
    the mention that gives it, every source's evidence, and each quote once,
    with other outlets' wordings of it as variants."""
    best = _best_dated(group)
    date_value, basis = best.mention.date, best.mention.date_basis
    evidence, seen = [], set()
    for member in sorted(group, key=lambda m: (m.order, m.mention.start)):
        key = (member.source, member.mention.start)
        if key in seen:
            continue
        seen.add(key)
        differs = member.mention.date if member.mention.date_basis != "publication" and member.mention.date != date_value and not dates.contains(member.mention.date or "", date_value or "") else None
        evidence.append(Evidence(member.source, member.mention.text, (member.mention.start, member.mention.end), differs, member.mention.date_span))
    people = Counter()
    for member in group:
        for person in member.people:
            people[person] += 2 if person == member.subject else 1
    places = list(dict.fromkeys(p for m in group for p in m.mention.places))
    return MergedEvent(
        date=date_value, date_basis=basis, title=best.mention.title, summary=best.mention.text,
        people=[p for p, _ in sorted(people.items(), key=lambda kv: (-kv[1], kv[0]))],
        places=places, sources=evidence, quotes=group_quotes(group),
    )


def _best_dated(group: list[Sourced]) -> Sourced:
    """The mention whose date the event takes: a date in the text before the
    publication date, the most precise, the one most sources give, the first."""
    support = Counter(m.mention.date for m in {(m.source, m.mention.date): m for m in group}.values())

    def rank(member: Sourced) -> tuple:
        point = dates.parse_point(member.mention.date)
        width = (point.last - point.first).days if point else 10**6
        publication = member.mention.date_basis == "publication"
        return (publication, width, -support[member.mention.date], member.order, member.mention.start)

    return min(group, key=rank)
