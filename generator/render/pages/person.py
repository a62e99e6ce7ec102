"""The page of a person or an organisation (name, description, aliases,
every quote in date order with its event, its events) and the indexes of
people and of organisations."""
from __future__ import annotations

from ...model import Entity, Organisation, edtf_values
from .. import markup as mk
from ..elements import heading, quote_figure
from ..index import SiteIndex


def person_page(site: SiteIndex, entity: Entity) -> str:
    quotes = site.quotes_by_person.get(entity.id, [])
    about = ", ".join(x for x in [entity.description, f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''} in this timeline"] if x)
    lines = heading(entity.name, f"{entity.name}: {about}.", searched=True)
    if entity.description:
        lines += [f"*{mk.text(entity.description)}*", "{ .person-description }", ""]
    if entity.aliases:
        lines += ["**Also written:** " + ", ".join(mk.text(a) for a in entity.aliases), ""]
    lines += ["## Quotes", ""]
    if not quotes:
        lines += ["No direct quotes.", ""]
    for event, quote in quotes:
        voice = f" ({mk.text(quote.role)})" if quote.role else ""
        lines += quote_figure(mk.text(quote.text), f"{edtf_values.display(event.date, event.edtf)}{voice}, {site.event_link(event)} · {site.cite(quote.source, quote.span, quote.text)}")
    events = site.events_by_person.get(entity.id, [])
    if events:
        lines += ["## Events", ""] + [f"- {edtf_values.display(e.date, e.edtf)}: {site.event_link(e)}" for e in events] + [""]
    return "\n".join(lines)


def person_inputs(site: SiteIndex, entity: Entity) -> tuple:
    """What ``person_page`` reads (``render/memo.py``)."""
    quotes = site.quotes_by_person.get(entity.id, [])
    sources = [q.source for _, q in quotes]
    return (entity, quotes, site.events_by_person.get(entity.id), [site.sources.get(i) for i in sources],
            [site.texts.get(i) for i in sources])


def people_index(site: SiteIndex) -> str:
    return _index(site, "People", site.timeline.people, "people")


def organisations_index(site: SiteIndex) -> str:
    return _index(site, "Organisations", site.timeline.organisations, "organisations, offices and groups")


def _index(site: SiteIndex, title: str, entities: list[Entity], noun: str) -> str:
    lines = heading(title, f"The {len(entities)} {noun} in this timeline and what they said.")
    if not entities:
        lines += [f"No {noun} in this timeline.", ""]
    for entity in sorted(entities, key=_sort_key):
        count = len(site.quotes_by_person.get(entity.id, []))
        description = f" — {mk.text(entity.description)}" if entity.description else ""
        lines.append(f"- {site.person_link(entity.id, up='../')}{description} ({count} quote{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


def _sort_key(entity: Entity) -> tuple[str, str]:
    """People by surname, organisations by name."""
    first = entity.name if isinstance(entity, Organisation) else entity.name.split()[-1]
    return first.lower(), entity.name
