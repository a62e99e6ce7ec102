"""Every event, listed: a page per month (day by day, a day's events under
one heading), a page per year for events known only to a part of it, the
events whose date is not stated by when they were first reported, and the
indexes of those pages (``render/periods.py`` says which event goes where).

An event is one line: its title (linked to its page) and how many sources
report it, within a day in timeline.yml's order (the generator writes a
day's most reported first; an editor may move them). An event without a
page of its own (``render/index.py``) is told on its listing page instead:
its line is its anchor, with its source and the sentences that report it.
"""
from __future__ import annotations

from itertools import groupby

from ...model import Event, dates, edtf_values
from .. import markup as mk
from ..elements import DATE_BASIS, date_label, heading, plural
from ..index import SiteIndex
from ..periods import MONTHS_DIR, UNDATED_DIR, UNDATED_INDEX, Listing, month_name

# A period's page from another period's page (both one folder down).
_UP = "../"


def period_pages(site: SiteIndex, listings: list[Listing]) -> dict[str, str]:
    """The page of every period (months and years, then the undated events
    by month of report, each run with its own previous and next), and the
    index of undated events."""
    pages = {UNDATED_INDEX: undated_index(site, listings)}
    for undated, run in groupby(listings, key=lambda item: item.period.startswith(UNDATED_DIR)):
        run = list(run)
        for before, listing, after in zip([None, *run], run, [*run[1:], None]):
            pages[listing.path] = listing_page(site, listing, before, after)
    return pages


def listing_page(site: SiteIndex, listing: Listing, before: Listing | None, after: Listing | None) -> str:
    """The page of one month, year, or month of reports of undated events."""
    title, what = _title(listing)
    pageless = any(e.id not in site.paged for _, events in listing.sections for e in events)
    lines = heading(title, f"{plural(listing.count, 'event')} {what}.", searched=pageless)
    lines += [f"{plural(listing.count, 'event')} {what}, in the timeline's order within each heading.", ""]
    lines += _pager(listing, before, after)
    for head, events in listing.sections:
        lines += [f"## {mk.text(head.label)} {{ #{head.anchor} }}", ""]
        lines += [line for e in events for line in listed_item(site, e)]
        lines.append("")
    return "\n".join(lines + _pager(listing, before, after))


def event_item(site: SiteIndex, event: Event, up: str, dated: bool = False) -> str:
    """One event as a list line: its title, linked, and its number of
    sources (after its date when ``dated``)."""
    date = f"{edtf_values.display(event.date, event.edtf)}: " if dated else ""
    return f"- {date}{site.event_link(event, up=up)} — {plural(site.source_count(event), 'source')}"


def listed_item(site: SiteIndex, event: Event) -> list[str]:
    """An event on its listing page: its line, or, for one without a page,
    the line that stands for it (its anchor) and its evidence under it."""
    if event.id in site.paged:
        return [event_item(site, event, _UP)]
    source = site.source_ids(event)[0]
    dated = f" ({mk.text(date_label(event))})" if event.date_basis in DATE_BASIS else ""
    return [f'- <span id="{mk.attr(event.id)}"></span>**{mk.text(event.title)}**{dated} — reported by '
            f"{site.source_link(source, None, _UP, label=site.source_label(source))}",
            *site.evidence_lines(event, source, _UP)]


def events_by_month(site: SiteIndex, events: list[Event], level: int = 2) -> list[str]:
    """Events (in timeline order) under a heading per month (of ``level``),
    those known only to a year or vaguer under their year, the undated last."""
    lines = []
    for month, group in groupby(events, key=_month_heading):
        lines += [f"{'#' * level} {month}", ""] + [event_item(site, e, _UP) for e in group] + [""]
    return lines


def _month_heading(event: Event) -> str:
    point = dates.parse_point(event.date)
    if point is None:
        return "Date not stated"
    if point.precision in (dates.DAY, dates.TIME, dates.WEEK, dates.MONTH):
        return dates.display(dates.month(point.first))
    return str(point.first.year)


def _title(listing: Listing) -> tuple[str, str]:
    period = listing.period
    if period.startswith(UNDATED_DIR):
        month = period.split("/", 1)[1]
        if len(month) != 7:
            return "Date not stated, publication date unknown", "whose date the reports do not state, in reports whose date is not known"
        return f"Date not stated: reported in {month_name(month)}", f"whose date the reports do not state, first reported in {month_name(month)}"
    if len(period) == 4:
        return f"{period}: month not stated", f"known only to have happened in {period} or a part of it"
    return month_name(period), f"in {month_name(period)}, day by day"


def _pager(listing: Listing, before: Listing | None, after: Listing | None) -> list[str]:
    index = f"{_UP}{UNDATED_INDEX}" if listing.period.startswith(UNDATED_DIR) else "index.md"
    items = [f"[← {mk.text(_title(before)[0])}]({_UP}{before.path})" if before else "",
             f"[All months]({index})",
             f"[{mk.text(_title(after)[0])} →]({_UP}{after.path})" if after else ""]
    return [" · ".join(i for i in items if i), "{ .period-pager }", ""]


def months_index(site: SiteIndex, listings: list[Listing]) -> str:
    """Every month and year page by year, with its number of events, and the
    way to the undated events."""
    dated = [item for item in listings if not item.period.startswith(UNDATED_DIR)]
    undated = sum(item.count for item in listings if item.period.startswith(UNDATED_DIR))
    total = sum(item.count for item in dated)
    lines = heading("All events by month", f"All {plural(total, 'event')} of the timeline, month by month.")
    lines += [f"All {plural(total, 'dated event')}, month by month; each month's page lists them day by day.", ""]
    for year, items in groupby(dated, key=lambda item: item.period[:4]):
        lines += [f"## {year} {{ #y{year} }}", ""]
        for item in items:
            label = f"{year}, month not stated" if len(item.period) == 4 else month_name(item.period)
            lines.append(f"- [{label}]({item.path.removeprefix(MONTHS_DIR + '/')}) — {plural(item.count, 'event')}")
        lines.append("")
    if undated:
        lines += ["## Date not stated { #undated }", "",
                  f"[{plural(undated, 'event')} whose date the reports do not state]({_UP}{UNDATED_INDEX}), "
                  "listed by the day they were first reported.", ""]
    return "\n".join(lines)


def undated_index(site: SiteIndex, listings: list[Listing]) -> str:
    """The months in which undated events were first reported."""
    undated = [item for item in listings if item.period.startswith(UNDATED_DIR)]
    total = sum(item.count for item in undated)
    lines = heading("Date not stated", f"{plural(total, 'event')} whose date the reports do not state.")
    lines += [f"{plural(total, 'event')} whose date the reports do not state, kept apart from the timeline "
              "and listed by the month and day they were first reported.", ""]
    for item in undated:
        lines.append(f"- [{_title(item)[0].split(': ', 1)[-1].replace('reported in', 'Reported in')}]({item.path.removeprefix(UNDATED_DIR + '/')}) — {plural(item.count, 'event')}")
    lines += ["", f"[All months]({_UP}{MONTHS_DIR}/index.md)", ""]
    return "\n".join(lines)
