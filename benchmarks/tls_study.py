"""Which signals pick the journalists' days? A study on Timeline17's 11 gold
timelines, for issue 18's key-events ranking.

Every signal is a count per day of the task's window, from the windowed
timeline.yml (tls_systems.day_stats):

- ``published``: articles published that day (PubCount);
- ``refs``: distinct articles whose text dates one of their reported events
  on that day (an evidence with a ``date_span`` whose date is that day: news-tls'
  "docs_total" over HeidelTime dates, here over the extractor's events);
- ``refs_later``: those of them published after the day (articles referring
  back to it);
- ``ref_sents``: sentences (evidence) dated that day by their text (news-tls'
  MentionCount);
- ``top_event``: distinct sources of the day's most-reported event.

Days are ranked by a weighted sum of log(1 + count): a product of powers of
the counts, so a topic's size (1,460 articles or 138) shifts every day alike
and no weight is tied to it. ``radius``/``damp`` lower a day whose neighbours
were already picked. Summaries are 1-3 evidence sentences of the day
(tls_systems.top_events, tls_systems.centroid).

No choice is made per topic: weights, suppression and summary are chosen on
four topics and scored on the fifth (leave-one-topic-out), and the report
gives, beside the held-out figures, the figures in-sample (best on all 11)
and the choice made for each held-out topic.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from typing import Callable

import tls_data
import tls_metrics
import tls_systems as S

# The ranking and summary recommended for issue 18, from this study (see report()).
RECOMMENDED_RANKING = S.RankedDays((("published", 0.5), ("refs_later", 1.0)), radius=1, damp=0.5)
RECOMMENDED_SUMMARY = ("top-2 events", lambda: S.top_events(2))


def recommended_system() -> S.System:
    return S.ranked_system(RECOMMENDED_RANKING, RECOMMENDED_SUMMARY[1]())


SINGLE = {
    "(a) published (PubCount)": S.PUBCOUNT,
    "(b) refs": S.RankedDays((("refs", 1.0),)),
    "(b') ref_sents (MentionCount)": S.RankedDays((("ref_sents", 1.0),)),
    "(c) refs_later": S.RankedDays((("refs_later", 1.0),)),
    "(c') refs_same": S.RankedDays((("refs_same", 1.0),)),
    "top_event": S.RankedDays((("top_event", 1.0),)),
    "(d) published + refs, linear": S.RankedDays((("published", 1.0), ("refs", 1.0)), log=False),
    "(d) log published + log refs": S.RankedDays((("published", 1.0), ("refs", 1.0))),
    "(d) log published + log refs_later": S.RankedDays((("published", 1.0), ("refs_later", 1.0))),
}

WEIGHTS = (0.0, 0.25, 0.5, 1.0)
SUPPRESSION = ((0, 1.0), (1, 0.75), (1, 0.5), (1, 0.25), (2, 0.75), (2, 0.5))


def grid() -> list[S.RankedDays]:
    """Weighted sums of log counts (weights relative: the largest is 1), each
    with and without neighbour suppression."""
    rankings = []
    for wp, wr, wl, we in itertools.product(WEIGHTS, repeat=4):
        if max(wp, wr, wl, we) != 1.0:
            continue  # only relative weights matter
        weights = (("published", wp), ("refs", wr), ("refs_later", wl), ("top_event", we))
        for radius, damp in SUPPRESSION:
            rankings.append(S.RankedDays(tuple((k, w) for k, w in weights if w), radius=radius, damp=damp))
    return rankings


SUMMARIES: dict[str, Callable[[], S.Summarizer]] = {
    "top-1 events": lambda: S.top_events(1),
    "top-2 events": lambda: S.top_events(2),
    "top-3 events": lambda: S.top_events(3),
    "centroid-1": lambda: S.centroid(1),
    "centroid-2": lambda: S.centroid(2),
    "centroid-3": lambda: S.centroid(3),
    "leads, then centroid-1": lambda: S.centroid(1, leads_first=True),
    "leads, then centroid-2": lambda: S.centroid(2, leads_first=True),
    "leads, then centroid-3": lambda: S.centroid(3, leads_first=True),
}


@dataclass(frozen=True)
class Scored:
    dates: tls_metrics.PRF
    ar1: tls_metrics.PRF | None = None
    ar2: tls_metrics.PRF | None = None


def _avg(scores: list[Scored], key: str) -> tls_metrics.PRF:
    return tls_metrics.average(getattr(s, key) for s in scores)


class Study:
    """The tasks with their day statistics computed once."""

    def __init__(self, tasks: list) -> None:
        self.tasks = tasks
        self.stats = [S.day_stats(t.timeline, t.window) for t in tasks]
        self.topics = list(dict.fromkeys(t.gold.topic for t in tasks))
        self._picks: dict[tuple[S.RankedDays, int], list[date]] = {}

    def picks(self, ranking: S.RankedDays, i: int) -> list[date]:
        key = (ranking, i)
        if key not in self._picks:
            self._picks[key] = ranking.pick(self.stats[i], self.tasks[i].gold.n)
        return self._picks[key]

    def dates(self, ranking: S.RankedDays) -> list[Scored]:
        return [Scored(tls_metrics.date_prf(self.picks(ranking, i), t.gold.entries)) for i, t in enumerate(self.tasks)]

    def full(self, ranking: S.RankedDays, summary: str) -> list[Scored]:
        summarize = SUMMARIES[summary]()
        out = []
        for i, task in enumerate(self.tasks):
            pred = {d: [summarize(self.stats[i], d)] for d in self.picks(ranking, i)}
            rouge = tls_metrics.align_rouge(pred, task.gold.entries)
            out.append(Scored(tls_metrics.date_prf(pred, task.gold.entries), rouge[1], rouge[2]))
        return out

    def indices(self, topics: set[str]) -> list[int]:
        return [i for i, t in enumerate(self.tasks) if t.gold.topic in topics]

    def loto_rankings(self, rankings: list[S.RankedDays]) -> tuple[list[Scored], dict[str, S.RankedDays]]:
        """Each topic scored with the ranking best on the other four (by
        averaged Date F1; ties: the earlier in ``rankings``, the simpler)."""
        table = {r: self.dates(r) for r in rankings}
        held_out: list[Scored | None] = [None] * len(self.tasks)
        chosen = {}
        for topic in self.topics:
            train = self.indices(set(self.topics) - {topic})
            best = max(rankings, key=lambda r: (_avg([table[r][i] for i in train], "dates").f1, -rankings.index(r)))
            chosen[topic] = best
            for i in self.indices({topic}):
                held_out[i] = table[best][i]
        return held_out, chosen  # type: ignore[return-value]

    def loto_summaries(self, chosen_rankings: dict[str, S.RankedDays]) -> tuple[list[Scored], dict[str, str]]:
        """Each topic scored with its held-out ranking and the summary best
        (by AR-1 F) on the other four topics with that same ranking."""
        cache: dict[tuple[S.RankedDays, str], list[Scored]] = {}
        held_out: list[Scored | None] = [None] * len(self.tasks)
        chosen = {}
        for topic in self.topics:
            ranking = chosen_rankings[topic]
            for name in SUMMARIES:
                if (ranking, name) not in cache:
                    cache[(ranking, name)] = self.full(ranking, name)
            train = self.indices(set(self.topics) - {topic})
            names = list(SUMMARIES)
            best = max(names, key=lambda n: (_avg([cache[(ranking, n)][i] for i in train], "ar1").f1, -names.index(n)))
            chosen[topic] = best
            for i in self.indices({topic}):
                held_out[i] = cache[(ranking, best)][i]
        return held_out, chosen  # type: ignore[return-value]


def _row(name: str, scores: list[Scored], extra: str = "") -> str:
    d = _avg(scores, "dates")
    cells = [f"{d.precision:.3f}", f"{d.recall:.3f}", f"**{d.f1:.3f}**"]
    if scores[0].ar1 is not None:
        cells += [f"{_avg(scores, 'ar1').f1:.3f}", f"{_avg(scores, 'ar2').f1:.3f}"]
    else:
        cells += ["", ""]
    return f"| {name} | " + " | ".join(cells) + f" | {extra} |"


HEADER = ["| ranking | Date P | Date R | Date F1 | AR-1 F | AR-2 F | notes |", "|---|---:|---:|---:|---:|---:|---|"]


def oracle(study: Study) -> str:
    """What share of gold days the extraction offers at all."""
    lines = ["### Oracle ceiling: gold days among the candidate days", "",
             "Share of each gold timeline's days that are a publication day of the window, a day some article's text "
             "dates an event on (day precision), either (the candidates every ranking here picks from: with N picks, "
             "Date F1 cannot exceed this share), and what the extraction gives at day precision.", "",
             "| topic | timeline | N | window days | gold: published | gold: referenced | gold: either | events with a day | evidence dated to a day by its text |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    tot = {"pub": 0, "ref": 0, "either": 0, "n": 0}
    for task, stats in zip(study.tasks, study.stats):
        gold = set(task.gold.entries)
        pub = {d for d in gold if stats.published[d]}
        ref = {d for d in gold if stats.refs[d]}
        events = task.timeline["events"]
        day_events = sum(1 for e in events if tls_data.as_day(e["date"]) is not None)
        mentions = tls_data.mentions(task.timeline)
        text_day = sum(1 for m in mentions if m.basis == "text" and m.day is not None)
        lines.append(f"| {task.gold.topic} | {task.gold.short_name} | {len(gold)} | {len(stats.days())} | "
                     f"{len(pub) / len(gold):.2f} | {len(ref) / len(gold):.2f} | {len(pub | ref) / len(gold):.2f} | "
                     f"{day_events / len(events):.2f} of {len(events)} | {text_day / len(mentions):.2f} of {len(mentions)} |")
        tot["pub"] += len(pub) / len(gold)
        tot["ref"] += len(ref) / len(gold)
        tot["either"] += len(pub | ref) / len(gold)
        tot["n"] += 1
    n = tot["n"]
    lines.append(f"| **average** | | | | {tot['pub'] / n:.3f} | {tot['ref'] / n:.3f} | **{tot['either'] / n:.3f}** | | |")
    return "\n".join(lines)


def report(tasks: list) -> str:
    study = Study(tasks)
    out = ["## Study: which signals pick the journalists' days?", "", oracle(study), ""]

    # Single signals and simple combinations: nothing to tune, in-sample = held-out.
    fixed_summary = "top-1 events"
    out += [f"### Signals alone (no parameter: in-sample = held-out; summary: {fixed_summary})", ""] + HEADER
    for name, ranking in SINGLE.items():
        out.append(_row(name, study.full(ranking, fixed_summary), ranking.label))
    out.append("")

    # Weights and suppression: in-sample best vs leave-one-topic-out.
    rankings = grid()
    in_sample = max(rankings, key=lambda r: (_avg(study.dates(r), "dates").f1, -rankings.index(r)))
    no_supp = [r for r in rankings if r.radius == 0]
    in_sample_ns = max(no_supp, key=lambda r: (_avg(study.dates(r), "dates").f1, -no_supp.index(r)))
    held, chosen = study.loto_rankings(rankings)
    held_ns, chosen_ns = study.loto_rankings(no_supp)
    out += [f"### (d, e) Weighted log sums of published, refs, refs_later, top_event, with and without neighbour suppression "
            f"({len(rankings)} rankings; chosen by Date F1)", ""] + HEADER
    out.append(_row("in-sample best, no suppression", study.dates(in_sample_ns), in_sample_ns.label))
    out.append(_row("leave-one-topic-out, no suppression", held_ns, "; ".join(f"{t}: {r.label}" for t, r in chosen_ns.items())))
    out.append(_row("in-sample best, with suppression", study.dates(in_sample), in_sample.label))
    out.append(_row("leave-one-topic-out, with suppression", held, "; ".join(f"{t}: {r.label}" for t, r in chosen.items())))
    out.append(_row("recommended (fixed from this study)", study.dates(RECOMMENDED_RANKING), RECOMMENDED_RANKING.label))
    out.append("")

    # Top rankings in-sample, to see how flat the optimum is.
    top = sorted(rankings, key=lambda r: -_avg(study.dates(r), "dates").f1)[:8]
    out += ["Best eight in-sample (how flat the optimum is):", ""] + HEADER
    out += [_row(r.label, study.dates(r)) for r in top]
    out.append("")

    # (f) Summaries.
    out += ["### (f) Summaries, on the recommended ranking (chosen by AR-1 F)", ""] + HEADER
    for name in SUMMARIES:
        out.append(_row(name, study.full(RECOMMENDED_RANKING, name)))
    held_s, chosen_s = study.loto_summaries(chosen)
    out.append(_row("leave-one-topic-out: ranking and summary", held_s,
                    "; ".join(f"{t}: {chosen[t].label}, {chosen_s[t]}" for t in study.topics)))
    out.append("")
    out += ["### Recommended, per timeline", "",
            "| topic | timeline | N | Date F1 | AR-1 F | AR-2 F |", "|---|---|---:|---:|---:|---:|"]
    for task, s in zip(study.tasks, study.full(RECOMMENDED_RANKING, RECOMMENDED_SUMMARY[0])):
        out.append(f"| {task.gold.topic} | {task.gold.short_name} | {task.gold.n} | {s.dates.f1:.3f} | {s.ar1.f1:.3f} | {s.ar2.f1:.3f} |")
    return "\n".join(out)
