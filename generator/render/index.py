"""The site index: lookups shared by all pages of one rendering (events in
timeline order, who said what, each source's sentences), and the links
between pages.

Links between pages are relative Markdown links to ``.md`` files, so MkDocs
checks them in a strict build; ``up`` is the way from the page being written
to the docs folder's root ("" on the home page, "../" one folder down).

Not every event has a page: one reported by a single source, with no quote
and no editor's note, is told in full by its line on its month's page
(its sentence linked there), which every link to it points to
(``months/2006-11.md#<id>``). At 50,000 events this leaves out more than half
of the pages a build makes.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass

from ..model import CAPTION, EXTRACTED_KINDS, REACTION, Article, Entity, Event, Organisation, Person, QuoteEntry, Ranking, Storyline, Timeline, dates, edtf_values
from . import markup as mk
from . import sentences
from .periods import Listing, listings

PEOPLE_FOLDER, ORGANISATIONS_FOLDER = "people", "organisations"


@dataclass(frozen=True)
class SourceText:
    """A source's article and its sentence boundaries, for anchors."""

    article: Article
    sentences: list[tuple[int, int]]


def source_texts(timeline: Timeline, articles: dict[str, Article]) -> dict[str, SourceText]:
    texts = {}
    for source in timeline.sources:
        article = articles.get(source.file)
        if article is None:
            continue
        spans = [s for b in article.blocks if b.kind in EXTRACTED_KINDS | {CAPTION} for s in sentences.split(article.body[b.start:b.end], b.start)]
        texts[source.id] = SourceText(article, spans)
    return texts


