"""Every normalization rule, in the order that breaks ties between matches
of the same extent (the tagger otherwise keeps the leftmost longest match)."""
from __future__ import annotations

from . import absolute, durations, relative, vague
from .rule import FUTURE, PAST, PRESENT, UNKNOWN, Context, Norm, Reference, Rule

RULES: tuple[Rule, ...] = absolute.RULES + relative.RULES + durations.RULES + vague.RULES

__all__ = ["RULES", "Context", "Norm", "Reference", "Rule", "PAST", "PRESENT", "FUTURE", "UNKNOWN"]
