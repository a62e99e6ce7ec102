"""Find the people of one article in its parsed paragraphs, and where each
is named.

Full names come first (PERSON entities, and names the model missed: proper
nouns that speak, the subject of a reporting verb, and names after a
place's possessive, "China's Xi Jinping", and names labelled an
organisation's that start with a first name, "Carly Fiorina"), so that a surname or a given
name used alone joins the full name even when it comes first. A name
written alone is completed from a fuller form elsewhere in the article
("Holmes" → "Eamonn Holmes" when the model missed the latter as a person).

People are people: a name the article's other mentions label a place or an
organisation more often than a person, a name of two words or more the
article writes after "the" more often than not ("the Deepwater
Horizon", "the Exxon Valdez": a rig, a ship; "the Barack Obama" is rare),
and a single word the article capitalises only where a sentence starts
("Turnout was high"), are not.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .lexicon import CUE_VERBS, FIRST_NAME_GENDERS, PRONOUN_GENDERS, TITLES
from .name_genders import name_gender
from .people import ArticlePeople, description_of, entity_labels, looks_like_person, name_key, name_span, person_entities

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc, Span, Token

    from ..model import Paragraph

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# The allowance of a name that starts with a first name: labels say nothing against it.
_FIRST_NAMED = float("inf")
_AGE_RE = re.compile(r"^\d+-year-old$")
# Entity labels of what is not a person.
_OTHER_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def collect_people(paragraphs: list["Paragraph"]) -> ArticlePeople:
    """The article's people, with every place each is named."""
    people = ArticlePeople()
    docs = [para.doc for para in paragraphs]
    labels = entity_labels(docs)
    sentence_starts = _only_at_sentence_start(docs)
    text = "\n".join(doc.text for doc in docs)
    things: dict[str, bool] = {}  # by name: each name's occurrences counted once, not at each mention
    names = []  # every candidate name, in text order
    for doc in docs:
        found = [(span, 0) for span in person_entities(doc)] + [(span, 1) for span in _missed_names(doc)] + [(span, _FIRST_NAMED) for span in _first_named(doc)]
        names += [span for span, allowance in sorted(found, key=lambda item: item[0].start)
                  if not _other_than_person(labels[name_key(span.text)], allowance) and not _a_thing(span, text, things)
                  and (len(span) > 1 or span.text not in sentence_starts or _speaks(span.root))]
    for span in names:
        if len(span) > 1:
            people.add(span.text, description_of(span))
    for span in names:
        known = people.find(span.text) if len(span) == 1 else None
        if known is not None:  # "broadcaster Holmes" describes Eamonn Holmes
            people.add(known.name, description_of(span))
        elif len(span) == 1 and not people.shares_name(span.text) and span.root.dep_ in _SUBJECT_DEPS and (span.root.ent_type_ in ("PERSON", "") or _aged(span.root)):
            people.add(span.text, description_of(span))
    _complete_names(paragraphs, people)
    for para in paragraphs:
        _place_mentions(para.doc, para.block.start, people)
    _learn_genders(paragraphs, people)
    return people


def _missed_names(doc: Doc) -> list[Span]:
    """Names the model did not label a person's that may be: a proper noun
    that speaks ("Holmes said"), and a name of two words or more after a
    place's possessive ("China's Xi Jinping")."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ == "PERSON" or token.dep_ == "compound":
            continue
        span = name_span(token)
        if not looks_like_person(span):
            continue
        if _speaks(token) or (len(span) > 1 and token.ent_type_ in ("", "ORG") and _after_place_possessive(span)):
            found.append(span)
    return found


def _speaks(token: Token) -> bool:
    """A proper noun that is the subject of a reporting verb ("Holmes said")."""
    return token.pos_ == "PROPN" and token.dep_ in _SUBJECT_DEPS and token.head.lemma_ in CUE_VERBS


def _first_named(doc: Doc) -> list[Span]:
    """Names the model labelled an organisation's that start with a first
    name gender-guesser is firm about, and whose last word is no organisation's
    ("Carly Fiorina", its first name tagged an adverb or not)."""
    return [ent for ent in doc.ents if ent.label_ == "ORG" and 2 <= len(ent) <= 3 and all(t.is_title for t in ent) and ent[-1].pos_ == "PROPN"
            and looks_like_person(ent) and _firm_gender(ent[0].text) is not None]


def _after_place_possessive(span: Span) -> bool:
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].dep_ == "case" and doc[span.start - 2].ent_type_ == "GPE"


def _other_than_person(seen: Counter, allowance: int) -> bool:
    """Labelled a place or an organisation more often than a person (beyond
    ``allowance`` such labels of a name found by other means)."""
    other = sum(seen[label] for label in _OTHER_LABELS)
    return other > allowance and other > seen["PERSON"] + allowance


def _a_thing(span: Span, text: str, things: dict[str, bool]) -> bool:
    """A name of two words or more the text writes after "the" more often
    than without it: a thing's name ("the Deepwater Horizon"); ``things``
    keeps the answer by name."""
    if len(span) < 2:
        return False
    if span.text not in things:
        things[span.text] = _written_after_the(span.text, text)
    return things[span.text]


def _written_after_the(name: str, text: str) -> bool:
    written = re.findall(rf"(?:\b(the)\s+)?\b{re.escape(name)}\b", text, re.IGNORECASE)
    after_the = sum(1 for the in written if the)
    return after_the * 2 > len(written)


def _only_at_sentence_start(docs: list[Doc]) -> set[str]:
    """Capitalised words the article writes capitalised only where a sentence
    (or a quotation) starts: "Turnout", "Teachers"."""
    starts: dict[str, bool] = {}
    for doc in docs:
        for token in doc:
            if token.text[:1].isupper() and token.is_alpha:
                at_start = token.is_sent_start or doc[token.i - 1].is_quote
                starts[token.text] = starts.get(token.text, True) and at_start
    return {word for word, only in starts.items() if only}


def _aged(token: Token) -> bool:
    """A name given an age ("16-year-old Lyudmila") is a person's, whatever its label."""
    start = token.left_edge.i
    return _AGE_RE.match(token.doc[start:token.i].text.replace(" ", "")) is not None


