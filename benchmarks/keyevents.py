"""Key events (issue 18) scored as timeline summarization on Timeline17.

The published protocol (../shared/benchmarks/timeline17/README.md): each of
the 11 gold timelines of the five topics is one task; its input is the
topic's articles published between the timeline's first and last date; a
system returns as many days as the gold timeline has (N), each with a short
summary. Scores (benchmarks/tls_metrics.py): Date P/R/F1 (exact day) and
alignment-based ROUGE-1/2 F ("align+ m:1"), per timeline and averaged over the
11 (P and R averaged, F of the averages).

How the input is made: each topic is extracted once with the generator's CLI
(``python -m generator extract --corpus <topic>/corpus --timeline
.cache/bench/timeline17/<topic>/timeline.yml --jobs 2``; its per-article
cache sits beside that file), and each task's input is that timeline cut to
the articles published in the task's window (tls_data.in_window).

Systems (``--system``, repeatable; default pubcount and cli):
  pubcount  days by articles published, lead sentence of the day's first article
  signals   the study's recommended ranking and summary (tls_study.RECOMMENDED)
  cli       ``python -m generator key-events`` (issue 18): the generator's
            ranking (generator/rank/), run on each task's timeline

``--study`` adds the ranking-signal study (tls_study.py): each signal and
combination in-sample and leave-one-topic-out, the oracle ceiling, and the
summary choices. ``--rank-study`` adds the generator's own choices (its
damping of repeated days, its summaries, its events' importance) made
leave-one-topic-out (rank_study.py).

Usage::

    .venv/bin/python benchmarks/keyevents.py [--system NAME ...] [--study]
        [--topics bpoil,MJ] [--re-extract] [--dump FILE]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tls_data  # noqa: E402
import tls_metrics  # noqa: E402
import tls_systems  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout (a worktree may sit one level deeper).
DATA = next((p / "shared" / "benchmarks" / "timeline17" for p in ROOT.parents if (p / "shared" / "benchmarks" / "timeline17").is_dir()),
            ROOT.parent / "shared" / "benchmarks" / "timeline17")
CACHE = ROOT / ".cache" / "bench" / "timeline17"

# Published figures, shown under every table: (label, Date F1, AR-1 F, AR-2 F).
REFERENCE = [
    ("PubCount on these 11 timelines (README)", 0.600, None, None),
    ("PubCount, news-tls Table 4 (all 19 T17 timelines)", 0.481, 0.105, 0.027),
    ("Datewise, news-tls Table 4 (all 19 T17 timelines)", 0.544, 0.120, 0.035),
    ("issue 18 targets (these 11)", 0.65, 0.12, None),
]


@dataclass(frozen=True)
class Task:
    """One gold timeline and its input: the topic's timeline cut to the window."""

    gold: tls_data.GoldTimeline
    timeline: dict
    corpus: Path

    @property
    def window(self) -> tuple[date, date]:
        return self.gold.window


@dataclass(frozen=True)
class Result:
    task: Task
    output: list[tuple[date, str]]
    dates: tls_metrics.PRF
    ar1: tls_metrics.PRF
    ar2: tls_metrics.PRF


