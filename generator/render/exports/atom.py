"""An Atom feed (RFC 4287) of the latest news: the events most recently
first reported, newest first (not the latest dates: a forecast for next
year is not news of today), built with ElementTree (which escapes every
text and attribute).

Links are relative to the feed (``events/<id>/``, or the event's line on
its month's page), as Atom allows, since
the site's own address is not known when it is rendered. Entry ids are
stable URNs derived from event ids; an entry is published when its first
source was, and updated when the newest source reporting it was.
"""
from __future__ import annotations

import uuid
import xml.etree.ElementTree as etree
from datetime import date

from ...model import Event
from ..elements import date_label, key_quote
from ..index import SiteIndex

ATOM = "http://www.w3.org/2005/Atom"
LATEST = 20
_NAMESPACE = uuid.UUID("8a0f5a55-3f55-4e4e-9a52-6e6577732d74")


def atom(site: SiteIndex) -> str:
    reported = [e for e in site.events if site.first_reported(e)]
    latest = sorted(reported, key=lambda e: (site.first_reported(e), _updated(site, e), e.id), reverse=True)[:LATEST]
    etree.register_namespace("", ATOM)
    feed = etree.Element(f"{{{ATOM}}}feed")
    _add(feed, "title", site.timeline.title)
    _add(feed, "subtitle", "The events most recently reported, each linked to the sentences that report it.")
    _add(feed, "id", _urn("feed"))
    _add(feed, "updated", _timestamp(max((_updated(site, e) for e in latest), default=date(1970, 1, 1))))
    etree.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href="./")
    author = etree.SubElement(feed, f"{{{ATOM}}}author")
    _add(author, "name", site.timeline.title)
    for event in latest:
        feed.append(_entry(site, event))
    etree.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + etree.tostring(feed, encoding="unicode") + "\n"


def _entry(site: SiteIndex, event: Event) -> etree.Element:
    entry = etree.Element(f"{{{ATOM}}}entry")
    _add(entry, "title", f"{date_label(event)}: {event.title}")
    _add(entry, "id", _urn(event.id))
    _add(entry, "published", _timestamp(date.fromisoformat(site.first_reported(event))))
    _add(entry, "updated", _timestamp(_updated(site, event)))
    etree.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=site.event_url(event, ""))
    summary = event.summary or event.title
    quote = key_quote(event)
    if quote:
        speaker = site.speaker_name(quote)
        summary += f"\n\n“{quote.text}”" + (f" — {speaker}" if speaker else "")
    _add(entry, "summary", summary)
    for entity in [*site.people_of(event), *site.organisations_of(event)]:
        etree.SubElement(entry, f"{{{ATOM}}}category", term=entity.id, label=entity.name)
    return entry


def _updated(site: SiteIndex, event: Event) -> date:
    """When the entry last changed: the newest report of the event."""
    published = [site.sources[s].published for s in site.source_ids(event) if s in site.sources and site.sources[s].published]
    return date.fromisoformat(max(published))


def _add(parent: etree.Element, tag: str, text: str) -> etree.Element:
    child = etree.SubElement(parent, f"{{{ATOM}}}{tag}")
    child.text = text
    return child


def _urn(name: str) -> str:
    return uuid.uuid5(_NAMESPACE, name).urn


def _timestamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"
