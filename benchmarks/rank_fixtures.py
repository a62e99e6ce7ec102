"""Write the timelines the tests read (tests/fixtures/rank/: conftest.py's
``news`` and ``egypt`` fixtures), cut from real extractions the benchmarks
made:

- ``egypt_protest_first_days.yml``: Timeline17's EgyptianProtest topic
  (CNN, January-February 2011), extracted by ``make bench-keyevents``, cut
  to the articles published 25-28 January 2011 (the first ``PER_DAY`` of
  each day by file name, and every article published later that looks back
  at those days, up to ``LATER``).
- ``news_middle_east_nov_2005.yml``: the 300 news articles of
  ``make bench-events`` (AFP and Xinhua), cut to those published 14-30
  November 2005 (the Rafah crossing agreement and opening, the Saddam Hussein
  trial's resumption, the Amman hotel bombings' aftermath).

A cut keeps only the chosen sources, the evidence and quotes they give, and
the events left with some evidence (benchmarks/tls_data.in_window).

Usage: .venv/bin/python benchmarks/rank_fixtures.py (after the two benchmarks
have extracted their inputs into .cache/bench/).
"""
from __future__ import annotations

import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from generator.store.plain import plain
from generator.store.write import dump_plain

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tls_data  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "rank"
PER_DAY = 2
LATER = 4


def cut(timeline: dict, keep: set[str]) -> dict:
    """The timeline with only the ``keep`` sources (and what they give)."""
    kept = tls_data.in_window({**timeline, "sources": [s for s in timeline["sources"] if s["id"] in keep]},
                              date.min, date.max)
    used = {p for e in kept["events"] for p in e.get("people") or []}
    used |= {q.get("speaker") for e in kept["events"] for q in e.get("quotes") or [] for q in [q, *(q.get("variants") or [])]}
    return {**kept, "people": [p for p in timeline["people"] if p["id"] in used]}


def egypt(timeline: dict) -> dict:
    first, last = date(2011, 1, 25), date(2011, 1, 28)
    by_day: dict[date, list[dict]] = defaultdict(list)
    for source in sorted(timeline["sources"], key=lambda s: s["file"]):
        by_day[tls_data.published(source)].append(source)
    keep = {s["id"] for d, sources in by_day.items() if first <= d <= last for s in sources[:PER_DAY]}
    looking_back = set()
    for event in timeline["events"]:
        for e in event.get("sources") or []:
            day = tls_data.as_day(e.get("date", event["date"]))
            if "date_span" in e and day and first <= day <= last:
                looking_back.add(e["source"])
    later = sorted((s for s in timeline["sources"] if s["id"] in looking_back and tls_data.published(s) > last),
                   key=lambda s: s["file"])
    return cut(timeline, keep | {s["id"] for s in later[:LATER]})


def news(timeline: dict) -> dict:
    first, last = date(2005, 11, 14), date(2005, 11, 30)
    return cut(timeline, {s["id"] for s in timeline["sources"] if first <= (tls_data.published(s) or date.min) <= last})


def write(name: str, data: dict) -> None:
    """Written as the generator writes timeline.yml."""
    path = OUT / name
    path.write_text(dump_plain(plain(data)), encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(data['sources'])} sources, {len(data['events'])} events, {path.stat().st_size // 1024} KB")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    egypt_timeline = tls_data.load_timeline(ROOT / ".cache/bench/timeline17/EgyptianProtest/timeline.yml")
    tls_data.repair(egypt_timeline)
    write("egypt_protest_first_days.yml", egypt(egypt_timeline))
    write("news_middle_east_nov_2005.yml", news(tls_data.load_timeline(ROOT / ".cache/bench/events/news/news/timeline.yml")))


if __name__ == "__main__":
    main()
