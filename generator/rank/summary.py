"""A day's summary: the sentences of its reports that say most what all of
them say (closest to their centroid), sentences from an article's lead
first, never two that say the same thing.

Chosen on Timeline17 (benchmarks/keyevents_results.md, table f): two
sentences, leads first, scored best by alignment ROUGE-1 among 1-3
sentences from the day's most reported events or nearest its centroid.
"""
from __future__ import annotations

from collections.abc import Sequence

from . import words
from .reports import Report

SENTENCES = 2
# A sentence this close (cosine) to one already chosen adds nothing.
REDUNDANT = 0.5
# Shorter is a fragment or a headline; longer, a run-on the extractor could not split.
MIN_WORDS, MAX_WORDS = 5, 60


def summarize(reports: Sequence[Report], preferred: set[str] = frozenset(), k: int = SENTENCES, leads_first: bool = True) -> str:
    """Up to ``k`` sentences of the reports joined into one summary.

    Args:
        reports: the day's reports.
        preferred: events whose reports come first (the day's own events);
            the other reports follow, so a day always gets a summary.
        k: how many sentences.
        leads_first: sentences from an article's lead before the others.
    """
    sentences = list(dict.fromkeys(r.text for r in reports))
    vectors = {s: words.vector(s) for s in sentences}
    centre = words.centroid(vectors.values())
    rank: dict[str, tuple] = {}
    for r in reports:
        key = (r.event not in preferred if preferred else False, leads_first and not r.lead)
        rank[r.text] = min(rank.get(r.text, key), key)
    usable = [s for s in sentences if MIN_WORDS <= len(s.split()) <= MAX_WORDS]
    chosen: list[str] = []
    for s in sorted(usable, key=lambda s: (rank[s], -words.dot(vectors[s], centre))):
        if all(words.dot(vectors[s], vectors[c]) < REDUNDANT for c in chosen):
            chosen.append(s)
        if len(chosen) == k:
            break
    return " ".join(chosen)
