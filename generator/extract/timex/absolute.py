"""Calendar dates written out in full or in part: '5 September, 2025',
'Sept. 5', '09/05/2025', 'September 2025', 'spring 2024', 'the 1990s',
'the 20th century', '2014', 'fiscal 1989', 'nineteen ninety-six'.

A part left out (the year of "Sept. 5") is resolved by ``resolve.py``.
"""
from __future__ import annotations

import re
from datetime import date

from . import resolve
from .lexicon import (
    CLOCK_AFTER_RE,
    DECADE_WORD_RE,
    DECADE_WORDS,
    MONTH_RE,
    NUMBER_LABELS,
    ORDINAL_RE,
    ORDINALS,
    SEASON_RE,
    SEASONS,
    WEEKDAY_RE,
    WEEKDAYS,
    lookup,
)
from .rule import APPROX, DAY, MOD, YEAR, YEAR_WORDS, Context, Norm, before, mod_of, month_of, rules, year_of

# Words after which "May" and "March" are months, not a verb or a noun.
_MONTH_CUES = {
    "in", "since", "by", "until", "till", "of", "from", "to", "through", "during", "before", "after",
    "between", "early", "late", "mid", "last", "next", "this", "and", "or",
}
_AMBIGUOUS_MONTHS = {5, 3}  # May, March
_CLOCK_AFTER = re.compile(CLOCK_AFTER_RE, re.I)
_YEAR_WORD_CUES = {"in", "since", "by", "until", "of", "from", "to", "before", "after", "during", "year"}


def day_value(year: int | None, month: int, day: int) -> str | None:
    """YYYY-MM-DD, or None for a day that does not exist or a year unknown."""
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: 29 February passes
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else None


def _iso(m: re.Match, ctx: Context) -> Norm | None:
    value = day_value(int(m["yy"]), int(m["mo"]), int(m["d"]))
    if value is None:
        return None
    return Norm("TIME", f"{value}T{m['time']}") if m["time"] else Norm("DATE", value)


def _numeric(m: re.Match, ctx: Context) -> Norm | None:
    year = int(m["yy"])
    if year < 100:
        year += 1900 if year > 50 else 2000
    first, second = int(m["a"]), int(m["b"])
    # Month first (US order) unless the first number cannot be a month.
    month, day = (second, first) if first > 12 or m["sep"] == "." else (first, second)
    value = day_value(year, month, day) if month <= 12 else None
    return Norm("DATE", value) if value else None


def _month_day(m: re.Match, ctx: Context) -> Norm | None:
    month = month_of(m)
    if month is None:
        return None
    day = int(m["d"])
    if not 1 <= day <= 31 or day_value(2000, month, day) is None:
        return None
    year = year_of(m)
    if year is None:
        way = resolve.leaning(before(ctx, m, 40))
        year = _year_from_weekday(month, day, m["wd"], ctx) or resolve.year_for(month, ctx, day=day, way=way)
    return Norm("DATE", day_value(year, month, day), mod_of(m))


def _year_from_weekday(month: int, day: int, weekday: str | None, ctx: Context) -> int | None:
    """'Saturday, April 25': the year near the publication date in which that day is a Saturday."""
    number = lookup(WEEKDAYS, weekday)
    if number is None or ctx.dct is None:
        return None
    fits = [y for y in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1) if day_value(y, month, day) and date(y, month, day).isoweekday() == number]
    return fits[0] if len(fits) == 1 else None


def _month_year(m: re.Match, ctx: Context) -> Norm | None:
    month = month_of(m)
    if month is None:
        return None
    year = year_of(m)
    if year is None and m["rel"]:
        if ctx.dct is None:
            return Norm("DATE", None, mod_of(m))
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    if year is None:
        return None
    return Norm("DATE", f"{year:04d}-{month:02d}", mod_of(m))


def _month(m: re.Match, ctx: Context) -> Norm | None:
    month = month_of(m)
    if month is None or not _is_month_name(m, month, ctx):
        return None
    rel = m["rel"].lower() if m["rel"] else None
    year = resolve.year_for(month, ctx, rel=rel, way=resolve.leaning(before(ctx, m, 40)))
    return Norm("DATE", f"{year:04d}-{month:02d}" if year else None, mod_of(m))


def _is_month_name(m: re.Match, month: int, ctx: Context) -> bool:
    """False for "May" the verb, "March" the walk, "June" a person's name."""
    token = _token_at(ctx, m.start("mon"))
    if token is not None and (token.tag_ == "MD" or token.ent_type_ in ("PERSON", "ORG")):
        return False
    if month not in _AMBIGUOUS_MONTHS or m["rel"] or m["mod"]:
        return True
    words = before(ctx, m, 12)
    return bool(words) and words[-1] in _MONTH_CUES


def _token_at(ctx: Context, char: int):
    if ctx.doc is None:
        return None
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season(m: re.Match, ctx: Context) -> Norm | None:
    code = SEASONS[m["season"].lower()]
    year, rel = year_of(m), (m["rel"] or "").lower()
    if year is None and not rel:
        cued = m["the"] or before(ctx, m, 10)[-1:] in (["in"], ["during"], ["over"], ["since"], ["until"], ["by"])
        if not cued or ctx.text[m.end():m.end() + 4].lower() == " of ":
            return None  # "spring into action", "the fall of Kabul"
    if year is None:
        year = _season_year(code, rel, ctx)
    return Norm("DATE", f"{year:04d}-{code}" if year else None, mod_of(m))


