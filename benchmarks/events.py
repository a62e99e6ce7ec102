"""Events a reader can use (issue 14): how today's timeline reads, event by
event, on real news.

    python benchmarks/events.py                      (or: make bench-events)
    python benchmarks/events.py --sample 50 --seed 14 [--input news] [--grades-template FILE]
    python benchmarks/events.py --examples 5 --inputs "news 1st half"

Inputs (benchmarks/event_inputs.py), each extracted by the generator's own
CLI (``python -m generator extract --jobs 2``) into ``.cache/bench/events/``
once, and again only when the generator's code or the articles change:

- news: the first 300 articles of ../shared/benchmarks/news/ in name order
  whose title or text names a place of Iraq, Iran, Israel–Palestine,
  Lebanon, Jordan or Syria (REGION_PLACES there); also each half of them
  (name order) extracted alone: errors are read from the 1st half only,
  the 2nd half is held out;
- the five Timeline17 topics of ../shared/benchmarks/timeline17/, a topic's
  whole corpus as one input;
- seeds: the repo's own corpus/ (two articles), for the seed check;
- polnear: 300 of PolNeAR's 840 articles on the 2016 US election
  (../shared/benchmarks/polnear/), chosen by the sha256 of their file stem
  (POLNEAR_RULE there), measured only when named (``--inputs polnear``):
  held out as a whole, no examples are printed for it (totals and hand
  grades only); it has no gold timeline.

Printed per input: events per article; share of events with 2+ sources;
titles of 1–3 words, ending in a reporting verb, without a finite verb
(headline passives such as "Saddam trial adjourned" count), with dropped words,
duplicated (another event has the same title, case-folded); events dated
by a number that is not a year; events with no day, and undated; events on
the page of a "person" who is not a person (benchmarks/events_not_people.txt,
a list checked by hand). Then: pairwise and B-cubed precision and recall of
the events against a gold of same-happening sentences (benchmarks/events_gold/:
dev.yml on the 1st half, heldout.yml on the 2nd); for a few real happenings of the news input
(benchmarks/events_happenings.yml), how many events each is split into and
how many sources its biggest event has; the seed check; the hand grades in
benchmarks/events_grades/ summarised. The targets of issue 14 are printed
beside the figures.

``--sample N --seed S`` prints N events of one input drawn at random
(events sorted by id, ``random.Random(S).sample``) for grading by hand;
``--grades-template FILE`` also writes them as a grades file to fill in.
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import event_gold as gold  # noqa: E402
import event_inputs as inputs  # noqa: E402
import event_metrics as metrics  # noqa: E402

HERE = Path(__file__).resolve().parent
NOT_PEOPLE = HERE / "events_not_people.txt"
HAPPENINGS = HERE / "events_happenings.yml"
GRADES_DIR = HERE / "events_grades"
# Same-happening gold per input: the dev half's made while tuning, the held-out half's after.
GOLD = {"news 1st half": HERE / "events_gold" / "dev.yml", "news 2nd half": HERE / "events_gold" / "heldout.yml"}
HAPPENINGS_INPUT = "news"
# Held out: nobody reads their errors, so --examples prints none of them.
HELD_OUT = ("news 2nd half", "polnear")
# Measured only when named in --inputs.
NAMED_ONLY = ("polnear",)
SEED_SUMMIT_DATE = "2025-09-04"
SEED_SUMMIT = re.compile(r"Paris summit|26 (?:countries|of Ukraine)|Macron")
SEED_PERSON = "xi jinping"

# How a sampled event is graded: written at the top of every grades file.
GRADING_GUIDE = (
    "# Grade each event as a demanding news editor would, reading its evidence in the article: the first",
    "# of these that applies (a comment after the grade may name the others):",
    "#   not_a_happening  nothing happened: background, a description, an opinion or comment with no act,",
    "#                    a forecast or a plan shown as if it happened (or one the article says was called off)",
    "#   trivia           a happening, but not worth a line in a timeline of this story (a side detail,",
    "#                    a condolence cable, a poll, a sports result)",
    "#   duplicate        another event of this timeline reports the same happening as well or better",
    "#   garbled_title    not a headline an editor would accept: a bare noun or verb, a reporting clause,",
    "#                    words cut out, a subject the reader cannot identify",
    "#   wrong_date       wrong, missing (undated though the article dates it or its publication bounds it),",
    "#                    or a range or approximate date turned into a point",
    "#   usable           none of these: a reader can use it as it stands",
    "#   no_event         (re-grades of an earlier sample only) no longer an event of its own: dropped, or",
    "#                    shown under another event as a reaction",
)
TARGET_USABLE = 85.0
TARGET_SHORT = 2.0
TARGET_DUPLICATE = 2.0


@dataclass(frozen=True)
class Figures:
    """One input's figures (counts; shares are taken of ``events``)."""

    name: str
    articles: int
    events: int
    multi_source: int
    short: int
    reporting: int
    no_verb: int
    dropped: int
    duplicate: int
    non_year: int
    no_day: int
    undated: int
    not_people: int  # such "people" in the timeline
    not_people_events: int
    off_story: int  # marked off the story, not shown (and not counted above)
    minor: int  # marked minor, not shown (and not counted above)
    gold_days: int  # Timeline17: the topic's gold timelines' days (all timelines together)
    gold_days_kept: int  # of them, the days a shown event is dated


