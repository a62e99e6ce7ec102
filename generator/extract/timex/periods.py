"""The periods a report is about: "the year", "the quarter", "the latest
period", "the year-ago quarter", "the 1988 quarter", "year-end", quarters and
halves by their ordinal ("the third quarter", "the first half") or code
("Q3 2025"). Resolved against the publication date or the period the text
named just before.
"""
from __future__ import annotations

import re
from datetime import date

from ...model import dates as v
from . import resolve
from .lexicon import ORDINALS, lookup
from .rule import MOD, PAST, Context, Norm, after, before, mod_of, rules

_YEAR_DIGITS = r"(?:1[6-9]|20)\d\d"
# How far back (in sentences) a reference time still counts for "the quarter".
_NEAR = 3
_PERIOD_ADJ = r"full|whole|entire|fiscal|latest|current|most\s+recent|recent|same|comparable|corresponding|year[\s-]ago|year[\s-]earlier|prior[\s-]year|just[\s-]ended|previous|preceding"

_YEAR_AGO = re.compile(r"year[\s-](?:ago|earlier)|prior[\s-]year", re.IGNORECASE)


def _the_period(m: re.Match, ctx: Context) -> Norm | None:
    """'the year', 'the quarter', 'the latest period', 'the year-ago quarter',
    'the quarter a year ago', 'the month'."""
    adj = " ".join(m["adj"].lower().split())
    grain = m["grain"].lower()
    year_ago = bool(_YEAR_AGO.search(adj) or m["ago"])
    if grain == "year":
        return _the_year(m, ctx, adj, year_ago)
    if grain in ("month", "week"):
        return None if adj else _the_month_or_week(m, ctx, v.MONTH if grain == "month" else v.WEEK)
    if grain == "period" and not adj:
        return None  # "the period" alone can be any stretch of time
    return _the_quarter(m, ctx, adj, year_ago)


def _the_year(m: re.Match, ctx: Context, adj: str, year_ago: bool) -> Norm:
    if re.match(r"\s+(?:ended|ending|that\s+ended|which\s+ended|to\s+date)\b", after(ctx, m), re.IGNORECASE):
        return Norm("DURATION", "P1Y")  # "the fiscal year ended Sept. 30": a stretch, dated by its end
    if "same" in adj:
        ref = resolve.reference(ctx)
        return Norm("DATE", resolve.truncate(ref, v.YEAR) if ref else None, mod_of(m), anchored=True)
    if ctx.dct is None:
        return Norm("DATE", None, mod_of(m))
    back = year_ago or any(word in adj for word in ("latest", "recent", "previous"))
    return Norm("DATE", str(ctx.dct.year - back), mod_of(m), anchored=year_ago)


def _the_month_or_week(m: re.Match, ctx: Context, precision: str) -> Norm:
    """'the month': the one the text is talking about, else the current one."""
    ref = resolve.reference(ctx, within=2)
    base = resolve.truncate(ref, precision) if ref else None
    if base is not None:
        return Norm("DATE", base, mod_of(m), anchored=True)
    return Norm("DATE", v.at_precision(ctx.dct, precision) if ctx.dct else None, mod_of(m))


def _the_quarter(m: re.Match, ctx: Context, adj: str, year_ago: bool) -> Norm:
    """The quarter a results report is about: the one named just before, else
    the last one that ended before publication."""
    ref = resolve.reference(ctx, (v.QUARTER,), within=_NEAR)
    if any(word in adj for word in ("current", "latest", "recent", "just")) and not year_ago:
        ref = None  # "the latest quarter": the one just ended, whatever was said before
    if "current" in adj and ctx.dct:
        base = v.quarter(ctx.dct)
    else:
        base = ref or (resolve.latest_quarter(ctx.dct) if ctx.dct else None)
    if base and year_ago:
        base = v.shift_value(base, "Y", -1)
    elif base and ("previous" in adj or "preceding" in adj):
        base = v.shift_value(base, "Q", -1)
    # A comparison period never becomes the period the text reports on.
    return Norm("DATE", base, mod_of(m), anchored=bool(ref) or year_ago)


def _year_period(m: re.Match, ctx: Context) -> Norm:
    """'the 1988 quarter': the quarter the text is about, in that year."""
    ref = resolve.reference(ctx, (v.QUARTER,), within=_NEAR)
    if ref is None and m["grain"].lower() == "quarter" and ctx.dct:
        ref = resolve.latest_quarter(ctx.dct)
    if ref is None or "-Q" not in ref:
        return Norm("DATE", m["y"])
    return Norm("DATE", f"{m['y']}{ref[4:]}", anchored=True)