def _complete_names(paragraphs: list["Paragraph"], people: ArticlePeople) -> None:
    """Give a person known by one word the fuller name written elsewhere."""
    heads: dict[str, list[Token]] = {}  # proper nouns that head a name, by text, in text order
    for para in paragraphs:
        for token in para.doc:
            if token.pos_ == "PROPN" and token.dep_ != "compound":
                heads.setdefault(token.text, []).append(token)
    for person in [p for p in people.people if len(p.key.split()) == 1]:
        fuller = next((s for t in heads.get(person.name, ()) if len(s := name_span(t)) > 1 and _looks_like_name(s)), None)
        if fuller is not None:
            people.add(fuller.text, description_of(fuller))


def _looks_like_name(span: Span) -> bool:
    return looks_like_person(span) and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in TITLES and t.ent_type_ in ("", "PERSON", "ORG") for t in span)


def _learn_genders(paragraphs: list["Paragraph"], people: ArticlePeople) -> None:
    """Give a person no title says the gender the first name is taken for
    (lexicon.FIRST_NAME_GENDERS, learnt from news), else the one the
    article's pronouns say, else the one gender-guesser's list is firm about
    ("Zoe", "Brenda"). The article's pronouns vote by
    "he" or "she" outside quotation marks as the subject of a reporting verb
    ("she said"), after that person is the last one named in the paragraph,
    at least twice and twice as often as the other (a "she" about Ginsburg
    after "Trump" is no vote to trust over "Donald"; nor a "she" about
    Clinton in what Gorka said about her)."""
    said: dict[str, Counter] = {}
    for para in paragraphs:
        offset, inside = para.block.start, False
        for token in para.doc:
            if token.is_quote:
                inside = not inside
            says = token.dep_ in _SUBJECT_DEPS and token.head.lemma_ in CUE_VERBS
            gender = PRONOUN_GENDERS.get(token.lower_) if token.pos_ == "PRON" and says and not inside else None
            last = people.last_named(token.idx + offset, para.block.start) if gender else None
            if last is not None:
                said.setdefault(last.key, Counter())[gender] += 1
    for person in people.people:
        counts = said.get(person.key, Counter())
        best, n = max(counts.items(), key=lambda item: item[1], default=(None, 0))
        words = person.name.split()
        if person.gender is None and len(words) > 1:
            person.gender = FIRST_NAME_GENDERS.get(words[0])
        if person.gender is None and n >= 2 and n >= 2 * (sum(counts.values()) - n):
            person.gender = best
        if person.gender is None and len(words) > 1:
            person.gender = _firm_gender(words[0])


def _firm_gender(first_name: str) -> str | None:
    """The gender gender-guesser's list is firm about for ``first_name`` ("Zoe": f), if any."""
    guess = name_gender(first_name)
    return guess.gender if guess is not None and guess.firm else None


def _place_mentions(doc: Doc, offset: int, people: ArticlePeople) -> None:
    """Record where each known person is named, including names the model
    labelled as something else ("Zelenskyy" as a place)."""
    taken: set[int] = set()
    for span in person_entities(doc):
        person = people.find_at(span.text, span.start_char + offset)
        if person is not None:
            people.place(person, span, offset)
            taken.update(range(span.start, span.end))
    for token in doc:
        if token.i in taken or token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper() or (token.head.pos_ == "PROPN" and token.dep_ == "compound"):
            continue
        span = name_span(token)
        person = people.find_at(span.text, span.start_char + offset)
        if person is not None:
            people.place(person, span, offset)
