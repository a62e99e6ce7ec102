"""Where each event is filed for browsing, so that every event is on one
listing page of a size that does not grow with the timeline:

- a day, a time or a week: its month's page, under the heading of its day
  (a week under "week of …", in day order);
- a month: its month's page, under "sometime in <month>", first;
- anything vaguer (a season, a quarter, a year, a decade): the page of its
  first year;
- no date stated: apart, on the pages of the month it was first reported,
  under the day it was first reported ("reported 5 Nov 2006").
"""
from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ..model import Event, dates

MONTHS_DIR = "months"
UNDATED_DIR = "undated"
MONTHS_INDEX = f"{MONTHS_DIR}/index.md"
UNDATED_INDEX = f"{UNDATED_DIR}/index.md"
NOT_REPORTED = "unknown"  # the page of undated events whose sources have no publication date


@dataclass(frozen=True)
class Heading:
    """A heading of a listing page: its anchor, its words and its place on the page."""

    anchor: str
    label: str
    order: tuple


@dataclass(frozen=True)
class Listing:
    """A listing page: its path under the docs folder, its period ("2006-11",
    "2006", or "undated/2006-11"), its headings in order with their events."""

    path: str
    period: str
    sections: tuple[tuple[Heading, tuple[Event, ...]], ...]

    @property
    def count(self) -> int:
        return sum(len(events) for _, events in self.sections)


def filing(event: Event, reported: str | None) -> tuple[str, Heading]:
    """The period page and the heading an event is listed under;
    ``reported`` is the day it was first reported (for an undated event)."""
    point = dates.parse_point(event.date)
    if point is None:
        day = dates.parse_point(reported)
        if day is None:
            return f"{UNDATED_DIR}/{NOT_REPORTED}", Heading("reported-unknown", "Publication date unknown", (date.max,))
        return f"{UNDATED_DIR}/{dates.month(day.first)}", Heading(f"r{day.first.isoformat()}", f"Reported {long_day(day.first)}", (day.first,))
    if point.precision in (dates.DAY, dates.TIME):
        return dates.month(point.first), Heading(f"d{point.first.isoformat()}", long_day(point.first), (point.first, 1))
    if point.precision == dates.WEEK:
        return dates.month(point.first), Heading(f"w{point.value.lower()}", _initial(dates.display(point.value)), (point.first, 0))
    if point.precision == dates.MONTH:
        return dates.month(point.first), Heading(f"m{point.value}", f"Sometime in {month_name(point.value)}", (date.min,))
    return str(point.first.year), Heading(f"p{point.value.lower()}", _initial(dates.display(point.value)), (point.first, point.last))


def listings(events: list[Event], reported: dict[str, str | None]) -> list[Listing]:
    """Every listing page, in date order (undated pages last), each event on
    exactly one, in the order given under its heading."""
    pages: dict[str, dict[Heading, list[Event]]] = defaultdict(lambda: defaultdict(list))
    for event in events:
        period, heading = filing(event, reported.get(event.id))
        pages[period][heading].append(event)
    found = []
    for period in sorted(pages, key=_period_order):
        sections = sorted(pages[period].items(), key=lambda item: item[0].order)
        found.append(Listing(listing_path(period), period, tuple((h, tuple(e)) for h, e in sections)))
    return found


def _period_order(period: str) -> tuple:
    undated = period.startswith(UNDATED_DIR)
    key = period.rsplit("/", 1)[-1]
    return (undated, key == NOT_REPORTED, key)


def listing_path(period: str) -> str:
    """The page of a period: ``months/2006-11.md``, ``months/2006.md``, ``undated/2006-11.md``."""
    return f"{period}.md" if period.startswith(UNDATED_DIR) else f"{MONTHS_DIR}/{period}.md"


def _initial(label: str) -> str:
    return label[:1].upper() + label[1:]


def long_day(day: date) -> str:
    return f"{calendar.day_name[day.weekday()]} {day.day} {calendar.month_name[day.month]} {day.year}"


def month_name(period: str) -> str:
    """"November 2006" for ``2006-11``; a year stays as it is."""
    if len(period) == 7:
        return f"{calendar.month_name[int(period[5:])]} {period[:4]}"
    return period
