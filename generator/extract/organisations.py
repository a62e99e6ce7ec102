"""Organisations of one article (parties, ministries, agencies, outlets,
offices such as "the Kremlin"): which are named, under which forms, and where.

A name is an organisation's when the model labels it ORG and it is nobody
of the article's people, or when it ends in a word of an organisation's
name ("Israel Radio"). Forms are matched on the person's name key without a
leading "the", and an acronym matches the name it abbreviates ("NCRI",
"National Council of Resistance of Iran").
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import EntityRef
from .lexicon import ORG_WORDS, TITLES
from .people import ArticlePeople, clean_name, description_of, entity_labels, name_key
from .placements import Placements

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc, Span

    from ..model import Paragraph

_MAX_WORDS = 8
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# A company's legal form after its name: "BP Plc", "Transocean Ltd." are BP, Transocean.
COMPANY_SUFFIXES = ("plc", "inc", "ltd", "llc", "corp", "co", "limited", "incorporated", "corporation")
_COMPANY_SUFFIX = re.compile(r",?\s+(?:%s)\.?$" % "|".join(COMPANY_SUFFIXES), re.IGNORECASE)
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "al", "de", "du", "la", "le", "&"}


def org_name(text: str) -> str:
    """An organisation's name as written, without "the", a possessive or punctuation around it."""
    return _LEADING_THE.sub("", clean_name(text))


def org_key(name: str) -> str:
    """A key equal for forms of one organisation's name: "the Kremlin" and
    "Kremlin", "BP Plc" and "BP"."""
    return name_key(_COMPANY_SUFFIX.sub("", org_name(name)) or org_name(name))


def acronym(name: str) -> str:
    """The initials of a name's capitalised words, as a name key:
    "National Council of Resistance of Iran" → "NCRI"'s key."""
    words = [w for w in re.findall(r"[\w'-]+", _LEADING_THE.sub("", name)) if w.lower() not in _SMALL_WORDS]
    if any(len(w) > 1 and w.isupper() for w in words):  # "BP's PR" abbreviates nothing
        return ""
    return name_key("".join(w[0] for w in words if w[:1].isupper())) if len(words) > 1 else ""


@dataclass
class NamedOrganisation:
    """One organisation as this article names it."""

    name: str
    forms: list[str] = field(default_factory=list)
    description: str | None = None

    @property
    def key(self) -> str:
        return org_key(self.name)

    def ref(self) -> EntityRef:
        return EntityRef(self.name, tuple(f for f in self.forms if f != self.name), self.description)


@dataclass(frozen=True)
class PlacedOrganisation:
    start: int
    end: int
    organisation: NamedOrganisation


