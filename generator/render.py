"""Render a timeline as Markdown pages: ``{path under site_src/: text}``.

Pages are plain Markdown (raw HTML only for the article text, whose
sentences need anchors), so they read well without MkDocs or its plugins.
Every claim links to the sentence of its source page that states it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from . import markup as mk
from . import sentences
from .model import Article, Event, EXTRACTED_KINDS, CAPTION, Person, QuoteEntry, Source, Timeline
from .timex import values

GENERATED_DIRS = ("events", "people", "sources")
HOME = "index.md"


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


def render_site(timeline: Timeline, articles: dict[str, Article]) -> dict[str, str]:
    """Every generated page of the site, by path relative to ``site_src/``."""
    texts = source_texts(timeline, articles)
    ctx = _Context(timeline, texts)
    pages = {HOME: ctx.home()}
    pages["people/index.md"] = ctx.people_index()
    pages["sources/index.md"] = ctx.sources_index()
    shown = ctx.events
    for index, event in enumerate(shown):
        before = shown[index - 1] if index > 0 else None
        after = shown[index + 1] if index + 1 < len(shown) else None
        pages[f"events/{event.id}.md"] = ctx.event_page(event, before, after)
    for person in timeline.people:
        pages[f"people/{person.id}.md"] = ctx.person_page(person)
    for source in timeline.sources:
        pages[f"sources/{source.id}.md"] = ctx.source_page(source)
    return pages


class _Context:
    """Lookups shared by all pages of one rendering."""

    def __init__(self, timeline: Timeline, texts: dict[str, SourceText]):
        self.timeline = timeline
        self.texts = texts
        self.events = [e for e in sorted(timeline.events, key=lambda e: (values.sort_key(e.date), e.id)) if not e.hidden]
        self.people = {p.id: p for p in timeline.people}
        self.sources = {s.id: s for s in timeline.sources}
        self.quotes_by_person: dict[str, list[tuple[Event, QuoteEntry]]] = defaultdict(list)
        for event in self.events:
            for quote in event.quotes:
                for q in [quote, *quote.variants]:
                    if q.speaker:
                        self.quotes_by_person[q.speaker].append((event, q))

    # --- links ---------------------------------------------------------------

    def anchor(self, source_id: str, position: int) -> str:
        """The anchor of the sentence holding ``position`` in a source."""
        text = self.texts.get(source_id)
        sentence = sentences.containing(text.sentences, position) if text else None
        return f"#s{sentence[0]}" if sentence else ""

    def source_link(self, source_id: str, position: int, up: str = "../") -> str:
        source = self.sources.get(source_id)
        label = mk.text(source.title if source else source_id)
        if source is None:
            return label
        return f"[{label}]({up}sources/{source.id}.md{self.anchor(source_id, position)})"

    def person_link(self, person_id: str | None, up: str = "../") -> str:
        person = self.people.get(person_id or "")
        if person is None:
            return "unattributed"
        return f"[{mk.text(person.name)}]({up}people/{person.id}.md)"

    def event_link(self, event: Event, up: str = "../") -> str:
        return f"[{mk.text(event.title)}]({up}events/{event.id}.md)"

    def original_link(self, source_id: str, sentence: str) -> str:
        source = self.sources.get(source_id)
        url = mk.safe_url(source.url if source else None)
        if not url:
            return ""
        return f" ([original]({mk.text(mk.text_fragment(url, sentence))}))"

    # --- pages ---------------------------------------------------------------

    def home(self) -> str:
        lines = _heading(self.timeline.title)
        lines += [f"{len(self.events)} events from {len(self.timeline.sources)} sources. "
                  "Every entry links to the sentence of the article that reports it.", ""]
        year = month = None
        for event in self.events:
            point = values.parse_point(event.date)
            event_year = str(point.first.year) if point else "Undated"
            event_month = values.display(values.month(point.first)) if point and point.precision in (values.MONTH, values.WEEK, values.DAY, values.TIME) else None
            if event_year != year:
                year, month = event_year, None
                lines += [f"## {event_year}", ""]
            if event_month and event_month != month:
                month = event_month
                lines += [f"### {event_month}", ""]
            lines += self.event_card(event, up="")
        return "\n".join(lines) + "\n"

    def event_card(self, event: Event, up: str) -> list[str]:
        people = ", ".join(self.person_link(p, up) for p in event.people[:4])
        count = len({x.source for x in event.sources})
        lines = [f"- **{self.date_label(event)}** · {self.event_link(event, up)}"]
        if people:
            lines[0] += f" · {people}"
        lines[0] += f" · {count} source{'s' if count != 1 else ''}"
        if event.quotes:
            quote = event.quotes[0]
            lines.append(f"    > “{mk.text(_shorten(quote.text, 30))}” — {self.person_link(quote.speaker, up)}")
        lines.append("")
        return lines

    def date_label(self, event: Event) -> str:
        label = values.display(event.date)
        if event.date_basis == "publication":
            label = f"reported {label}"
        return label

    def event_page(self, event: Event, before: Event | None, after: Event | None) -> str:
        lines = _heading(event.title)
        basis = {"publication": " (date of the report: the text gives none)", "anchor": " (relative to another date in the text)", "editor": " (set by an editor)"}.get(event.date_basis, "")
        precision = values.parse_point(event.date)
        lines.append(f"**Date:** {values.display(event.date)}{basis}" + (f" · precision: {precision.precision}" if precision else "") + "  ")
        if event.people:
            lines.append("**People:** " + ", ".join(self.person_link(p) for p in event.people) + "  ")
        if event.places:
            lines.append("**Places:** " + ", ".join(mk.text(p) for p in event.places) + "  ")
        lines.append("")
        if event.summary:
            lines += [mk.text(event.summary), ""]
        if event.note:
            lines += ["## Editor's note", "", mk.note_markdown(event.note), ""]
        if event.quotes:
            lines += ["## Quotes", ""]
            for quote in event.quotes:
                lines += self.quote_block(quote)
        lines += ["## Sources", ""]
        for evidence in event.sources:
            source = self.sources.get(evidence.source)
            meta = ", ".join(x for x in [mk.text(source.outlet) if source and source.outlet else "", values.display(source.published) if source and source.published else ""] if x)
            differs = f" — gives the date as {values.display(evidence.date)}" if evidence.date else ""
            lines.append(f"- {self.source_link(evidence.source, evidence.span[0])}" + (f" ({meta})" if meta else "") + f"{differs}: “{mk.text(evidence.text)}”{self.original_link(evidence.source, evidence.text)}")
        lines.append("")
        related = self.related(event)
        if related:
            lines += ["## Related events", ""]
            lines += [f"- {values.display(r.date)}: {self.event_link(r)}" for r in related]
            lines.append("")
        nav = []
        if before:
            nav.append(f"← Previous: {self.event_link(before)}")
        if after:
            nav.append(f"Next: {self.event_link(after)} →")
        if nav:
            lines += [" · ".join(nav), ""]
        return "\n".join(lines)

    def quote_block(self, quote: QuoteEntry) -> list[str]:
        lines = [f"> “{mk.text(quote.text)}”", ">",
                 f"> — {self.person_link(quote.speaker)}, {self.source_link(quote.source, quote.span[0])}", ""]
        for variant in quote.variants:
            lines += [f"> Also reported as: “{mk.text(variant.text)}” — {self.source_link(variant.source, variant.span[0])}", ""]
        return lines

    def related(self, event: Event) -> list[Event]:
        shared = [e for e in self.events if e.id != event.id and set(e.people) & set(event.people)]
        return shared[:8]

    def person_page(self, person: Person) -> str:
        lines = _heading(person.name)
        if person.description:
            lines += [f"*{mk.text(person.description)}*", ""]
        if person.aliases:
            lines += ["**Also written:** " + ", ".join(mk.text(a) for a in person.aliases), ""]
        quotes = self.quotes_by_person.get(person.id, [])
        lines += ["## Quotes", ""]
        if not quotes:
            lines += ["No direct quotes.", ""]
        for event, quote in quotes:
            lines += [f"> “{mk.text(quote.text)}”", ">",
                      f"> — {values.display(event.date)}, {self.event_link(event)} · {self.source_link(quote.source, quote.span[0])}", ""]
        events = [e for e in self.events if person.id in e.people]
        if events:
            lines += ["## Events", ""] + [f"- {values.display(e.date)}: {self.event_link(e)}" for e in events] + [""]
        return "\n".join(lines)

    def people_index(self) -> str:
        lines = ["# People", ""]
        for person in sorted(self.timeline.people, key=lambda p: p.name.split()[-1].lower()):
            count = len(self.quotes_by_person.get(person.id, []))
            description = f" — {mk.text(person.description)}" if person.description else ""
            lines.append(f"- {self.person_link(person.id, up='../')}{description} ({count} quote{'s' if count != 1 else ''})")
        return "\n".join(lines) + "\n"

    def sources_index(self) -> str:
        lines = ["# Sources", ""]
        for source in sorted(self.timeline.sources, key=lambda s: (s.published or "", s.id)):
            meta = ", ".join(x for x in [mk.text(source.outlet or ""), values.display(source.published) if source.published else "date unknown"] if x)
            lines.append(f"- [{mk.text(source.title)}]({source.id}.md) ({meta})")
        return "\n".join(lines) + "\n"

    def source_page(self, source: Source) -> str:
        lines = _heading(source.title)
        for label, value in (("Outlet", source.outlet), ("Author", source.author), ("Published", values.display(source.published) if source.published else "unknown")):
            if value:
                lines.append(f"**{label}:** {mk.text(value)}  ")
        url = mk.safe_url(source.url)
        if url:
            lines.append(f"**Original:** <{mk.attr(url)}>  ")
        lines += [f"**File:** `corpus/{mk.text(source.file)}`", ""]
        text = self.texts.get(source.id)
        if text is None:
            return "\n".join(lines + ["*The article file is not in the corpus.*", ""])
        lines += ["## Article", ""]
        marks = self.marks(source.id)
        article = text.article
        for block in article.blocks:
            if block.kind not in EXTRACTED_KINDS | {CAPTION}:
                continue
            inner = []
            for start, end in (s for s in text.sentences if block.start <= s[0] < block.end):
                inner.append(f'<span class="sentence" id="s{start}">{_highlight(article.body, start, end, marks)}</span>')
            css = "caption" if block.kind == CAPTION else "paragraph"
            lines += [f'<p class="{css}" id="p{block.start}">' + " ".join(inner) + "</p>", ""]
        return "\n".join(lines)

    def marks(self, source_id: str) -> list[tuple[int, int, str, str]]:
        """(start, end, css class, event id) of the quotes and evidence to highlight."""
        found = []
        for event in self.events:
            for quote in event.quotes:
                for q in [quote, *quote.variants]:
                    if q.source == source_id:
                        found.append((q.span[0], q.span[1], "quote", event.id))
        return sorted(found)


def _highlight(body: str, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> str:
    """A sentence's HTML with quotes in it marked and linked to their event."""
    out, position = [], start
    for mark_start, mark_end, css, event_id in marks:
        s, e = max(mark_start, position), min(mark_end, end)
        if s >= e:
            continue
        out.append(mk.html_text(body[position:s]))
        out.append(f'<a class="{css}" href="../../events/{event_id}/">{mk.html_text(body[s:e])}</a>')
        position = e
    out.append(mk.html_text(body[position:end]))
    return "".join(out)


def _heading(title: str) -> list[str]:
    """A page's front matter and first heading.

    MkDocs puts a page's title into <title> and the navigation unescaped, so
    the title is given in front matter, already escaped.
    """
    return ["---", f"title: {mk.front_matter_title(title)}", "---", "", f"# {mk.text(title)}", ""]


def _shorten(text: str, words: int) -> str:
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"
