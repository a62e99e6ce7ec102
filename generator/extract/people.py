"""People in one article: who is named, under which forms, with which titles,
and who a surname or a pronoun refers to.

Names are matched on a transliteration-insensitive key, so "Zelensky",
"Zelenskiy" and "Zelenskyy" are one person; a surname alone joins the one
full name it ends with, and namesakes with different given names stay apart.
"""
from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from ..model import EntityRef
from .lexicon import FEMALE_WORDS, MALE_WORDS, ORG_WORDS, PLACE_WORDS, PRONOUN_GENDERS, REGNAL_TITLES, ROLE_NOUNS, TITLES
from .name_genders import name_gender
from .names import name_key, one_person, parts
from .placements import Placements
from .span_set import NOWHERE, SpanSet

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc, Span, Token

_AGE_RE = re.compile(r"\b\d+\s*-\s*year\s*-\s*old\b")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_ROMAN_RE = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X{1,2}I{0,3})$")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Entity labels of places and organisations, which a person's first name may be mistaken for ("Paris").
_NOT_PERSON_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
# A verb with these links and no subject of its own shares its head's subject.
_INHERITS_SUBJECT = ("conj", "advcl", "xcomp", "ccomp", "relcl")
# Links from a reporting verb to whom it is said to, whom its pronoun subject is not: "he told Hannity", "she asked him".
_ADDRESSED_DEPS = ("dobj", "dative")


def clean_name(text: str) -> str:
    """A name as written, without a possessive ending or surrounding punctuation."""
    text = _POSSESSIVE_RE.sub("", text.strip(" \t\n,.;:\"“”‘’()"))
    return " ".join(text.split())


@dataclass
class NamedPerson:
    """One person as this article names them."""

    name: str
    forms: list[str] = field(default_factory=list)
    description: str | None = None
    gender: str | None = None

    @property
    def key(self) -> str:
        return name_key(self.name)

    def ref(self) -> EntityRef:
        return EntityRef(self.name, tuple(f for f in self.forms if f != self.name), self.description)


@dataclass(frozen=True)
class _Placed:
    start: int
    end: int
    person: NamedPerson
    subject: bool
    main: bool = False  # the subject of its sentence's main verb, or a quote's speaker
    sentence: int = -1  # where its sentence starts


