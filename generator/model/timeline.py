"""Records of timeline.yml: sources, people, organisations and events
combined across articles, as the store stage reads and writes them and the
render stage shows them.

People and organisations are entities of one shape with one id namespace:
a quote's speaker is the id of either.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from . import edtf_values
from .extraction import HAPPENED

# An evidence sentence that answers the event's happening rather than reports it (``Evidence.kind``).
REACTION = "reaction"


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
class Entity:
    """Someone who acts or speaks in the news: a person or an organisation."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    kind: ClassVar[str] = ""


@dataclass
class Person(Entity):
    kind: ClassVar[str] = "person"


@dataclass
class Organisation(Entity):
    """An organisation, office, group or publisher ("Chatham House", "the Kremlin")."""

    kind: ClassVar[str] = "organisation"


@dataclass
class Evidence:
    source: str
    text: str
    span: tuple[int, int]
    date: str | None = None  # the date this source gives, when it differs
    date_span: tuple[int, int] | None = None  # the expression in the body that dates it
    kind: str | None = None  # REACTION: it answers the happening ("condemned the attack"), shown under it; else it reports it


@dataclass
class QuoteEntry:
    speaker: str | None  # a person's or an organisation's id
    text: str
    source: str
    span: tuple[int, int]
    kind: str = "full"
    variants: list[QuoteEntry] = field(default_factory=list)
    role: str | None = None  # the speaker's voice: "spokeswoman" (of Downing Street), "report"


@dataclass
class Event:
    id: str
    date: str | None
    title: str
    summary: str = ""
    date_basis: str = "text"
    status: str = HAPPENED  # happened, scheduled, forecast or hypothetical (model/extraction.py: STATUSES)
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    sources: list[Evidence] = field(default_factory=list)
    quotes: list[QuoteEntry] = field(default_factory=list)
    note: str | None = None
    hidden: bool = False
    organisations: list[str] = field(default_factory=list)
    key: bool | None = None  # an editor's word: always a key event (True) or never (False)
    edtf: str | None = None  # EDTF where the date is more than ``date``'s point: "2003/2006", "2003~" (model/edtf_values.py)
    off_story: bool = False  # no other article connects to it (combine/story.py): kept here, off the site
    minor: bool = False  # a routine act one article alone reports (combine/minor.py): kept here, off the site

    @property
    def shown(self) -> bool:
        """Whether the site shows it: not hidden by an editor, nor off the story, nor minor."""
        return not self.hidden and not self.off_story and not self.minor

    @property
    def source_ids(self) -> frozenset[str]:
        """Every source that tells of it, reactions included."""
        return frozenset(evidence.source for evidence in self.sources)

    @property
    def reports(self) -> list[Evidence]:
        """The evidence that reports it, not the reactions hung under it."""
        return [evidence for evidence in self.sources if evidence.kind != REACTION]

    @property
    def source_count(self) -> int:
        """How many sources report it ("reported by 3 sources"): a source that
        only reacts to it does not."""
        return len({evidence.source for evidence in self.reports})


@dataclass
class Timeline:
    title: str
    sources: list[Source] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)

    def entities(self) -> list[Entity]:
        """People and organisations: the ids a speaker or an event may name."""
        return [*self.people, *self.organisations]


def timeline_order(event: Event) -> tuple:
    """Where an event stands in the timeline: by date (its EDTF interval's
    start where it has one, else its TIMEX3 value at its precision; undated
    last), then by id."""
    return edtf_values.sort_key(event.date, event.edtf), event.id
