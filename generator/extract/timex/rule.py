"""What a normalization rule is: a named pattern and a function from a match
(and what the tagger knows around it) to a TIMEX3 type and value.

Rule tables live in ``absolute.py``, ``relative.py``, ``durations.py`` and
``vague.py``; ``rules.py`` puts them in order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Callable

from .lexicon import APPROX_RE, APPROXIMATIONS, MOD_RE, MODIFIERS, MONTHS, lookup
from .numbers import YEAR_WORDS_RE, parse_year_words

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc

PAST, PRESENT, FUTURE, UNKNOWN = "past", "present", "future", "unknown"


@dataclass(frozen=True)
class Reference:
    """The latest point in time the text stated before an expression (TimeML's
    reference time), and how many sentences back it was stated."""

    value: str
    sentences_back: int = 0


@dataclass(frozen=True)
class Context:
    """What a rule may know beyond the matched text."""

    dct: date | None  # publication date
    tense: str = UNKNOWN  # of the verb that governs the expression
    reference: Reference | None = None
    text: str = ""  # the whole text, to look around the match
    doc: Doc | None = None  # its parse, where there is one


@dataclass(frozen=True)
class Norm:
    """A rule's result; ``value`` None means found but not resolvable."""

    type: str
    value: str | None
    mod: str | None = None
    anchored: bool = False  # resolved against the reference time, not the DCT


# How far a match may reach before and after its rule's trigger word.
_REACH_BEFORE, _REACH_AFTER = 80, 60


@dataclass(frozen=True)
class Rule:
    """A pattern and its normalizer. The expression's extent is the match, or
    its group ``x`` where the pattern has one (to require words around it).

    A rule with a ``trigger`` (a word every match contains, such as a month
    name) is only tried around the trigger's occurrences: most of a text has
    none, and patterns that open with optional words are slow to try at
    every word.
    """

    name: str
    pattern: re.Pattern
    normalize: Callable[[re.Match, Context], Norm | None]
    trigger: re.Pattern | None = None

    def extent(self, match: re.Match) -> tuple[int, int]:
        return match.span("x") if "x" in self.pattern.groupindex else match.span()

    def finditer(self, text: str):
        """The pattern's non-overlapping matches in ``text``, as ``re.finditer`` gives them."""
        if self.trigger is None:
            yield from self.pattern.finditer(text)
            return
        taken_until = -1
        for low, high in _windows(self.trigger, text):
            for match in self.pattern.finditer(text, low, high):
                if match.end() == high < len(text):  # the window may have cut it short
                    match = self.pattern.match(text, match.start()) or match
                if match.start() >= taken_until:
                    taken_until = match.end()
                    yield match


def _windows(trigger: re.Pattern, text: str) -> list[tuple[int, int]]:
    windows: list[list[int]] = []
    for hit in trigger.finditer(text):
        low, high = max(0, hit.start() - _REACH_BEFORE), min(len(text), hit.end() + _REACH_AFTER)
        if windows and low <= windows[-1][1]:
            windows[-1][1] = high
        else:
            windows.append([low, high])
    return [(low, high) for low, high in windows]


def rules(table) -> tuple[Rule, ...]:
    """Rules from (name, pattern, function[, trigger]) rows; patterns ignore case."""
    return tuple(
        Rule(row[0], re.compile(row[1], re.IGNORECASE), row[2], re.compile(row[3], re.IGNORECASE) if len(row) > 3 else None)
        for row in table
    )


# Pattern pieces shared by the rule tables.
YEAR_WORDS = rf"(?P<yw>{YEAR_WORDS_RE})"
YEAR = rf"(?:(?P<y>1[0-9]\d\d|20\d\d)|{YEAR_WORDS})"
DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
MOD = rf"(?:(?P<mod>{MOD_RE})[\s-]+)?"
APPROX = rf"(?:(?P<approx>{APPROX_RE})\s+)?"


def year_of(m: re.Match) -> int | None:
    """The year a match's ``y`` (digits) or ``yw`` (words) group names."""
    if m.groupdict().get("y"):
        return int(m["y"])
    if m.groupdict().get("yw"):
        return parse_year_words(m["yw"])
    return None


def month_of(m: re.Match) -> int | None:
    """The month of group ``mon``, if written as a name (capitalized)."""
    name = m["mon"]
    return lookup(MONTHS, name) if name[0].isupper() else None


def mod_of(m: re.Match) -> str | None:
    """The TIMEX3 mod of a match's qualifier (``mod``) or hedge (``approx``)."""
    groups = m.groupdict()
    return lookup(MODIFIERS, groups.get("mod")) or lookup(APPROXIMATIONS, groups.get("approx"))


def before(ctx: Context, m: re.Match, chars: int = 24) -> list[str]:
    """The words just before the match, lowercased."""
    return words_before(ctx.text, m.start(), chars)


def words_before(text: str, start: int, chars: int = 24) -> list[str]:
    """The words of ``text`` in the ``chars`` characters before ``start``, lowercased."""
    return re.findall(r"[\w'’$%.,-]+", text[max(0, start - chars):start].lower())


def after(ctx: Context, m: re.Match, chars: int = 24) -> str:
    """The text just after the match."""
    return ctx.text[m.end():m.end() + chars]
