"""The home page: every event as a card, in date order, grouped by year and
month, below a visual timeline drawn from the TimelineJS3 export (by
``assets/timeline.js``; without JavaScript the list is all there is)."""
from __future__ import annotations

from ...model import Event, dates
from .. import markup as mk
from ..elements import heading, key_quote, precision, quote_figure, shorten, time_element
from ..exports import ATOM_PATH, ICAL_PATH, TIMELINEJS_PATH
from ..index import SiteIndex

SUMMARY_WORDS = 32
QUOTE_WORDS = 30


def home_page(site: SiteIndex) -> str:
    timeline = site.timeline
    count = len(site.events)
    lines = heading(timeline.title, f"{count} events from {len(timeline.sources)} sources, every claim linked to the sentence that reports it.")
    lines += [
        f"{count} event{'s' if count != 1 else ''} from {len(timeline.sources)} source{'s' if len(timeline.sources) != 1 else ''}. "
        "Every entry links to the sentence of the article that reports it.",
        "",
        f"Reuse this timeline: [timeline.json]({TIMELINEJS_PATH}) (TimelineJS3) · "
        f"[calendar (.ics)]({ICAL_PATH}) · [Atom feed]({ATOM_PATH})",
        "{ .exports }",
        "",
        # Hidden until the script draws into it: without JavaScript the list below is the timeline.
        f'<div class="timeline-visual" data-src="{TIMELINEJS_PATH}" data-events="events/" hidden></div>',
        "",
    ]
    year = month = None
    for event in site.events:
        point = dates.parse_point(event.date)
        event_year = str(point.first.year) if point else "Undated"
        event_month = dates.display(dates.month(point.first)) if point and point.precision in (dates.MONTH, dates.WEEK, dates.DAY, dates.TIME) else None
        if event_year != year:
            year, month = event_year, None
            lines += [f"## {event_year}", ""]
        if event_month and event_month != month:
            month = event_month
            lines += [f"### {event_month}", ""]
        lines += event_card(site, event)
    return "\n".join(lines) + "\n"


def event_card(site: SiteIndex, event: Event) -> list[str]:
    """One event as a card: date, title, summary, key quote, people, sources."""
    lines = ['<article class="event-card" markdown>', ""]
    meta = f'{time_element(event)} <span class="precision">{mk.html_text(precision(event.date))}</span>'
    lines += [meta, "{ .event-card__date }", "", f"#### {site.event_link(event, up='')} {{ #{event.id} }}", ""]
    if event.summary and event.summary != event.title:
        lines += [mk.text(shorten(event.summary, SUMMARY_WORDS)), "{ .event-card__summary }", ""]
    quote = key_quote(event)
    if quote:
        speaker = site.person_link(quote.speaker, up="", role=quote.role)
        lines += quote_figure(mk.text(shorten(quote.text, QUOTE_WORDS)),
                              f"— {speaker}, {site.source_link(quote.source, quote.span[0], up='', label=site.source_label(quote.source))}")
    facts = []
    people = site.people_of(event)
    if people:
        facts.append("People: " + ", ".join(site.person_link(p.id, up="") for p in people))
    sources = site.source_ids(event)
    first = {s: next(e for e in event.sources if e.source == s) for s in sources}
    links = ", ".join(site.source_link(s, first[s].span[0], up="", label=site.source_label(s)) for s in sources)
    facts.append(f"{len(sources)} source{'s' if len(sources) != 1 else ''}: {links}")
    lines += [" · ".join(facts), "{ .event-card__facts }", "", "</article>", ""]
    return lines
