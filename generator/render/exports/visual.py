"""The data the home page's visual timeline draws (``assets/timeline.js``),
in pieces it loads as it needs them, so that the page stays light at any
size of timeline:

- ``visual/days.json``: how many events each day holds (and each month for
  events known only to their month) — the density the timeline shows at
  wide zoom; a few kilobytes for years of news;
- ``visual/<YYYY-MM>.json``: the events of one month page, loaded when the
  timeline is zoomed in close enough to show that month's events (each
  linked to its page, or to its line on that month's page).

Events known only to a season, quarter or year or vaguer, and those whose
date is not stated, are not drawn: the months index links their pages.
Titles are plain text (the script sets them as text, never as HTML).
"""
from __future__ import annotations

import json
from collections import Counter

from ...model import Event, dates
from ..index import SiteIndex
from ..periods import Listing

VISUAL_DIR = "visual"
DAYS_PATH = f"{VISUAL_DIR}/days.json"
DRAWN = (dates.DAY, dates.TIME, dates.WEEK, dates.MONTH)


def visual_files(site: SiteIndex, listings: list[Listing], key: set[str]) -> dict[str, str]:
    """``days.json`` and one file per month page; ``key`` holds the ids of
    the key events (drawn apart)."""
    days: Counter[str] = Counter()
    months: Counter[str] = Counter()
    files = {}
    for listing in listings:
        drawn = [(e, p) for _, events in listing.sections for e in events if (p := _drawn(e))]
        if not drawn:
            continue
        for event, point in drawn:
            if point.precision == dates.MONTH:
                months[dates.month(point.first)] += 1
            else:
                days[point.first.isoformat()] += 1
        files[f"{VISUAL_DIR}/{listing.period}.json"] = _dump([_item(site, e, p, key) for e, p in drawn])
    files[DAYS_PATH] = _dump({"days": sorted(days.items()), "months": sorted(months.items()),
                              "chunks": sorted(path.rsplit("/", 1)[1][:-5] for path in files)})
    return files


def _drawn(event: Event) -> dates.Point | None:
    point = dates.parse_point(event.date)
    return point if point and point.precision in DRAWN else None


def _item(site: SiteIndex, event: Event, point: dates.Point, key: set[str]) -> list:
    """[id, first day, last day, title, sources, key (1 or 0), page (1 or 0:
    the event is told on its month's page, under its id)]."""
    return [event.id, point.first.isoformat(), point.last.isoformat(), event.title,
            site.source_count(event), int(event.id in key), int(event.id in site.paged)]


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