@dataclass(frozen=True)
class Loaded:
    """An input's timeline with the article bodies its offsets index into."""

    item: inputs.Input
    timeline: metrics.Timeline

    def body_of(self, source_id: str) -> str | None:
        return _body(self.item.corpus / self.timeline.sources[source_id].file)

    def published_year(self, source_id: str) -> int | None:
        return metrics.year_of(self.timeline.sources[source_id].published)


@cache
def _body(path: Path) -> str | None:
    try:
        return inputs.split_article(path.read_text(encoding="utf-8"))[1]
    except (OSError, UnicodeDecodeError):
        return None


def load(item: inputs.Input, shared_cache: Path | None = None) -> Loaded:
    return Loaded(item, metrics.load_timeline(inputs.ensure_extracted(item, shared_cache)))


def non_years(loaded: Loaded) -> list[metrics.NonYear]:
    found = (metrics.non_year_date(e, loaded.body_of, loaded.published_year) for e in loaded.timeline.events)
    return [f for f in found if f]


def figures(loaded: Loaded, not_people_lists: dict[str, set[str]]) -> Figures:
    events = loaded.timeline.events
    fake = {p.id for p in metrics.not_people(loaded.timeline, metrics.names_for(not_people_lists, loaded.item.name))}
    return Figures(
        name=loaded.item.name,
        articles=len(loaded.timeline.sources),
        events=len(events),
        multi_source=sum(len(e.sources) >= 2 for e in events),
        short=sum(metrics.is_short(e.title) for e in events),
        reporting=sum(metrics.ends_in_reporting_verb(e.title) for e in events),
        no_verb=sum(metrics.without_verb([e.title for e in events])),
        dropped=sum(bool(metrics.dropped_word_signs(e.title)) for e in events),
        duplicate=len(metrics.duplicate_titles(events)),
        non_year=len(non_years(loaded)),
        no_day=sum(not metrics.has_day(e.date) for e in events),
        undated=sum(e.date is None for e in events),
        not_people=len(fake),
        not_people_events=len(metrics.events_of(loaded.timeline, fake)),
        off_story=loaded.timeline.off_story,
        minor=loaded.timeline.minor,
        gold_days=len(gold := gold_days(loaded.item)),
        gold_days_kept=len(gold & {e.date[:10] for e in events if metrics.has_day(e.date) and "/" not in e.date}),
    )


def gold_days(item: inputs.Input) -> set[str]:
    """The days of a Timeline17 topic's gold timelines (YYYY-MM-DD); none for other inputs."""
    path = item.corpus.parent / "gold.yml"
    if not item.name.startswith("T17 ") or not path.exists():
        return set()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    return {str(entry["date"]) for timeline in data["timelines"] for entry in timeline["entries"]}


# --- printing ----------------------------------------------------------------


