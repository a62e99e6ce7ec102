"""One record per person across all sources.

Each article names its people in its own way; here their forms are pooled:
a full name joins the person with the same name key (so transliterations
match), and namesakes whose given names differ stay apart. A surname alone
("Hussein") joins the one person it can mean; where it could mean several
(Saddam Hussein, King Hussein), the one its article's context agrees with:
the same words in the description, the same people named beside it, a
time near theirs; with no such agreement it is nobody's. A fuller or
shorter full name joins a person only if it can be the same person's as
every full name the person has (``extract.names.one_person``: "George H. W. Bush" is
not "George W. Bush"); where it fits several, the one its article's context
agrees with. Ids already in ``timeline.yml`` are kept.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from ..extract.names import one_person, parts
from ..extract.people import name_key
from ..model import EntityRef
from .ids import unique_slug

# Articles this many days apart or nearer are "of one time" for a surname's context.
NEAR_DAYS = 3 * 365


@dataclass(frozen=True)
class Context:
    """What an article says around a name: its description, the other people
    it names (name keys) and its publication date."""

    description: str | None
    others: frozenset[str]
    published: date | None


@dataclass
class Pooled:
    """One entity as the sources name it, pooled."""

    keys: set[str] = field(default_factory=set)
    names: Counter = field(default_factory=Counter)  # full forms → times seen
    forms: set[str] = field(default_factory=set)
    descriptions: Counter = field(default_factory=Counter)
    first_seen: int = 0
    others: Counter = field(default_factory=Counter)  # people named beside it
    dates: set[date] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return parts(next(iter(sorted(self.keys)))).surname

    def fullest(self) -> str:
        order = list(self.names)  # first seen first
        return max(order, key=lambda n: (len(n.split()), self.names[n], -order.index(n)))

    def add(self, ref: EntityRef, context: Context | None = None) -> None:
        self.names[ref.name] += 1
        self.forms.update(ref.aliases)
        if ref.description:
            self.descriptions[ref.description] += 1
        if context is not None:
            self.others.update(context.others)
            if context.published:
                self.dates.add(context.published)

    def agreement(self, context: Context) -> int:
        """How much an article's context agrees with this person's."""
        mine = {w for d in self.descriptions for w in _words(d)}
        score = 2 * len(mine & _words(context.description)) + len(set(self.others) & context.others)
        if context.published and any(abs((d - context.published).days) <= NEAR_DAYS for d in self.dates):
            score += 1
        return score


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if len(w) > 2}


def pool_people(refs: list[tuple[tuple, EntityRef, Context]]) -> tuple[list[Pooled], dict[tuple, Pooled]]:
    """People across articles from (place, ref, context), and each place →
    its person (a place says where the ref was found, e.g. its file and name)."""
    pool = PeoplePool()
    where: dict[tuple, Pooled] = {}
    # Full names first, so that a surname met before its full name still joins it.
    ordered = sorted(refs, key=lambda item: len(item[1].name.split()) == 1)
    for order, (place, ref, context) in enumerate(ordered):
        key = name_key(ref.name)
        person = pool.match(key, context)
        if person is None:
            person = Pooled(first_seen=order)
            pool.people.append(person)
        pool.add_key(person, key)
        person.add(ref, context)
        where[place] = person
    return pool.people, where


class PeoplePool:
    """The people pooled so far, indexed by name key, by surname and by
    first and last name, so that matching a name does not scan them all."""

    def __init__(self) -> None:
        self.people: list[Pooled] = []
        self._by_key: dict[str, Pooled] = {}
        self._by_surname: dict[str, dict[int, Pooled]] = defaultdict(dict)
        self._by_ends: dict[tuple[str, str], dict[int, Pooled]] = defaultdict(dict)

    def match(self, key: str, context: Context | None = None) -> Pooled | None:
        """The person a name key joins: the one with that key; else, for a
        surname alone, the only person with that surname, and for a full
        name the only one with the same first name and surname whose every
        full name can be this one's person's ("Kim Jong Un", "Kim Un"); of
        several, the one the context agrees with."""
        if key in self._by_key:
            return self._by_key[key]
        tokens = key.split()
        if not tokens:
            return None
        if len(tokens) > 1:
            name = parts(key)
            found = [p for p in self._by_ends.get((name.first, name.surname), {}).values()
                     if all(one_person(key, k) for k in p.keys if len(k.split()) > 1)]
        else:
            found = list(self._by_surname.get(tokens[0], {}).values())
        if len(found) <= 1 or context is None:
            return found[0] if len(found) == 1 else None
        scores = sorted(((p.agreement(context), p.first_seen, p) for p in found), key=lambda item: (-item[0], item[1]))
        best, second = scores[0][0], scores[1][0]
        return scores[0][2] if best > second else None

    def add_key(self, person: Pooled, key: str) -> None:
        if person.keys:
            self._by_surname[person.surname].pop(id(person), None)
        person.keys.add(key)
        self._by_surname[person.surname][id(person)] = person
        if len(key.split()) > 1:  # a single word is matched as a surname, in its context
            name = parts(key)
            self._by_key.setdefault(key, person)
            self._by_ends[(name.first, name.surname)][id(person)] = person


def fullest_ids(pooled: list[Pooled], previous_by_key: dict[str, str], taken: set[str]) -> dict[int, str]:
    """An id for each pooled entity: the previous timeline's id for one of its
    keys, else a new slug of its fullest name; ``taken`` grows with them."""
    ids = {}
    for entity in sorted(pooled, key=lambda p: p.first_seen):
        name = entity.fullest()
        existing = next((previous_by_key[k] for k in [name_key(name), *sorted(entity.keys)] if k in previous_by_key), None)
        entity_id = existing if existing and existing not in taken else unique_slug(name, taken)
        taken.add(entity_id)
        ids[id(entity)] = entity_id
    return ids
