"""Timeline17 for the key-events benchmark: gold timelines, tasks, and the
extracted timeline.yml cut to a task's input window.

A task is one gold timeline (Timeline17's published protocol): its input is
the topic's articles published between the timeline's first and last date,
and a system returns as many days as the gold timeline has.

The window is applied to an extraction of the whole topic, not by extracting
each window again: an event keeps only the evidence from sources published in
the window (an event left without evidence is dropped) and ``sources`` keeps
only those articles. Where the kept evidence no longer includes a report that
gives the event's date, the event takes the date its kept evidence gives
(see ``_windowed_event``). The extractor merges one topic's reports across
all its articles, so an event that straddles the window's edge may differ
slightly from the one a per-window extraction would merge; its evidence, each
with the date its own source gives, is the same.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

TOPICS = ("bpoil", "H1N1", "Finan", "MJ", "EgyptianProtest")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it: bpoil's file is large
_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class GoldTimeline:
    """One journalists' timeline: day -> its sentences."""

    topic: str
    name: str  # collection/timeline, as gold.yml names it
    entries: dict[date, tuple[str, ...]]

    @property
    def short_name(self) -> str:
        return self.name.split("/", 1)[-1]

    @property
    def window(self) -> tuple[date, date]:
        return min(self.entries), max(self.entries)

    @property
    def n(self) -> int:
        return len(self.entries)


def load_gold(topic_dir: Path) -> list[GoldTimeline]:
    """The gold timelines of one Timeline17 topic folder (its gold.yml)."""
    path = topic_dir / "gold.yml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    timelines = []
    for tl in data["timelines"]:
        entries = {}
        for entry in tl["entries"]:
            day = as_day(entry["date"])
            if day is None:
                raise ValueError(f"{path}: timeline {tl['name']}: date {entry['date']!r} is not a day")
            entries[day] = tuple(entry["sentences"])
        timelines.append(GoldTimeline(data["topic"], tl["name"], entries))
    return timelines


def as_day(value: Any) -> date | None:
    """The day a TIMEX3-like value names, or None when it is coarser than a
    day (a year, month, week, season) or absent. A time of day
    (``2011-01-25T14:00``, ``2011-01-25TNI``) names its day."""
    if isinstance(value, datetime):  # before date: datetime is a date
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        match = _DAY_RE.match(value)
        if match:
            try:
                return date(*map(int, match.groups()))
            except ValueError:
                return None
    return None


def load_timeline(path: Path) -> dict:
    """A timeline.yml as PyYAML reads it (dates stay as the loader gives them)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


def repair(timeline: dict) -> int:
    """Drop, in place, every evidence's ``date_span`` that is not inside its
    ``span`` (the extractor wrote a few before cdd67ac, where a date ran past
    a sentence the parser cut short: "…at 4:25 p.m. | CDT"; cached timelines
    may still hold them), so that the timeline
    validates and ``python -m generator key-events`` reads it; every system
    gets the same input. Returns how many were dropped."""
    dropped = 0
    for event in timeline["events"]:
        for e in event.get("sources") or []:
            ds = e.get("date_span")
            if ds and not e["span"][0] <= ds[0] <= ds[1] <= e["span"][1]:
                del e["date_span"]
                dropped += 1
    return dropped


def published(source: dict) -> date | None:
    return as_day(source.get("published"))


def in_window(timeline: dict, start: date, end: date) -> dict:
    """The timeline as the task's input: only sources published in
    [start, end], only the evidence they give, only events left with some."""
    kept = {s["id"] for s in timeline["sources"] if (p := published(s)) is not None and start <= p <= end}
    events = []
    for event in timeline["events"]:
        windowed = _windowed_event(event, kept)
        if windowed is not None:
            events.append(windowed)
    return {**timeline, "sources": [s for s in timeline["sources"] if s["id"] in kept], "events": events}


def _windowed_event(event: dict, kept: set[str]) -> dict | None:
    evidence = [e for e in event.get("sources") or [] if e["source"] in kept]
    if not evidence:
        return None
    quotes = _windowed_quotes(event.get("quotes") or [], kept)
    if len(evidence) == len(event.get("sources") or []) and quotes == (event.get("quotes") or []):
        return event
    event = {**event, "sources": evidence, "quotes": quotes}
    # Does a kept report still give the event's own date? Evidence without
    # its own `date` gives the event's (or, without `date_span`, was dated by
    # its publication); if every kept dated report gives another date, the
    # event takes the one most of them give.
    text_dated = [e for e in evidence if "date_span" in e]
    if text_dated and all("date" in e for e in text_dated):
        value = Counter(str(e["date"]) for e in text_dated).most_common(1)[0][0]
        chosen = next(e["date"] for e in text_dated if str(e["date"]) == value)
        event["date"] = chosen
        event["sources"] = [({k: v for k, v in e.items() if k != "date"} if str(e.get("date")) == value else e) for e in evidence]
    return event


def _windowed_quotes(quotes: list[dict], kept: set[str]) -> list[dict]:
    """The quotes (and variants) from the kept sources; a variant of a quote
    from a dropped source stands in for it."""
    out = []
    for quote in quotes:
        reports = [q for q in [quote, *(quote.get("variants") or [])] if q["source"] in kept]
        if reports:
            first = {k: v for k, v in reports[0].items() if k != "variants"}
            out.append({**first, "variants": reports[1:]} if len(reports) > 1 else first)
    return out


@dataclass(frozen=True)
class Mention:
    """One piece of evidence of one event, with the day its own source gives.

    ``basis`` is "text" when the source dates it by an expression in its text
    (the evidence has a ``date_span``: a date, a weekday, "yesterday"),
    "publication" when the source's publication day dates it, "none" when it
    is undated. ``day`` is None unless that date is a single day.
    """

    event: str
    source: str
    published: date
    basis: str
    value: Any
    day: date | None
    text: str
    span: tuple[int, int]


def mentions(timeline: dict) -> list[Mention]:
    """Every piece of evidence in the timeline as a Mention."""
    pub = {s["id"]: published(s) for s in timeline["sources"]}
    out = []
    for event in timeline["events"]:
        for e in event.get("sources") or []:
            if pub.get(e["source"]) is None:
                continue
            if "date_span" in e:
                basis, value = "text", e.get("date", event["date"])
            elif event["date"] is not None:
                basis, value = "publication", pub[e["source"]]
            else:
                basis, value = "none", None
            out.append(Mention(event["id"], e["source"], pub[e["source"]], basis, value, as_day(value), e["text"], tuple(e["span"])))
    return out