def _share(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}% ({count})" if total else "–"


ROWS = (  # (label, cell, target)
    ("articles", lambda f: str(f.articles), ""),
    ("events (shown on the site)", lambda f: str(f.events), ""),
    ("off the story (marked, not shown)", lambda f: _share(f.off_story, f.events + f.off_story + f.minor), ""),
    ("minor (marked, not shown)", lambda f: _share(f.minor, f.events + f.off_story + f.minor), ""),
    ("events per article", lambda f: f"{f.events / f.articles:.2f}" if f.articles else "–", ""),
    ("events with 2+ sources", lambda f: _share(f.multi_source, f.events), ""),
    ("titles of 1–3 words", lambda f: _share(f.short, f.events), f"< {TARGET_SHORT:g}%"),
    ("titles ending in a reporting verb", lambda f: _share(f.reporting, f.events), ""),
    ("titles without a verb", lambda f: _share(f.no_verb, f.events), ""),
    ("titles with dropped words", lambda f: _share(f.dropped, f.events), ""),
    ("duplicate titles", lambda f: _share(f.duplicate, f.events), f"< {TARGET_DUPLICATE:g}%"),
    ("dated by a non-year number", lambda f: str(f.non_year), "0"),
    ("no day (undated or coarser)", lambda f: _share(f.no_day, f.events), ""),
    ("undated", lambda f: _share(f.undated, f.events), ""),
    ("non-people among people", lambda f: str(f.not_people), ""),
    ("events on non-people's pages", lambda f: _share(f.not_people_events, f.events), ""),
    ("T17 gold days with a shown event that day", lambda f: _share(f.gold_days_kept, f.gold_days), ""),
)


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))  # noqa: E731
    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, rows)])


def print_figures(all_figures: list[Figures]) -> None:
    header = ["", *(f.name for f in all_figures), "target"]
    print(table(header, [[label, *(cell(f) for f in all_figures), target] for label, cell, target in ROWS]))


def print_examples(loaded: Loaded, count: int, not_people_lists: dict[str, set[str]]) -> None:
    """Up to ``count`` events per finding, for reading errors."""
    events = loaded.timeline.events
    rng = random.Random(0)
    pick = lambda xs: rng.sample(list(xs), min(count, len(xs)))  # noqa: E731
    print(f"\n## Examples: {loaded.item.name}")
    sections = (
        ("titles of 1–3 words", [e for e in events if metrics.is_short(e.title)]),
        ("titles ending in a reporting verb", [e for e in events if metrics.ends_in_reporting_verb(e.title)]),
        ("titles without a verb", [e for e, bare in zip(events, metrics.without_verb([e.title for e in events])) if bare]),
    )
    for label, found in sections:
        print(f"\n{label}:")
        for e in pick(found):
            print(f"  {e.id}: {e.title!r}\n      ← {e.evidence[0].text if e.evidence else ''}")
    for name, _ in metrics.DROPPED_WORD_RULES:
        found = [e for e in events if name in metrics.dropped_word_signs(e.title)]
        print(f"\ndropped words, {name} ({len(found)}):")
        for e in pick(found):
            print(f"  {e.id}: {e.title!r}\n      ← {e.evidence[0].text if e.evidence else ''}")
    counts: dict[str, list[metrics.Event]] = {}
    for e in metrics.duplicate_titles(events):
        counts.setdefault(metrics.title_key(e.title), []).append(e)
    print(f"\nduplicate titles ({len(counts)} titles), most repeated:")
    for key, group in sorted(counts.items(), key=lambda kv: -len(kv[1]))[:count]:
        print(f"  ×{len(group)} {key!r}: " + ", ".join(f"{e.date}" for e in group))
    print("\ndated by a non-year number:")
    for found in non_years(loaded)[:count * 3]:
        print(f"  {found.event.id}: date {found.event.date}, {found.reason}: {found.expression!r}\n      ← {found.evidence.text}")
    fake = metrics.not_people(loaded.timeline, metrics.names_for(not_people_lists, loaded.item.name))
    print(f"\nnon-people among people ({len(fake)}): " + ", ".join(p.name for p in fake))