def _season_year(code: str, rel: str, ctx: Context) -> int | None:
    if ctx.dct is None:
        return None
    dct = ctx.dct
    started = dct.year if (dct.month >= _SEASON_START[code]) else dct.year - 1  # latest start on or before the DCT
    ongoing = dct.month in [(_SEASON_START[code] + i - 1) % 12 + 1 for i in range(3)]
    if rel == "this":
        return started if ongoing else dct.year
    if rel in ("last", "past", "previous"):
        return started - 1 if ongoing else started
    if rel in ("next", "coming"):
        return started + 1
    if resolve.direction(ctx) < 0:
        return started
    if resolve.direction(ctx) > 0:
        return started if ongoing else started + 1
    return dct.year


def _decade(m: re.Match, ctx: Context) -> Norm | None:
    if m["dec"]:
        return Norm("DATE", m["dec"][:3], mod_of(m))
    if not (m["the"] or m["dec2"]):
        return None  # "in their forties", "his 90s": ages
    digit = DECADE_WORDS.get((m["decw"] or "").lower()) or int((m["dec2"] or m["dec3"])[0])
    latest = ctx.dct.year if ctx.dct else 1999
    start = latest // 100 * 100 + digit * 10
    if start > latest:
        start -= 100
    return Norm("DATE", str(start // 10), mod_of(m))


def _century(m: re.Match, ctx: Context) -> Norm | None:
    word = m["ord"].lower()
    number = ORDINALS.get(word) or (int(word[:-2]) if word[:-2].isdigit() else None)
    if not number or number < 1:
        return None
    return Norm("DATE", f"{number - 1:02d}", mod_of(m))


def _year(m: re.Match, ctx: Context) -> Norm | None:
    token = _token_at(ctx, m.start("y"))
    if token is not None and token.dep_ == "nummod" and token.head.tag_ == "NNS" and token.head.i == token.i + 1:
        return None  # "2025 troops": a count
    label = re.findall(r"[\w]+", ctx.text[max(0, m.start("y") - 24):m.start("y")].lower())[-1:]
    if set(label) & NUMBER_LABELS or _CLOCK_AFTER.match(ctx.text, m.end("y")):
        return None  # "Resolution 1636", "1700 GMT": a number that names a thing, a clock time
    return Norm("DATE", m["y"], mod_of(m))


def _year_words(m: re.Match, ctx: Context) -> Norm | None:
    year = year_of(m)
    if year is None:
        return None
    if m["yw"].lower().startswith("two") and not m["theyear"] and not set(before(ctx, m, 10)[-1:]) & _YEAR_WORD_CUES:
        return None  # "two thousand troops"
    return Norm("DATE", f"{year:04d}", mod_of(m))


def _range_end(m: re.Match, ctx: Context) -> Norm | None:
    """The second year of '2014-2022' or '2014–22'."""
    first = ctx.text[m.start() - 5:m.start() - 1]
    if not first.isdigit():
        return None
    end = int(m["x"]) if len(m["x"]) == 4 else int(first[:2] + m["x"])
    return Norm("DATE", str(end)) if int(first) < end < int(first) + 100 else None


_END = r"(?![\w%-]|[.,]\d)"
_MONTH_TRIGGER = rf"\b{MONTH_RE}"
_WEEKDAY_PREFIX = rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+(?:the\s+)?)?"

RULES = rules([
    ("iso", r"\b(?P<yy>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:T(?P<time>\d{2}:\d{2}(?::\d{2})?))?\b", _iso),
    ("numeric", r"(?<![\d/.])\b(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<yy>\d{4}|\d{2})\b(?![/.]\d)", _numeric),
    ("month_day", rf"\b{MOD}{_WEEKDAY_PREFIX}(?P<mon>{MONTH_RE})\s+{DAY}(?:(?:,\s*|\s+)(?:of\s+)?{YEAR})?{_END}", _month_day, _MONTH_TRIGGER),
    ("day_month", rf"\b{MOD}{_WEEKDAY_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?:,?\s+{YEAR})?{_END}", _month_day, _MONTH_TRIGGER),
    ("month_year", rf"\b{MOD}(?P<mon>{MONTH_RE}),?\s+(?:of\s+)?(?:{YEAR}|(?P<rel>this|last|next)\s+year){_END}", _month_year, _MONTH_TRIGGER),
    ("month", rf"\b{MOD}(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<mon>{MONTH_RE})(?![\w-])", _month, _MONTH_TRIGGER),
    ("season", rf"\b(?:(?P<the>the)\s+)?{MOD}(?:(?P<rel>last|next|this|coming|past|previous)\s+)?(?P<season>{SEASON_RE})(?:,?\s+(?:of\s+)?{YEAR})?(?![\w-])", _season, SEASON_RE),
    ("decade", rf"\b(?:(?P<the>the)\s+)?{MOD}(?:(?P<dec>1[0-9]\d0|20\d0)['’]?s|['’](?P<dec2>\d0)['’]?s|(?P<dec3>\d0)s|(?P<decw>{DECADE_WORD_RE}))(?!\w)", _decade, rf"\d0['’]?s\b|{DECADE_WORD_RE}"),
    ("century", rf"\b(?:(?P<the>the)\s+)?{MOD}(?P<ord>{ORDINAL_RE})[\s-]+century\b", _century, r"centur"),
    ("year", rf"(?<![\w$£€#/.,-]){APPROX}{MOD}(?:the\s+year\s+|(?:fiscal(?:\s+year)?|FY)\s*)?(?P<y>1[6-9]\d\d|20\d\d)(?!\w|[.,]\d|\s*(?:%|percent\b|per\s+cent))", _year),
    ("year_words", rf"\b{MOD}(?:(?P<theyear>the\s+year)\s+)?{YEAR_WORDS}(?![\w-])", _year_words, r"\b(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|thousand)"),
    ("range_end", r"(?<=\d{4}[-–])(?P<x>\d{4}|\d{2})(?![\w-])", _range_end),
])