def extract(topic: str, data: Path, cache: Path, force: bool = False, jobs: int = 2) -> Path:
    """The topic's extracted timeline, extracting it first when missing (or
    when ``force``: cheap while the extractor's per-article cache is warm)."""
    timeline = cache / topic / "timeline.yml"
    if timeline.exists() and not force:
        return timeline
    timeline.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "generator", "extract", "--corpus", str(data / topic / "corpus"),
               "--timeline", str(timeline), "--jobs", str(jobs), "--no-daemon"]
    print(f"extracting {topic} ({' '.join(command[1:])}) …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise SystemExit(f"extracting {topic} failed ({done.returncode}): {done.stderr.strip().splitlines()[-1:]}")
    print(f"  {topic}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return timeline


def load_tasks(data: Path, cache: Path, topics: list[str], force: bool = False) -> list[Task]:
    tasks = []
    for topic in topics:
        timeline = tls_data.load_timeline(extract(topic, data, cache, force))
        dropped = tls_data.repair(timeline)
        if dropped:
            print(f"{topic}: {dropped} date_span outside its evidence's span dropped (an extraction before cdd67ac; see tls_data.repair)",
                  file=sys.stderr)
        for gold in tls_data.load_gold(data / topic):
            tasks.append(Task(gold, tls_data.in_window(timeline, *gold.window), data / topic / "corpus"))
    return tasks


def score(task: Task, output: list[tuple[date, str]]) -> Result:
    pred = {d: [s] for d, s in output}
    rouge = tls_metrics.align_rouge(pred, task.gold.entries)
    return Result(task, output, tls_metrics.date_prf(pred, task.gold.entries), rouge[1], rouge[2])


def run(system: tls_systems.System, tasks: list[Task]) -> list[Result]:
    """Run a system on every task; its output is checked against the protocol
    (distinct days, at most N of them)."""
    results = []
    for task in tasks:
        output = system(task.timeline, task.window, task.gold.n)
        days = [d for d, _ in output]
        if len(set(days)) != len(days):
            raise ValueError(f"{task.gold.name}: the system returned a day twice")
        if len(output) > task.gold.n:
            raise ValueError(f"{task.gold.name}: the system returned {len(output)} days, N is {task.gold.n}")
        results.append(score(task, output))
    return results


@dataclass(frozen=True)
class Averages:
    dates: tls_metrics.PRF
    ar1: tls_metrics.PRF
    ar2: tls_metrics.PRF


def averages(results: list[Result]) -> Averages:
    return Averages(*(tls_metrics.average(getattr(r, k) for r in results) for k in ("dates", "ar1", "ar2")))


def table(name: str, results: list[Result]) -> str:
    """Per-timeline figures, their averages and the published ones, as a Markdown table."""
    lines = [f"### {name}", "",
             "| topic | timeline | N | Date P | Date R | Date F1 | AR-1 F | AR-2 F |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        g = r.task.gold
        lines.append(f"| {g.topic} | {g.short_name} | {g.n} | {r.dates.precision:.3f} | {r.dates.recall:.3f} | "
                     f"{r.dates.f1:.3f} | {r.ar1.f1:.3f} | {r.ar2.f1:.3f} |")
    avg = averages(results)
    lines.append(f"| **average** | {len(results)} timelines | | {avg.dates.precision:.3f} | {avg.dates.recall:.3f} | "
                 f"**{avg.dates.f1:.3f}** | **{avg.ar1.f1:.3f}** | **{avg.ar2.f1:.3f}** |")
    for label, f1, ar1, ar2 in REFERENCE:
        cells = [f"{x:.3f}" if x is not None else "" for x in (f1, ar1, ar2)]
        lines.append(f"| *published* | *{label}* | | | | {cells[0]} | {cells[1]} | {cells[2]} |")
    return "\n".join(lines)


TITLES = {
    "pubcount": "pubcount: days by articles published; the day's most central lead sentence",
    "signals": "signals: the study's recommendation (tls_study.RECOMMENDED_*: chosen on all 11 timelines, "
               "so in-sample; held-out figures in the study)",
    "cli": "cli: python -m generator key-events (generator/rank/; its choices made leave-one-topic-out in rank_study.py)",
}


def beside(runs: dict[str, list[Result]]) -> str:
    """Date F1 and AR-1 F of every system run, per timeline, side by side."""
    names = list(runs)
    lines = ["### Side by side: Date F1 / AR-1 F per timeline", "",
             "| topic | timeline | N | " + " | ".join(f"{n} Date F1 | {n} AR-1" for n in names) + " |",
             "|---|---|---:|" + "---:|---:|" * len(names)]
    for i, r in enumerate(runs[names[0]]):
        g = r.task.gold
        cells = " | ".join(f"{runs[n][i].dates.f1:.3f} | {runs[n][i].ar1.f1:.3f}" for n in names)
        lines.append(f"| {g.topic} | {g.short_name} | {g.n} | {cells} |")
    avgs = {n: averages(results) for n, results in runs.items()}
    lines.append(f"| **average** | {len(runs[names[0]])} timelines | | " + " | ".join(f"**{avgs[n].dates.f1:.3f}** | **{avgs[n].ar1.f1:.3f}**" for n in names) + " |")
    return "\n".join(lines)


def systems_by_name(names: list[str], tasks: list[Task]) -> dict[str, tls_systems.System]:
    import tls_study

    known = {
        "pubcount": lambda: tls_systems.pubcount(sorted({t.corpus for t in tasks})),
        "signals": lambda: tls_study.recommended_system(),
        "cli": lambda: tls_systems.cli_system(),
    }
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"unknown --system {', '.join(unknown)}: choose from {', '.join(known)}")
    return {n: known[n]() for n in names}


def dump(path: Path, runs: dict[str, list[Result]]) -> None:
    """Outputs and gold of every run as JSON (for tls_metrics_check.py)."""
    data = {name: [{"topic": r.task.gold.topic, "timeline": r.task.gold.name,
                    "pred": {d.isoformat(): [s] for d, s in r.output},
                    "gold": {d.isoformat(): list(s) for d, s in r.task.gold.entries.items()},
                    "scores": {"date": [r.dates.precision, r.dates.recall], "ar1": [r.ar1.precision, r.ar1.recall],
                               "ar2": [r.ar2.precision, r.ar2.recall]}}
                   for r in results] for name, results in runs.items()}
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="Timeline17 folder (default: ../shared/benchmarks/timeline17)")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where each topic's extracted timeline.yml is kept")
    parser.add_argument("--topics", default=",".join(tls_data.TOPICS), help="comma-separated topics (default: all five)")
    parser.add_argument("--system", action="append", help="pubcount, signals or cli (repeatable; default: pubcount and cli)")
    parser.add_argument("--study", action="store_true", help="also run the ranking-signal study (tls_study.py)")
    parser.add_argument("--rank-study", action="store_true", help="also run the study of the generator's own choices (rank_study.py)")
    parser.add_argument("--re-extract", action="store_true", help="run the extractor again even where a timeline.yml is cached")
    parser.add_argument("--dump", type=Path, help="write every run's outputs and scores to this JSON file")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    topics = [t for t in args.topics.split(",") if t]
    tasks = load_tasks(args.data, args.cache, topics, args.re_extract)
    print(f"# Key events on Timeline17: {len(tasks)} timelines of {len(topics)} topics "
          f"(input ready in {time.perf_counter() - started:.0f} s)\n")
    names = args.system or ["pubcount", "cli"]
    systems = systems_by_name(names, tasks)
    runs: dict[str, list[Result]] = {}
    failed = False
    for name, system in systems.items():
        try:
            runs[name] = run(system, tasks)
        except tls_systems.SystemUnavailable as error:
            print(f"### {name}\n\nnot run: {error}\n")
            failed = True
            continue
        print(table(TITLES.get(name, name), runs[name]) + "\n")
    if len(runs) > 1:
        print(beside(runs) + "\n")
    if args.study:
        import tls_study

        print(tls_study.report(tasks))
    if args.rank_study:
        import rank_study

        print(rank_study.report(tasks))
    if args.dump:
        dump(args.dump, runs)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
