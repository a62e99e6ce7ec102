"""One record per person across all sources.

Each article names its people in its own way; here their forms are pooled:
a full name joins the person with the same name key (so transliterations
match), a surname alone joins the one person it can only mean, and namesakes
whose given names differ stay apart. Ids already in ``timeline.yml`` are kept.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..extract.people import name_key
from ..model import Extraction, Person
from .ids import unique_slug


@dataclass
class _Pooled:
    keys: set[str] = field(default_factory=set)
    names: Counter = field(default_factory=Counter)  # full forms → times seen
    forms: set[str] = field(default_factory=set)
    descriptions: Counter = field(default_factory=Counter)
    first_seen: int = 0

    @property
    def surname(self) -> str:
        return next(iter(sorted(self.keys))).split()[-1]

    def fullest(self) -> str:
        order = list(self.names)  # first seen first
        return max(order, key=lambda n: (len(n.split()), self.names[n], -order.index(n)))


def index_people(extractions: list[Extraction], previous: list[Person]) -> tuple[list[Person], dict[tuple[str, str], str]]:
    """People across all extractions, and (file, name in that file) → person id.

    ``previous`` are the people already in the timeline: their ids are reused
    for whoever they name.
    """
    pool = _Pool()
    where: dict[tuple[str, str], _Pooled] = {}
    refs = [(x.article.file, ref) for x in extractions for ref in x.people]
    # Full names first, so that a surname met before its full name still joins it.
    refs.sort(key=lambda item: len(item[1].name.split()) == 1)
    for order, (file, ref) in enumerate(refs):
        key = name_key(ref.name)
        person = pool.match(key)
        if person is None:
            person = _Pooled(first_seen=order)
            pool.people.append(person)
        pool.add_key(person, key)
        person.names[ref.name] += 1
        person.forms.update(ref.aliases)
        if ref.description:
            person.descriptions[ref.description] += 1
        where[(file, ref.name)] = person
    people, ids = [], {}
    taken: set[str] = set()
    previous_by_key = {name_key(form): p for p in previous for form in [p.name, *p.aliases]}
    for person in sorted(pool.people, key=lambda p: p.first_seen):
        name = person.fullest()
        existing = next((previous_by_key[k] for k in [name_key(name), *sorted(person.keys)] if k in previous_by_key), None)
        person_id = existing.id if existing and existing.id not in taken else unique_slug(name, taken)
        taken.add(person_id)
        aliases = sorted((person.forms | set(person.names)) - {name})
        description = person.descriptions.most_common(1)[0][0] if person.descriptions else None
        people.append(Person(person_id, name, aliases, description))
        ids[id(person)] = person_id
    return people, {place: ids[id(person)] for place, person in where.items()}


class _Pool:
    """The people pooled so far, indexed by name key, by surname and by
    first and last name, so that matching a name does not scan them all."""

    def __init__(self) -> None:
        self.people: list[_Pooled] = []
        self._by_key: dict[str, _Pooled] = {}
        self._by_surname: dict[str, dict[int, _Pooled]] = defaultdict(dict)
        self._by_ends: dict[tuple[str, str], dict[int, _Pooled]] = defaultdict(dict)

    def match(self, key: str) -> _Pooled | None:
        """The person a name key joins: the one with that key; else, for a
        surname alone, the only person with that surname; else the only one
        with the same given name and surname ("Kim Jong Un", "Kim Un")."""
        if key in self._by_key:
            return self._by_key[key]
        tokens = key.split()
        if not tokens:
            return None
        found = self._by_surname.get(tokens[0], {}) if len(tokens) == 1 else self._by_ends.get((tokens[0], tokens[-1]), {})
        return next(iter(found.values())) if len(found) == 1 else None

    def add_key(self, person: _Pooled, key: str) -> None:
        if person.keys:
            self._by_surname[person.surname].pop(id(person), None)
        person.keys.add(key)
        self._by_key.setdefault(key, person)
        self._by_surname[person.surname][id(person)] = person
        tokens = key.split()
        if len(tokens) > 1:
            self._by_ends[(tokens[0], tokens[-1])][id(person)] = person
