"""Cluster event mentions into happenings: which mentions, across sources,
days and sentences, report one happening (``assemble`` makes each cluster
one event).

The decision rule, on evidence weighed by ``similarity.score``:

1. Candidates come from blocking indexes only, never all pairs: mentions
   sharing an entity (person or place), a class of happening or one of
   their rarest words in the same month, or standing in the same article.
   An index entry larger than ``BLOCK_SIZE`` pairs each mention only with
   its ``BLOCK_SIZE`` nearest in date, so the work grows as n·log n.
2. Never joined: the acts of two different actors (people, or the places
   and organisations a headline opens with: "Iraq condemned …"); dates
   that cannot name one time (a mention with no date of its own is taken
   as happening in the two weeks before its article, a present-tense
   statement in the week before), unless two sources tell it in the same
   words and disagree on the day; two mentions of one sentence at times
   that cannot meet (so a sentence feeds at most one event per happening).
3. Other pairs are scored (``similarity.score``): how alike the sentences'
   words are (TF-IDF cosine, IDF over the corpus), the rare entities they
   share (IDF-weighted), the same or a related class of happening
   (kill/shoot/slay; bomb/blast/attack; elect/vote: ``event_classes``), the
   same stated day; minus unrelated classes, places or counts that differ.
4. Average link: pairs are taken best first; two clusters merge when the
   mean score over their cross pairs reaches ``SAME_HAPPENING`` and no
   cross pair is never-joined, so a chain of near pairs cannot glue two
   unrelated happenings together.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import islice

from ..model import Sourced, dates
from .similarity import Corpus, Profile, cannot_join, score

SAME_HAPPENING = 2.0
BLOCK_SIZE = 20
# Cross pairs a merge test scores at most: beyond, each side's first members stand for it.
_MERGE_SAMPLE = 24


def cluster(mentions: list[Sourced]) -> list[list[Sourced]]:
    """Group mentions of the same happening, in corpus order."""
    corpus = Corpus(mentions)
    profiles = [corpus.profile(m, m.published) for m in mentions]
    pairs = (pair for pair in candidate_pairs(profiles) if not cannot_join(profiles[pair[0]], profiles[pair[1]]))
    scores = {pair: score(profiles[pair[0]], profiles[pair[1]], corpus) for pair in pairs}
    groups = _average_link(profiles, scores, corpus)
    result = [[mentions[i] for i in sorted(members)] for members in groups]
    return sorted(result, key=lambda g: min((m.order, m.mention.start) for m in g))


def candidate_pairs(profiles: list[Profile]) -> set[tuple[int, int]]:
    """Pairs that share an entity, a class of happening or a rare word
    within a month, or an article."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for index, profile in enumerate(profiles):
        blocks[("source", profile.source)].append(index)
        if profile.interval is None:
            continue
        for period in _periods(profile.interval):
            for entity in profile.entities:
                blocks[(period, entity)].append(index)
            for name in profile.classes:
                blocks[(period, "class:" + name)].append(index)
            for word in profile.rare_words:
                blocks[(period, "word:" + word)].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > BLOCK_SIZE:
            members = sorted(members, key=lambda i: profiles[i].interval[0] if profiles[i].interval else date.max)
            pairs.update((min(a, b), max(a, b)) for k, a in enumerate(members) for b in islice(members, k + 1, k + 1 + BLOCK_SIZE))
        else:
            pairs.update((min(a, b), max(a, b)) for k, a in enumerate(members) for b in members[k + 1:])
    return pairs


def _periods(interval: tuple[date, date]) -> list[str]:
    """The months an interval covers, or its year when it covers more than two."""
    first, last = interval
    if (last - first).days > 62:
        return [f"{first.year}"]
    keys, current = [], date(first.year, first.month, 1)
    while current <= last:
        keys.append(dates.month(current))
        current = dates.shift_months(current, 1)
    return keys


def _average_link(profiles: list[Profile], scores: dict[tuple[int, int], float], corpus: Corpus) -> list[list[int]]:
    owner = list(range(len(profiles)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(profiles))}

    def pair_score(i: int, j: int) -> float | None:
        a, b = profiles[i], profiles[j]
        if cannot_join(a, b):
            return None
        key = (min(i, j), max(i, j))
        if key not in scores:
            scores[key] = score(a, b, corpus)
        return scores[key]

    rejected: set[tuple[int, int, int, int]] = set()  # cluster pairs (and their sizes) found apart
    for (i, j), value in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        if value < SAME_HAPPENING:
            break
        ci, cj = sorted((owner[i], owner[j]))
        tried = (ci, len(members[ci]), cj, len(members[cj]))
        if ci == cj or tried in rejected:
            continue
        cross = [pair_score(a, b) for a in members[ci][:_MERGE_SAMPLE] for b in members[cj][:_MERGE_SAMPLE]]
        if None in cross or sum(cross) / len(cross) < SAME_HAPPENING:
            rejected.add(tried)
            continue
        keep, gone = (ci, cj) if len(members[ci]) >= len(members[cj]) else (cj, ci)
        for index in members[gone]:
            owner[index] = keep
        members[keep] += members.pop(gone)
    return list(members.values())
