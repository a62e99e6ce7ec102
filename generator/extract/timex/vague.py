"""Vague references to the present, past or future ('now', 'recently', 'the
future'): recognized as PRESENT_REF, PAST_REF and FUTURE_REF, never turned
into a date on the timeline.
"""
from __future__ import annotations

import re

from .rule import Context, Norm, rules

REFERENCES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")

_VALUES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}


def _reference(m: re.Match, ctx: Context) -> Norm:
    return Norm("DATE", _VALUES[" ".join(m["w"].lower().split())])


RULES = rules([
    ("reference", r"\b(?P<w>right\s+now|now|currently|presently|at\s+present|nowadays|these\s+days|at\s+the\s+moment|recently|lately|the\s+past|the\s+(?:near\s+|distant\s+)?future|the\s+(?:near|short|long)\s+term)(?![\w-])", _reference),
])