class ArticlePeople:
    """The people of one article, and where each is mentioned."""

    def __init__(self) -> None:
        self.people: list[NamedPerson] = []
        self.placed: Placements[_Placed] = Placements()
        self.heard: Placements[_Placed] = Placements()  # speakers of the quotes found so far, where their cue stands
        self._names = _NameIndex()

    def find(self, name: str) -> NamedPerson | None:
        """The person ``name`` (full name or surname, any spelling) refers to."""
        key = name_key(clean_name(name))
        if not key:
            return None
        if exact := self._names.get("key", key):
            return exact[0]
        tokens = key.split()
        if len(tokens) == 1:
            matches = self._names.get("surname", tokens[0])
            if not matches:  # a given name alone ("Vladimir" for Vladimir Chernenko)
                matches = self._names.get("given", tokens[0])
            return matches[0] if len(matches) == 1 else None
        # A fuller or shorter form of a known full name that can be the same person's ("Kim Jong Un" / "Kim Un").
        full = parts(key)
        matches = [p for p in self._names.get("ends", (full.first, full.surname)) if one_person(key, p.key)]
        return matches[0] if len(matches) == 1 else None

    def find_at(self, name: str, position: int) -> NamedPerson | None:
        """The person ``name`` refers to where it stands: a surname several
        people of the article share ("Clinton" with Bill and Hillary Clinton
        named) is the one of them named most often up to ``position``; nobody
        when two are named as often."""
        found = self.find(name)
        key = name_key(clean_name(name))
        if found is not None or len(key.split()) != 1:
            return found
        family = [p for p in self._names.get("surname", key) if len(p.key.split()) > 1]
        if len(family) < 2:
            return None
        mentions = Counter(p.person.key for p in self.placed if p.start < position)
        counts = sorted((mentions[p.key], i) for i, p in enumerate(family))
        (second, _), (most, best) = counts[-2:]
        return family[best] if most > second else None

    def add(self, name: str, description: str | None = None) -> NamedPerson | None:
        """Record a name; None when it has no letters to match on (e.g. "’s")."""
        name = clean_name(name)
        if not name_key(name):
            return None
        person = self.find(name) or self._known_by_one_word(name)
        if person is None:
            person = NamedPerson(name, gender=_gender_of_title(description))
            self.people.append(person)
            self._names.add(person, len(self.people))
        elif len(name.split()) > len(person.name.split()):
            self._names.remove(person)
            person.name = name
            self._names.add(person)
        if name not in person.forms:
            person.forms.append(name)
        if description and not person.description:
            person.description = description
            person.gender = person.gender or _gender_of_title(description)
        return person

    def shares_name(self, word: str) -> bool:
        """True when ``word`` is the surname or given name of someone known
        (so a word that fits two Chernenkos is neither, nor a new person)."""
        key = name_key(clean_name(word))
        return bool(self._names.get("first", key) or self._names.get("surname", key))

    def _known_by_one_word(self, name: str) -> NamedPerson | None:
        """The one person so far known only by this full name's surname or given name."""
        words = name_key(name).split()
        if len(words) < 2:
            return None
        matches = {id(p): p for p in self._names.get("key", words[0]) + self._names.get("key", words[-1])}
        return next(iter(matches.values())) if len(matches) == 1 else None

    def place(self, person: NamedPerson, span: Span, offset: int) -> None:
        """Record that ``span`` (at body offset ``offset``) names ``person``."""
        form = clean_name(span.text)
        if form not in person.forms:
            person.forms.append(form)
        root = span.root
        self.placed.add(_Placed(span.start_char + offset, span.end_char + offset, person, _is_subject(root), _is_main_subject(root),
                                root.sent.start_char + offset))

    def hear(self, person: NamedPerson, token: Token, offset: int) -> None:
        """Record that ``person`` speaks a quote whose cue (or closing mark) is
        ``token``: for the pronouns after it, a subject of its sentence's main verb."""
        start = token.idx + offset
        self.heard.add(_Placed(start, start + len(token), person, True, True, token.sent.start_char + offset))

    def at(self, start: int) -> NamedPerson | None:
        placed = self.placed.at(start)
        return placed.person if placed else None

    def last_named(self, position: int, since: int) -> NamedPerson | None:
        """The person named last between ``since`` and ``position``, subjects first."""
        named = [p for p in self.placed.starting_in(since, position) if p.end <= position]
        pool = [p for p in named if p.subject] or named
        return max(pool, key=lambda p: p.start).person if pool else None

    def before(self, position: int, gender: str | None = None, exclude: SpanSet = NOWHERE,
               others: tuple[NamedPerson, ...] = ()) -> NamedPerson | None:
        """The person a pronoun at ``position`` stands for: the nearest subject
        named before it (or speaker of a quote before it, see ``hear``) whose
        gender does not clash; of the subjects of that one's sentence, the
        nearest of its main verb's ("Axelrod said the race helped Clinton more
        than Obama did. “…,” he said": Axelrod), one whose gender is known to
        agree first; with no subject, the nearest person named. Mentions inside ``exclude`` spans (quotations) do not count,
        nor ``others``: those the pronoun's verb is said to ("he told Hannity": not Hannity).
        """
        def fits(placed: _Placed) -> bool:
            return (placed.end <= position and placed.start not in exclude and (not gender or placed.person.gender in (None, gender))
                    and not any(placed.person is other for other in others))

        mentions = heapq.merge(self.placed.ending_by(position), self.heard.ending_by(position), key=lambda p: -p.start)
        nearest = None
        for placed in mentions:
            if not fits(placed):
                continue
            if placed.subject:
                named = self.placed.starting_in(placed.sentence, position)
                main = [p for p in named + self.heard.starting_in(placed.sentence, position) if p.main and fits(p)]
                # A name written as the subject before a speaker inferred for a quote ("“…, I hold … Sen. John McCain,” Trump said").
                return max(main, key=lambda p: (p.person.gender == gender, any(p is n for n in named), p.start)).person if main else placed.person
            nearest = nearest or placed.person
        return nearest

    def subject_of(self, verb: Token, offset: int, quoted: SpanSet = NOWHERE, past_other_subjects: bool = True,
                   other: Callable[[Token], Any] | None = None) -> Any:
        """The person who is the subject of ``verb``, or what ``other`` makes
        of a subject that is no person (an organisation, say).

        A verb without a subject of its own ("…, saying", "and added") takes
        the one of the verb it depends on; "according to X" gives X; a pronoun
        is resolved to the nearest person named before it. With
        ``past_other_subjects``, a subject that is no person ("Russia has no
        veto …, saying") is passed over for the speaker above it, which suits
        a reporting verb the parser attached too low but not an event's verb.
        """
        other = other or (lambda token: None)
        token, found_other = verb, None
        for _ in range(5):
            if token.dep_ == "pcomp" and token.head.lower_ == "as" and token.head.head.lemma_ == "quote":
                token = token.head.head  # "X was quoted as saying"
            if token.lower_ == "according":
                objects = [o for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
                return (self.at(objects[0].idx + offset) or other(objects[0])) if objects else found_other
            subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
            if subjects:
                # "Jordanian missionary Dr. Bahjat Batarseh said": the parser may give two.
                person = next((p for s in subjects if (p := self._resolve(s, token, offset, quoted))), None)
                if person is not None:
                    return person
                found_other = found_other or next((o for s in subjects if (o := other(s)) is not None), None)
                if token.dep_ not in _INHERITS_SUBJECT or not past_other_subjects:
                    return found_other
            if token.dep_ not in _INHERITS_SUBJECT or token.head is token:
                return found_other
            token = token.head
        return found_other

    def _resolve(self, subject: Token, verb: Token, offset: int, quoted: SpanSet) -> NamedPerson | None:
        if verb.dep_ == "relcl" and subject.lower_ in ("who", "that"):
            subject = verb.head  # "Trump, who said …"
        if subject.pos_ == "PRON":
            gender = gender_of(subject.lower_)
            addressed = tuple(p for c in verb.children if c.dep_ in _ADDRESSED_DEPS and (p := self.at(c.idx + offset)))
            return self.before(subject.idx + offset, gender, quoted, addressed) if gender else None
        # "One of the university's top executives, Michael Sexton, testified"; "said former Vermont governor Howard Dean"
        named = next((p for c in subject.children if c.dep_ == "appos" and (p := self.at(c.idx + offset))), None)
        if subject.pos_ == "NOUN" and subject.lemma_ in TITLES | ROLE_NOUNS:
            return named or self._described(subject, offset, quoted)
        return self.at(subject.idx + offset) or named

    def _described(self, subject: Token, offset: int, quoted: SpanSet) -> NamedPerson | None:
        """The person named before whom a title refers to: "the Russian leader" is
        the one described as "Russian President"; "the president" needs that word."""
        if not any(c.lower_ in ("the", "this") for c in subject.children if c.dep_ == "det"):
            return None
        modifiers = {c.lower_ for c in subject.children if c.dep_ in ("amod", "compound")}
        wanted = modifiers if subject.lemma_ in ROLE_NOUNS else modifiers | {subject.lemma_}
        position = subject.idx + offset
        for placed in self.placed.ending_by(position):
            words = set(re.findall(r"[\w-]+", (placed.person.description or "").lower()))
            if words and wanted <= words and placed.start not in quoted:
                return placed.person
        return None

    def refs(self) -> tuple[EntityRef, ...]:
        return tuple(p.ref() for p in self.people if p.name)


class _NameIndex:
    """The people of an article by what their names are matched on (whole
    key, surname, first word, given name and surname of a full name), each
    list in the order the people were first named."""

    def __init__(self) -> None:
        self._lists: dict[tuple[str, object], list[NamedPerson]] = defaultdict(list)
        self._order: dict[int, int] = {}
        self._entries: dict[int, list[tuple[str, object]]] = {}

    def get(self, field: str, value: object) -> list[NamedPerson]:
        return self._lists.get((field, value), [])

    def add(self, person: NamedPerson, order: int | None = None) -> None:
        if order is not None:
            self._order[id(person)] = order
        words, full = person.key.split(), parts(person.key)
        entries = [("key", person.key)]
        if words:
            entries += [("surname", full.surname), ("first", words[0])]
        if len(words) > 1:
            entries += [("given", words[0]), ("ends", (full.first, full.surname))]
        self._entries[id(person)] = entries
        for entry in entries:
            people = self._lists[entry]
            people.append(person)
            people.sort(key=lambda p: self._order[id(p)])

    def remove(self, person: NamedPerson) -> None:
        for entry in self._entries.pop(id(person), []):
            self._lists[entry] = [p for p in self._lists[entry] if p is not person]


def _is_subject(token: Token) -> bool:
    """A subject, or in apposition to one ("The Podesta Group's CEO, Kimberley Fritts, said")."""
    return token.dep_ in _SUBJECT_DEPS or (token.dep_ == "appos" and token.head.dep_ in _SUBJECT_DEPS)


def _is_main_subject(token: Token) -> bool:
    """The subject of its sentence's main verb, or of a verb joined to it by "and"."""
    if not _is_subject(token):
        return False
    verb = token.head if token.dep_ in _SUBJECT_DEPS else token.head.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def name_span(token: Token) -> Span:
    """The proper name ``token`` heads ("Volodymyr Zelenskiy"), without titles
    but for a regnal one ("King Hussein")."""
    doc = token.doc
    if token.ent_type_ == "PERSON":
        ent = next(e for e in doc.ents if e.start <= token.i < e.end)
        return _untitled(ent)
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and doc[start - 1].lower_ not in TITLES:
        start -= 1
    return _regnal(doc[start:token.i + 1])


def _untitled(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in TITLES:
        start += 1
    return _first_name_before(_regnal(span.doc[start:span.end]))


def _first_name_before(span: Span) -> Span:
    """A full name with the first name the model labelled otherwise (a
    place's) put back: "Paris Michael Katherine Jackson" is not a Michael
    Jackson. The word must be a proper noun of the name labelled a place's
    or an organisation's, no title, and a first name gender-guesser is firm
    about ("Judge", unlabelled, and "June", a date's, are left out)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (len(span) < 2 or before is None or before.pos_ != "PROPN" or before.dep_ != "compound" or not before.is_title
            or before.lower_ in TITLES | ROLE_NOUNS or before.ent_type_ not in _NOT_PERSON_LABELS or not span.start <= before.head.i < span.end):
        return span
    gender = name_gender(before.text)
    return span.doc[span.start - 1:span.end] if gender is not None and gender.firm else span


def _regnal(span: Span) -> Span:
    """A one-word name after a regnal title keeps it: "King Hussein" (of Jordan)
    is not a Hussein the way Saddam Hussein is, nor is "Pope Francis" a Francis."""
    words = [t for t in span if not _ROMAN_RE.match(t.text)]
    before = span.doc[span.start - 1] if span.start > 0 else None
    if len(words) == 1 and before is not None and before.lower_ in REGNAL_TITLES and before.text[:1].isupper():
        return span.doc[span.start - 1:span.end]
    return span


def looks_like_person(span: Span) -> bool:
    """Whether a name could be a person's: no digits ("Tajikistan 2-2"), no
    heading in capitals, not a bare title ("Minister"), and not ending in a
    letter ("Group B") or a word of an organisation's, a place's or a
    building's name ("Israel Radio", "Rafah Crossing", "Concert Hall")."""
    words = [t for t in span if not t.is_punct and t.lower_ not in ("'s", "’s")]
    if not words or any(any(c.isdigit() for c in t.text) for t in words):
        return False
    if any(len(t.text) > 2 and t.text.isupper() and not _ROMAN_RE.match(t.text) for t in words):
        return False
    if len(words) == 1 and words[0].lower_.rstrip(".") in TITLES | ROLE_NOUNS | {t.rstrip(".") for t in TITLES}:
        return False
    return sum(c.isalpha() for c in words[-1].text) > 1 and words[-1].lower_ not in ORG_WORDS | PLACE_WORDS


def description_of(span: Span) -> str | None:
    """The title written before a name ("NATO Secretary-General") or in apposition."""
    doc = span.doc
    start = span.start
    while start > 0:
        prev = doc[start - 1]
        if prev.dep_ in ("compound", "amod", "nmod", "punct") and prev.pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT") and prev.text not in (",", "“", "”", '"', "(", ")") and (prev.head.i >= start or prev.head.i == prev.i):
            start -= 1
        else:
            break
    while start < span.start and (doc[start].pos_ == "PUNCT" or _AGE_RE.search(doc[max(0, start - 4):start + 1].text)):
        start += 1  # punctuation, or the end of an age ("18-year-old")
    if start < span.start:
        return _AGE_RE.sub("", doc[start:span.start].text).strip() or None
    for child in span.root.children:
        if child.dep_ == "appos" and child.i > span.end - 1 and child.pos_ in ("NOUN", "PROPN"):
            words = doc[child.left_edge.i:child.right_edge.i + 1]
            if len(words) <= 8 and not any(t.ent_type_ == "PERSON" for t in words):
                return words.text.strip(" ,")
    return None


def person_entities(doc: Doc) -> list[Span]:
    """PERSON entities that could be people, without titles the model
    included ("President Trump")."""
    return [span for ent in doc.ents if ent.label_ == "PERSON" and looks_like_person(span := _untitled(ent))]


def entity_labels(docs: list[Doc]) -> dict[str, Counter]:
    """How often the model labels each name (by key) as what, in one article."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for doc in docs:
        for ent in doc.ents:
            labels[name_key(ent.text)][ent.label_] += 1
    return labels


def gender_of(pronoun: str) -> str | None:
    return PRONOUN_GENDERS.get(pronoun.lower())


def _gender_of_title(description: str | None) -> str | None:
    """The gender a title states ("Mrs.", "spokeswoman", "housewife"), if any."""
    words = set(re.findall(r"[a-z]+", (description or "").lower()))
    if words & FEMALE_WORDS:
        return "f"
    if words & MALE_WORDS:
        return "m"
    return None

