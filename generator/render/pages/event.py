"""An event's page: its date and how it was found, summary, the editor's
note, every quote (the same remark from several outlets side by side, the
words that differ marked), every source with its evidence sentence, related
events and the events before and after."""
from __future__ import annotations

import difflib
import re

from ...combine.ids import slug
from ...model import Event, QuoteEntry, dates, edtf_values
from .. import markup as mk
from ..elements import DATE_BASIS, date_label, heading, precision, quote_figure, time_element
from ..index import SiteIndex
from .places import place_link
from .storylines import storyline_link


def event_page(site: SiteIndex, event: Event) -> str:
    lines = heading(event.title, event.summary or event.title, article=True, searched=True)
    basis = DATE_BASIS.get(event.date_basis)
    lines += [f"**Date:** {time_element(event)} · precision: {precision(event.date, event.edtf)}" + (f" ({basis})" if basis else "") + "  "]
    if event.people:
        lines.append("**People:** " + ", ".join(site.person_link(p) for p in event.people) + "  ")
    if event.organisations:
        lines.append("**Organisations:** " + ", ".join(site.person_link(o) for o in event.organisations) + "  ")
    if event.places:
        lines.append("**Places:** " + ", ".join(place_link(slug(p), p) for p in dict.fromkeys(event.places)) + "  ")
    if event.source_count > 1:
        lines.append(f"**Reported by:** {event.source_count} sources  ")
    if site.storylines_by_event.get(event.id):
        lines.append("**Storylines:** " + ", ".join(storyline_link(s) for s in site.storylines_by_event[event.id]) + "  ")
    importance = site.ranking.importance.get(event.id)
    if importance and importance.reasons:
        lines.append("**Why it matters:** " + "; ".join(mk.text(r.text) for r in importance.reasons) + "  ")
    lines.append("")
    if event.summary:
        lines += [mk.text(event.summary), ""]
    if event.note:
        lines += ['<div class="admonition note editor-note">',
                  '<p class="admonition-title">Editor’s note</p>',
                  mk.note_html(event.note), "</div>", ""]
    if event.quotes:
        lines += ["## Quotes", ""]
        for quote in event.quotes:
            lines += quote_block(site, quote) if not quote.variants else variants_block(site, quote)
    lines += sources_section(site, event)
    related = site.related(event)
    if related:
        lines += ["## Related events", "", "Other events with the same people:", ""]
        for other, shared in related:
            names = ", ".join(mk.text(site.entities[p].name) for p in shared if p in site.entities)
            lines.append(f"- {edtf_values.display(other.date, other.edtf)}: {site.event_link(other)} ({names})")
        lines.append("")
    lines += _pager(site, event)
    return "\n".join(lines)


def event_inputs(site: SiteIndex, event: Event) -> tuple:
    """What ``event_page`` reads (``render/memo.py``)."""
    quoted = [q for quote in event.quotes for q in [quote, *quote.variants]]
    entities = [*event.people, *event.organisations, *(q.speaker for q in quoted)]
    sources = [*(e.source for e in event.sources), *(q.source for q in quoted)]
    return (event, [site.entities.get(i or "") for i in entities], site.storylines_by_event.get(event.id),
            site.ranking.importance.get(event.id), [site.sources.get(i) for i in sources],
            [site.texts.get(i) for i in sources], site.related(event), site.neighbours(event))


def quote_block(site: SiteIndex, quote: QuoteEntry) -> list[str]:
    return quote_figure(mk.text(quote.text), f"— {site.person_link(quote.speaker, role=quote.role)}, {site.cite(quote.source, quote.span, quote.text)}")


def variants_block(site: SiteIndex, quote: QuoteEntry) -> list[str]:
    """One remark as each outlet reported it, side by side, with the words
    that differ between them marked."""
    reports = [quote, *quote.variants]
    marked = mark_differences([q.text for q in reports])
    lines = [f"The same remark by {site.person_link(quote.speaker, role=quote.role)} as {len(reports)} sources report it "
             "(words that differ are highlighted):", "",
             '<div class="quote-variants" markdown>', ""]
    for report, text in zip(reports, marked):
        lines += quote_figure(text, site.cite(report.source, report.span, report.text), css="quote quote-variant")
    return lines + ["</div>", ""]


def mark_differences(texts: list[str]) -> list[str]:
    """Each text as inline Markdown, the words missing from another text
    wrapped in ``<mark>`` (compared without case and punctuation)."""
    words = [t.split() for t in texts]
    keys = [[_key(w) for w in ws] for ws in words]
    result = []
    for index, own in enumerate(keys):
        differs = [False] * len(own)
        for other_index, other in enumerate(keys):
            if other_index == index:
                continue
            kept = set()
            for block in difflib.SequenceMatcher(None, own, other, autojunk=False).get_matching_blocks():
                kept.update(range(block.a, block.a + block.size))
            for position in range(len(own)):
                if position not in kept and own[position]:
                    differs[position] = True
        result.append(_join_marked(words[index], differs))
    return result


def _key(word: str) -> str:
    return re.sub(r"[^\w%]", "", word.lower().replace("’", "'"))


def _join_marked(words: list[str], differs: list[bool]) -> str:
    out, run = [], []
    for word, marked in zip(words, differs):
        if marked:
            run.append(word)
            continue
        if run:
            out.append(f'<mark class="diff">{mk.text(" ".join(run))}</mark>')
            run = []
        out.append(mk.text(word))
    if run:
        out.append(f'<mark class="diff">{mk.text(" ".join(run))}</mark>')
    return " ".join(out)


def sources_section(site: SiteIndex, event: Event) -> list[str]:
    """Every source of the event, each with the sentences that report it."""
    lines = ["## Sources", ""]
    for source_id in site.source_ids(event):
        source = site.sources.get(source_id)
        meta = ", ".join(x for x in [mk.text(source.outlet) if source and source.outlet else "",
                                     dates.display(source.published) if source and source.published else ""] if x)
        lines.append(f"- {site.source_link(source_id, None)}" + (f" ({meta})" if meta else ""))
        lines += site.evidence_lines(event, source_id)
    return lines + [""]


def _pager(site: SiteIndex, event: Event) -> list[str]:
    before, after = site.neighbours(event)
    if not (before or after):
        return []
    items = []
    if before:
        items.append(f"← Previous: {date_label(before)}, {site.event_link(before)}")
    if after:
        items.append(f"Next: {date_label(after)}, {site.event_link(after)} →")
    return [" · ".join(items), "{ .event-pager }", ""]
