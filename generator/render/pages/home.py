"""The home page: the story in its key days (about 30), each with its
summary, its most important events and how many sources report them, under
a visual timeline that aggregates (``assets/timeline.js``). A control
switches to 10 or 100 key days (pages of their own, so it works without
JavaScript) or to every event, month by month. Events whose date is not
stated are apart, behind one link.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...model import Event
from .. import markup as mk
from ..elements import heading, plural
from ..exports import ATOM_PATH, ICAL_PATH, TIMELINEJS_PATH
from ..exports.visual import VISUAL_DIR
from ..index import SiteIndex
from ..periods import MONTHS_DIR, MONTHS_INDEX, UNDATED_INDEX, long_day

HOME = "index.md"
KEY_DIR = "key"
DEFAULT_DAYS = 30
# The choices of the control: how many key days, and the page showing them.
CHOICES = {10: f"{KEY_DIR}/10.md", DEFAULT_DAYS: HOME, 100: f"{KEY_DIR}/100.md"}
EVENTS_SHOWN = 3  # a key day's events listed on the page (the rest on its month's page)


@dataclass(frozen=True)
class KeyDayView:
    """A key day as the page shows it: its day, its summary, its events
    (most important first) and how many distinct sources report them."""

    day: date
    summary: str
    events: tuple[Event, ...]
    sources: int


def key_pages(site: SiteIndex, days: list[KeyDayView], undated: int) -> dict[str, str]:
    """The home page and the pages of the other choices, ``days`` being the
    key days best first."""
    return {path: key_page(site, sorted(days[:n], key=lambda d: d.day), n, path, undated) for n, path in CHOICES.items()}


def key_page(site: SiteIndex, days: list[KeyDayView], n: int, path: str, undated: int) -> str:
    up = "../" if "/" in path else ""
    timeline = site.timeline
    count, sources = len(site.events), len(timeline.sources)
    lines = heading(timeline.title, f"The story in {len(days)} key days, from {plural(count, 'event')} reported by {plural(sources, 'source')}.")
    lines += [f"The story in its {len(days)} key days, chosen from {plural(count, 'event')} reported by "
              f"{plural(sources, 'source')}. Every event links to the sentences that report it.", ""]
    lines += _control(n, up)
    lines += [f'<div class="timeline-visual" data-src="{up}{VISUAL_DIR}/" data-events="{up}events/" '
              f'data-months="{up}{MONTHS_DIR}/" hidden></div>', ""]
    for day in days:
        lines += _day(site, day, up)
    lines += ["## Everything else", "", f"- [Every event, month by month]({up}{MONTHS_INDEX})"]
    if undated:
        lines.append(f"- [Date not stated]({up}{UNDATED_INDEX}): {plural(undated, 'event')} whose date the reports "
                     "do not state, listed by when they were first reported")
    lines += [f"- Reuse this timeline: [timeline.json]({up}{TIMELINEJS_PATH}) (TimelineJS3) · "
              f"[calendar (.ics)]({up}{ICAL_PATH}) · [Atom feed]({up}{ATOM_PATH})", ""]
    return "\n".join(lines) + "\n"


def _control(n: int, up: str) -> list[str]:
    """Links to the other choices (the current one is not a link)."""
    items = []
    for choice, path in CHOICES.items():
        label = f"{choice} key days"
        items.append(f'<strong aria-current="page">{label}</strong>' if choice == n else f"[{label}]({up}{path})")
    items.append(f"[all events, month by month]({up}{MONTHS_INDEX})")
    return ['<nav class="key-control" aria-label="How many key days" markdown>', "",
            "Show: " + " · ".join(items), "", "</nav>", ""]


def _day(site: SiteIndex, day: KeyDayView, up: str) -> list[str]:
    anchor = f"d{day.day.isoformat()}"
    month_page = f"{up}{MONTHS_DIR}/{day.day.year:04d}-{day.day.month:02d}.md#{anchor}"
    lines = ['<article class="key-day" markdown>', "",
             f'### <time datetime="{day.day.isoformat()}">{long_day(day.day)}</time> {{ #{anchor} }}', ""]
    if day.summary:
        lines += [mk.text(day.summary), "{ .key-day__summary }", ""]
    for event in day.events[:EVENTS_SHOWN]:
        lines.append(f"- {site.event_link(event, up=up)} — reported by {plural(site.source_count(event), 'source')}")
    more = len(day.events) - EVENTS_SHOWN
    lines += ["", f"Reported by {plural(day.sources, 'source')} · "
              + (f"[{plural(more, 'more event')} that day]({month_page})" if more > 0 else f"[the day in its month]({month_page})"),
              "{ .key-day__facts }", "", "</article>", ""]
    return lines
