"""A source's page (outlet, author, date, original URL, and the article text
with an anchor on every sentence, its quotes and dates marked and linked to
their events) and the index of sources."""
from __future__ import annotations

from dataclasses import dataclass

from ...model import CAPTION, EXTRACTED_KINDS, Source, dates, edtf_values
from .. import markup as mk
from ..elements import heading
from ..index import SiteIndex

# From a source page (sources/<id>/) to the docs folder's root, with directory URLs.
_UP = "../../"


@dataclass(frozen=True)
class Mark:
    """A stretch of article text to highlight and link to an event."""

    start: int
    end: int
    kind: str  # "quote" or "date"
    url: str  # the event's, from the source page
    title: str  # what the link says on hover


def source_page(site: SiteIndex, source: Source) -> str:
    meta = ", ".join(x for x in [source.outlet, source.author, dates.display(source.published) if source.published else None] if x)
    lines = heading(source.title, f"{source.title}" + (f" ({meta})" if meta else "") + ": the article with its quotes and dates linked to the timeline.", searched=True)
    for label, value in (("Outlet", source.outlet), ("Author", source.author), ("Published", dates.display(source.published) if source.published else "unknown")):
        if value:
            lines.append(f"**{label}:** {mk.text(value)}  ")
    url = mk.safe_url(source.url)
    if url:
        lines.append(f"**Original:** [{mk.text(source.url)}]({url})  ")
    lines += [f"**File:** `corpus/{mk.text(source.file)}`", ""]
    text = site.texts.get(source.id)
    if text is None:
        return "\n".join(lines + ["*The article file is not in the corpus.*", ""])
    lines += ["## Article", "",
              "Quotes and the dates of events are highlighted; each links to its event. "
              "Every sentence has its own anchor (the ¶ address of the page plus `#s` and its offset).",
              "{ .article-help }", ""]
    marks = quote_marks(site, source.id) + date_marks(site, source)
    evidence = evidence_events(site, source.id)
    article = text.article
    for block in article.blocks:
        if block.kind not in EXTRACTED_KINDS | {CAPTION}:
            continue
        inner = []
        for start, end in (s for s in text.sentences if block.start <= s[0] < block.end):
            refs = "".join(f'<a class="event-ref" href="{mk.attr(site.event_url(e, _UP))}" title="{mk.attr(e.title)}">event'
                           f'<span class="visually-hidden">: {mk.html_text(e.title)}</span></a>' for e in evidence.get(start, []))
            css = "sentence evidence" if refs else "sentence"
            inner.append(f'<span class="{css}" id="s{start}">{highlight(article.body, start, end, marks)}{refs}</span>')
        css = "caption" if block.kind == CAPTION else "paragraph"
        lines += [f'<p class="{css}" id="p{block.start}">' + " ".join(inner) + "</p>", ""]
    return "\n".join(lines)


def source_inputs(site: SiteIndex, source: Source) -> tuple:
    """What ``source_page`` reads (``render/memo.py``)."""
    return source, site.texts.get(source.id), site.events_by_source.get(source.id)


def evidence_events(site: SiteIndex, source_id: str) -> dict[int, list]:
    """The events each sentence of a source is evidence for, by sentence start."""
    found: dict[int, list] = {}
    for event in site.events_by_source.get(source_id, []):
        for evidence in event.sources:
            if evidence.source != source_id:
                continue
            anchor = site.anchor(source_id, evidence.span[0])
            if anchor:
                events = found.setdefault(int(anchor[2:]), [])
                if event not in events:
                    events.append(event)
    return found


def quote_marks(site: SiteIndex, source_id: str) -> list[Mark]:
    return [Mark(q.span[0], q.span[1], "quote", site.event_url(event, _UP), f"Quote in: {event.title}")
            for event in site.events_by_source.get(source_id, []) for quote in event.quotes
            for q in [quote, *quote.variants] if q.source == source_id]


def date_marks(site: SiteIndex, source: Source) -> list[Mark]:
    """The expressions that date an event, as the extractor recorded them on
    its evidence (``date_span``), each linked to that event."""
    found = []
    for event in site.events_by_source.get(source.id, []):
        for evidence in (e for e in event.sources if e.source == source.id and e.date_span):
            start, end = evidence.date_span
            found.append(Mark(start, end, "date", site.event_url(event, _UP), f"Dates: {event.title} ({edtf_values.display(event.date, event.edtf)})"))
    return found


def highlight(body: str, start: int, end: int, marks: list[Mark]) -> str:
    """A sentence's HTML with the marks in it as links to their event (a mark
    overlapping one already placed is left out)."""
    out, position = [], start
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        s, e = max(mark.start, position), min(mark.end, end)
        if s >= e or (position > start and mark.start < position):
            continue
        out.append(mk.html_text(body[position:s]))
        out.append(f'<a class="{mark.kind}" href="{mk.attr(mark.url)}" title="{mk.attr(mark.title)}">{mk.html_text(body[s:e])}</a>')
        position = e
    out.append(mk.html_text(body[position:end]))
    return "".join(out)


def sources_index(site: SiteIndex) -> str:
    lines = heading("Sources", f"The {len(site.timeline.sources)} articles this timeline is drawn from.")
    for source in sorted(site.timeline.sources, key=lambda s: (s.published or "", s.id)):
        meta = ", ".join(x for x in [mk.text(source.outlet or ""), dates.display(source.published) if source.published else "date unknown"] if x)
        lines.append(f"- [{mk.text(source.title)}]({source.id}.md) ({meta})")
    return "\n".join(lines) + "\n"
