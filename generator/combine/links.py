"""What a combine found, kept for the next run (in the project's cache):
each mention's key and profile, the score of every candidate pair, the
clusters of every group of strongly linked mentions, and the event each
cluster was assembled into.

Weights are fixed (``weights``), so a pair's score depends on its two
mentions alone, and average link never merges across the groups that
pairs scoring ``SAME_HAPPENING`` or more connect (``cluster``). A run with
new articles therefore profiles only new mentions, scores only the
candidate pairs it has not scored before, and clusters again only the groups whose mentions, order or strong
pairs changed: its result is a full clustering's. A cluster whose mentions
are the same, in the same order, is the same event (``assemble_event``
reads nothing else), so only new or changed clusters are assembled again.

A mention's key is a hash of everything its profile, scores and event read
(its source, its mention, its entity ids, its quotes' speakers, its
article's date), not of its place in the corpus; so a mention whose article
changed, or whose people were pooled otherwise, is a new mention.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from ..extract.cache import PACKAGE, code_version, import_closure
from ..model import Sourced
from .similarity import Profile
from .weights import TABLE

NEVER = float("nan")  # the score kept for a pair that can never join


@dataclass
class Links:
    """One clustering's mentions, scored pairs and groups, by mention key."""

    version: str  # of the code that scored them (``combine_version``)
    keys: list[str]  # the mentions, in corpus order
    profiles: list[Profile]  # theirs
    pairs: np.ndarray  # candidate pairs, as i * len(keys) + j (i < j), sorted
    scores: np.ndarray  # each pair's score, NEVER where it cannot join
    groups: dict[str, list[list[int]]] = field(default_factory=dict)  # a group's signature → its clusters
    events: dict[str, bytes] = field(default_factory=dict)  # a cluster's key → its assembled Event, pickled

    def usable(self, version: str) -> bool:
        return self.version == version


def combine_version() -> str:
    """A hash of the combine's code (every module ``assemble`` imports, the
    clustering's among them) and of the word weights' table."""
    sources = import_closure([PACKAGE / "combine" / "assemble.py"])
    return code_version({**sources, PACKAGE / "combine" / TABLE.name: TABLE.read_bytes()})


def mention_keys(mentions: list[Sourced]) -> list[str]:
    """Each mention's key; a mention identical to an earlier one gets its
    rank among them too."""
    seen: Counter = Counter()
    keys = []
    for m in mentions:
        content = (m.source, m.mention, sorted(m.people), m.subject, m.speakers, sorted(m.organisations), m.published)
        key = hashlib.blake2b(repr(content).encode(), digest_size=12).hexdigest()  # pickle's bytes depend on which strings are one object
        seen[key] += 1
        keys.append(key if seen[key] == 1 else f"{key}.{seen[key]}")
    return keys


def recalled(known: Links | None, keys: list[str], pairs: np.ndarray) -> np.ndarray:
    """The scores ``known`` holds for ``pairs`` (codes over ``keys``, as in
    ``Links.pairs``); None where it holds none (object array)."""
    out = np.full(len(pairs), None, dtype=object)
    if known is None or not len(pairs):
        return out
    number = {key: n for n, key in enumerate(known.keys)}
    old = np.array([number.get(key, -1) for key in keys], dtype=np.int64)
    first, second = old[pairs // len(keys)], old[pairs % len(keys)]
    both = (first >= 0) & (second >= 0)
    codes = np.minimum(first, second) * len(known.keys) + np.maximum(first, second)
    place = np.clip(np.searchsorted(known.pairs, codes), 0, max(len(known.pairs) - 1, 0))
    found = both & (len(known.pairs) > 0)
    if len(known.pairs):
        found &= known.pairs[place] == codes
    out[found] = known.scores[place[found]]
    return out


def signature(keys: list[str], members: list[int], strong: list[tuple[int, int]]) -> str:
    """What a group's clustering depends on: its mentions in order and its
    strong pairs (their scores follow from the mentions)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update("\n".join(keys[i] for i in members).encode())
    for i, j in sorted(strong):
        digest.update(f"\n{keys[i]} {keys[j]}".encode())
    return digest.hexdigest()


def cluster_key(keys: list[str]) -> str:
    """A cluster's key: its mentions' keys in corpus order (which mentions
    share an article, and the order of articles, follow from them)."""
    return hashlib.blake2b("\n".join(keys).encode(), digest_size=16).hexdigest()
