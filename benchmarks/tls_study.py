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
from datetime import date, timedelta
from typing import Callable

import tls_data
import tls_metrics
import tls_systems as S

# The ranking and summary recommended for issue 18, from this study (see
# report()): the three reference/publication counts with equal weights (no
# weight fitted), no neighbour suppression; two sentences of the day's
# evidence, from articles' leads first, closest to the day's centroid.
RECOMMENDED_RANKING = S.RankedDays((("published", 1.0), ("refs", 1.0), ("refs_later", 1.0)))
RECOMMENDED_SUMMARY = "centroid-2, leads first"  # a key of SUMMARIES

SINGLE = {
    "(a) published (PubCount)": S.PUBCOUNT,
    "(b) refs": S.RankedDays((("refs", 1.0),)),
    "(b') ref_sents (news-tls MentionCount)": S.RankedDays((("ref_sents", 1.0),)),
    "(c) refs_later": S.RankedDays((("refs_later", 1.0),)),
    "(c') refs_same (same-day reports)": S.RankedDays((("refs_same", 1.0),)),
    "top_event (sources of the day's biggest event)": S.RankedDays((("top_event", 1.0),)),
    "(d) published + refs, linear": S.RankedDays((("published", 1.0), ("refs", 1.0)), log=False),
    "(d) log published + log refs": S.RankedDays((("published", 1.0), ("refs", 1.0))),
    "(d) log published + log refs_later": S.RankedDays((("published", 1.0), ("refs_later", 1.0))),
    "(d) log published + log refs + log refs_later (recommended)": RECOMMENDED_RANKING,
}

WEIGHTS = (0.0, 0.25, 0.5, 1.0)
SUPPRESSION = ((0, 1.0, None), (1, 0.75, None), (2, 0.75, None), (2, 0.75, 0.5))


def weight_grid(suppression=((0, 1.0, None),)) -> list[S.RankedDays]:
    """Weighted sums of log published, refs, refs_later and top_event
    (weights relative: the largest is 1), with each suppression given."""
    rankings = []
    for wp, wr, wl, we in itertools.product(WEIGHTS, repeat=4):
        if max(wp, wr, wl, we) != 1.0:
            continue  # only relative weights matter
        weights = tuple((k, w) for k, w in (("published", wp), ("refs", wr), ("refs_later", wl), ("top_event", we)) if w)
        for radius, damp, similar in suppression:
            rankings.append(S.RankedDays(weights, radius=radius, damp=damp, similar=similar))
    return rankings


def suppression_variants(base: S.RankedDays) -> list[S.RankedDays]:
    """``base`` without and with neighbour suppression: by date alone, and
    only for neighbours that say the same thing (centroid cosine)."""
    variants = [base]
    for radius in (1, 2, 3):
        for damp in (0.75, 0.5, 0.0):
            for similar in (None, 0.3, 0.5, 0.7):
                variants.append(S.RankedDays(base.weights, base.log, radius, damp, similar))
    return variants


SUMMARIES: dict[str, Callable[[], S.Summarizer]] = {
    **{f"top-{k} events": (lambda k=k: S.top_events(k)) for k in (1, 2, 3)},
    **{f"centroid-{k}, {pool}": (lambda k=k, pool=pool: S.centroid(k, pool=pool)) for pool in S.POOLS for k in (1, 2, 3)},
}


def recommended_system() -> S.System:
    return S.ranked_system(RECOMMENDED_RANKING, SUMMARIES[RECOMMENDED_SUMMARY]())


@dataclass(frozen=True)
class Scored:
    dates: tls_metrics.PRF
    ar1: tls_metrics.PRF | None = None
    ar2: tls_metrics.PRF | None = None


def _avg(scores: list[Scored], key: str) -> tls_metrics.PRF:
    return tls_metrics.average(getattr(s, key) for s in scores)


