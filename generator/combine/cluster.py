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
   words and disagree, by up to a week, on its day or its week ("earlier
   this week", "last week" in articles of different days); two mentions
   of one sentence at times that cannot meet (so a sentence feeds at most
   one event per happening).
3. Other pairs are scored (``similarity.score``): how alike the sentences'
   words are (TF-IDF cosine, IDF from a fixed reference table: ``weights``),
   the entities they share, the same or a related class of happening
   (kill/shoot/slay; bomb/blast/attack; elect/vote: ``event_classes``), the
   same stated day; minus unrelated classes, places or counts that differ.
4. Average link: pairs are taken best first; two clusters merge when the
   mean of their links reaches ``SAME_HAPPENING`` and no cross pair is
   never-joined, so a chain of near pairs cannot glue two unrelated
   happenings together. The links are the scores of their cross pairs,
   and for a noun phrase its own text dates (``Profile.dated_noun``) its
   best score on the other side instead of its pairs: a noun phrase ("the
   deadly suicide bombings in the Jordanian capital") names a happening in
   a few words, so it is as close as it is to the report it names, not as
   far as it is from every other report.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import islice
from typing import Callable

import numpy as np

from ..model import Sourced, dates
from .links import NEVER, Links, mention_keys, recalled, signature
from .similarity import Profile, cannot_join, profile, score

SAME_HAPPENING = 2.0
BLOCK_SIZE = 20
# Cross pairs a merge test scores at most: beyond, each side's first members stand for it.
_MERGE_SAMPLE = 24


def cluster(mentions: list[Sourced], known: Links | None = None, version: str = "") -> tuple[list[list[Sourced]], Links]:
    """Group mentions of the same happening, in corpus order.

    Args:
        mentions: every mention of the corpus, in corpus order.
        known: the last run's links (``links.py``): pairs it scored are not
            scored again, groups it clustered are not clustered again.
        version: the combine code's version, kept with the links.

    Returns:
        The groups, and the links for the next run.
    """
    keys = mention_keys(mentions)
    kept = dict(zip(known.keys, known.profiles)) if known else {}
    profiles = [kept.get(key) or profile(m) for key, m in zip(keys, mentions)]
    codes = np.sort(np.fromiter((i * len(keys) + j for i, j in candidate_pairs(profiles)), dtype=np.int64))
    values = recalled(known, keys, codes)
    for n in np.flatnonzero(np.equal(values, None)).tolist():
        a, b = profiles[int(codes[n]) // len(keys)], profiles[int(codes[n]) % len(keys)]
        values[n] = NEVER if cannot_join(a, b) else score(a, b)
    values = values.astype(np.float64)
    found = np.flatnonzero(values >= SAME_HAPPENING)
    strong = {(int(code) // len(keys), int(code) % len(keys)): value
              for code, value in zip(codes[found].tolist(), values[found].tolist())}
    links = Links(version, keys, profiles, codes, values)
    index = {key: i for i, key in enumerate(keys)}
    groups = [[i] for i in range(len(mentions))]
    for members, pairs in _connected(strong):
        for i in members:
            groups[i] = []
        mark = signature(keys, members, list(pairs))
        if known and mark in known.groups:
            found = [[index[known.keys[n]] for n in kept] for kept in known.groups[mark]]
        else:
            found = _average_link(profiles, pairs, members)
        links.groups[mark] = found
        groups += found
    ordered = sorted((sorted(members) for members in groups if members),
                     key=lambda g: (min((mentions[i].order, mentions[i].mention.start) for i in g), g[0]))
    return [[mentions[i] for i in members] for members in ordered], links


def candidate_pairs(profiles: list[Profile]) -> set[tuple[int, int]]:
    """Pairs that share an entity, a class of happening or a rare word
    within a month, or an article."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for index, p in enumerate(profiles):
        blocks[("source", p.source)].append(index)
        if p.interval is None:
            continue
        for period in _periods(p.interval):
            for entity in p.entities:
                blocks[(period, entity)].append(index)
            for name in p.classes:
                blocks[(period, "class:" + name)].append(index)
            for word in p.rare_words:
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


def _connected(strong: dict[tuple[int, int], float]) -> list[tuple[list[int], dict[tuple[int, int], float]]]:
    """The groups of mentions that strong pairs connect, each with its pairs."""
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.setdefault(i, i) != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in strong:
        parent[root(i)] = root(j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in sorted(parent):
        members[root(i)].append(i)
    pairs: dict[int, dict[tuple[int, int], float]] = defaultdict(dict)
    for pair, value in strong.items():
        pairs[root(pair[0])][pair] = value
    return [(group, pairs[top]) for top, group in members.items()]


def _average_link(profiles: list[Profile], scores: dict[tuple[int, int], float], indices: list[int]) -> list[list[int]]:
    """Average link over one group of mentions and its strong pairs."""
    owner = {i: i for i in indices}
    members: dict[int, list[int]] = {i: [i] for i in indices}
    scores = dict(scores)

    def pair_score(i: int, j: int) -> float | None:
        a, b = profiles[i], profiles[j]
        if cannot_join(a, b):
            return None
        key = (min(i, j), max(i, j))
        if key not in scores:
            scores[key] = score(a, b)
        return scores[key]

    rejected: set[tuple[int, int, int, int]] = set()  # cluster pairs (and their sizes) found apart
    for (i, j), value in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        if value < SAME_HAPPENING:
            break
        ci, cj = sorted((owner[i], owner[j]))
        tried = (ci, len(members[ci]), cj, len(members[cj]))
        if ci == cj or tried in rejected:
            continue
        links = _links(profiles, members[ci][:_MERGE_SAMPLE], members[cj][:_MERGE_SAMPLE], pair_score)
        if links is None or sum(links) / len(links) < SAME_HAPPENING:
            rejected.add(tried)
            continue
        keep, gone = (ci, cj) if len(members[ci]) >= len(members[cj]) else (cj, ci)
        for index in members[gone]:
            owner[index] = keep
        members[keep] += members.pop(gone)
    return list(members.values())


def _links(profiles: list[Profile], left: list[int], right: list[int],
           pair_score: Callable[[int, int], float | None]) -> list[float] | None:
    """What a merge of ``left`` and ``right`` is judged on: the scores of
    their cross pairs but a dated noun phrase's, and each dated noun
    phrase's best score on the other side; None when a cross pair can never
    join."""
    cross = {(a, b): pair_score(a, b) for a in left for b in right}
    if None in cross.values():
        return None
    links = [value for (a, b), value in cross.items() if not profiles[a].dated_noun and not profiles[b].dated_noun]
    links += [max(cross[a, b] for b in right) for a in left if profiles[a].dated_noun]
    links += [max(cross[a, b] for a in left) for b in right if profiles[b].dated_noun]
    return links
