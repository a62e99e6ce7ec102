"""A person's page (name, description, aliases, every quote in date order
with its event) and the index of people."""
from __future__ import annotations

from ...model import Person, dates
from .. import markup as mk
from ..elements import heading, quote_figure
from ..index import SiteIndex


def person_page(site: SiteIndex, person: Person) -> str:
    quotes = site.quotes_by_person.get(person.id, [])
    about = ", ".join(x for x in [person.description, f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''} in this timeline"] if x)
    lines = heading(person.name, f"{person.name}: {about}.", searched=True)
    if person.description:
        lines += [f"*{mk.text(person.description)}*", "{ .person-description }", ""]
    if person.aliases:
        lines += ["**Also written:** " + ", ".join(mk.text(a) for a in person.aliases), ""]
    lines += ["## Quotes", ""]
    if not quotes:
        lines += ["No direct quotes.", ""]
    for event, quote in quotes:
        lines += quote_figure(mk.text(quote.text), f"{dates.display(event.date)}, {site.event_link(event)} · {site.cite(quote.source, quote.span, quote.text)}")
    events = site.events_by_person.get(person.id, [])
    if events:
        lines += ["## Events", ""] + [f"- {dates.display(e.date)}: {site.event_link(e)}" for e in events] + [""]
    return "\n".join(lines)


def people_index(site: SiteIndex) -> str:
    lines = heading("People", f"The {len(site.timeline.people)} people in this timeline and what they said.")
    for person in sorted(site.timeline.people, key=lambda p: (p.name.split()[-1].lower(), p.name)):
        count = len(site.quotes_by_person.get(person.id, []))
        description = f" — {mk.text(person.description)}" if person.description else ""
        lines.append(f"- {site.person_link(person.id, up='../')}{description} ({count} quote{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"
