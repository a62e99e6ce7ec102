"""The timeline's dated events as an iCalendar file (RFC 5545), written with
the icalendar library (escaping, line folding).

An event lasts the days its date covers: a day, a week, a month. The file
is the same for the same timeline (DTSTAMP is the newest source's date), so
rendering twice writes nothing new.
"""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from ...model import Event, dates
from ..elements import key_quote
from ..index import SiteIndex

PRODID = "-//news-timeline//timeline//EN"


def ical(site: SiteIndex) -> str:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", site.timeline.title)
    stamp = _stamp(site)
    for event in site.events:
        point = dates.parse_point(event.date)
        if point is None:
            continue
        entry = CalendarEvent()
        entry.add("uid", f"{event.id}@news-timeline")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", point.first)
        entry.add("dtend", point.last + timedelta(days=1))
        entry.add("summary", event.title)
        entry.add("description", _description(site, event))
        if event.places:
            entry.add("location", ", ".join(event.places))
        calendar.add_component(entry)
    return calendar.to_ical().decode("utf-8")


def _stamp(site: SiteIndex) -> datetime:
    published = sorted(s.published for s in site.timeline.sources if s.published)
    day = dates.parse_point(published[-1]).first if published else datetime(1970, 1, 1).date()
    return datetime.combine(day, time(), tzinfo=timezone.utc)


def _description(site: SiteIndex, event: Event) -> str:
    parts = [event.summary] if event.summary else []
    quote = key_quote(event)
    if quote:
        speaker = site.speaker_name(quote)
        parts.append(f"“{quote.text}”" + (f" — {speaker}" if speaker else ""))
    parts.append("Sources: " + "; ".join(site.source_label(s) for s in site.source_ids(event)))
    return "\n\n".join(parts)
