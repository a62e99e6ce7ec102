"""A sentence as the event rules read it: its parse, where it stands in the
article, its dates, quotes and people."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..model import Quote, Timex
from .descriptions import PLACE_LABELS, Descriptions
from .people import ArticlePeople, NamedPerson
from .span_set import SpanSet

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a run of sentences one quotation spans) and what the
    rules need around it."""

    span: Span
    offset: int  # of its paragraph in the article body
    lead: bool
    people: ArticlePeople
    quoted: SpanSet
    quotes: list[Quote]  # attributed quotes that start in it
    said: list[Quote]  # every quote of speech that starts in it, attributed or not
    timexes: list[Timex]  # the dates in it that can date an event
    published: date | None
    descriptions: Descriptions | None = None  # the article's fuller mentions of what "the crossing" describes

    @property
    def start(self) -> int:
        return self.span.start_char + self.offset

    @property
    def end(self) -> int:
        return self.span.end_char + self.offset

    def tokens(self, timex: Timex) -> set[int]:
        span = self.span.doc.char_span(timex.start - self.offset, timex.end - self.offset, alignment_mode="expand")
        return {t.i for t in span} if span is not None else set()

    def date_tokens(self) -> frozenset[int]:
        """The tokens of every date of the sentence."""
        return frozenset().union(*(self.tokens(t) for t in self.timexes))

    def quoted_at(self, token: Token) -> bool:
        """Whether ``token`` stands inside a quotation."""
        return token.idx + self.offset in self.quoted

    def person(self, verb: Token) -> NamedPerson | None:
        """The person who is ``verb``'s subject."""
        return self.people.subject_of(verb, self.offset, self.quoted, past_other_subjects=False)

    def names(self, subject: NamedPerson | None) -> list[str]:
        """People of the sentence: the subject first, then in text order, then speakers."""
        names = [subject.name] if subject else []
        for placed in self.people.placed.starting_in(self.start, self.end):
            if placed.person.name not in names:
                names.append(placed.person.name)
        names += [q.speaker for q in self.quotes if q.speaker not in names]
        return list(dict.fromkeys(names))

    def places(self) -> list[str]:
        """Places named in the sentence (not people's names)."""
        places: list[str] = []
        for ent in self.span.ents:
            if ent.label_ in PLACE_LABELS and ent.root.pos_ == "PROPN" and ent.text[:1].isupper() and self.people.find(ent.text) is None and ent.text not in places:
                places.append(ent.text)
        return places


def units(doc: Doc, quoted: SpanSet, offset: int) -> list[Span]:
    """Sentences, with those that one quotation runs across joined into one."""
    units: list[Span] = []
    past_first = quoted.widened(-1, 0)  # a sentence starting on a quotation's first character starts a unit
    for sent in doc.sents:
        if units and sent.start_char + offset in past_first:
            units[-1] = doc[units[-1].start:sent.end]
        else:
            units.append(sent)
    return units