class SiteIndex:
    """The timeline as the pages see it: events shown in date order, people
    and organisations, sources and their text, and who said what."""

    def __init__(self, timeline: Timeline, articles: dict[str, Article], ranking: Ranking | None = None):
        self.timeline = timeline
        self.ranking = ranking or Ranking()
        self.texts = source_texts(timeline, articles)
        self.sources = {s.id: s for s in timeline.sources}
        # By date; within a date, in the file's order (an editor's order is the site's).
        self.events = [e for e in sorted(timeline.events, key=lambda e: edtf_values.sort_key(e.date, e.edtf)) if e.shown]
        self.position = {e.id: i for i, e in enumerate(self.events)}
        self.event_by_id = {e.id: e for e in self.events}
        self.listings: list[Listing] = listings(self.events, {e.id: self.first_reported(e) for e in self.events})
        self.listed_on = {e.id: item.path for item in self.listings for _, events in item.sections for e in events}
        self.paged = {e.id for e in self.events if has_page(e)}
        self.storylines_by_event: dict[str, list[Storyline]] = defaultdict(list)
        for storyline in self.ranking.storylines:
            for event_id in storyline.events:
                self.storylines_by_event[event_id].append(storyline)
        self.events_by_person: dict[str, list[Event]] = defaultdict(list)  # by person or organisation id
        self.events_by_source: dict[str, list[Event]] = defaultdict(list)  # its evidence or quotes
        for event in self.events:
            for entity in dict.fromkeys([*event.people, *event.organisations]):
                self.events_by_person[entity].append(event)
            quoted = (q.source for quote in event.quotes for q in [quote, *quote.variants])
            for source in dict.fromkeys([*(e.source for e in event.sources), *quoted]):
                self.events_by_source[source].append(event)
        self.people = {p.id: p for p in timeline.people}
        self.entities: dict[str, Entity] = {e.id: e for e in timeline.entities()}
        self.quotes_by_person: dict[str, list[tuple[Event, QuoteEntry]]] = defaultdict(list)
        for event in self.events:
            for quote in event.quotes:
                for q in [quote, *quote.variants]:
                    if q.speaker:
                        self.quotes_by_person[q.speaker].append((event, q))

    # --- what pages say about events ------------------------------------------

    def neighbours(self, event: Event) -> tuple[Event | None, Event | None]:
        """The events shown before and after ``event``."""
        index = self.position[event.id]
        return (self.events[index - 1] if index > 0 else None,
                self.events[index + 1] if index + 1 < len(self.events) else None)

    def related(self, event: Event, limit: int = 8, near: int = 10) -> list[tuple[Event, list[str]]]:
        """Other events with people in common, most shared first, with the
        people shared: of each person's events, the ``near`` before and after
        this one in timeline order (someone in thousands of events would
        otherwise make every page of theirs look at all of them)."""
        others = {}
        for person in event.people:
            theirs = self.events_by_person.get(person, [])
            at = bisect.bisect_left([self.position[e.id] for e in theirs], self.position[event.id])
            others.update((other.id, other) for other in theirs[max(0, at - near):at + near + 1])
        others.pop(event.id, None)
        found = []
        for other in sorted(others.values(), key=lambda e: self.position[e.id]):
            found.append((other, [p for p in event.people if p in other.people]))
        found.sort(key=lambda item: -len(item[1]))
        return found[:limit]

    def source_ids(self, event: Event) -> list[str]:
        """The sources reporting an event, each once, in the order given."""
        return list(dict.fromkeys(e.source for e in event.sources))

    def source_count(self, event: Event) -> int:
        """How many distinct sources report an event (a source that only reacts to it does not)."""
        return event.source_count

    def first_reported(self, event: Event) -> str | None:
        """The day an event was first reported: its earliest source's
        publication date (None when no source has one)."""
        published = [self.sources[s].published for s in self.source_ids(event) if s in self.sources and self.sources[s].published]
        return min(published) if published else None

    def people_of(self, event: Event) -> list[Person]:
        """The event's people, wherever an editor listed them (an entity moved
        from people to organisations keeps its kind's place)."""
        return [e for e in self._entities_of(event) if isinstance(e, Person)]

    def organisations_of(self, event: Event) -> list[Organisation]:
        return [e for e in self._entities_of(event) if isinstance(e, Organisation)]

    def _entities_of(self, event: Event) -> list[Entity]:
        return [self.entities[i] for i in dict.fromkeys([*event.people, *event.organisations]) if i in self.entities]

    def speaker_name(self, quote: QuoteEntry) -> str | None:
        """Who said a quote, as text: "Downing Street (spokeswoman)"; None when unattributed."""
        entity = self.entities.get(quote.speaker or "")
        if entity is None:
            return None
        return f"{entity.name} ({quote.role})" if quote.role else entity.name

    # --- links ---------------------------------------------------------------

    def anchor(self, source_id: str, position: int) -> str:
        """The anchor of the sentence holding ``position`` in a source."""
        text = self.texts.get(source_id)
        sentence = sentences.containing(text.sentences, position) if text else None
        return f"#s{sentence[0]}" if sentence else ""

    def source_label(self, source_id: str) -> str:
        """A short name for a source: its outlet, else its title."""
        source = self.sources.get(source_id)
        if source is None:
            return source_id
        return source.outlet or source.title

    def source_link(self, source_id: str, position: int | None, up: str = "../", label: str | None = None) -> str:
        """A link to the sentence of a source holding ``position`` (to the
        top of its page when None)."""
        source = self.sources.get(source_id)
        text = mk.text(label or (source.title if source else source_id))
        if source is None:
            return text
        anchor = self.anchor(source_id, position) if position is not None else ""
        return f"[{text}]({up}sources/{source.id}.md{anchor})"

    def original_link(self, source_id: str, words: str) -> str:
        """A link to the published article, scrolled to ``words``; "" when
        the source has no http(s) URL."""
        source = self.sources.get(source_id)
        url = mk.safe_url(source.url if source else None)
        if not url:
            return ""
        return f"[original ↗]({mk.text_fragment(url, words)}){{: .original-link title=\"The sentence in the published article\" }}"

    def cite(self, source_id: str, span: tuple[int, int], words: str, up: str = "../") -> str:
        """Where a claim comes from: its sentence here, and in the original."""
        link = self.source_link(source_id, span[0], up, label=self.source_label(source_id))
        original = self.original_link(source_id, words)
        return f"{link} ({original})" if original else link

    def evidence_lines(self, event: Event, source_id: str, up: str = "../") -> list[str]:
        """The sentences of one source that report an event, as nested list
        items, each linked to its place in the article and in the original."""
        lines = []
        for evidence in (e for e in event.sources if e.source == source_id):
            differs = f" (gives the date as {dates.display(evidence.date)})" if evidence.date else ""
            original = self.original_link(source_id, evidence.text)
            reaction = "*Reaction:* " if evidence.kind == REACTION else ""
            lines.append(f"    - {reaction}{mk.text(evidence.text)}{differs} — "
                         f"{self.source_link(source_id, evidence.span[0], up, label='in the article')}"
                         + (f" · {original}" if original else ""))
        return lines

    def person_link(self, person_id: str | None, up: str = "../", role: str | None = None) -> str:
        """A link to the page of a person or an organisation, its ``role`` after it."""
        entity = self.entities.get(person_id or "")
        if entity is None:
            return "unattributed"
        folder = ORGANISATIONS_FOLDER if isinstance(entity, Organisation) else PEOPLE_FOLDER
        return f"[{mk.text(entity.name)}]({up}{folder}/{entity.id}.md)" + (f" ({mk.text(role)})" if role else "")

    def event_path(self, event: Event, up: str = "../") -> str:
        """Where an event is told, as a Markdown link's target: its page, or
        its line on its listing page."""
        if event.id in self.paged:
            return f"{up}events/{event.id}.md"
        return f"{up}{self.listed_on[event.id]}#{event.id}"

    def event_url(self, event: Event, up: str = "../") -> str:
        """``event_path`` as the built site's URL (for raw HTML and exports)."""
        page, _, anchor = self.event_path(event, up).partition("#")
        return page.removesuffix(".md") + "/" + (f"#{anchor}" if anchor else "")

    def event_link(self, event: Event, up: str = "../") -> str:
        return f"[{mk.text(event.title)}]({self.event_path(event, up)})"


def has_page(event: Event) -> bool:
    """Whether an event gets a page of its own: it has other than one source
    (several, or none: an editor's own entry), quotes or an editor's note
    (what a listing line cannot hold)."""
    return len(event.source_ids) != 1 or bool(event.quotes) or bool(event.note)
