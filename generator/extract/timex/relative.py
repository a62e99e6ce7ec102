"""Expressions resolved against the publication date (DCT) or the reference
time (the latest date the text stated before): weekdays, "yesterday", "last
month", "this week", "a day after", "two weeks later", "a year ago", times
of day; the periods a report is about ("the year-ago quarter") are in
``periods.py``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ...model import dates as v
from . import resolve
from .lexicon import (
    MONTH_RE,
    MONTHS,
    PART_OF_DAY_RE,
    PARTS_OF_DAY,
    TIME_ZONES,
    UNIT_RE,
    UNITS,
    WEEKDAY_NAME_PREFIXES,
    WEEKDAY_RE,
    WEEKDAYS,
    lookup,
)
from .numbers import AMOUNT_RE, parse_number
from .periods import PERIOD_RULES
from .rule import APPROX, FUTURE, MOD, Context, Norm, after, before, mod_of, rules


def _weekday(m: re.Match, ctx: Context) -> Norm | None:
    if not m["wd"][0].isupper() or set(before(ctx, m, 12)[-1:]) & WEEKDAY_NAME_PREFIXES:
        return None  # "Black Friday"
    part = lookup(PARTS_OF_DAY, m["part"])
    rel = (m["rel"] or "").lower() or None
    day = resolve.weekday(lookup(WEEKDAYS, m["wd"]), ctx, rel, resolve.leaning(before(ctx, m, 40), deadlines=False))
    return _day_norm(day, part, mod_of(m))


def _day_norm(day: date | None, part: str | None, mod: str | None = None, anchored: bool = False) -> Norm:
    if day is None:
        return Norm("TIME" if part else "DATE", None, mod, anchored)
    if part:
        return Norm("TIME", f"{v.day(day)}T{part}", mod, anchored)
    return Norm("DATE", v.day(day), mod, anchored)


_DEICTIC_OFFSET = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2,
}


def _deictic(m: re.Match, ctx: Context) -> Norm:
    word = re.sub(r"\s+", " ", m["w"].lower())
    part = lookup(PARTS_OF_DAY, m["part"] or m["part1"]) or ("NI" if word == "tonight" else None)
    day = ctx.dct + timedelta(days=_DEICTIC_OFFSET[word]) if ctx.dct else None
    return _day_norm(day, part, mod_of(m))


def _part_of_day(m: re.Match, ctx: Context) -> Norm:
    """'this morning', 'last night', 'later this afternoon'."""
    rel = m["rel"].lower().split()[-1]
    day = ctx.dct - timedelta(days=1) if ctx.dct and rel == "last" else ctx.dct
    return _day_norm(day, lookup(PARTS_OF_DAY, m["part"]), mod_of(m))


def _the_part_of_day(m: re.Match, ctx: Context) -> Norm:
    """'in the morning': of the day the text is talking about."""
    ref = resolve.reference(ctx, (v.DAY, v.TIME), within=2)
    day = v.parse_point(ref).first if ref else ctx.dct
    return _day_norm(day, lookup(PARTS_OF_DAY, m["part"]), mod_of(m), anchored=bool(ref))


_OFFSETS = {
    "last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
    "earlier this": 0, "later this": 0, "the past": -1, "the last": -1, "the current": 0, "the coming": 1,
}
# Relative to the reference time: "the following year", "that day".
_REFERENCE_OFFSETS = {
    "the following": 1, "following": 1, "the next": 1, "the previous": -1, "the preceding": -1,
    "the prior": -1, "prior": -1, "the same": 0, "that": 0,
}
_GRAIN = {
    "day": (v.DAY, "D"), "week": (v.WEEK, "W"), "weekend": (v.WEEK, "W"), "month": (v.MONTH, "M"),
    "quarter": (v.QUARTER, "Q"), "year": (v.YEAR, "Y"), "decade": (v.DECADE, "DE"), "century": (v.CENTURY, "CE"),
}


def _relative_grain(m: re.Match, ctx: Context) -> Norm | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    grain = m["grain"].lower()
    precision, unit = _GRAIN[grain]
    suffix = "-WE" if grain == "weekend" else ""
    if rel in _REFERENCE_OFFSETS:
        ref = resolve.reference(ctx)
        base = resolve.truncate(ref, precision) if ref else None
        if base is None and rel in ("the next", "the previous", "the prior", "prior") and ctx.dct:
            base = v.at_precision(ctx.dct, precision)  # "the previous year": before now
            ref = None
        value = v.shift_value(base, unit, _REFERENCE_OFFSETS[rel]) if base else None
        return Norm("DATE", value + suffix if value else None, mod_of(m), anchored=bool(ref))
    if grain == "day":
        return None  # "the last day of …" is not yesterday
    if ctx.dct is None:
        return Norm("DATE", None, mod_of(m))
    value = v.shift_value(v.at_precision(ctx.dct, precision), unit, _OFFSETS[rel])
    return Norm("DATE", value + suffix, mod_of(m))


_SHIFT_FORMAT = {"D": v.DAY, "W": v.WEEK, "M": v.MONTH, "Q": v.QUARTER, "Y": v.YEAR, "DE": v.DECADE, "CE": v.CENTURY}


def _shifted(m: re.Match, ctx: Context) -> Norm | None:
    """'two weeks ago', 'a day after', 'three months later', 'the day before'."""
    amount = 1 if m["the"] else parse_number(m["n"]) if m["n"] else None
    unit = UNITS[m["unit"].lower()]
    if unit == "2W":
        unit, amount = "W", 2 * amount if amount else None
    direction = m["dir"].lower().split()[0]
    plural = m["unit"].lower().endswith(("s", "ies"))
    if amount is None and not m["n"] and (not plural or direction not in ("ago", "back")):
        return None  # "day after day", "days after": no amount to count
    if unit not in _SHIFT_FORMAT or (amount is not None and amount != int(amount)):
        return Norm("DATE", None, mod_of(m))  # hours, half years: no day to name
    if direction in ("ago", "back", "hence", "from"):
        return _from_now(m, ctx, unit, amount, -1 if direction in ("ago", "back") else 1)
    sign = 1 if direction in ("later", "after") else -1
    follows = after(ctx, m, 2).strip()
    if direction in ("after", "before") and follows[:1].isalnum():
        if _anchor_unknown(m, ctx):
            return Norm("DATE", None, mod_of(m), anchored=True)
        sign = -sign  # "came a day after Macron announced": the announcement is the earlier
    ref = resolve.reference(ctx)
    if amount is None or ref is None:
        return Norm("DATE", None, mod_of(m), anchored=True)
    return Norm("DATE", v.shift_value(ref, unit, sign * int(amount)), mod_of(m), anchored=True)


# Words that may stand before an expression that opens its sentence: "Only one day after …".
_OPENERS = frozenset({"", "only", "just", "barely", "even", "and", "but", "some", "about"})


def _anchor_unknown(m: re.Match, ctx: Context) -> bool:
    """Whether "N days after X" names a day the reference time cannot give.

    The reference time is the day of the clause the expression stands in
    ("Putin spoke on Friday. His remarks came a day after Macron announced
    it": Friday), so X is N days off it. Not so when X is a happening named
    by a noun ("two months after Arafat's death", "a week after the final
    round": its day is X's, which the text has not given), nor when the
    expression opens its sentence ("Only one day after Israel announced …,
    tank shells struck … on Wednesday"): the clause it dates comes after it,
    with a day of its own the reference time is not."""
    if ctx.doc is None:
        return False
    word = ctx.doc.char_span(*m.span("dir"), alignment_mode="expand")
    if word is None:
        return False
    token = word[0]
    if any(c.dep_ == "pobj" for c in token.children):
        return True
    opening = ctx.text[token.sent.start_char:m.start()].strip(" ,\n").lower()
    return opening in _OPENERS


def _from_now(m: re.Match, ctx: Context, unit: str, amount, sign: int) -> Norm:
    if amount is None:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod_of(m))
    # "profit fell from a year ago": the same period (a quarter) a year before.
    ref = resolve.reference(ctx, (v.QUARTER,), within=1) if unit == "Y" and sign < 0 else None
    if ref:
        return Norm("DATE", v.shift_value(ref, "Y", -int(amount)), mod_of(m), anchored=True)
    if ctx.dct is None:
        return Norm("DATE", None, mod_of(m))
    moved = v.shift(ctx.dct, unit, sign * int(amount))
    return Norm("DATE", v.at_precision(moved, _SHIFT_FORMAT[unit]), mod_of(m))


def _weekend(m: re.Match, ctx: Context) -> Norm:
    if ctx.dct is None:
        return Norm("DATE", None)
    dct = ctx.dct
    if ctx.tense == FUTURE:
        saturday = dct + timedelta(days=(6 - dct.isoweekday()) % 7)
    else:
        saturday = dct - timedelta(days=(dct.isoweekday() - 6) % 7)
    return Norm("DATE", v.week(saturday) + "-WE")


_CLOCK_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}


def _clock(m: re.Match, ctx: Context) -> Norm | None:
    """'7:15 p.m.', 'noon Thursday', '5 p.m. EST Nov. 9'."""
    if m["word"]:
        hour, minute = _CLOCK_WORDS[m["word"].lower()]
    else:
        hour, minute = int(m["h"]), int(m["min"] or 0)
        ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
        if hour > 12 and ampm in ("am", "pm") or hour > 23 or minute > 59:
            return None
        hour += 12 if ampm == "pm" and hour < 12 else -12 if ampm == "am" and hour == 12 else 0
    day, anchored = _clock_day(m, ctx)
    if day is None:
        return Norm("TIME", None, mod_of(m))
    clock = f"{hour:02d}:{minute:02d}" if m["min"] else f"{hour:02d}"
    return Norm("TIME", f"{v.day(day)}T{clock}", mod_of(m), anchored)


def _clock_day(m: re.Match, ctx: Context) -> tuple[date | None, bool]:
    """The day of a time: the one written after it, else the day the text is
    talking about, else the publication day."""
    when = (m["when"] or "").lower()
    if m["mon"]:
        month = lookup(MONTHS, m["mon"])
        year = resolve.year_for(month, ctx, day=int(m["d"]), way=resolve.leaning(before(ctx, m, 40)))
        try:
            return (date(year, month, int(m["d"])) if year else None), False
        except ValueError:
            return None, False
    if when in _DEICTIC_OFFSET:
        return (ctx.dct + timedelta(days=_DEICTIC_OFFSET[when]) if ctx.dct else None), False
    if when:
        return resolve.weekday(lookup(WEEKDAYS, when), ctx), False
    ref = resolve.reference(ctx, (v.DAY, v.TIME), within=1)
    return (v.parse_point(ref).first if ref else ctx.dct), bool(ref)


_PART = rf"(?P<part>{PART_OF_DAY_RE})"
_REL_GRAIN = (
    r"earlier\s+this|later\s+this|the\s+past|the\s+last|the\s+current|the\s+coming|the\s+following|the\s+next|"
    r"the\s+previous|the\s+preceding|the\s+prior|the\s+same|last|this|next|past|previous|current|coming|following|prior|that"
)

RULES = rules([
    ("weekday", rf"\b{MOD}(?:(?P<rel>last|next|this|coming|past|previous)\s+)?(?P<wd>{WEEKDAY_RE})(?:,?\s+{_PART})?(?![\w-])", _weekday, WEEKDAY_RE),
    ("deictic", rf"\b{MOD}(?:(?P<part1>{PART_OF_DAY_RE})\s+)?(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+{_PART})?(?![\w-])", _deictic, r"today|tonight|yesterday|tomorrow"),
    ("part_of_day", rf"\b{MOD}(?P<rel>this|last|later\s+this|earlier\s+this)\s+{_PART}(?![\w-])", _part_of_day, PART_OF_DAY_RE),
    ("the_part_of_day", rf"\b(?:in|during|by|until|since|early\s+in|late\s+in|later\s+in|earlier\s+in)\s+(?P<x>(?:the\s+)?{MOD}{_PART})(?![\w-])", _the_part_of_day, PART_OF_DAY_RE),
    ("relative_grain", rf"\b{MOD}(?P<rel>{_REL_GRAIN})\s+(?P<grain>weekend|week|month|quarter|year|decade|century|day)(?![\w-])", _relative_grain, r"week|month|quarter|year|decade|century|day"),
]) + PERIOD_RULES + rules([
    ("shifted", rf"\b{APPROX}(?:(?:(?P<the>the)|(?P<n>{AMOUNT_RE}))[\s-]+)?(?:more\s+)?(?P<unit>{UNIT_RE})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|back|hence|from\s+now)(?![\w-])", _shifted, r"\b(?:ago|earlier|later|before|after|back|hence|from\s+now)\b"),
    ("weekend", r"\bthe\s+weekend\b", _weekend),
    ("clock", rf"\b{APPROX}(?:(?P<h>\d{{1,2}})(?:[:.](?P<min>\d{{2}}))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]m\b|o['’]clock)|(?P<word>noon|midday|midnight)\b)(?:\s+{TIME_ZONES}\b)?(?:,?\s+(?:on\s+)?(?P<when>{WEEKDAY_RE}|today|tonight|yesterday|tomorrow|(?P<mon>{MONTH_RE})\s+(?P<d>[0-3]?\d)\b))?", _clock, r"[ap]\.?\s?m\b|o['’]clock|noon|midday|midnight"),
])
