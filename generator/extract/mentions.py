"""Find the people of one article in its parsed paragraphs, and where each
is named.

Full names come first (PERSON entities, and proper-noun subjects of
reporting verbs the model did not label), so that a surname or a given name
used alone joins the full name even when it comes first. A name written
alone is completed from a fuller form elsewhere in the article ("Holmes" →
"Eamonn Holmes" when the model missed the latter as a person).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import CUE_VERBS, TITLES
from .people import ArticlePeople, description_of, name_span, person_entities

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from ..model import Paragraph

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_AGE_RE = re.compile(r"^\d+-year-old$")


def collect_people(paragraphs: list["Paragraph"]) -> ArticlePeople:
    """The article's people, with every place each is named."""
    people = ArticlePeople()
    names = []  # (span, offset) for every candidate name, in text order
    for para in paragraphs:
        for span in person_entities(para.doc):
            names.append((span, para.block.start))
        for token in para.doc:
            if token.dep_ in _SUBJECT_DEPS and token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and token.head.lemma_ in CUE_VERBS:
                names.append((name_span(token), para.block.start))
    for span, _ in names:
        if len(span) > 1:
            people.add(span.text, description_of(span))
    for span, _ in names:
        if len(span) == 1 and people.find(span.text) is None and not people.shares_name(span.text) and span.root.dep_ in _SUBJECT_DEPS and (span.root.ent_type_ in ("PERSON", "") or _aged(span.root)):
            people.add(span.text, description_of(span))
    _complete_names(paragraphs, people)
    for para in paragraphs:
        _place_mentions(para.doc, para.block.start, people)
    return people


def _aged(token: Token) -> bool:
    """A name given an age ("16-year-old Lyudmila") is a person's, whatever its label."""
    start = token.left_edge.i
    return _AGE_RE.match(token.doc[start:token.i].text.replace(" ", "")) is not None


def _complete_names(paragraphs: list["Paragraph"], people: ArticlePeople) -> None:
    """Give a person known by one word the fuller name written elsewhere."""
    for person in [p for p in people.people if len(p.key.split()) == 1]:
        for para in paragraphs:
            fuller = [name_span(t) for t in para.doc if t.pos_ == "PROPN" and t.text == person.name and t.dep_ != "compound"]
            fuller = [s for s in fuller if len(s) > 1 and _looks_like_name(s)]
            if fuller:
                people.add(fuller[0].text, description_of(fuller[0]))
                break


def _looks_like_name(span: Span) -> bool:
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in TITLES and t.ent_type_ in ("", "PERSON", "ORG") for t in span)


def _place_mentions(doc: Doc, offset: int, people: ArticlePeople) -> None:
    """Record where each known person is named, including names the model
    labelled as something else ("Zelenskyy" as a place)."""
    taken: set[int] = set()
    for span in person_entities(doc):
        person = people.find(span.text)
        if person is not None:
            people.place(person, span, offset)
            taken.update(range(span.start, span.end))
    for token in doc:
        if token.i in taken or token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper() or (token.head.pos_ == "PROPN" and token.dep_ == "compound"):
            continue
        span = name_span(token)
        person = people.find(span.text)
        if person is not None:
            people.place(person, span, offset)
    people.placed.sort(key=lambda p: p.start)
