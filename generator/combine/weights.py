"""How much a word or an entity counts when two mentions are compared: fixed
weights, which new articles do not move, so that a mention's profile (and
the score of a pair) depends on the mentions alone and can be kept between
runs (``combine/links.py``).

A word weighs its IDF over the sentences of a reference corpus shipped
with the project (``sentence_frequency.tsv``, built by
``benchmarks/sentence_frequency.py`` from Timeline17 and PolNeAR): a word
the table does not hold (never seen there, or in fewer than 3 sentences)
weighs as the rarest. Every entity (person, organisation, place) weighs the
same: how often one is named depends on the corpus at hand.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

TABLE = Path(__file__).with_name("sentence_frequency.tsv")
ENTITY_WEIGHT = 1.0
_WORD_RE = re.compile(r"[a-z][a-z'-]+")


class Weights:
    """Word weights from a table of sentence frequencies."""

    def __init__(self, sentences: int, frequency: dict[str, int]):
        self.sentences = sentences
        self.frequency = frequency

    def word(self, word: str) -> float:
        return math.log((self.sentences + 1) / (1 + self.frequency.get(word, 0))) + 1


@lru_cache(maxsize=1)
def reference_weights() -> Weights:
    """The shipped table's weights (read once)."""
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    sentences = int(lines[0].split("\t")[1])
    frequency = {word: int(count) for word, count in (line.split("\t") for line in lines[1:])}
    return Weights(sentences, frequency)


def content_words(text: str) -> list[str]:
    """Its words but stop words and words of one or two letters, lower-cased."""
    return [w for w in _WORD_RE.findall(text.lower()) if w not in STOP_WORDS and len(w) > 2]
