"""Normalization rules: each finds one form of temporal expression in text and
turns a match into a TIMEX3 type and value, given the sentence's context.

Rules are plain data (a name, a regex, a function) so the tagger can run them
all over a text and keep the longest non-overlapping matches.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from . import values as v
from .lexicon import (
    MOD_RE, MODIFIERS, MONTH_RE, MONTHS, NUMBER_RE, NUMBERS, ORDINALS, PARTS_OF_DAY,
    SEASON_RE, SEASONS, UNIT_RE, UNITS, WEEKDAY_NAME_PREFIXES, WEEKDAY_RE, WEEKDAYS,
)

PAST, PRESENT, FUTURE = "past", "present", "future"


@dataclass(frozen=True)
class Context:
    """What a rule may know beyond the matched text."""

    dct: date | None  # publication date
    tense: str = PAST  # of the verb that governs the expression
    anchor: date | None = None  # the latest day-precision date stated before
    text: str = ""  # the whole text, to look around the match


@dataclass(frozen=True)
class Norm:
    """A rule's result."""

    type: str
    value: str | None
    mod: str | None = None
    anchored: bool = False


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    normalize: Callable[[re.Match, Context], Norm | None]


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _number(word: str) -> int | None:
    word = re.sub(r"\s+", " ", word.lower())
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    return MODIFIERS.get(re.sub(r"[\s-]+", " ", word.lower()).strip())


def _year_for_month(month: int, ctx: Context) -> int | None:
    """The year of a month named without one: the DCT's year, moved by tense."""
    if ctx.dct is None:
        return None
    year = ctx.dct.year
    if ctx.tense == PAST and month > ctx.dct.month:
        return year - 1
    if ctx.tense == FUTURE and month < ctx.dct.month:
        return year + 1
    return year


def _day_value(year: int | None, month: int, day: int) -> str | None:
    try:
        date(year or 2000, month, day)  # validate; 2000 is a leap year
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


# --- absolute dates -------------------------------------------------------


def _iso(m: re.Match, ctx: Context) -> Norm | None:
    value = _day_value(int(m["y"]), int(m["m"]), int(m["d"]))
    return Norm("DATE", value) if value else None


def _numeric(m: re.Match, ctx: Context) -> Norm | None:
    year = int(m["y"])
    if year < 100:
        year += 1900 if year > 50 else 2000
    first, second = int(m["a"]), int(m["b"])
    # US order (month/day) unless the first number cannot be a month.
    month, day = (second, first) if first > 12 else (first, second)
    value = _day_value(year, month, day) if month <= 12 else None
    return Norm("DATE", value) if value else None


def _month_day(m: re.Match, ctx: Context) -> Norm | None:
    month = _month(m["mon"])
    year = int(m["y"]) if m["y"] else _year_for_month(month, ctx)
    value = _day_value(year, month, int(m["d"]))
    if value is None:
        return None
    return Norm("DATE", value if year else None)


def _month_year(m: re.Match, ctx: Context) -> Norm:
    return Norm("DATE", f"{int(m['y']):04d}-{_month(m['mon']):02d}", _mod(m["mod"]))


def _month_alone(m: re.Match, ctx: Context) -> Norm | None:
    name = m["mon"]
    before = ctx.text[max(0, m.start() - 12):m.start()].lower().split()
    # "May" is also a verb and "march" a noun: trust them only after a preposition.
    if name.lower().rstrip(".") in {"may", "march"} and not (
        name[0].isupper() and before and before[-1] in {"in", "since", "by", "until", "of", "last", "next", "this", "from", "to", "early", "late", "mid", "during", "through", "before", "after", "between"}
    ):
        return None
    if not name[0].isupper():
        return None
    month = _month(name)
    year = _year_for_month(month, ctx)
    return Norm("DATE", f"{year:04d}-{month:02d}" if year else None, _mod(m["mod"]))


def _year(m: re.Match, ctx: Context) -> Norm | None:
    return Norm("DATE", m["y"], _mod(m["mod"]))


def _decade(m: re.Match, ctx: Context) -> Norm:
    digits = m["dec"] or m["dec2"]
    if len(digits) == 2:
        digits = ("19" if int(digits) > 20 else "20") + digits
    return Norm("DATE", digits[:3], _mod(m["mod"]))