class Study:
    """The tasks with their day statistics computed once."""

    def __init__(self, tasks: list, text_dated_share: float = 1.0) -> None:
        self.tasks = tasks
        self.stats = [S.day_stats(t.timeline, t.window, text_dated_share=text_dated_share) for t in tasks]
        self.topics = list(dict.fromkeys(t.gold.topic for t in tasks))
        self._picks: dict[tuple[S.RankedDays, int], list[date]] = {}
        self._full: dict[tuple[S.RankedDays, str], dict[int, Scored]] = {}

    def picks(self, ranking: S.RankedDays, i: int) -> list[date]:
        key = (ranking, i)
        if key not in self._picks:
            self._picks[key] = ranking.pick(self.stats[i], self.tasks[i].gold.n)
        return self._picks[key]

    def dates(self, ranking: S.RankedDays) -> list[Scored]:
        return [Scored(tls_metrics.date_prf(self.picks(ranking, i), t.gold.entries)) for i, t in enumerate(self.tasks)]

    def full(self, ranking: S.RankedDays, summary: str, only: list[int] | None = None) -> dict[int, Scored] | list[Scored]:
        """Dates and ROUGE of every task (a list), or of the tasks ``only`` (a dict by index)."""
        key = (ranking, summary)
        if key not in self._full:
            self._full[key] = {}
        done = self._full[key]
        summarize = SUMMARIES[summary]()
        for i in (range(len(self.tasks)) if only is None else only):
            if i in done:
                continue
            task = self.tasks[i]
            pred = {d: [summarize(self.stats[i], d)] for d in self.picks(ranking, i)}
            rouge = tls_metrics.align_rouge(pred, task.gold.entries)
            done[i] = Scored(tls_metrics.date_prf(pred, task.gold.entries), rouge[1], rouge[2])
        if only is None:
            return [done[i] for i in range(len(self.tasks))]
        return {i: done[i] for i in only}

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

    def loto_summaries(self, ranking: S.RankedDays, chosen_rankings: dict[str, S.RankedDays]) -> tuple[list[Scored], dict[str, str]]:
        """Each topic scored with its held-out ranking and the summary best
        (by AR-1 F) on the other four topics, with ``ranking`` for all."""
        table = {name: self.full(ranking, name) for name in SUMMARIES}
        names = list(SUMMARIES)
        held_out: list[Scored | None] = [None] * len(self.tasks)
        chosen = {}
        for topic in self.topics:
            train = self.indices(set(self.topics) - {topic})
            best = max(names, key=lambda n: (_avg([table[n][i] for i in train], "ar1").f1, -names.index(n)))
            chosen[topic] = best
            test = self.indices({topic})
            scored = self.full(chosen_rankings[topic], best, test)
            for i in test:
                held_out[i] = scored[i]
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


