"""Which support signals tell the events a reader can use from the others
(issue 14), on development inputs only, and what showing fewer events costs.

    python benchmarks/event_support.py                 the graded dev events, feature by feature
    python benchmarks/event_support.py --recall        gold-date recall of shown events on T17 MJ and bpoil
    python benchmarks/event_support.py --recall --as-is   the same on the cached timelines as they stand

The hand grades of development samples (``DEV_GRADES``: news 1st half, T17 MJ;
never a held-out or fresh file) are matched to today's extraction of their
input (benchmarks/events.py's cache, extracted if stale) by title, else by
the closest title of the same date, else by id; each matched event's support
signals are counted, and for each signal's value the share graded usable,
with whether today's timeline shows it.

``--recall``: of the days of a topic's gold timelines (all of them
together), the share on which a shown event is dated, beside the share on
which any event (shown or not) is, and how many of those days only an
unsupported event kept to carry its day shows (combine/minor.py: ``CARRIER``).
"""
from __future__ import annotations

import argparse
import difflib
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import event_inputs as inputs  # noqa: E402

from generator.combine.minor import unsupported  # noqa: E402
from generator.model import REACTION, Event, Timeline  # noqa: E402
from generator.rank.importance import central_entities  # noqa: E402
from generator.rank.reports import LEAD_CHARS, as_day  # noqa: E402
from generator.rank.terms import entity_terms  # noqa: E402
from generator.store.plain import from_data  # noqa: E402
from generator.yaml_load import load as yaml_load  # noqa: E402

HERE = Path(__file__).resolve().parent
GRADES = HERE / "events_grades"
# Development samples only: grades of held-out and fresh inputs are never read here.
DEV_GRADES = {
    "news 1st half": ("v24g_before_dev_2047.yml", "v24g_after_dev_2047.yml", "v24n_before_dev_2047.yml",
                      "v24n_after_regrade_dev_2047.yml"),
    "T17 MJ": ("v24c_before_mj_2060.yml", "v24c_after_mj_2060.yml"),
}
RECALL_TOPICS = ("T17 MJ", "T17 bpoil")
# A title this close to a graded one (difflib's ratio), of the same date, is that event.
SAME_TITLE = 0.75
# A lead shorter than ``rank.reports.LEAD_CHARS``, tabulated beside it.
SHORT_LEAD_CHARS = 200
# Grades that mean the event should not be shown whatever its title or date.
UNWANTED = frozenset({"trivia", "not_a_happening", "duplicate"})


@dataclass(frozen=True)
class Graded:
    grade: str
    event: Event
    shown: bool


def load_input(name: str, as_is: bool = False) -> tuple[inputs.Input, Timeline]:
    """An input and its timeline: extracted again if stale, unless ``as_is``."""
    news = inputs.news_inputs()
    everything = {i.name: i for i in [*news, *inputs.t17_inputs()]}
    shared = {n.name: news[0].folder for n in news[1:]}
    item = everything[name]
    path = item.timeline if as_is else inputs.ensure_extracted(item, shared.get(name))
    return item, from_data(yaml_load(path.read_text(encoding="utf-8")))


def graded_events(name: str, timeline: Timeline) -> tuple[list[Graded], int]:
    """The dev grades of ``name`` matched to ``timeline``'s events (the latest
    grade of an event graded twice), and how many found no event."""
    by_title = {e.title: e for e in timeline.events}
    by_id = {e.id: e for e in timeline.events}
    by_date: dict[str, list[Event]] = defaultdict(list)
    for e in timeline.events:
        by_date[str(e.date)].append(e)
    found: dict[str, Graded] = {}
    missed = 0
    for file in DEV_GRADES[name]:
        text = (GRADES / file).read_text(encoding="utf-8")
        comments = {line.split(":")[0].strip(): line.split("#", 1)[1] for line in text.splitlines() if line.startswith("  ") and "#" in line}
        for gid, grade in (yaml.safe_load(text).get("grades") or {}).items():
            if not grade or grade == "no_event":
                continue
            date, _, title = comments.get(gid, " | ").strip().partition(" | ")
            event = by_title.get(title) or _closest(title, by_date.get(date, [])) or by_id.get(gid)
            if event is None:
                missed += 1
                continue
            found[event.id] = Graded(grade, event, event.shown)
    return list(found.values()), missed


def _closest(title: str, events: list[Event]) -> Event | None:
    scored = [(difflib.SequenceMatcher(None, title, e.title).ratio(), e.id, e) for e in events]
    best = max(scored, default=None, key=lambda s: s[:2])
    return best[2] if best and best[0] >= SAME_TITLE else None