class ArticleOrganisations:
    """The organisations of one article, and where each is named."""

    def __init__(self) -> None:
        self.organisations: list[NamedOrganisation] = []
        self.placed: Placements[PlacedOrganisation] = Placements()
        self._by_form: dict[str, list[NamedOrganisation]] = defaultdict(list)  # by key, acronym and forms' keys
        self._by_key: dict[str, list[NamedOrganisation]] = defaultdict(list)
        self._order: dict[int, int] = {}  # by id: organisations are compared by identity here

    def find(self, name: str) -> NamedOrganisation | None:
        """The organisation ``name`` (a form, or an acronym of it) refers to."""
        key = org_key(name)
        if not key:
            return None
        if known := self._by_form.get(key):
            return min(known, key=self._first)
        initials = acronym(name)
        known = self._by_key.get(initials) if initials else None
        return min(known, key=self._first) if known else None

    def add(self, name: str, description: str | None = None) -> NamedOrganisation | None:
        name = org_name(name)
        if not org_key(name):
            return None
        organisation = self.find(name)
        if organisation is None:
            organisation = NamedOrganisation(name)
            self._order[id(organisation)] = len(self.organisations)
            self.organisations.append(organisation)
        elif acronym(name) == organisation.key:  # the full name of an acronym met first
            for keys in (self._by_form, self._by_key):
                for key, found in keys.items():
                    keys[key] = [o for o in found if o is not organisation]
            organisation.name = name
        if name not in organisation.forms:
            organisation.forms.append(name)
        self._index(organisation)
        organisation.description = organisation.description or description
        return organisation

    def _index(self, organisation: NamedOrganisation) -> None:
        for keys, key in ((self._by_key, organisation.key), (self._by_form, organisation.key),
                          (self._by_form, acronym(organisation.name)), *((self._by_form, org_key(f)) for f in organisation.forms)):
            if all(o is not organisation for o in keys[key]):
                keys[key].append(organisation)

    def _first(self, organisation: NamedOrganisation) -> int:
        return self._order[id(organisation)]

    def place(self, organisation: NamedOrganisation, start: int, end: int) -> None:
        """Record that body offsets ``start``–``end`` name ``organisation``."""
        self.placed.add(PlacedOrganisation(start, end, organisation))

    def at(self, position: int) -> NamedOrganisation | None:
        placed = self.placed.at(position)
        return placed.organisation if placed else None

    def ending_in(self, word: str, position: int) -> NamedOrganisation | None:
        """The organisation named last before ``position`` whose name ends in
        ``word``, a word of an organisation's name: "the department" after
        "the State Department", "the Post" after "The Washington Post"."""
        if word.lower() not in ORG_WORDS:
            return None
        key = name_key(word)
        return next((p.organisation for p in self.placed.ending_by(position) if p.organisation.key.split()[-1:] == [key]), None)

    def named_in(self, start: int, end: int) -> tuple[str, ...]:
        """The names of the organisations named between two body offsets, each once."""
        return tuple(dict.fromkeys(p.organisation.name for p in self.placed.starting_in(start, end)))

    def refs(self) -> tuple[EntityRef, ...]:
        return tuple(o.ref() for o in self.organisations)


def collect_organisations(paragraphs: list["Paragraph"], people: ArticlePeople) -> ArticleOrganisations:
    """The article's organisations, with every place each is named: not a
    person's name, nor a name the article labels a place more often, nor a
    single word named once in passing (the model's ORG is often a place
    there) unless it is an acronym ("NATO"); a single word that ends the
    name of one named before is that one ("the Post" after "The Washington Post")."""
    organisations = ArticleOrganisations()
    labels = entity_labels([para.doc for para in paragraphs])
    found = [(para, span) for para in paragraphs for span in organisation_names(para.doc)]
    times = Counter(org_key(span.text) for _, span in found)
    for para, span in found:
        seen = labels[name_key(span.text)]
        if seen["GPE"] + seen["LOC"] + seen["PERSON"] > seen["ORG"]:
            continue
        if len(span) == 1 and (people.shares_name(span.text) or times[org_key(span.text)] < 2 and not span.text.isupper()):
            continue  # a surname ("Trump said"), or a word named once in passing
        start = span.start_char + para.block.start
        if people.find(span.text) is None and people.at(start) is None:
            known = organisations.ending_in(span.text, start) if len(span) == 1 and organisations.find(span.text) is None else None
            organisation = known or organisations.add(span.text, description_of(span))
            if organisation is not None:
                organisations.place(organisation, start, start + len(span.text))
    return organisations


def organisation_names(doc: Doc) -> list[Span]:
    """ORG entities, and proper names ending in an organisation's word, that
    read like a name: capitalised, no more than a few words, not a number."""
    spans = [ent for ent in doc.ents if ent.label_ == "ORG"]
    taken = {t.i for span in spans for t in span}
    for token in doc:
        if token.i not in taken and token.pos_ == "PROPN" and token.lower_ in ORG_WORDS and token.dep_ != "compound":
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                start -= 1
            if start < token.i:
                spans.append(doc[start:token.i + 1])
    return [_trimmed(span) for span in spans if _reads_like_name(_trimmed(span))]


def _trimmed(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    return span.doc[start:end]


def _reads_like_name(span: Span) -> bool:
    """Capitalised, a few words, no number, and not the first half of a
    title ("UK Defence Secretary"; an acronym is one: "NATO Secretary-General")."""
    words = [t for t in span if t.is_alpha]
    in_title = span.root.dep_ == "compound" and span.root.head.lower_ in TITLES and not span.text.isupper()
    return (0 < len(span) <= _MAX_WORDS and span.text[:1].isupper() and bool(words) and not in_title
            and not any(t.like_num for t in span) and not (len(span) == 1 and len(span.text) < 2))
