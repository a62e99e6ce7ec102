"""Same-happening gold (benchmarks/events_gold/), scored against a timeline:
which sentences report one happening, and whether the timeline made them
one event.

A gold file lists happenings, each with the sentences that report it, a
sentence given as ``[file, offset]`` (a character offset in the article
body inside the sentence). An event covers a gold sentence when one of its
evidence spans holds the offset. For each gold sentence the event taken is
the one covering it that shares most sentences with its happening (a
sentence may report two happenings and feed two events), then whose date
is the happening's, then the smallest; then

- B-cubed: precision = shared / the event's sentences, recall = shared /
  the happening's sentences, averaged over gold sentences;
- pairwise: pairs of sentences in one event that are in one happening,
  over pairs in one event (precision) and pairs in one happening (recall).

Gold sentences no event covers are counted apart ("not extracted") and
left out of both: the scores measure clustering, not extraction. The gold
is complete for its happenings (every reporting sentence of the input was
searched for), so an event's other sentences count as errors.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

import event_metrics as metrics


@dataclass(frozen=True)
class GoldHappening:
    name: str
    date: str | None
    sentences: tuple[tuple[str, int], ...]  # (article file, offset in its body)


@dataclass(frozen=True)
class GoldScores:
    happenings: int
    sentences: int
    not_extracted: int
    b3_precision: float
    b3_recall: float
    pair_precision: float
    pair_recall: float

    @staticmethod
    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: Path) -> list[GoldHappening]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [GoldHappening(str(h["happening"]), metrics.date_text(h.get("date")),
                          tuple((str(f), int(at)) for f, at in h["sentences"])) for h in data]


def score(gold: list[GoldHappening], timeline: metrics.Timeline) -> GoldScores:
    """B-cubed and pairwise precision and recall of ``timeline``'s events
    against the gold happenings."""
    file_of = {s.id: s.file for s in timeline.sources.values()}
    spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # file → (start, end, event index)
    sizes, event_dates = [], []
    for index, event in enumerate(timeline.events):
        event_dates.append(event.date)
        sentences = {(file_of.get(v.source), v.span) for v in event.evidence if v.span}
        sizes.append(len(sentences))
        for file, span in sentences:
            spans[file].append((span[0], span[1], index))
    b3_p = b3_r = 0.0
    pairs_shared = pairs_event = pairs_gold = 0
    counted = missed = 0
    for happening in gold:
        covering = {item: {i for s, e, i in spans.get(item[0], ()) if s <= item[1] < e} for item in happening.sentences}
        found = [item for item, events in covering.items() if events]
        missed += len(happening.sentences) - len(found)
        for item in found:
            shared_with = lambda i: sum(i in covering[other] for other in found)  # noqa: E731
            dated = lambda i: bool(happening.date and event_dates[i] and (  # noqa: E731
                event_dates[i].startswith(happening.date) or happening.date.startswith(event_dates[i])))
            best = max(sorted(covering[item]), key=lambda i: (shared_with(i), dated(i), -sizes[i]))
            shared = shared_with(best)
            b3_p += shared / sizes[best]
            b3_r += shared / len(found)
            pairs_shared += shared - 1
            pairs_event += sizes[best] - 1
            pairs_gold += len(found) - 1
            counted += 1
    ratio = lambda a, b: a / b if b else 1.0  # noqa: E731
    return GoldScores(len(gold), counted, missed, ratio(b3_p, counted), ratio(b3_r, counted),
                      ratio(pairs_shared, pairs_event), ratio(pairs_shared, pairs_gold))