def happenings_table(loaded: Loaded) -> None:
    rows = []
    for happening in metrics.read_happenings(HAPPENINGS):
        found = metrics.count_happening(happening, loaded.timeline.events)
        rows.append([happening.name, ", ".join(happening.days), str(len(found.events)), str(found.biggest_sources),
                     str(found.sources_naming), str(found.elsewhere)])
    print(f"\n## Happenings ({loaded.item.name}; {HAPPENINGS.relative_to(inputs.ROOT)}): target 1 event each, holding every source")
    print(table(["happening", "date", "events", "biggest: sources", "sources naming it", "matching, other dates"], rows))


def gold_table(loaded: dict[str, Loaded]) -> None:
    """B-cubed and pairwise scores of each input against its same-happening gold."""
    rows = []
    for name, path in GOLD.items():
        if name not in loaded or not path.exists():
            continue
        s = gold.score(gold.read_gold(path), loaded[name].timeline)
        rows.append([f"{name} ({path.name})", str(s.happenings), f"{s.sentences} ({s.not_extracted})",
                     *(f"{v:.3f}" for v in (s.b3_precision, s.b3_recall, s.f1(s.b3_precision, s.b3_recall),
                                            s.pair_precision, s.pair_recall, s.f1(s.pair_precision, s.pair_recall)))])
    if rows:
        print(f"\n## One happening, one event ({(HERE / 'events_gold').relative_to(inputs.ROOT)}/; benchmarks/event_gold.py)")
        print(table(["", "happenings", "sentences (not extracted)", "B³ P", "B³ R", "B³ F1", "pairs P", "pairs R", "pairs F1"], rows))


def seed_check(loaded: Loaded) -> None:
    seeds = set(loaded.timeline.sources)
    summit = [e for e in loaded.timeline.events
              if e.date == SEED_SUMMIT_DATE and any(SEED_SUMMIT.search(v.text) for v in e.evidence)]
    best = max((len(set(e.sources) & seeds) for e in summit), default=0)
    xi = [p for p in loaded.timeline.people.values() if any(SEED_PERSON in n.casefold() for n in (p.name, *p.aliases))]
    print("\n## Seed check (corpus/)")
    print(f"Paris summit ({SEED_SUMMIT_DATE}): {len(summit)} event(s), the best with {best} of {len(seeds)} sources: "
          f"{'PASS' if summit and best == len(seeds) else 'FAIL'} (target: one event with both sources)")
    print(f"Xi Jinping among people: {'yes' if xi else 'no'}: {'PASS' if xi else 'FAIL'}")


def grades_summary() -> None:
    files = sorted(GRADES_DIR.glob("*.yml"))
    if not files:
        return
    print(f"\n## Hand grades ({GRADES_DIR.relative_to(inputs.ROOT)}/): target ≥ {TARGET_USABLE:g}% usable as is")
    rows = []
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        grades = {str(k): v for k, v in (data.get("grades") or {}).items()}
        ungraded = [k for k, v in grades.items() if not v]
        try:
            summary = metrics.grade_summary({k: v for k, v in grades.items() if v})
        except ValueError as error:
            sys.exit(f"{path}: {error}")
        label = f"{path.stem} ({data.get('input', '?')}, seed {data.get('seed', '?')}, {len(grades) - len(ungraded)} graded)"
        rows.append([label, *(f"{share:.0f}% ({n})" for n, share in summary.values())])
    print(table(["", *metrics.GRADES], rows))


# --- the sample --------------------------------------------------------------


def sample(loaded: Loaded, size: int, seed: int) -> list[metrics.Event]:
    """``size`` events drawn at random with ``seed``, reproducibly: from the
    events sorted by id."""
    events = sorted(loaded.timeline.events, key=lambda e: e.id)
    return random.Random(seed).sample(events, min(size, len(events)))


