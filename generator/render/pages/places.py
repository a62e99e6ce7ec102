"""A page per place (its events, month by month) and the index of places:
the filter by place, as plain pages. Spellings that make one slug ("Gaza",
"gaza") are one place, named by its most frequent spelling."""
from __future__ import annotations

from collections import Counter, defaultdict

from ...combine.ids import slug
from ...model import Event
from .. import markup as mk
from ..elements import heading, plural
from ..index import SiteIndex
from .months import events_by_month

PLACES_DIR = "places"
PLACES_INDEX = f"{PLACES_DIR}/index.md"


def places_of(site: SiteIndex) -> dict[str, tuple[str, list[Event]]]:
    """Each place's slug, its name and its events in timeline order."""
    events: dict[str, list[Event]] = defaultdict(list)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for event in site.events:
        for name in dict.fromkeys(event.places):
            key = slug(name)
            names[key][name] += 1
            if not events[key] or events[key][-1] is not event:
                events[key].append(event)
    return {key: (names[key].most_common(1)[0][0], events[key]) for key in events}


def place_link(place_slug: str, name: str, up: str = "../") -> str:
    return f"[{mk.text(name)}]({up}{PLACES_DIR}/{place_slug}.md)"


def place_page(site: SiteIndex, name: str, events: list[Event]) -> str:
    lines = heading(name, f"{plural(len(events), 'event')} in {name}, month by month.", searched=True)
    lines += [f"{plural(len(events), 'event')} that took place in {mk.text(name)} or concern it, month by month.", ""]
    lines += events_by_month(site, events)
    return "\n".join(lines + ["[All places](index.md)", ""])


def places_index(site: SiteIndex, places: dict[str, tuple[str, list[Event]]]) -> str:
    lines = heading("Places", f"The {plural(len(places), 'place')} of this timeline and their events.")
    lines += [f"The {plural(len(places), 'place')} the events take place in, most events first.", ""]
    for key, (name, events) in sorted(places.items(), key=lambda item: (-len(item[1][1]), item[1][0])):
        lines.append(f"- {place_link(key, name)} — {plural(len(events), 'event')}")
    return "\n".join(lines + [""])
