"""The timeline in the TimelineJS3 JSON format (Knight Lab's timeline can
embed it as it is; the home page's visual timeline draws it).

TimelineJS shows ``headline`` and ``text`` as HTML, so every text from the
timeline is HTML-escaped here. Dates keep their precision: a month is given
as year and month only, a week as the days it covers.
"""
from __future__ import annotations

import json
from datetime import date

from ...model import Event, dates
from .. import markup as mk
from ..elements import date_label, key_quote
from ..index import SiteIndex


def timelinejs(site: SiteIndex) -> str:
    count = len(site.events)
    data = {
        "title": {"text": {"headline": mk.html_text(site.timeline.title),
                           "text": f"<p>{count} events from {len(site.timeline.sources)} sources.</p>"}},
        "events": [_event(site, e) for e in site.events if dates.parse_point(e.date)],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _event(site: SiteIndex, event: Event) -> dict:
    point = dates.parse_point(event.date)
    entry = {"unique_id": event.id, "start_date": _date(point.first, point.precision),
             "display_date": date_label(event),
             "text": {"headline": mk.html_text(event.title), "text": _text(site, event)}}
    if point.precision in (dates.WEEK, dates.SEASON, dates.QUARTER, dates.DECADE):
        entry["end_date"] = _date(point.last, dates.DAY)
    people = site.people_of(event)
    if people:
        entry["group"] = mk.html_text(people[0].name)
    return entry


def _date(day: date, precision: str) -> dict:
    """A TimelineJS date: parts down to the precision known."""
    parts = {"year": day.year}
    if precision not in (dates.YEAR, dates.DECADE):
        parts["month"] = day.month
    if precision in (dates.DAY, dates.TIME, dates.WEEK):
        parts["day"] = day.day
    return parts


def _text(site: SiteIndex, event: Event) -> str:
    html = f"<p>{mk.html_text(event.summary)}</p>" if event.summary else ""
    quote = key_quote(event)
    if quote:
        speaker = site.speaker_name(quote)
        html += f"<blockquote>“{mk.html_text(quote.text)}”" + (f" — {mk.html_text(speaker)}" if speaker else "") + "</blockquote>"
    sources = site.source_ids(event)
    html += f"<p>{len(sources)} source{'s' if len(sources) != 1 else ''}: " + ", ".join(mk.html_text(site.source_label(s)) for s in sources) + "</p>"
    return html
