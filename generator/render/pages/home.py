"""The home page: the story in its key days (about 30, as the rank stage
picks them), each with its summary, its most important events and how many
sources report them, under
a visual timeline that aggregates (``assets/timeline.js``). A control
switches to 10 or 100 key days (pages of their own, so it works without
JavaScript) or to every event, month by month. Events whose date is not
stated are apart, behind one link.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...model import Event, dates
from .. import markup as mk
from ..elements import heading, plural
from ..exports import ATOM_PATH, ICAL_PATH, TIMELINEJS_PATH
from ..exports.visual import VISUAL_DIR
from ..index import SiteIndex
from ..periods import MONTHS_DIR, MONTHS_INDEX, UNDATED_INDEX, long_day
from .storylines import STORYLINES_INDEX

HOME = "index.md"
KEY_DIR = "key"
DEFAULT_DAYS = 30
# The choices of the control: how many key days, and the page showing them.
CHOICES = {10: f"{KEY_DIR}/10.md", DEFAULT_DAYS: HOME, 100: f"{KEY_DIR}/100.md"}
EVENTS_SHOWN = 3  # a key day's events listed on the page (the rest on its month's page)


@dataclass(frozen=True)
class KeyDayView:
    """A key day (``KeyDay``, from the rank stage) as the page shows it:
    its day, its summary, its events shown (most important first) and how
    many distinct sources report them."""

    day: date
    summary: str
    events: tuple[Event, ...]
    sources: int


def key_days(site: SiteIndex, n: int) -> list[KeyDayView]:
    """The ``n`` key days of the ranking, in date order."""
    views = []
    for day in site.ranking.key_days(n):
        events = tuple(site.event_by_id[e] for e in day.events if e in site.event_by_id)
        views.append(KeyDayView(date.fromisoformat(day.date), day.summary, events, day.sources))
    return views


def key_events(site: SiteIndex) -> set[str]:
    """The ids of the events the home page shows."""
    return {e.id for day in key_days(site, DEFAULT_DAYS) for e in day.events[:EVENTS_SHOWN]}


def key_pages(site: SiteIndex, undated: int) -> dict[str, str]:
    """The home page and the pages of the control's other choices."""
    listed = {p.first for e in site.events if (p := dates.parse_point(e.date)) and p.precision in (dates.DAY, dates.TIME)}
    return {path: key_page(site, key_days(site, n), n, path, undated, listed) for n, path in CHOICES.items()}


def key_page(site: SiteIndex, days: list[KeyDayView], n: int, path: str, undated: int, listed: set[date]) -> str:
    """One choice of the control: ``days`` in date order; ``listed``, the
    days that have a heading on their month's page."""
    up = "../" if "/" in path else ""
    timeline = site.timeline
    count, sources = len(site.events), len(timeline.sources)
    lines = heading(timeline.title, f"The story in {len(days)} key days, from {plural(count, 'event')} reported by {plural(sources, 'source')}.")
    if not days:
        lines += ["No event is dated to a day yet.", ""]
    lines += [f"The story in its {len(days)} key days, chosen from {plural(count, 'event')} reported by "
              f"{plural(sources, 'source')}. Every event links to the sentences that report it.", ""]
    lines += _control(n, up)
    lines += [f'<div class="timeline-visual" data-src="{up}{VISUAL_DIR}/" data-events="{up}events/" '
              f'data-months="{up}{MONTHS_DIR}/" hidden></div>', ""]
    for day in days:
        lines += _day(site, day, up, day.day in listed)
    lines += ["## Everything else", "", f"- [Every event, month by month]({up}{MONTHS_INDEX})",
              f"- [Storylines]({up}{STORYLINES_INDEX}): threads of related events, each with its own key events"]
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


def _day(site: SiteIndex, day: KeyDayView, up: str, listed: bool) -> list[str]:
    """A key day; ``listed`` when its month's page has a heading for it (a
    day may be key for what was reported on it, the events dated otherwise)."""
    anchor = f"d{day.day.isoformat()}"
    lines = ['<article class="key-day" markdown>', "",
             f'### <time datetime="{day.day.isoformat()}">{long_day(day.day)}</time> {{ #{anchor} }}', ""]
    if day.summary:
        lines += [mk.text(day.summary), "{ .key-day__summary }", ""]
    for event in day.events[:EVENTS_SHOWN]:
        lines.append(f"- {site.event_link(event, up=up)} — reported by {plural(site.source_count(event), 'source')}")
    facts = f"Reported by {plural(day.sources, 'source')}"
    if listed:
        more = len(day.events) - EVENTS_SHOWN
        month_page = f"{up}{MONTHS_DIR}/{day.day.year:04d}-{day.day.month:02d}.md#{anchor}"
        facts += f" · [{plural(more, 'more event')} that day]({month_page})" if more > 0 else f" · [the day in its month]({month_page})"
    return lines + ["", facts, "{ .key-day__facts }", "", "</article>", ""]
