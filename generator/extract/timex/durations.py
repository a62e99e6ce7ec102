"""Stretches of time and repetitions, kept apart from points in time:
durations ('three months' P3M, 'the past two years' P2Y, 'recent weeks' PXW)
and sets ('every week' P1W, 'twice a year', 'every Monday', 'annually').
"""
from __future__ import annotations

import re

from .lexicon import MONTH_NAMES_RE, MONTHS, UNIT_RE, UNITS, WEEKDAY_NAMES_RE, WEEKDAYS, lookup
from .numbers import AMOUNT_RE, NUMBER_RE, parse_number
from .rule import APPROX, Context, Norm, after, before, mod_of, rules

_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
_RATE_WORDS = {"a", "an", "one"}


def duration_value(amount, unit: str) -> str:
    """A TIMEX3 duration: P3M, P1.5Y, PT2H, P20Y for two decades, PXY for 'years'."""
    if unit == "2W":
        unit, amount = "W", 2 * amount if amount is not None else None
    if unit in ("DE", "CE") and amount is not None:
        unit, amount = "Y", amount * (10 if unit == "DE" else 100)
    if unit == "Q":  # TimeML counts quarters in months: "the next three quarters" is P9M
        unit, amount = "M", 3 * amount if amount is not None else None
    count = "X" if amount is None else f"{amount:g}"
    if unit in _TIME_UNITS:
        return f"PT{count}{_TIME_UNITS[unit]}"
    return f"P{count}{unit}"


def _duration(m: re.Match, ctx: Context) -> Norm | None:
    unit = UNITS[m["unit"].lower()]
    word = " ".join(m["n"].lower().split())
    following = after(ctx, m, 8).lower()
    if re.match(r"[\s-]+old\b", following) or (unit == "Q" and following.startswith(" of")):
        return None  # ages ("52 years old") and fractions ("three-quarters of")
    plain = not (m["the"] or m["approx"] or m["another"])
    if plain and word in _RATE_WORDS and _after_a_quantity(m, ctx):
        return None  # a rate: "$500 million a year", "four flights a week"
    if unit == "S" and word in ("a", "an"):
        return None  # "a second term"
    amount = parse_number(word)
    if m["half"]:
        amount = amount + 0.5 if amount is not None else None
    mod = mod_of(m) or ("EQUAL_OR_MORE" if m["more"] else "APPROX" if m["so"] else None)
    return Norm("DURATION", duration_value(amount, unit), mod)


def _after_a_quantity(m: re.Match, ctx: Context) -> bool:
    words = before(ctx, m, 30)[-3:]
    counted = any(re.search(r"\d|[$%£€]", w) or w not in _RATE_WORDS and parse_number(w) for w in words)
    return counted or bool(words) and words[-1] in ("per", "times", "twice", "once")


def _vague_duration(m: re.Match, ctx: Context) -> Norm | None:
    """'for years', 'in recent months', 'the weeks ahead', 'over the years'."""
    if not (m["pre"] or m["adj"] or m["ahead"]):
        return None
    return Norm("DURATION", duration_value(None, UNITS[m["unit"].lower()]))


_SET_UNITS = {
    "day": "P1D", "night": "P1D", "week": "P1W", "weekend": "P1W", "month": "P1M", "quarter": "P3M",
    "year": "P1Y", "hour": "PT1H", "minute": "PT1M",
}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV"}


def _set(m: re.Match, ctx: Context) -> Norm | None:
    if m["q"].lower() in ("a", "an", "per") and not m["freq"]:
        return None  # "a week" alone is a duration, "$2 a day" a rate
    word = m["unit"].lower()
    if m["n"]:  # "every two weeks"
        amount = parse_number(m["n"])
        return Norm("SET", duration_value(amount, UNITS[word])) if amount and word in UNITS else None
    if word in _PARTS:
        return Norm("SET", f"XXXX-XX-XXT{_PARTS[word]}")
    number = lookup(WEEKDAYS, word)
    if number:
        return Norm("SET", f"XXXX-WXX-{number}")
    month = lookup(MONTHS, word)
    if month:
        return Norm("SET", f"XXXX-{month:02d}")
    value = _SET_UNITS[word]
    return Norm("SET", value.replace("1", "2") if m["other"] else value)


_ADVERB_SETS = {
    "annually": "P1Y", "yearly": "P1Y", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "monthly": "P1M", "quarterly": "P3M", "hourly": "PT1H",
}


def _adverb_set(m: re.Match, ctx: Context) -> Norm | None:
    """'paid annually': a set only as an adverb ("the daily tally" is not one)."""
    if ctx.doc is not None:
        span = ctx.doc.char_span(m.start(), m.end())
        if span is None or span[0].pos_ != "ADV":
            return None
    elif m["w"].lower() != "annually":
        return None
    return Norm("SET", _ADVERB_SETS[m["w"].lower()])


def _weekday_set(m: re.Match, ctx: Context) -> Norm:
    return Norm("SET", f"XXXX-WXX-{lookup(WEEKDAYS, m['wd'])}")


_POSITION = r"first|last|past|next|coming|previous|latest|final|remaining|following|ensuing|preceding|prior|initial"
_SET_UNIT_RE = rf"day|night|week|weekend|month|quarter|year|hour|minute|morning|afternoon|evening|{WEEKDAY_NAMES_RE}|{MONTH_NAMES_RE}"

RULES = rules([
    ("duration", rf"\b{APPROX}(?:(?P<the>the)\s+(?:(?:{_POSITION})\s+)?)?(?:(?P<another>another|an\s+additional|an\s+extra)\s+)?(?P<n>{AMOUNT_RE})(?:\s+(?:more|additional|full|straight|consecutive|long))?[\s-]+(?:(?:trading|business|calendar|working|school)[\s-]+)?(?P<unit>{UNIT_RE})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+(?:(?P<so>so)|(?P<more>more|longer)))?(?![\w-])", _duration, UNIT_RE),
    ("vague_duration", r"(?:\b(?P<pre>for|in|within|over|during|after)\s+)?(?P<x>\b(?:the\s+)?(?:(?P<adj>recent|coming|past|next|last|previous|following|ensuing)\s+)?(?P<unit>hours|days|weeks|months|quarters|years|decades|centuries)(?P<ahead>\s+ahead|\s+to\s+come)?)(?![\w-])", _vague_duration, r"hours|days|weeks|months|quarters|years|decades|centuries"),
    ("set", rf"\b(?P<freq>(?:once|twice|thrice|{NUMBER_RE}\s+times)\s+)?(?P<q>every|each|a|an|per)\s+(?:(?P<other>other)\s+)?(?:(?P<n>{NUMBER_RE})\s+)?(?P<unit>{_SET_UNIT_RE}|days|weeks|months|years|hours)(?![\w-])", _set, r"\b(?:every|each|per|once|twice|thrice|times)\b"),
    ("adverb_set", r"\b(?P<w>annually|yearly|daily|nightly|weekly|monthly|quarterly|hourly)\b", _adverb_set),
    ("weekday_set", rf"\bon\s+(?P<x>(?P<wd>{WEEKDAY_NAMES_RE})s)\b", _weekday_set),
])
