"""The timeline in the TimelineJS3 JSON format (Knight Lab's timeline can
embed it as it is; the home page's visual timeline draws it).

TimelineJS shows ``headline`` and ``text`` as HTML, so every text from the
timeline is HTML-escaped here. Dates keep their precision: a month is given
as year and month only, a week as the days it covers, an EDTF range
("between 2003 and 2006", "1–5 September") from its start to its end at the
precision of each. Events whose date is
not stated cannot be placed: the title slide says how many there are. An
event's ``group`` (TimelineJS's rows) is its major storyline's title: at
most about ten rows; events in none are in TimelineJS's own row.
"""
from __future__ import annotations

import json
from datetime import date

from ...model import Event, dates, edtf_values
from .. import markup as mk
from ..elements import date_label, key_quote, plural
from ..index import SiteIndex


def timelinejs(site: SiteIndex) -> str:
    dated = [e for e in site.events if dates.parse_point(e.date)]
    undated = len(site.events) - len(dated)
    text = f"<p>{plural(len(site.events), 'event')} from {plural(len(site.timeline.sources), 'source')}.</p>"
    if undated:
        text += (f"<p>{plural(undated, 'event')} whose date the reports do not state "
                 f"{'is' if undated == 1 else 'are'} not on this timeline: see the site's “Date not stated” pages.</p>")
    data = {"title": {"text": {"headline": mk.html_text(site.timeline.title), "text": text}},
            "events": [_event(site, e) for e in dated]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _event(site: SiteIndex, event: Event) -> dict:
    point = dates.parse_point(event.date)
    entry = {"unique_id": event.id, "start_date": _date(point.first, point.precision),
             "display_date": date_label(event),
             "text": {"headline": mk.html_text(event.title), "text": _text(site, event)}}
    if point.precision in (dates.WEEK, dates.SEASON, dates.QUARTER, dates.DECADE):
        entry["end_date"] = _date(point.last, dates.DAY)
    span = edtf_values.span(event.edtf)
    if span is not None and "/" in event.edtf:
        start, end = event.edtf.split("/")
        if span.first is not None:
            entry["start_date"] = _date(span.first, edtf_values.end_precision(start))
        if span.last is not None and span.first is not None:
            entry["end_date"] = _date(span.last, edtf_values.end_precision(end))
    major = [s for s in site.storylines_by_event.get(event.id, []) if s.major]
    if major:
        entry["group"] = mk.html_text(major[0].title)
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
