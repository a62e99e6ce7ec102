"""spaCy's DATE and TIME entities as extra candidates: an entity that no rule
found is kept when it names a stretch of time ("the early years", "the second
day", "overnight"), with its value unresolved (None) unless it is a vague
count of units ("months": PXM). Ages, bare numbers and adjectives such as
"annual" are not temporal expressions.

Measured on TimeBank (benchmarks/tempeval.py), these candidates add about as
many expressions the annotators left out as ones they marked, so only
entities headed by a time word, with no count or rank in them, are kept.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .durations import duration_value
from .lexicon import PARTS_OF_DAY, UNITS
from .rule import Norm

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Span

LABELS = ("DATE", "TIME")
_TIME_WORDS = set(UNITS) | set(PARTS_OF_DAY) | {"date", "time", "times", "period", "overnight", "weekend", "era", "ages", "season"}
_AGE_RE = re.compile(r"\bold\b|-old\b", re.IGNORECASE)
# Words that make an entity a count, a rank or a kind of period rather than a time.
_NOT_A_TIME = {"of", "consecutive", "straight", "than", "fiscal", "calendar"}


def entity_norm(entity: Span) -> Norm | None:
    """The TIMEX3 type (and, where the words say it, value) of an entity no rule found."""
    words = [t.lower_ for t in entity if t.is_alpha]
    head = entity.root.lower_
    if head not in _TIME_WORDS or _AGE_RE.search(entity.text):
        return None  # "annual", "quarterly", "58", "52 years old"
    if words == [head]:
        # A bare plural counts vaguely ("for months"); "morning" alone names no time.
        return Norm("DURATION", duration_value(None, UNITS[head])) if head in UNITS and head.endswith("s") else None
    if set(words) & _NOT_A_TIME or "-" in entity.text:
        return None  # "hundreds of years", "the third consecutive month", "quarter-century"
    return Norm(entity.label_, None)