def marked_evidence(loaded: Loaded, evidence: metrics.Evidence) -> str:
    """The evidence sentence with its date expression in «»."""
    body = loaded.body_of(evidence.source)
    if body is None or evidence.span is None or evidence.date_span is None or body[evidence.span[0]:evidence.span[1]] != evidence.text:
        return evidence.text
    (start, _), (ds, de) = evidence.span, evidence.date_span
    text = evidence.text
    return text[:ds - start] + "«" + text[ds - start:de - start] + "»" + text[de - start:]


def print_sample(loaded: Loaded, events: list[metrics.Event], seed: int) -> None:
    print(f"## Sample: {len(events)} events of {loaded.item.name} ({len(loaded.timeline.events)}), seed {seed}")
    for number, e in enumerate(events, 1):
        first = e.evidence[0] if e.evidence else None
        source = loaded.timeline.sources.get(first.source) if first else None
        print(f"\n{number}. {e.id}\n   date: {e.date}   sources: {len(e.sources)}   title: {e.title}")
        if first:
            print(f"   {source.file if source else first.source} ({source.published if source else '?'}): {marked_evidence(loaded, first)}")


def write_grades_template(path: Path, loaded: Loaded, events: list[metrics.Event], seed: int, label: str) -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=inputs.ROOT, capture_output=True, text=True).stdout.strip()
    lines = [
        f"# Hand grades of {len(events)} events of {loaded.item.name}: python benchmarks/events.py --sample {len(events)} --seed {seed} --input '{loaded.item.name}'",
        *GRADING_GUIDE,
        f"label: {label}",
        f"input: {loaded.item.name}",
        f"seed: {seed}",
        f"commit: {commit}",
        "grades:",
    ]
    for e in events:
        lines.append(f"  {e.id}:   # {e.date} | {e.title}".replace("\n", " "))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- main --------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", nargs="+", metavar="NAME",
                        help="inputs to measure, by name or prefix (news, 'news 1st half', T17, 'T17 MJ', seeds, polnear); default all but polnear")
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="print up to N examples of each finding per input")
    parser.add_argument("--sample", type=int, metavar="N", help="print N events drawn at random for hand grading (and nothing else)")
    parser.add_argument("--seed", type=int, default=14, help="the sample's random seed (default 14)")
    parser.add_argument("--input", default="news", help="the input to sample (default news)")
    parser.add_argument("--grades-template", type=Path, metavar="FILE", help="with --sample: also write the sample as a grades file to fill in")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    news = inputs.news_inputs()
    everything = [*news, *inputs.t17_inputs(), inputs.seed_input(), inputs.polnear_input()]
    shared = {n.name: news[0].folder for n in news[1:]}

    if args.sample:
        chosen = [i for i in everything if i.name == args.input]
        if not chosen:
            parser.error(f"--input: no input named {args.input!r} (one of: {', '.join(i.name for i in everything)})")
        loaded = load(chosen[0], shared.get(args.input))
        events = sample(loaded, args.sample, args.seed)
        print_sample(loaded, events, args.seed)
        if args.grades_template:
            write_grades_template(args.grades_template, loaded, events, args.seed, args.grades_template.stem)
            print(f"\ngrades to fill in: {args.grades_template}")
        return 0

    wanted = [i for i in everything if any(i.name == n or i.name.startswith(n + " ") for n in args.inputs)] if args.inputs \
        else [i for i in everything if i.name not in NAMED_ONLY]
    names = metrics.read_name_list(NOT_PEOPLE)
    loaded = {i.name: load(i, shared.get(i.name)) for i in wanted}
    measured = [figures(x, names) for name, x in loaded.items() if name != "seeds"]
    print(f"# Events a reader can use (issue 14)\nnews: {inputs.NEWS_RULE}")
    if "polnear" in loaded:
        print(f"polnear: {inputs.POLNEAR_RULE}")
    print()
    if measured:
        print_figures(measured)
    if HAPPENINGS_INPUT in loaded:
        happenings_table(loaded[HAPPENINGS_INPUT])
    gold_table(loaded)
    if "seeds" in loaded:
        seed_check(loaded["seeds"])
    grades_summary()
    for name, x in loaded.items():
        if args.examples and name != "seeds" and name not in HELD_OUT:
            print_examples(x, args.examples, names)
    print(f"\n({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
