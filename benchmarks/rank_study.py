"""The generator's own ranking (generator/rank/) on Timeline17, each of its
choices made leave-one-topic-out: for each of the five topics, the variant
best on the other four is scored on it, and the report gives the held-out
average beside the in-sample figures and the choice made for each topic.

Sections:

- **Damping** of a day that repeats a picked neighbour (rank.days.Damping):
  none, and every radius (1-3 days), factor (×0.75, ×0.5, ×0) and
  similarity threshold (any, cosine ≥ 0.3, 0.5, 0.7), chosen by Date F1.
- **Summaries** (rank.summary): 1-3 sentences, leads first or not, chosen
  by alignment ROUGE-1 F on the held-out damping.
- **Events by importance** (rank.importance): the days of the N most
  important events, with the signals' weights as shipped, each signal alone,
  and the shipped weights without each signal: which event-level evidence
  picks the journalists' days (nothing chosen here; a check of importance).

The input is each task's windowed timeline (tls_data.in_window) read into
the generator's records, the same the ``key-events`` command reads.
"""
from __future__ import annotations

import dataclasses
import math
from datetime import date

import tls_metrics
from generator.model import Importance
from generator.rank import importance as imp
from generator.rank.assess import Assessment, assess, key_day, key_days
from generator.rank.days import DAMPING, Damping
from generator.rank.reports import as_day
from generator.rank.summary import SENTENCES
from generator.store.plain import from_data, plain

NO_DAMPING = Damping(factor=1.0)
DAMPINGS = [NO_DAMPING] + [Damping(r, s, f) for r in (1, 2, 3) for f in (0.75, 0.5, 0.0) for s in (0.0, 0.3, 0.5, 0.7)]
SUMMARIES = [(k, leads) for k in (1, 2, 3) for leads in (True, False)]


def label(d: Damping) -> str:
    if d.factor == 1.0:
        return "no damping"
    return f"±{d.neighbours}d ×{d.factor:g}" + (f" if cos ≥ {d.same_thing:g}" if d.same_thing else "")


class Study:
    """The tasks with their assessments made once."""

    def __init__(self, tasks: list) -> None:
        self.tasks = tasks
        self.assessments = [assess(from_data(plain(t.timeline))) for t in tasks]
        self.topics = list(dict.fromkeys(t.gold.topic for t in tasks))
        self.event_day = [{e.id: as_day(e.date) for e in a.timeline.events} for a in self.assessments]
        self.reported = [{(r.event, r.day) for r in a.reports} for a in self.assessments]
        self._days: dict = {}

    def days(self, i: int, damping: Damping, sentences: int = SENTENCES, leads_first: bool = True) -> dict[date, list[str]]:
        key = (i, damping, sentences, leads_first)
        if key not in self._days:
            task = self.tasks[i]
            picked = key_days(self.assessments[i], *task.window, task.gold.n, damping, sentences, leads_first)
            self._days[key] = {date.fromisoformat(d.date): [d.summary] for d in picked}
        return self._days[key]

    def scores(self, output: dict[date, list[str]], i: int, rouge: bool) -> tuple:
        gold = self.tasks[i].gold.entries
        dates = tls_metrics.date_prf(output, gold)
        if not rouge:
            return dates, None
        return dates, tls_metrics.align_rouge(output, gold)[1]

    def indices(self, topics: set[str]) -> list[int]:
        return [i for i, t in enumerate(self.tasks) if t.gold.topic in topics]


def _avg(rows: list[tuple], k: int) -> tls_metrics.PRF:
    return tls_metrics.average(r[k] for r in rows)


def loto(study: Study, variants: list, score, key: int) -> tuple[list[tuple], dict[str, object]]:
    """Each topic scored with the variant best (on averaged ``key``: 0 Date,
    1 AR-1 F1) on the other four; ties: the earlier variant."""
    table = {v: [score(v, i) for i in range(len(study.tasks))] for v in variants}
    held: list = [None] * len(study.tasks)
    chosen = {}
    for topic in study.topics:
        train = study.indices(set(study.topics) - {topic})
        best = max(variants, key=lambda v: (_avg([table[v][i] for i in train], key).f1, -variants.index(v)))
        chosen[topic] = best
        for i in study.indices({topic}):
            held[i] = table[best][i]
    return held, chosen


