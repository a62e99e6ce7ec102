"""Sentences as bags of words, for comparing what sentences and days say:
lower-case words and numbers, stop words out, each bag a unit vector."""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from typing import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

Vector = dict[str, float]
_WORD = re.compile(r"[a-z0-9]+")


@functools.lru_cache(maxsize=100_000)
def words(text: str) -> tuple[str, ...]:
    """The content words of a text, lower case, in order."""
    return tuple(w for w in _WORD.findall(text.lower().replace("’", "'")) if w not in STOP_WORDS and len(w) > 1)


def unit(counts: Counter | Vector) -> Vector:
    norm = math.sqrt(sum(x * x for x in counts.values()))
    return {t: x / norm for t, x in counts.items()} if norm else {}


def vector(text: str) -> Vector:
    return unit(Counter(words(text)))


def dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def centroid(vectors: Iterable[Vector]) -> Vector:
    """The sum of the vectors (not normalized: ranking by dot product with it
    is ranking by mean cosine)."""
    total: Counter = Counter()
    for v in vectors:
        total.update(v)
    return dict(total)