def misses(study: Study, ranking: S.RankedDays) -> str:
    """Why the ranking misses gold days, and where its wrong picks fall."""
    lines = ["### Where the recommended ranking goes wrong", "",
             "Gold days missed: never a candidate (neither published on nor named by any article of the window), "
             "named by articles' text but outranked, or only published on and outranked. Wrong picks: next to a gold "
             "day that was picked too (a second day of one story), next to a missed gold day (the right story a day "
             "off), or elsewhere.", "",
             "| topic | timeline | N | missed | not a candidate | named, outranked | only published, outranked "
             "| wrong picks | next to a picked gold day | next to a missed gold day | elsewhere |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    totals = [0] * 8
    for i, (task, stats) in enumerate(zip(study.tasks, study.stats)):
        gold = set(task.gold.entries)
        picked = set(study.picks(ranking, i))
        missed = gold - picked
        none = sum(1 for d in missed if not stats.refs[d] and not stats.published[d])
        named = sum(1 for d in missed if stats.refs[d])
        wrong = picked - gold
        near = [{d + timedelta(days=k) for k in (-1, 1)} & gold for d in wrong]
        near_missed = sum(1 for g in near if g & missed)
        near_picked = sum(1 for g in near if g and not g & missed)
        row = [len(missed), none, named, len(missed) - none - named, len(wrong), near_picked, near_missed,
               len(wrong) - near_picked - near_missed]
        totals = [a + b for a, b in zip(totals, row)]
        lines.append(f"| {task.gold.topic} | {task.gold.short_name} | {task.gold.n} | " + " | ".join(map(str, row)) + " |")
    lines.append("| **all** | | " + str(sum(t.gold.n for t in study.tasks)) + " | " + " | ".join(f"**{t}**" for t in totals) + " |")
    return "\n".join(lines)


def report(tasks: list) -> str:
    study = Study(tasks)
    rec = RECOMMENDED_RANKING
    out = ["## Study: which signals pick the journalists' days?", "", oracle(study), ""]

    # (a)-(d) Signals alone and untuned combinations: in-sample = held-out.
    out += [f"### (a)-(d) Signals alone and combinations with equal weights (nothing fitted: in-sample = held-out; "
            f"summary: {RECOMMENDED_SUMMARY})", ""] + HEADER
    for name, ranking in SINGLE.items():
        out.append(_row(name, study.full(ranking, RECOMMENDED_SUMMARY), ranking.label))
    out.append("")

    # (d) Fitted weights.
    weights = weight_grid()
    best_w = max(weights, key=lambda r: (_avg(study.dates(r), "dates").f1, -weights.index(r)))
    held_w, chosen_w = study.loto_rankings(weights)
    out += [f"### (d) Fitted weights: log published, refs, refs_later, top_event, each 0, ¼, ½ or 1 ({len(weights)} rankings, "
            "chosen by Date F1)", ""] + HEADER
    out.append(_row("equal weights, published + refs + refs_later (recommended)", study.dates(rec), rec.label))
    out.append(_row("in-sample best", study.dates(best_w), best_w.label))
    out.append(_row("leave-one-topic-out", held_w, "; ".join(f"{t}: {r.label}" for t, r in chosen_w.items())))
    out.append("")
    top = sorted(weights, key=lambda r: -_avg(study.dates(r), "dates").f1)[:6]
    out += ["The six best in-sample (how flat the optimum is):", ""] + HEADER
    out += [_row(r.label, study.dates(r)) for r in top]
    out.append("")

    # (e) Neighbour suppression on the recommended ranking.
    variants = suppression_variants(rec)
    held_e, chosen_e = study.loto_rankings(variants)
    out += ["### (e) Neighbour suppression on the recommended ranking: a day within ±r days of a picked one has its "
            "score multiplied by the factor for each such day; \"if cos ≥\" only when the two days' evidence "
            "centroids are that alike (\"days that say the same thing\")", ""] + HEADER
    for r in variants:
        if r is rec or r.radius in (1, 2) and (r.similar in (None, 0.5, 0.7)):
            out.append(_row(r.label, study.dates(r)))
    out.append(_row("leave-one-topic-out, among all 37 variants", held_e, "; ".join(f"{t}: {r.label}" for t, r in chosen_e.items())))
    out.append("")

    # Weights and suppression together, the way a fitted method would be chosen.
    both = weight_grid(SUPPRESSION)
    held_b, chosen_b = study.loto_rankings(both)
    best_b = max(both, key=lambda r: (_avg(study.dates(r), "dates").f1, -both.index(r)))
    out += [f"### (d + e) Weights and suppression fitted together ({len(both)} rankings)", ""] + HEADER
    out.append(_row("in-sample best", study.dates(best_b), best_b.label))
    out.append(_row("leave-one-topic-out", held_b, "; ".join(f"{t}: {r.label}" for t, r in chosen_b.items())))
    out.append("")

    # (f) Summaries.
    out += ["### (f) Summaries on the recommended ranking (chosen by AR-1 F)", ""] + HEADER
    for name in SUMMARIES:
        out.append(_row(name, study.full(rec, name)))
    held_s, chosen_s = study.loto_summaries(rec, {t: rec for t in study.topics})
    out.append(_row("leave-one-topic-out (summary only)", held_s, "; ".join(f"{t}: {chosen_s[t]}" for t in study.topics)))
    held_bs, chosen_bs = study.loto_summaries(rec, chosen_b)
    out.append(_row("leave-one-topic-out: weights, suppression and summary all fitted", held_bs,
                    "; ".join(f"{t}: {chosen_b[t].label}, {chosen_bs[t]}" for t in study.topics)))
    out.append("")

    # What more day-precise dating would buy.
    out += ["### Dose-response: the recommended ranking with only part of the text-dated evidence kept", "",
            "Evidence dated to a day by its text, kept at random (fixed choice) at the share given: how Date F1 "
            "moves with how much the extractor dates to a day.", "",
            "| text-dated evidence kept | Date F1 (recommended) | Date F1 (refs alone) | AR-1 F |", "|---:|---:|---:|---:|"]
    for share in (0.25, 0.5, 0.75, 1.0):
        sub = study if share == 1.0 else Study(tasks, text_dated_share=share)
        sc = sub.full(rec, RECOMMENDED_SUMMARY)
        out.append(f"| {share:.0%} | {_avg(sc, 'dates').f1:.3f} | {_avg(sub.dates(SINGLE['(b) refs']), 'dates').f1:.3f} | {_avg(sc, 'ar1').f1:.3f} |")
    out.append("")

    out += [misses(study, rec), ""]
    out += ["### Recommended ranking and summary, per timeline", "",
            "| topic | timeline | N | Date F1 | AR-1 F | AR-2 F |", "|---|---|---:|---:|---:|---:|"]
    for task, sc in zip(study.tasks, study.full(rec, RECOMMENDED_SUMMARY)):
        out.append(f"| {task.gold.topic} | {task.gold.short_name} | {task.gold.n} | {sc.dates.f1:.3f} | {sc.ar1.f1:.3f} | {sc.ar2.f1:.3f} |")
    return "\n".join(out)
