"""Storylines (generator/rank/storylines.py) on real timelines: do they keep
stories apart, how much do they cover, how long do they take.

1. **Five stories mixed**: the five Timeline17 topics' extracted timelines
   (oil spill, swine flu, financial crisis, Michael Jackson, Egypt's
   protests) put together as one timeline; a storyline that mixes topics
   mixes stories. Purity: the share of a storyline's events from its main
   topic (averaged over events in storylines); coverage: the share of events
   in a storyline; and the seconds ``rank`` takes on it (key days,
   importance and storylines), beside those of reading it.
2. **One region's news**: the 300 articles of ``make bench-events`` (AFP
   and Xinhua on the Middle East, 1997, 2005, 2006): its major storylines,
   to read.

Usage: .venv/bin/python benchmarks/storylines.py (after ``make
bench-keyevents`` and ``make bench-events`` have extracted their inputs).
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tls_data  # noqa: E402
from generator.model import Timeline  # noqa: E402
from generator.rank import rank  # noqa: E402
from generator.store.plain import from_data, plain  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
T17 = ROOT / ".cache" / "bench" / "timeline17"
NEWS = ROOT / ".cache" / "bench" / "events" / "news" / "news" / "timeline.yml"


def mixed() -> tuple[Timeline, dict[str, str]]:
    """The five topics as one timeline (ids prefixed by topic), and each event's topic."""
    sources, people, events, topic_of = [], {}, [], {}
    for topic in tls_data.TOPICS:
        data = tls_data.load_timeline(T17 / topic / "timeline.yml")
        tls_data.repair(data)
        timeline = from_data(plain(data))
        prefix = topic.lower()
        for s in timeline.sources:
            s.id = f"{prefix}-{s.id}"
        for e in timeline.events:
            e.id = f"{prefix}-{e.id}"
            topic_of[e.id] = topic
            for x in e.sources:
                x.source = f"{prefix}-{x.source}"
        sources += timeline.sources
        people.update({p.id: p for p in timeline.people})  # one person id for one name across topics
        events += timeline.events
    return Timeline("Timeline17, five topics", sources, list(people.values()), events), topic_of


def purity(timeline: Timeline, topic_of: dict[str, str]) -> str:
    started = time.perf_counter()
    ranking = rank(timeline)
    seconds = time.perf_counter() - started
    stories = ranking.storylines
    in_stories = sum(len(s.events) for s in stories)
    pure = sum(Counter(topic_of[e] for e in s.events).most_common(1)[0][1] for s in stories)
    lines = ["### Five stories mixed: Timeline17's topics as one timeline", "",
             f"{len(timeline.events)} events, {len(timeline.sources)} articles; `rank` (key days, importance, storylines) "
             f"{seconds:.1f} s.", "",
             "| storylines | major | events in one | purity | mixed storylines (main topic < 90 %) |",
             "|---:|---:|---:|---:|---:|",
             f"| {len(stories)} | {sum(s.major for s in stories)} | {in_stories / len(timeline.events):.1%} | "
             f"{pure / in_stories:.1%} | {sum(1 for s in stories if Counter(topic_of[e] for e in s.events).most_common(1)[0][1] < 0.9 * len(s.events))} |",
             "", "Major storylines:", "",
             "| storyline | events | topics (events) | terms |", "|---|---:|---|---|"]
    for s in stories:
        if s.major:
            topics = ", ".join(f"{t} ({n})" for t, n in Counter(topic_of[e] for e in s.events).most_common())
            lines.append(f"| {s.title} | {len(s.events)} | {topics} | {', '.join(s.terms)} |")
    return "\n".join(lines)


def listing(timeline: Timeline) -> str:
    started = time.perf_counter()
    ranking = rank(timeline)
    seconds = time.perf_counter() - started
    titles = {e.id: e.title for e in timeline.events}
    dates = {e.id: e.date for e in timeline.events}
    found = ranking.storylines
    lines = ["### One region's news: 300 AFP and Xinhua articles on the Middle East", "",
             f"{len(timeline.events)} events; `rank` {seconds:.1f} s; {len(found)} storylines, "
             f"{sum(len(s.events) for s in found) / len(timeline.events):.0%} of events in one.", "",
             "| storyline | events | from | to | its key events | terms |", "|---|---:|---|---|---|---|"]
    for s in found:
        days = sorted(str(dates[e]) for e in s.events if dates[e])
        key = "; ".join(titles[e] for e in s.key_events[:3])
        lines.append(f"| {'**' + s.title + '**' if s.major else s.title} | {len(s.events)} | {days[0] if days else ''} | "
                     f"{days[-1] if days else ''} | {key} | {', '.join(s.terms)} |")
    return "\n".join(lines)


def main() -> None:
    print("## Storylines (benchmarks/storylines.py)\n")
    started = time.perf_counter()
    timeline, topic_of = mixed()
    print(f"(five topics read in {time.perf_counter() - started:.0f} s)\n", file=sys.stderr)
    print(purity(timeline, topic_of) + "\n")
    print(listing(from_data(plain(tls_data.load_timeline(NEWS)))))


if __name__ == "__main__":
    main()
