"""A page per storyline (a thread of related events, from the rank stage):
its own key events, then all its events month by month; and the index of
storylines, the major ones first. The filter by storyline, as plain pages."""
from __future__ import annotations

from ...model import Storyline
from .. import markup as mk
from ..elements import heading, plural
from ..index import SiteIndex
from .months import event_item, events_by_month

STORYLINES_DIR = "storylines"
STORYLINES_INDEX = f"{STORYLINES_DIR}/index.md"


def storyline_link(storyline: Storyline, up: str = "../") -> str:
    return f"[{mk.text(storyline.title)}]({up}{STORYLINES_DIR}/{storyline.id}.md)"


def storyline_page(site: SiteIndex, storyline: Storyline) -> str:
    events = [site.event_by_id[e] for e in storyline.events if e in site.event_by_id]
    key = [site.event_by_id[e] for e in storyline.key_events if e in site.event_by_id]
    lines = heading(storyline.title, f"{storyline.title}: {plural(len(events), 'event')}, its key events first.", searched=True)
    if storyline.terms:
        lines += ["What its events share: " + ", ".join(mk.text(t) for t in storyline.terms), "{ .storyline-terms }", ""]
    if key:
        lines += ["## Key events", ""] + [event_item(site, e, "../", dated=True) for e in key] + [""]
    lines += [f"## All {plural(len(events), 'event')}", ""] + events_by_month(site, events, level=3)
    return "\n".join(lines + ["[All storylines](index.md)", ""])


def storylines_index(site: SiteIndex) -> str:
    storylines = site.ranking.storylines
    major = [s for s in storylines if s.major]
    minor = [s for s in storylines if not s.major]
    lines = heading("Storylines", f"The {plural(len(storylines), 'storyline')} of this timeline: threads of related events.")
    lines += ["Threads of related events: the people, places and words they share over time.", ""]
    if not storylines:
        lines += ["No storyline in this timeline yet.", ""]
    for title, group in (("Major storylines", major), ("Other storylines", minor)):
        if group:
            lines += [f"## {title}", ""] + [f"- {storyline_link(s)} — {plural(len(s.events), 'event')}" for s in group] + [""]
    return "\n".join(lines)
