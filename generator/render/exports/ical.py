"""The timeline's dated events as an iCalendar file (RFC 5545), written with
the icalendar library (escaping, line folding).

Only events dated to a day are in it, each an all-day event of that day, or
of the days of its EDTF range where it is an exact range of days ("from 1 to
5 September": 1–5 September): one known only to its week, month or year, or
approximately ("around", "early September"), happened on one day of it, and
a block over the whole period would fill every day of a calendar with it
(the calendar's description says how many are left out). The file is the
same for the same timeline (DTSTAMP is the newest source's date), so
rendering twice writes nothing new.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from ...model import Event, dates, edtf_values
from ..elements import key_quote, plural
from ..index import SiteIndex

PRODID = "-//news-timeline//timeline//EN"
DAYS = (dates.DAY, dates.TIME)


def ical(site: SiteIndex) -> str:
    spans = {e.id: _days(e) for e in site.events}
    days = [e for e in site.events if spans[e.id]]
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", site.timeline.title)
    calendar.add("x-wr-caldesc", f"{plural(len(days), 'event')} dated to a day. Left out: "
                 f"{plural(len(site.events) - len(days), 'event')} known only to a week, a month or a year, "
                 "or whose date is not stated (they are on the site).")
    stamp = _stamp(site)
    # The calendar's own lines, then each event's, serialized by itself: an
    # event whose fields did not change since the last rendering (a save in
    # `mkdocs serve`) is not folded and escaped again.
    head, end = calendar.to_ical().decode("utf-8").rsplit("END:VCALENDAR", 1)
    entries = [_entry(f"{e.id}@news-timeline", stamp, *spans[e.id], e.title, _description(site, e), ", ".join(e.places))
               for e in days]
    return head + "".join(entries) + "END:VCALENDAR" + end


def _days(event: Event) -> tuple[date, date] | None:
    """The first and last day of an event dated to days, or None."""
    if event.edtf:
        return edtf_values.day_range(event.edtf)
    point = dates.parse_point(event.date)
    return (point.first, point.last) if point and point.precision in DAYS else None


@lru_cache(maxsize=65536)
def _entry(uid: str, stamp: datetime, first: date, last: date, title: str, description: str, location: str) -> str:
    """One all-day event (of one day or several) as iCalendar text (escaped and folded by icalendar)."""
    entry = CalendarEvent()
    entry.add("uid", uid)
    entry.add("dtstamp", stamp)
    entry.add("dtstart", first)
    entry.add("dtend", last + timedelta(days=1))
    entry.add("summary", title)
    entry.add("description", description)
    if location:
        entry.add("location", location)
    return entry.to_ical().decode("utf-8")


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