def _year_ago(m: re.Match, ctx: Context) -> Norm:
    """'year-ago results', 'year-earlier profit': the same period a year before."""
    ref = resolve.reference(ctx, (v.QUARTER, v.MONTH, v.YEAR), within=_NEAR)
    if ref:
        return Norm("DATE", v.shift_value(ref, "Y", -1), anchored=True)
    return Norm("DATE", str(ctx.dct.year - 1) if ctx.dct else None, anchored=True)


def _year_end(m: re.Match, ctx: Context) -> Norm:
    if ctx.dct is None:
        return Norm("DATE", None, "END")
    since = before(ctx, m, 8)[-1:] == ["since"]
    return Norm("DATE", str(ctx.dct.year - since), "END")


def _quarter(m: re.Match, ctx: Context) -> Norm | None:
    half = m["kind"].lower() == "half"
    word = m["ord"].lower()
    if word in ("last", "latter"):
        if not half:
            return None  # "the last quarter" is relative (relative_grain)
        word = "second"
    number = lookup(ORDINALS, word) or int(word[0])
    if half and number > 2:
        return None
    year = _quarter_year(m, ctx)
    if year is None:
        return Norm("DATE", None)
    start = 6 * number - 5 if half else 3 * number - 2
    if not (m["y"] or m["yp"] or m["rel"]) and ctx.tense == PAST and ctx.dct and date(year, start, 1) > ctx.dct:
        year -= 1  # "fourth-quarter profit rose", reported in February
    value = f"{year}-{'H' if half else 'Q'}{number}"
    if m["ago"] and m["ago"].lower().startswith("year"):
        return Norm("DATE", v.shift_value(value, "Y", -1), anchored=True)
    return Norm("DATE", value)


def _quarter_year(m: re.Match, ctx: Context) -> int | None:
    """The year a quarter is in: written ('the 1988 second quarter'), relative
    ('this year's third quarter'), or the publication year."""
    written = (m["yp"] or "").lower()
    if m["y"] or written[:1].isdigit():
        return int(m["y"] or written)
    if ctx.dct is None:
        return None
    rel = (m["rel"] or written.split("year")[0]).strip().lower()
    return ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)


def _quarter_code(m: re.Match, ctx: Context) -> Norm | None:
    if m["y"]:
        year = int(m["y"])
    elif m["y2"]:
        year = 2000 + int(m["y2"]) if int(m["y2"]) < 50 else 1900 + int(m["y2"])
    elif ctx.dct:
        year = ctx.dct.year
    else:
        return Norm("DATE", None)
    return Norm("DATE", f"{year}-Q{m['qn']}")


PERIOD_RULES = rules([
    ("the_period", rf"\b{MOD}the\s+(?P<adj>(?:(?:{_PERIOD_ADJ})\s+)*)(?P<grain>year|quarter|period|month|week)(?P<ago>\s+(?:(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier)))?(?![\w-])", _the_period, r"year|quarter|period|month|week"),
    ("year_period", rf"\bthe\s+(?P<y>{_YEAR_DIGITS})\s+(?:fiscal\s+)?(?P<grain>quarter|period)(?![\w-])", _year_period),
    ("year_ago", r"\b(?:year[\s-](?:ago|earlier)|prior[\s-]year)(?=\s+[a-z])", _year_ago),
    ("year_end", r"\b(?:the\s+)?(?:fiscal\s+)?(?:year[\s-]end|year['’]s\s+end)(?![\w-])", _year_end),
    ("quarter", rf"\b(?:the\s+)?(?:(?P<ago>year[\s-](?:ago|earlier)|comparable|corresponding)\s+)?(?:(?P<yp>{_YEAR_DIGITS}|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s)\s+)?(?:fiscal[\s-]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|latter)[\s-]+(?:fiscal[\s-]+)?(?P<kind>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y>{_YEAR_DIGITS})|(?P<rel>this|last|next)\s+year))?(?![\w-])", _quarter, r"quarter|half"),
    ("quarter_code", rf"\bQ(?P<qn>[1-4])(?:\s+(?P<y>{_YEAR_DIGITS})|\s*['’](?P<y2>\d\d))?\b", _quarter_code),
])
