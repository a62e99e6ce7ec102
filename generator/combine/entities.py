"""One record per entity across all sources: people and organisations, in
one id namespace.

People are pooled by ``people.py``, organisations by their name key without
"the" and by acronym ("NCRI" joins "National Council of Resistance of Iran").
Kinds are settled across the corpus, by the articles that found each name
(the small model's labels vary from article to article): a name an article
took for an organisation that is a person's name elsewhere ("Zelenskyy") is
that person's, unless more articles found it an organisation; a name an
article took for a person that more articles found an organisation ("BP",
an organisation in 1,113 articles of the BP oil spill and a person in 5) is
that organisation's. A name the previous timeline lists under the other
kind is of that kind, so that an editor who moves an entry from ``people``
to ``organisations`` (or back) is followed by every later run.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..extract.organisations import acronym, org_key
from ..extract.people import name_key
from ..model import Entity, EntityRef, Extraction, Organisation, Person, Timeline
from .people import Context, Pooled, fullest_ids, pool_people

PERSON, ORGANISATION = "person", "organisation"


@dataclass
class Entities:
    """The people and organisations of a corpus, and the id each article's names stand for."""

    people: list[Person]
    organisations: list[Organisation]
    ids: dict[tuple[str, str, str], str]  # (file, kind found there, name in that file) → entity id

    person_ids: set[str] = field(init=False)

    def __post_init__(self) -> None:
        self.person_ids = {p.id for p in self.people}

    def id_of(self, file: str, name: str | None, kind: str | None = PERSON) -> str | None:
        """The id of a name in a file, of the given kind first, else of the other."""
        if not name:
            return None
        other = ORGANISATION if kind == PERSON else PERSON
        return self.ids.get((file, kind or PERSON, name)) or self.ids.get((file, other, name))


def index_entities(extractions: list[Extraction], previous: Timeline) -> Entities:
    """People and organisations across all extractions, ids kept from ``previous``."""
    were_organisations = {org_key(f) for o in previous.organisations for f in [o.name, *o.aliases]}
    were_people = {name_key(f) for p in previous.people for f in [p.name, *p.aliases]} - were_organisations
    votes = _kind_votes(extractions)
    person_refs, organisation_refs = [], []
    for x in extractions:
        named = frozenset(name_key(r.name) for r in x.people if len(r.name.split()) > 1)
        for kind, refs in ((PERSON, x.people), (ORGANISATION, x.organisations)):
            for ref in refs:
                if _kind_of(ref, kind, were_people, were_organisations, votes) == PERSON:
                    context = Context(ref.description, named - {name_key(ref.name)}, x.article.published)
                    person_refs.append(((x.article.file, kind, ref.name), ref, context))
                else:
                    organisation_refs.append((x.article.file, kind, ref))
    pooled_people, person_where = pool_people(person_refs)
    by_key = {key: person for person in pooled_people for key in person.keys}
    organisation_where: dict[tuple[str, str, str], Pooled] = {}
    remaining = []
    for file, kind, ref in organisation_refs:
        person = by_key.get(name_key(ref.name)) if _may_be_person(ref, were_organisations, votes) else None
        if person is not None:  # a person's name the model took for an organisation's
            person.add(ref)
            organisation_where[(file, kind, ref.name)] = person
        else:
            remaining.append((file, kind, ref))
    pooled_organisations = _pool_organisations(remaining, organisation_where)
    taken: set[str] = set()
    person_ids = fullest_ids(pooled_people, _previous_ids(previous.people, name_key), taken)
    organisation_ids = fullest_ids(pooled_organisations, _previous_ids(previous.organisations, org_key), taken)
    ids = {**person_ids, **organisation_ids}
    where = {place: ids[id(p)] for place, p in person_where.items()}
    where.update({place: ids[id(p)] for place, p in organisation_where.items()})
    return Entities(_records(Person, pooled_people, person_ids), _records(Organisation, pooled_organisations, organisation_ids), where)


def _kind_votes(extractions: list[Extraction]) -> dict[str, Counter]:
    """For each name (``org_key``), how many articles found it of each
    kind, as a name or as another form of one ("Zelenskyy" of "Volodymyr
    Zelenskiy")."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for x in extractions:
        for kind, refs in ((PERSON, x.people), (ORGANISATION, x.organisations)):
            for key in {org_key(form) for ref in refs for form in (ref.name, *ref.aliases)}:
                votes[key][kind] += 1
    return votes


def _kind_of(ref: EntityRef, kind: str, were_people: set[str], were_organisations: set[str],
             votes: dict[str, Counter]) -> str:
    """The kind the previous timeline gives a name, else the kind most
    articles found, else the kind its article found."""
    if name_key(ref.name) in were_people:
        return PERSON
    if org_key(ref.name) in were_organisations:
        return ORGANISATION
    return ORGANISATION if kind == PERSON and _mostly_organisation(ref, votes) else kind


def _may_be_person(ref: EntityRef, were_organisations: set[str], votes: dict[str, Counter]) -> bool:
    """Whether an organisation's name may join a person of that name: not
    if the previous timeline lists it as an organisation, nor if more
    articles found it one."""
    return org_key(ref.name) not in were_organisations and not _mostly_organisation(ref, votes)


def _mostly_organisation(ref: EntityRef, votes: dict[str, Counter]) -> bool:
    """Whether more articles found the name an organisation than a person."""
    count = votes.get(org_key(ref.name), Counter())
    return count[ORGANISATION] > count[PERSON]


def _pool_organisations(refs: list[tuple[str, str, EntityRef]], where: dict[tuple[str, str, str], Pooled]) -> list[Pooled]:
    """Organisations across articles: one per name key, an acronym joining
    the name it abbreviates."""
    pooled: dict[str, Pooled] = {}
    for order, (file, kind, ref) in enumerate(sorted(refs, key=lambda item: -len(item[2].name.split()))):
        key = org_key(ref.name)
        organisation = pooled.get(key)
        if organisation is None:
            organisation = Pooled(first_seen=order)
            pooled[key] = organisation
            if short := acronym(ref.name):
                pooled.setdefault(short, organisation)
        organisation.keys.add(key)
        organisation.add(ref)
        where[(file, kind, ref.name)] = organisation
    return list({id(o): o for o in pooled.values()}.values())


def _previous_ids(previous: list[Entity], key) -> dict[str, str]:
    return {key(form): entity.id for entity in previous for form in [entity.name, *entity.aliases]}


def _records(kind: type[Entity], pooled: list[Pooled], ids: dict[int, str]) -> list:
    records = []
    for entity in sorted(pooled, key=lambda p: p.first_seen):
        name = entity.fullest()
        description = entity.descriptions.most_common(1)[0][0] if entity.descriptions else None
        records.append(kind(ids[id(entity)], name, sorted((entity.forms | set(entity.names)) - {name}), description))
    return records
