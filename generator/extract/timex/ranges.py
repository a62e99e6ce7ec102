"""Dates that are more than a point, as EDTF beside their TIMEX3 values.

TIMEX3 values stay what each expression says on its own ("2003" and "2006"
in "between 2003 and 2006"); ``Timex.edtf`` gives the meaning the words
around them add, the same on both ends of a range:

- two dates joined as a range: "between 2003 and 2006", "from 1980 to
  1988", "2003-2006", "from January through March 2006" (the first takes the
  year of the second where it names none): ``2003/2006``;
- a day range before or after a month: "from 1 to 5 September", "1-5
  September", "September 1-5": ``2025-09-01/2025-09-05``;
- two days in a row: "on Monday and Tuesday", "on April 8 and 9":
  ``1997-04-08/1997-04-09`` (the first day stays the TIMEX3 value);
- "since 2014": ``2014/..`` (open-ended);
- a qualified point: "around 2003" ``2003~``, "early September"
  ``2025-09-01~/2025-09-10~``, "the late 1990s" ``1996~/1999~``
  (``model.edtf_values.from_timex``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Timex
from ...model import dates as v
from ...model import edtf_values as edtf

_JOINED = re.compile(r"\s*(?:[-–—]|to|until|till|through|thru|and)\s*", re.I)
_OPENS = {"and": re.compile(r"\bbetween\s+$", re.I), "to": re.compile(r"\bfrom\s+$", re.I)}
_DAY_BEFORE = re.compile(r"(?:\b(?P<word>from|between)\s+)?\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:(?P<dash>[-–])|\s+(?P<sep>to|until|through|and)\s+)$", re.I)
_DAYS_AFTER = re.compile(r"^\s+(?P<a>[0-3]?\d)\s*[-–]\s*(?P<b>[0-3]?\d)\b(?![-–]?\d)")
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
# A day's date and the next day's number after it: "on April 8 and 9", "Nov. 21-22"; not a
# count ("on April 8 and 9 people were killed": the number must close the phrase).
_NEXT_DAY_AFTER = re.compile(r"^(?:\s*[-–]\s*|\s+(?:and|to|through)\s+)(?P<b>[0-3]?\d)(?:st|nd|rd|th)?(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|to|for|with|and)\b)", re.I)
_YEAR = re.compile(r"\d{4}")


def with_edtf(text: str, found: list[Timex], offset: int) -> list[Timex]:
    """``found`` (expressions of ``text``, shifted by ``offset``) with the
    EDTF value of each date that is more than a point."""
    found = [replace(t, edtf=edtf.from_timex(t.value, t.mod)) if _is_date(t) else t for t in found]
    for i, t in enumerate(found):
        if not _is_date(t):
            continue
        before, after = text[:t.start - offset], text[t.end - offset:]
        following = found[i + 1] if i + 1 < len(found) and _is_date(found[i + 1]) else None
        if following is not None and (pair := _pair(t, following, text, offset)) is not None:
            found[i], found[i + 1] = pair
        elif (value := _day_range(t, before, after)) is not None:
            found[i] = replace(t, edtf=value)
        elif _SINCE.search(before) and t.mod is None:
            found[i] = replace(t, edtf=edtf.since(t.value))
    return found


def _is_date(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and v.is_point(t.value)


def _pair(first: Timex, second: Timex, text: str, offset: int) -> tuple[Timex, Timex] | None:
    """Both ends of a range of two expressions, or None if they are not one."""
    gap = text[first.end - offset:second.start - offset]
    joined = _JOINED.fullmatch(gap)
    if joined is None:
        return None
    word = gap.strip().lower()
    before = text[:first.start - offset]
    if word == "and" and not _OPENS["and"].search(before) and not _next_days(first, second):
        return None  # "on Monday and Tuesday": two days in a row are a span
    if word not in ("and", "-", "–", "—") and not _OPENS["to"].search(before):
        return None
    start = _with_year_of(first, second)
    value = edtf.between(start.value, second.value)
    if value is None:
        return None
    return replace(start, edtf=value), replace(second, edtf=value)


def _next_days(first: Timex, second: Timex) -> bool:
    """Two days' dates, the second the day after the first."""
    a, b = v.parse_point(first.value), v.parse_point(second.value)
    return a.precision == b.precision == v.DAY and (b.first - a.first).days == 1


def _with_year_of(first: Timex, second: Timex) -> Timex:
    """'January' in 'from January through March 2006' is January 2006."""
    if _YEAR.search(first.text) or not _YEAR.search(second.text) or first.value[:4] == second.value[:4]:
        return first
    moved = second.value[:4] + first.value[4:]
    return replace(first, value=moved) if v.is_point(moved) and v.sort_key(moved) <= v.sort_key(second.value) else first


def _day_range(t: Timex, before: str, after: str) -> str | None:
    """'from 1 to 5 September', '1-5 September' (a day before a day's date)
    and 'September 1-5' (days after a month's)."""
    point = v.parse_point(t.value)
    if point.precision == v.DAY and t.text[:1].isdigit() and (m := _DAY_BEFORE.search(before)):
        if m["word"] is None and m["dash"] is None:
            return None  # "… 3 to 5 September" with no "from": a count as likely as a day
        return edtf.between(f"{t.value[:8]}{int(m['d']):02d}", t.value)
    if point.precision == v.DAY and not t.text[-1:].isalpha() and (m := _NEXT_DAY_AFTER.match(after)) and int(m["b"]) == point.first.day + 1:
        return edtf.between(t.value, f"{t.value[:8]}{int(m['b']):02d}")
    if point.precision == v.MONTH and (m := _DAYS_AFTER.match(after)):
        return edtf.between(f"{t.value}-{int(m['a']):02d}", f"{t.value}-{int(m['b']):02d}")
    return None
