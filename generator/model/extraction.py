"""Records of the extract stage: what one article says, each carrying the
character offsets in its body where it is said.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .article import Article, Block

# What an event mention reports (``EventMention.status``, ``Event.status``):
# something that happened; something scheduled or announced for later ("will
# be held on", "is due to"); a forecast or expectation ("would be lower by
# 2007", "is expected to"); something hypothetical or conditional ("if …", "could").
HAPPENED, SCHEDULED, FORECAST, HYPOTHETICAL = "happened", "scheduled", "forecast", "hypothetical"
STATUSES = (HAPPENED, SCHEDULED, FORECAST, HYPOTHETICAL)
# How a mention is dated where no date in its sentence dates the act itself: the
# article's publication (a statement of that day), or a report of the act
# ("X was killed, police said Tuesday"; "X has promised …"): on that day at the latest.
PUBLICATION, REPORTED = "publication", "reported"
# How a mention is stated: a clause (a predicate and what it governs) or an
# eventive noun phrase ("the bombings", "a Paris summit where …").
CLAUSE, NOUN = "clause", "noun"

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Paragraph:
    """An extracted block with its parse."""

    block: Block
    doc: Doc


@dataclass(frozen=True)
class Timex:
    """A temporal expression and its TIMEX3 normalization.

    ``value`` is None when the expression could not be resolved (no
    publication date, no anchor); the text stays visible as unresolved.
    """

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    mod: str | None = None  # START, MID, END, APPROX, BEFORE, AFTER …
    anchored: bool = False  # resolved against another date in the text
    edtf: str | None = None  # EDTF where the words mean more than the point: a range, "around", "early" (timex/ranges.py)


@dataclass(frozen=True)
class Quote:
    """A quotation: one or more spans (split by attribution) of quoted text."""

    text: str  # the quoted words; parts of a split quote joined with " … "
    start: int  # start of the first span (inside the marks)
    end: int  # end of the last span
    kind: str  # "full", "partial" or "not_speech"
    speaker: str | None  # the speaker's fullest name in this article, or None
    cue: str | None = None  # the reporting verb, e.g. "told"
    spans: tuple[tuple[int, int], ...] = ()
    speaker_kind: str | None = None  # "person" or "organisation"
    role: str | None = None  # "spokeswoman" (of Downing Street), "report" (of Chatham House)


@dataclass(frozen=True)
class EventMention:
    """A happening (or a statement) stated in one sentence of one article.

    A noun mention without a date ("follows a Paris summit where …", "the
    bombings") refers to a happening that another mention may date; it is
    not dated on its own.
    """

    date: str | None  # TIMEX3 value, or None when unresolved
    date_text: str | None  # the expression that dates it, if any
    date_basis: str  # "text" (a date in the sentence), "anchor", PUBLICATION or REPORTED
    title: str
    text: str  # the evidence sentence
    start: int
    end: int
    people: tuple[str, ...]  # fullest names in this article (a quote's speaker may be an organisation's)
    places: tuple[str, ...]
    quotes: tuple[Quote, ...] = ()
    subject: str | None = None  # the person whose act this is, if one is
    statement: bool = False  # the act is saying something
    date_span: tuple[int, int] | None = None  # where ``date_text`` stands in the body
    status: str = HAPPENED  # one of STATUSES
    trigger: str | None = None  # the lemma of the predicate or of the eventive noun: "kill", "summit"
    lead: bool = False  # the sentence is in the article's lead paragraph
    form: str = CLAUSE  # CLAUSE or NOUN
    article_title: str | None = None  # the article's own title where it reports this (lead) mention's happening: a headline candidate
    organisations: tuple[str, ...] = ()  # fullest names in this article
    edtf: str | None = None  # the EDTF value of the expression that dates it, where it is more than ``date``
    reaction: bool = False  # it answers a happening ("condemned the attack", "called for calm"): shown under that happening
    cut: bool = False  # its headline lost words that complete its verb ("called on the UNRWA") or ran into other text: it titles no event


@dataclass(frozen=True)
class EntityRef:
    """A person or an organisation as one article knows them."""

    name: str  # fullest form in this article
    aliases: tuple[str, ...]
    description: str | None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    dates: tuple[Timex, ...]
    quotes: tuple[Quote, ...]
    events: tuple[EventMention, ...]
    people: tuple[EntityRef, ...]
    warnings: tuple[str, ...] = ()
    organisations: tuple[EntityRef, ...] = ()


@dataclass(frozen=True)
class Sourced:
    """An event mention as the combine stage takes it: from one source, with
    its people resolved to person ids across the corpus."""

    source: str
    order: int  # position of the source in the corpus, for stable choices
    mention: EventMention
    people: frozenset[str]
    subject: str | None
    speakers: tuple[str | None, ...]  # entity id of each of the mention's quotes
    organisations: frozenset[str] = frozenset()  # organisation ids
    published: date | None = None  # the source's publication date