def signals(event: Event, timeline: Timeline, central: dict[str, str]) -> dict[str, object]:
    """An event's support signals, each a small value to tabulate."""
    titles = {s.id: s.title for s in timeline.sources}
    reports = event.reports
    return {
        "sources": min(event.source_count, 3),
        "articles (reactions too)": min(len(event.source_ids), 3),
        f"lead (evidence in first {LEAD_CHARS} chars)": any(x.span[0] < LEAD_CHARS for x in reports),
        f"lead {SHORT_LEAD_CHARS}": any(x.span[0] < SHORT_LEAD_CHARS for x in reports),
        "title words in evidence": max((_title_share(titles.get(x.source, ""), x.text) for x in reports), default=0.0) >= 0.5,
        "date stated in text": any(x.date_span is not None for x in reports),
        "date basis": event.date_basis,
        "day": as_day(event.date) is not None,
        "status": event.status,
        "central names": min(sum(t in central for t in entity_terms(event)), 2),
        "reactions": min(sum(x.kind == REACTION for x in event.sources), 1),
        "quotes": min(len(event.quotes), 1),
        "people or organisations": min(len(event.people) + len(event.organisations), 2),
    }


def _title_share(title: str, text: str) -> float:
    words = {w for w in _words(title) if len(w) > 3}
    return len(words & set(_words(text))) / len(words) if words else 0.0


def _words(text: str) -> list[str]:
    return "".join(c.lower() if c.isalnum() else " " for c in text).split()


def print_signals(name: str) -> None:
    _, timeline = load_input(name)
    graded, missed = graded_events(name, timeline)
    central = central_entities(timeline, [e for e in timeline.events if e.shown])
    grades = Counter(g.grade for g in graded)
    print(f"\n## {name}: {len(graded)} graded events matched ({missed} grades found no event): {dict(grades)}")
    table: dict[str, dict[object, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for g in graded:
        for signal, value in signals(g.event, timeline, central).items():
            table[signal][value][g.grade] += 1
            table[signal][value]["shown" if g.shown else "hidden"] += 1
    print(f"{'signal':38} {'value':>10} {'events':>6} {'usable':>7} {'unwanted':>8} {'shown':>6}")
    for signal, values in table.items():
        for value, counts in sorted(values.items(), key=lambda kv: str(kv[0])):
            n = counts["shown"] + counts["hidden"]
            unwanted = sum(counts[k] for k in UNWANTED)
            print(f"{signal:38} {str(value):>10} {n:6} {100 * counts['usable'] / n:6.0f}% {100 * unwanted / n:7.0f}% {counts['shown']:6}")


def gold_days(item: inputs.Input) -> set[str]:
    data = yaml.safe_load((item.corpus.parent / "gold.yml").read_text(encoding="utf-8"))
    return {str(entry["date"]) for t in data["timelines"] for entry in t["entries"]}


def print_recall(name: str, as_is: bool = False) -> None:
    item, timeline = load_input(name, as_is)
    days = gold_days(item)
    central = central_entities(timeline, timeline.events)
    carriers = {e.id for e in timeline.events if e.shown and len(e.source_ids) == 1 and unsupported(e, central)}
    shown = {str(d) for e in timeline.events if e.shown and (d := as_day(e.date))}
    supported = {str(d) for e in timeline.events if e.shown and e.id not in carriers and (d := as_day(e.date))}
    anything = {str(d) for e in timeline.events if (d := as_day(e.date))}
    count = sum(e.shown for e in timeline.events)
    print(f"{name}: {len(days)} gold days; a shown event on {len(days & shown)} ({100 * len(days & shown) / len(days):.1f}%; "
          f"{len(days & shown - supported)} of them only by an event kept to carry its day), "
          f"any event on {len(days & anything)} ({100 * len(days & anything) / len(days):.1f}%); "
          f"{count} of {len(timeline.events)} events shown, {len(carriers)} kept to carry their day")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--recall", action="store_true", help="gold-date recall of shown events on T17 MJ and bpoil")
    parser.add_argument("--inputs", nargs="+", metavar="NAME", help="the inputs (default: all of the mode's)")
    parser.add_argument("--as-is", action="store_true",
                        help="with --recall: the input's cached timeline as it stands (another commit's output), not extracted again")
    args = parser.parse_args(argv)
    for name in args.inputs or (RECALL_TOPICS if args.recall else DEV_GRADES):
        if args.recall:
            print_recall(name, args.as_is)
        else:
            print_signals(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