def row(name: str, rows: list[tuple], note: str = "") -> str:
    d = _avg(rows, 0)
    ar1 = f"{_avg(rows, 1).f1:.3f}" if rows[0][1] is not None else ""
    return f"| {name} | {d.precision:.3f} | {d.recall:.3f} | **{d.f1:.3f}** | {ar1} | {note} |"


HEADER = ["| variant | Date P | Date R | Date F1 | AR-1 F | chosen for each held-out topic |", "|---|---:|---:|---:|---:|---|"]


def events_by_importance(study: Study, i: int, weights: dict[str, float]) -> dict[date, list[str]]:
    """The days of the N most important events (importance recomputed from
    its reasons' counts with ``weights``), each with the generator's summary."""
    a: Assessment = study.assessments[i]
    task = study.tasks[i]
    start, end = task.window
    score = {e: _score(importance, weights) for e, importance in a.importance.items()}
    days: list[date] = []
    for event_id in sorted(score, key=lambda e: (-score[e], e)):
        day = study.event_day[i][event_id]
        if day and start <= day <= end and day not in days and (event_id, day) in study.reported[i]:
            days.append(day)
        if len(days) == task.gold.n:
            break
    by_id = {e.id: e for e in a.timeline.events}
    return {d: [key_day(a, d, by_id).summary] for d in days}


def _score(importance: Importance, weights: dict[str, float]) -> float:
    signals = {s.name: s for s in imp.SIGNALS}
    return sum(dataclasses.replace(signals[r.signal], weight=weights.get(r.signal, 0.0)).value(r.count)
               for r in importance.reasons if r.signal in signals)


def report(tasks: list) -> str:
    study = Study(tasks)
    out = ["## The generator's ranking, its choices left out topic by topic (benchmarks/rank_study.py)", ""]

    def dated(d: Damping, i: int) -> tuple:
        return study.scores(study.days(i, d), i, rouge=False)

    held, chosen = loto(study, DAMPINGS, dated, 0)
    best = max(DAMPINGS, key=lambda d: (_avg([dated(d, i) for i in range(len(tasks))], 0).f1, -DAMPINGS.index(d)))
    out += [f"### Damping a day that repeats a picked neighbour ({len(DAMPINGS)} variants, chosen by Date F1)", ""] + HEADER
    for d in [NO_DAMPING, DAMPING, best]:
        note = "shipped (rank.days.DAMPING)" if d == DAMPING else ("in-sample best" if d == best else "")
        out.append(row(label(d), [dated(d, i) for i in range(len(tasks))], note))
    out.append(row("**leave-one-topic-out**", held, "; ".join(f"{t}: {label(d)}" for t, d in chosen.items())))
    out.append("")

    def summarized(v: tuple, i: int, damping: Damping) -> tuple:
        return study.scores(study.days(i, damping, *v), i, rouge=True)

    out += ["### Summaries (on each topic's held-out damping; chosen by AR-1 F)", ""] + HEADER
    for v in SUMMARIES:
        note = "shipped" if v == (SENTENCES, True) else ""
        out.append(row(f"{v[0]} sentence{'s' if v[0] > 1 else ''}{', leads first' if v[1] else ''}",
                       [summarized(v, i, DAMPING) for i in range(len(tasks))], note))
    held_s, chosen_s = loto(study, SUMMARIES, lambda v, i: summarized(v, i, chosen[tasks[i].gold.topic]), 1)
    out.append(row("**leave-one-topic-out: damping and summary**", held_s,
                   "; ".join(f"{t}: {label(chosen[t])}, {v[0]} sentences{', leads first' if v[1] else ''}" for t, v in chosen_s.items())))
    out.append("")

    shipped = {s.name: s.weight for s in imp.SIGNALS}
    variants = {"as shipped": shipped}
    variants.update({f"{name} alone": {name: 1.0} for name in shipped})
    variants.update({f"without {name}": {k: w for k, w in shipped.items() if k != name} for name in shipped})
    out += ["### Events by importance: the days of the N most important events (a check of rank.importance; nothing chosen)", "",
            "| weights | Date P | Date R | Date F1 | AR-1 F | |", "|---|---:|---:|---:|---:|---|"]
    for name, weights in variants.items():
        rows = [study.scores(events_by_importance(study, i, weights), i, rouge=True) for i in range(len(tasks))]
        out.append(row(name, rows, ", ".join(f"{k} {w:g}" for k, w in weights.items() if not math.isclose(w, 0))))
    return "\n".join(out)
