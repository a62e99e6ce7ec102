"""Typed records passed between the pipeline's stages.

Extraction records (``Article`` … ``Extraction``) describe one article and carry
character offsets into that article's body. Timeline records (``Source`` …
``Timeline``) are what ``timeline.yml`` holds, merged across articles.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Block kinds. Only EXTRACTED_KINDS are read by the extractors.
BODY = "body"
SUMMARY = "summary"
TITLE = "title"
BYLINE = "byline"
CAPTION = "caption"
CREDIT = "credit"
LABEL = "label"
BOILERPLATE = "boilerplate"
DUPLICATE = "duplicate"
EXTRACTED_KINDS = frozenset({BODY, SUMMARY})


@dataclass(frozen=True)
class Block:
    """A paragraph (or header line) of an article body and what it is."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Article:
    """One corpus file, read and classified but not yet parsed."""

    file: str  # path relative to the corpus folder, with forward slashes
    body: str  # text after the front matter; all offsets index into it
    title: str
    outlet: str | None
    author: str | None
    published: date | None
    published_basis: str  # "front matter", "byline", "caption", "override" or "none"
    url: str | None
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()

    def text_blocks(self) -> list[Block]:
        """The blocks the extractors read, in order."""
        return [b for b in self.blocks if b.kind in EXTRACTED_KINDS]


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


@dataclass(frozen=True)
class Mention:
    """A person named (or referred to) in the text."""

    name: str  # as written, e.g. "Zelenskiy" or "Volodymyr Zelenskiy"
    start: int
    end: int
    description: str | None = None  # e.g. "Ukrainian President"


@dataclass(frozen=True)
class Quote:
    """A quotation: one or more spans (split by attribution) of quoted text."""

    text: str  # the quoted words; parts of a split quote joined with " … "
    start: int  # start of the first span (inside the marks)
    end: int  # end of the last span
    kind: str  # "full", "partial" or "not_speech"
    speaker: str | None  # the person's fullest name in this article, or None
    cue: str | None = None  # the reporting verb, e.g. "told"
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class EventMention:
    """A dated happening stated in one sentence of one article."""

    date: str | None  # TIMEX3 value, or None when unresolved
    date_text: str | None  # the expression that dates it, if any
    date_basis: str  # "text" (a date in the sentence), "anchor", or "publication"
    title: str
    text: str  # the evidence sentence
    start: int
    end: int
    people: tuple[str, ...]  # fullest names in this article
    places: tuple[str, ...]
    quotes: tuple[Quote, ...] = ()
    subject: str | None = None  # the person whose act this is, if one is
    statement: bool = False  # the act is saying something
    date_span: tuple[int, int] | None = None  # where ``date_text`` stands in the body


@dataclass(frozen=True)
class PersonRef:
    """A person as one article knows them."""

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
    people: tuple[PersonRef, ...]
    warnings: tuple[str, ...] = ()


# --- timeline.yml records -------------------------------------------------


@dataclass
class Source:
    id: str
    file: str
    title: str
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    description: str | None = None


@dataclass
class Evidence:
    source: str
    text: str
    span: tuple[int, int]
    date: str | None = None  # the date this source gives, when it differs
    date_span: tuple[int, int] | None = None  # the expression in the body that dates it


@dataclass
class QuoteEntry:
    speaker: str | None
    text: str
    source: str
    span: tuple[int, int]
    kind: str = "full"
    variants: list[QuoteEntry] = field(default_factory=list)


@dataclass
class Event:
    id: str
    date: str | None
    title: str
    summary: str = ""
    date_basis: str = "text"
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    sources: list[Evidence] = field(default_factory=list)
    quotes: list[QuoteEntry] = field(default_factory=list)
    note: str | None = None
    hidden: bool = False


@dataclass
class Timeline:
    title: str
    sources: list[Source] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
