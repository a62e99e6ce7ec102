"""Lookups shared by all pages of one rendering, and the links between pages.

Links between pages are relative Markdown links to ``.md`` files, so MkDocs
checks them in a strict build; ``up`` is the way from the page being written
to the docs folder's root ("" on the home page, "../" one folder down).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..model import CAPTION, EXTRACTED_KINDS, Article, Event, Person, QuoteEntry, Timeline, dates, timeline_order
from . import markup as mk
from . import sentences

# How a date was found, as a reader is told it.
DATE_BASIS = {
    "publication": "date of the report: the text gives none",
    "anchor": "relative to another date in the text",
    "editor": "set by an editor",
}


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
    """The timeline as the pages see it: events shown in date order, people,
    sources and their text, and who said what."""

    def __init__(self, timeline: Timeline, articles: dict[str, Article]):
        self.timeline = timeline
        self.texts = source_texts(timeline, articles)
        self.events = [e for e in sorted(timeline.events, key=timeline_order) if not e.hidden]
        self.position = {e.id: i for i, e in enumerate(self.events)}
        self.events_by_person: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            for person in dict.fromkeys(event.people):
                self.events_by_person[person].append(event)
        self.people = {p.id: p for p in timeline.people}
        self.sources = {s.id: s for s in timeline.sources}
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

    def related(self, event: Event, limit: int = 8) -> list[tuple[Event, list[str]]]:
        """Other events with people in common, most shared first, with the
        people shared."""
        others = {other.id: other for p in event.people for other in self.events_by_person.get(p, [])}
        others.pop(event.id, None)
        found = []
        for other in sorted(others.values(), key=lambda e: self.position[e.id]):
            found.append((other, [p for p in event.people if p in other.people]))
        found.sort(key=lambda item: -len(item[1]))
        return found[:limit]

    def source_ids(self, event: Event) -> list[str]:
        """The sources reporting an event, each once, in the order given."""
        return list(dict.fromkeys(e.source for e in event.sources))

    def people_of(self, event: Event) -> list[Person]:
        return [self.people[p] for p in event.people if p in self.people]

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

    def person_link(self, person_id: str | None, up: str = "../") -> str:
        person = self.people.get(person_id or "")
        if person is None:
            return "unattributed"
        return f"[{mk.text(person.name)}]({up}people/{person.id}.md)"

    def event_link(self, event: Event, up: str = "../") -> str:
        return f"[{mk.text(event.title)}]({up}events/{event.id}.md)"


def date_label(event: Event) -> str:
    """An event's date at its precision, for a reader."""
    label = dates.display(event.date)
    return f"reported {label}" if event.date_basis == "publication" else label


def precision(value: str | None) -> str:
    point = dates.parse_point(value)
    return point.precision if point else "unknown"


def time_element(event: Event) -> str:
    """The date as a ``<time>`` element (machine-readable where it is a point)."""
    point = dates.parse_point(event.date)
    label = mk.html_text(date_label(event))
    if point is None:
        return f'<span class="event-date">{label}</span>'
    return f'<time class="event-date" datetime="{mk.attr(_datetime(point))}">{label}</time>'


def _datetime(point: dates.Point) -> str:
    """A ``datetime`` attribute value at the point's precision."""
    if point.precision in (dates.DAY, dates.TIME):
        return point.first.isoformat()
    if point.precision == dates.WEEK:
        return dates.week(point.first)
    if point.precision == dates.MONTH:
        return dates.month(point.first)
    return str(point.first.year)


def key_quote(event: Event) -> QuoteEntry | None:
    """The quote to show for an event: the longest full quote, else the first."""
    full = [q for q in event.quotes if q.kind == "full"]
    if full:
        return max(full, key=lambda q: (len(q.variants), len(q.text)))
    return event.quotes[0] if event.quotes else None


def quote_figure(words: str, caption: str, css: str = "quote") -> list[str]:
    """A quotation and who said it where, as a ``<figure>`` (consecutive
    Markdown blockquotes would merge into one). ``words`` and ``caption``
    are inline Markdown, already escaped."""
    return [f'<figure class="{css}" markdown>', "", f"> “{words}”", "",
            f"<figcaption markdown>{caption}</figcaption>", "", "</figure>", ""]


def shorten(text: str, words: int) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def heading(title: str, description: str = "", tags: list[str] | None = None) -> list[str]:
    """A page's front matter and first heading.

    MkDocs and the theme put front matter values into the page unescaped
    (``<title>``, ``<meta name="description">``, the tag list), so they are
    given already escaped. The navigation sidebar is hidden: the tabs list
    the sections, and the content gets the width.
    """
    lines = ["---", f"title: {mk.front_matter(title)}", "hide: [navigation]"]
    if description:
        lines.append(f"description: {mk.front_matter(shorten(description, 40))}")
    if tags:
        lines.append("tags:")
        lines += [f"  - {mk.front_matter(tag)}" for tag in tags]
    return lines + ["---", "", f"# {mk.text(title)}", ""]
