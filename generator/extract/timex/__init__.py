"""Temporal tagging: find date expressions and normalize them to TIMEX3 values."""
from __future__ import annotations

from datetime import date

from ...model import dates
from .resolve import to_come
from .rule import words_before
from .rules import RULES, Context
from .tagger import tag, tag_blocks
from .vague import REFERENCES

__all__ = ["REFERENCES", "find_full_dates", "tag", "tag_blocks", "to_come", "words_before"]

_FULL_DATE_RULES = {"iso", "numeric", "month_day", "day_month"}


def find_full_dates(text: str) -> list[date]:
    """Every fully specified calendar date written in ``text`` (no year guessed)."""
    found = []
    for rule in RULES:
        if rule.name not in _FULL_DATE_RULES:
            continue
        for match in rule.pattern.finditer(text):
            norm = rule.normalize(match, Context(dct=None, text=text))
            point = dates.parse_point(norm.value if norm else None)
            if point is not None and point.precision == dates.DAY:
                found.append((match.start(), point.first))
    return [d for _, d in sorted(found)]