# --- relative to the publication date ----------------------------------------


def _weekday(m: re.Match, ctx: Context) -> Norm | None:
    before = ctx.text[max(0, m.start() - 10):m.start()].lower().split()
    if before and before[-1] in WEEKDAY_NAME_PREFIXES:
        return None
    weekday = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    part = PARTS_OF_DAY.get((m["part"] or "").lower())
    if ctx.dct is None:
        return Norm("TIME" if part else "DATE", None)
    delta = weekday - ctx.dct.isoweekday()
    if rel == "last" or (not rel and ctx.tense == PAST):
        target = ctx.dct + timedelta(days=delta if delta <= 0 else delta - 7)
        if rel == "last" and target == ctx.dct:
            target -= timedelta(days=7)
    elif rel == "next" or ctx.tense in (FUTURE, PRESENT):
        target = ctx.dct + timedelta(days=delta if delta > 0 else delta + 7)
    else:  # "this Friday": the one in the publication week
        target = ctx.dct + timedelta(days=delta)
    value = v.day(target)
    return Norm("TIME", f"{value}T{part}") if part else Norm("DATE", value)


def _deictic_day(m: re.Match, ctx: Context) -> Norm | None:
    word = m["w"].lower()
    if word == "now":
        return Norm("DATE", "PRESENT_REF")
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    if ctx.dct is None:
        return Norm("DATE", None)
    value = v.day(ctx.dct + timedelta(days=offset))
    if word == "tonight":
        return Norm("TIME", f"{value}TNI")
    part = PARTS_OF_DAY.get((m["part"] or "").lower())
    return Norm("TIME", f"{value}T{part}") if part else Norm("DATE", value)


_GRAIN_OFFSET = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "earlier this": 0, "later this": 0}


def _relative_grain(m: re.Match, ctx: Context) -> Norm | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    grain = m["grain"].lower()
    mod = {"earlier this": "BEFORE", "later this": "AFTER"}.get(rel)
    if ctx.dct is None:
        return Norm("DATE", None, mod)
    offset = _GRAIN_OFFSET[rel]
    if grain == "week":
        return Norm("DATE", v.week(ctx.dct + timedelta(weeks=offset)), mod)
    if grain == "weekend":
        return Norm("DATE", v.week(ctx.dct + timedelta(weeks=offset)) + "-WE", mod)
    if grain == "month":
        return Norm("DATE", v.month(v.shift_months(ctx.dct, offset)), mod)
    if grain == "year":
        return Norm("DATE", str(ctx.dct.year + offset), mod)
    if grain == "quarter":
        quarter = (ctx.dct.month - 1) // 3 + offset
        year = ctx.dct.year + quarter // 4
        return Norm("DATE", f"{year}-Q{quarter % 4 + 1}", mod)
    if grain in SEASONS:
        code = SEASONS[grain]
        year = ctx.dct.year + offset
        return Norm("DATE", f"{year}-{code}", mod)
    return None


def _ago(m: re.Match, ctx: Context) -> Norm | None:
    """'two weeks ago', 'a day after', 'three months later'."""
    amount = _number(m["n"])
    unit = UNITS[m["unit"].lower()]
    direction = m["dir"].lower()
    if amount is None or unit not in {"D", "W", "M", "Y"}:
        return Norm("DATE", "PAST_REF" if direction == "ago" else None)
    if direction == "ago":
        base, sign, anchored = ctx.dct, -1, False
    else:
        base, anchored = ctx.anchor, True
        follows = ctx.text[m.end():m.end() + 2].strip()
        if direction in {"after", "before"} and follows and follows[0].isalnum():
            # "came a day after X announced": X is the earlier happening.
            sign = -1 if direction == "after" else 1
        else:
            sign = 1 if direction in {"later", "after"} else -1
    if base is None:
        return Norm("DATE", None, anchored=anchored)
    target = v.shift(base, unit, sign * amount)
    value = {"D": v.day, "W": v.week, "M": v.month}.get(unit, lambda d: str(d.year))(target)
    return Norm("DATE", value, anchored=anchored)


