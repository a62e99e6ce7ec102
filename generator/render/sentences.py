"""Sentence boundaries for showing article text, from spaCy's rule-based
sentencizer (no model needed, so pages render without the parser)."""
from __future__ import annotations

import bisect
from functools import lru_cache

import spacy
from spacy.language import Language


@lru_cache(maxsize=1)
def _sentencizer() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=65536)  # `mkdocs serve` renders the same articles on every save
def split(text: str, offset: int = 0) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of ``text``, shifted by ``offset``."""
    doc = _sentencizer()(text)
    spans = []
    for sent in doc.sents:
        stripped = sent.text.rstrip()
        if stripped.strip():
            lead = len(sent.text) - len(sent.text.lstrip())
            spans.append((sent.start_char + lead + offset, sent.start_char + len(stripped) + offset))
    return tuple(spans)


def containing(spans: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    """The sentence that holds ``position`` (the one starting before it)."""
    index = bisect.bisect_right([s for s, _ in spans], position) - 1
    return spans[index] if index >= 0 and position <= spans[index][1] else None
