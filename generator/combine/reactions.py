"""Mentions that make no line of the timeline of their own: reactions, shown
under the happening they answer, and agendas.

- A reaction ("condemned the attack", "called for calm", "was shocked at
  the murder": ``EventMention.reaction``) hangs under a happening its own
  article reports (a cluster with a clause mention of that article that is
  no reaction): the one of the same class of happening as the reaction's
  words, then its article's lead, then the most reported. An article that
  reports no happening lends the reaction to another article's of the same
  class, dated in the two weeks up to the reaction, that shares a person,
  an organisation or a place with it. A reaction with no happening to hang
  under stays an event of its own.
- An agenda ("X will meet Y", "Z will be sworn in", "will resume his normal
  activities"): a routine act (``ROUTINE``) scheduled for later, which is
  no event; the day it happens, its report is.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..model import CLAUSE, SCHEDULED, Sourced, dates
from .event_classes import event_classes, related

# Acts of an official's diary: announced ahead, not news of their own.
ROUTINE = frozenset({"meet", "visit", "hold", "attend", "travel", "arrive", "leave", "depart", "return", "resume", "discuss",
                     "talk", "receive", "host", "fly", "stop", "tour", "brief", "chair", "swear", "head", "go", "come", "join"})
WINDOW = timedelta(days=14)
_JUDGING_CLASSES = frozenset({"condemnation"})


def is_agenda(group: list[Sourced]) -> bool:
    """Every clause of the cluster schedules a routine act."""
    clauses = [m.mention for m in group if m.mention.form == CLAUSE]
    return bool(clauses) and all(m.status == SCHEDULED and m.trigger in ROUTINE for m in clauses)


def is_reaction(group: list[Sourced]) -> bool:
    """Every clause of the cluster answers a happening."""
    clauses = [m.mention for m in group if m.mention.form == CLAUSE]
    return bool(clauses) and all(m.reaction for m in clauses)


def hang_reactions(groups: list[list[Sourced]]) -> tuple[list[list[Sourced]], dict[int, list[Sourced]]]:
    """The clusters that are events, and for each (by index) the reaction
    mentions shown under it. A reaction cluster with a happening to hang
    under is no event."""
    happenings = [g for g in groups if not is_reaction(g)]
    by_source: dict[str, list[int]] = {}
    for index, group in enumerate(happenings):
        for source in {m.source for m in group if not m.mention.reaction}:
            by_source.setdefault(source, []).append(index)
    profiles = [_Profile.of(g) for g in happenings]
    hung: dict[int, list[Sourced]] = {}
    for group in groups:
        if not is_reaction(group):
            continue
        targets = [_target(member, by_source.get(member.source, []), profiles) for member in group]
        if any(t is None for t in targets):
            happenings.append(group)
            continue
        for member, target in zip(group, targets):
            hung.setdefault(target, []).append(member)
    return happenings, hung


@dataclass(frozen=True)
class _Profile:
    """What a happening's cluster offers a reaction to hang under."""

    classes: frozenset[str]
    lead: frozenset[str]  # sources where it stands in the lead
    sources: int
    first: date | None  # the first day any of its mentions gives
    named: frozenset[str]  # its people, organisations and places

    @classmethod
    def of(cls, group: list[Sourced]) -> _Profile:
        classes = frozenset().union(*(event_classes(m.mention.title) for m in group))
        points = [p for m in group if (p := dates.parse_point(m.mention.date))]
        return cls(classes, frozenset(m.source for m in group if m.mention.lead), len({m.source for m in group}),
                   min((p.first for p in points), default=None), _named(group))


def _named(group: list[Sourced]) -> frozenset[str]:
    return frozenset().union(*(m.people | m.organisations | set(m.mention.places) for m in group))


def _target(member: Sourced, own: list[int], profiles: list[_Profile]) -> int | None:
    """The happening ``member`` answers, by index, or None."""
    classes = event_classes(member.mention.text) - _JUDGING_CLASSES
    if own:
        return max(own, key=lambda i: (related(classes, profiles[i].classes) is True, member.source in profiles[i].lead,
                                       profiles[i].sources, -i))
    point = dates.parse_point(member.mention.date)
    day = point.first if point else member.published
    if day is None or not classes:
        return None
    named = _named([member])
    fitting = [i for i, p in enumerate(profiles) if related(classes, p.classes) and p.first is not None
               and day - WINDOW <= p.first <= day and named & p.named]
    return max(fitting, key=lambda i: (profiles[i].sources, profiles[i].first, -i)) if fitting else None