def _duration(m: re.Match, ctx: Context) -> Norm | None:
    amount = _number(m["n"])
    unit = UNITS[m["unit"].lower()]
    count = "X" if amount is None else str(amount)
    if unit in {"H", "MIN"}:
        return Norm("DURATION", f"PT{count}{unit[0]}")
    if unit == "DE":
        return Norm("DURATION", f"P{count}0Y" if amount else "PXDE")
    if unit == "CE":
        return Norm("DURATION", f"P{count}00Y" if amount else "PXCE")
    return Norm("DURATION", f"P{count}{unit}")


def _quarter(m: re.Match, ctx: Context) -> Norm | None:
    number = ORDINALS[m["ord"].lower()]
    year = int(m["y"]) if m["y"] else (ctx.dct.year if ctx.dct else None)
    return Norm("DATE", f"{year}-Q{number}" if year else None)


def _season_year(m: re.Match, ctx: Context) -> Norm:
    return Norm("DATE", f"{m['y']}-{SEASONS[m['season'].lower()]}", _mod(m["mod"]))


def _vague(m: re.Match, ctx: Context) -> Norm:
    word = re.sub(r"\s+", " ", m["w"].lower())
    value = {"currently": "PRESENT_REF", "at present": "PRESENT_REF", "nowadays": "PRESENT_REF",
             "recently": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF",
             "in the future": "FUTURE_REF", "soon": "FUTURE_REF"}[word]
    return Norm("DATE", value)


def _set(m: re.Match, ctx: Context) -> Norm:
    word = m["unit"].lower()
    if word in WEEKDAYS:
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[word]}")
    return Norm("SET", f"P1{UNITS[word]}")


_YEAR = r"(?P<y>1[5-9]\d\d|20\d\d)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_MOD = rf"(?:(?P<mod>{MOD_RE})[\s-]+)?"

RULES: tuple[Rule, ...] = tuple(
    Rule(name, re.compile(pattern, re.IGNORECASE), fn)
    for name, pattern, fn in [
        ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", _iso),
        ("numeric", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b", _numeric),
        ("month_day", rf"\b(?P<mon>{MONTH_RE})\s+{_DAY}(?:,?\s+{_YEAR})?\b(?!\s*%|,\d)", _month_day),
        ("day_month", rf"\b{_DAY}\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?:,?\s+{_YEAR})?\b", _month_day),
        ("month_year", rf"\b{_MOD}(?P<mon>{MONTH_RE}),?\s+(?:of\s+)?{_YEAR}\b", _month_year),
        ("month", rf"\b{_MOD}(?P<mon>{MONTH_RE})(?![\w'])", _month_alone),
        ("season_year", rf"\b{_MOD}(?P<season>{SEASON_RE})\s+(?:of\s+)?{_YEAR}\b", _season_year),
        ("decade", rf"\b(?:the\s+)?{_MOD}(?:(?P<dec>1[5-9]\d0|20\d0)|'(?P<dec2>\d0))'?s\b", _decade),
        ("year", rf"(?<![\d,.$£€])\b{_MOD}{_YEAR}\b(?![,.]?\d|\s*%|-\d)", _year),
        ("weekday", rf"\b(?:(?P<rel>last|next|this|coming)\s+)?(?P<wd>{WEEKDAY_RE})(?:\s+(?P<part>morning|afternoon|evening|night))?\b", _weekday),
        ("deictic", r"\b(?P<w>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?\b", _deictic_day),
        ("relative_grain", rf"\b(?P<rel>earlier\s+this|later\s+this|last|this|next|past|previous|current|coming)\s+(?P<grain>week|weekend|month|year|quarter|{SEASON_RE})\b", _relative_grain),
        ("ago", rf"\b(?P<n>{NUMBER_RE})\s+(?P<unit>{UNIT_RE})\s+(?P<dir>ago|later|earlier|after|before)\b", _ago),
        ("quarter", rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+{_YEAR})?\b", _quarter),
        ("duration", rf"\b(?P<n>{NUMBER_RE})[\s-]+(?P<unit>{UNIT_RE})\b", _duration),
        ("set", rf"\b(?:every|each)\s+(?P<unit>day|week|month|year|{WEEKDAY_RE})\b", _set),
        ("vague", r"\b(?P<w>currently|at\s+present|nowadays|recently|in\s+the\s+future|the\s+past|the\s+future)\b", _vague),
        ("now", r"\b(?P<w>now)\b", _deictic_day),
    ]
)
