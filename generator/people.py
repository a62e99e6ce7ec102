"""People in one article: who is named, under which forms, with which titles,
and who a surname or a pronoun refers to.

Names are matched on a transliteration-insensitive key, so "Zelensky",
"Zelenskiy" and "Zelenskyy" are one person; a surname alone joins the one
full name it ends with, and namesakes with different given names stay apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token
from unidecode import unidecode

from .model import PersonRef

# Words that introduce a name without being part of it.
TITLES = {
    "president", "prime", "minister", "chancellor", "secretary", "secretary-general",
    "general", "gen.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
    "king", "queen", "prince", "princess", "pope", "sen.", "senator", "rep.",
    "gov.", "governor", "mayor", "leader", "chairman", "chief", "spokesman",
    "spokeswoman", "ambassador", "envoy", "premier", "vice", "deputy", "foreign",
    "defence", "defense", "minister", "commander", "colonel", "col.", "lt.",
}
# Transliteration variants folded together when names are compared.
_FOLDS = ((r"yy\b", "y"), (r"iy\b", "y"), (r"ij\b", "y"), (r"ii\b", "y"), (r"i\b", "y"), (r"kh", "h"), (r"ck", "k"), (r"ph", "f"), (r"w", "v"))
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# A verb with these links and no subject of its own shares its head's subject.
_INHERITS_SUBJECT = ("conj", "advcl", "xcomp", "ccomp", "relcl")


def name_key(name: str) -> str:
    """A key equal for spellings of one name: 'Zelenskyy' and 'Zelensky' match."""
    text = unidecode(name).lower()
    text = re.sub(r"[^a-z\s]", "", text)
    for pattern, replacement in _FOLDS:
        text = re.sub(pattern, replacement, text)
    return " ".join(text.split())


def clean_name(text: str) -> str:
    """A name as written, without a possessive ending or surrounding punctuation."""
    text = _POSSESSIVE_RE.sub("", text.strip(" \t\n,.;:\"“”‘’()"))
    return " ".join(text.split())


@dataclass
class Person:
    """One person as this article names them."""

    name: str
    forms: list[str] = field(default_factory=list)
    description: str | None = None
    gender: str | None = None

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def surname_key(self) -> str:
        words = self.key.split()  # empty for a "name" of punctuation alone
        return words[-1] if words else ""

    def ref(self) -> PersonRef:
        return PersonRef(self.name, tuple(f for f in self.forms if f != self.name), self.description)


@dataclass(frozen=True)
class _Placed:
    start: int
    end: int
    person: Person
    subject: bool


class ArticlePeople:
    """The people of one article, and where each is mentioned."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.placed: list[_Placed] = []

    def find(self, name: str) -> Person | None:
        """The person ``name`` (full name or surname, any spelling) refers to."""
        key = name_key(clean_name(name))
        if not key:
            return None
        for person in self.people:
            if person.key == key:
                return person
        tokens = key.split()
        if len(tokens) == 1:
            matches = [p for p in self.people if p.surname_key == tokens[0]]
            return matches[0] if len(matches) == 1 else None
        # A fuller or shorter form of a known full name ("Kim Jong Un" / "Kim").
        matches = [p for p in self.people if len(p.key.split()) > 1 and p.surname_key == tokens[-1] and p.key.split()[0] == tokens[0]]
        return matches[0] if len(matches) == 1 else None

    def add(self, name: str, description: str | None = None) -> Person:
        name = clean_name(name)
        person = self.find(name)
        if person is None:
            person = Person(name)
            self.people.append(person)
        elif len(name.split()) > len(person.name.split()):
            person.name = name
        if name not in person.forms:
            person.forms.append(name)
        if description and not person.description:
            person.description = description
        return person

    def place(self, person: Person, span: Span, offset: int) -> None:
        """Record that ``span`` (at body offset ``offset``) names ``person``."""
        form = clean_name(span.text)
        if form not in person.forms:
            person.forms.append(form)
        subject = span.root.dep_ in ("nsubj", "nsubjpass")
        self.placed.append(_Placed(span.start_char + offset, span.end_char + offset, person, subject))

    def at(self, start: int) -> Person | None:
        return next((p.person for p in self.placed if p.start <= start < p.end), None)

    def before(self, position: int, gender: str | None = None, exclude: list[tuple[int, int]] = ()) -> Person | None:
        """The nearest person mentioned before ``position``, preferring subjects.

        Mentions inside ``exclude`` spans (quotations) do not count.
        """
        candidates = [p for p in self.placed if p.end <= position and not any(s <= p.start < e for s, e in exclude)]
        if gender:
            candidates = [p for p in candidates if p.person.gender in (None, gender)]
        candidates.sort(key=lambda p: p.start)
        subjects = [p for p in candidates if p.subject]
        pool = subjects or candidates
        return pool[-1].person if pool else None

    def subject_of(self, verb: Token, offset: int, quoted: list[tuple[int, int]] = ()) -> Person | None:
        """The person who is the subject of ``verb``.

        A verb without a subject of its own ("…, saying", "and added") takes
        the one of the verb it depends on; "according to X" gives X; a pronoun
        is resolved to the nearest person named before it.
        """
        token = verb
        for _ in range(5):
            if token.lower_ == "according":
                objects = [o for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
                return self.at(objects[0].idx + offset) if objects else None
            subjects = [c for c in token.children if c.dep_ in _SUBJECT_DEPS]
            if subjects:
                person = self._resolve(subjects[0], token, offset, quoted)
                if person is not None or token.dep_ not in _INHERITS_SUBJECT:
                    return person
            if token.dep_ not in _INHERITS_SUBJECT or token.head is token:
                return None
            token = token.head
        return None

    def _resolve(self, subject: Token, verb: Token, offset: int, quoted: list[tuple[int, int]]) -> Person | None:
        if verb.dep_ == "relcl" and subject.lower_ in ("who", "that"):
            subject = verb.head  # "Trump, who said …"
        if subject.pos_ == "PRON":
            gender = gender_of(subject.lower_)
            return self.before(subject.idx + offset, gender, quoted) if gender else None
        return self.at(subject.idx + offset)

    def refs(self) -> tuple[PersonRef, ...]:
        return tuple(p.ref() for p in self.people if p.name)


def name_span(token: Token) -> Span:
    """The proper name ``token`` heads ("Volodymyr Zelenskiy"), without titles."""
    doc = token.doc
    if token.ent_type_ == "PERSON":
        ent = next(e for e in doc.ents if e.start <= token.i < e.end)
        return _untitled(ent)
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" and doc[start - 1].lower_ not in TITLES:
        start -= 1
    return doc[start:token.i + 1]


def _untitled(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in TITLES:
        start += 1
    return span.doc[start:span.end]


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
    while start < span.start and doc[start].pos_ == "PUNCT":
        start += 1
    if start < span.start:
        return doc[start:span.start].text
    for child in span.root.children:
        if child.dep_ == "appos" and child.i > span.end - 1 and child.pos_ in ("NOUN", "PROPN"):
            words = doc[child.left_edge.i:child.right_edge.i + 1]
            if len(words) <= 8 and not any(t.ent_type_ == "PERSON" for t in words):
                return words.text.strip(" ,")
    return None


def person_entities(doc: Doc) -> list[Span]:
    """PERSON entities, without titles the model included ("President Trump")."""
    return [_untitled(ent) for ent in doc.ents if ent.label_ == "PERSON"]


def gender_of(pronoun: str) -> str | None:
    return _PRONOUNS.get(pronoun.lower())

