"""EDTF values (the Library of Congress's Extended Date/Time Format): a date
that is more than a point, as one value beside its TIMEX3 ``date``.

- a range: ``2025-09-01/2025-09-05`` ("from 1 to 5 September"),
  ``2003/2006`` ("between 2003 and 2006"), ``2014/..`` ("since 2014", open);
- an approximate date: ``2003~`` ("around 2003");
- a part of a period: ``2025-09-01~/2025-09-10~`` ("early September"), the
  first, middle or last third of it, its ends approximate;
- a decade or century: ``199X``, ``19XX``; a season ``2025-22``, a quarter
  ``2025-33``, a half year ``2025-40`` (EDTF's sub-year codes).

The ``edtf`` package reads a value; this module turns TIMEX3 values and mods
into EDTF, and gives readers, sorting and exports its interval and label.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import edtf

from . import dates

_SEASON_CODES = {"SP": 21, "SU": 22, "FA": 23, "WI": 24, "Q1": 33, "Q2": 34, "Q3": 35, "Q4": 36, "H1": 40, "H2": 41}
_THIRDS = {"START": 0, "MID": 1, "END": 2}
_THIRD_WORDS = ("early", "mid", "late")
_OPEN_END = {"AFTER": False, "ON_OR_AFTER": False, "BEFORE": True, "ON_OR_BEFORE": True}  # True: open at the start
_MONTH_ABBR = list(calendar.month_abbr)
# One end of a value ``span`` reads without the package: a year, month or
# day, a decade or century, with at most one qualifier.
_PLAIN_END = re.compile(r"(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?|\d{3}X|\d{2}XX)[~?%]?")
_OPEN = ".."


@dataclass(frozen=True)
class Span:
    """The days an EDTF value covers; None at an open end ("since 2014")."""

    value: str
    first: date | None
    last: date | None
    approximate: bool  # "~" or "?" somewhere in it

    @property
    def sort_day(self) -> date:
        return self.first or date.min


def point(value: str | None) -> str | None:
    """The EDTF form of a TIMEX3 point value ('199' is '199X', '2025-SU'
    '2025-22', a week an interval of its days), or None if it is no point."""
    p = dates.parse_point(value)
    if p is None:
        return None
    if p.precision in (dates.DAY, dates.TIME):
        return p.first.isoformat()
    if p.precision == dates.WEEK:
        return f"{p.first.isoformat()}/{p.last.isoformat()}"
    if p.precision in (dates.SEASON, dates.QUARTER):
        return f"{value[:4]}-{_SEASON_CODES[value[5:]]}"
    if p.precision == dates.DECADE:
        return f"{value}X"
    if p.precision == dates.CENTURY:
        return f"{value}XX"
    return value


def from_timex(value: str | None, mod: str | None) -> str | None:
    """The EDTF value of a TIMEX3 point qualified by ``mod``: 'around'
    (APPROX) is approximate, 'early', 'mid' and 'late' (START, MID, END) the
    third of the period, 'before' and 'after' open intervals; None when the
    point says it all (no mod, or one EDTF cannot state)."""
    base = point(value)
    if base is None or mod is None:
        return None
    if mod == "APPROX":
        approximate = "/".join(f"{end}~" for end in base.split("/"))
        if span(approximate) is None:  # a season or quarter: the package reads no "2025-22~"
            p = dates.parse_point(value)
            return f"{dates.month(p.first)}~/{dates.month(p.last)}~"
        return approximate
    if mod in _THIRDS:
        return _third(value, _THIRDS[mod])
    if mod in _OPEN_END:
        return _interval(None, value) if _OPEN_END[mod] else _interval(value, None)
    return None


def _third(value: str, index: int) -> str | None:
    """The first, middle or last third of a period, in its next finer unit
    (days of a week or month, months of a year or season, years of a decade
    or century), both ends approximate."""
    p = dates.parse_point(value)
    if p.precision in (dates.WEEK, dates.MONTH):
        units = [p.first + timedelta(days=n) for n in range((p.last - p.first).days + 1)]
        show = date.isoformat
    elif p.precision in (dates.SEASON, dates.QUARTER, dates.YEAR):
        units = sorted({dates.month(p.first + timedelta(days=n)) for n in range((p.last - p.first).days + 1)})
        show = str
    elif p.precision in (dates.DECADE, dates.CENTURY):
        units = list(range(p.first.year, p.last.year + 1))
        show = lambda year: f"{year:04d}"  # noqa: E731
    else:
        return None
    bounds = [len(units) * k // 3 for k in range(4)]
    part = units[bounds[index]:bounds[index + 1]]
    return f"{show(part[0])}~" if len(part) == 1 else f"{show(part[0])}~/{show(part[-1])}~"


def between(first: str | None, last: str | None) -> str | None:
    """The EDTF interval from TIMEX3 value ``first`` to ``last`` ('2003',
    '2006': '2003/2006'); None unless both are points and ``first`` is not
    after ``last``."""
    a, b = dates.parse_point(first), dates.parse_point(last)
    if a is None or b is None or a.first > b.first or b.last < a.last:
        return None
    return _interval(first, last)


def since(value: str | None) -> str | None:
    """'since 2014': from the point on, open-ended."""
    return _interval(value, None) if point(value) else None


def _interval(first: str | None, last: str | None) -> str:
    """The EDTF interval from the start of TIMEX3 point ``first`` to the end
    of point ``last`` (None: an open end); by months where EDTF has no
    interval of the ends' own kind (of quarters: '2010-34/2010-36')."""
    value = f"{point(first).split('/')[0] if first else _OPEN}/{point(last).split('/')[-1] if last else _OPEN}"
    if span(value) is not None:
        return value
    start = dates.month(dates.parse_point(first).first) if first else _OPEN
    return f"{start}/{dates.month(dates.parse_point(last).last) if last else _OPEN}"


@lru_cache(maxsize=65536)
def span(value: str | None) -> Span | None:
    """The days an EDTF value covers, or None if it is not EDTF. The plain
    forms are read here (``_plain_span``), the others by the ``edtf``
    package (20 to 140 ms a value: its grammar is slow)."""
    if not value:
        return None
    plain = _plain_span(value)
    if plain is not None:
        return plain
    try:
        parsed = edtf.parse_edtf(value)
        first, last = _day(parsed.lower_strict()), _day(parsed.upper_strict())
    except (edtf.EDTFParseException, ValueError, TypeError, AttributeError):  # ValueError: a year 0 the package reads
        return None
    return Span(value, first, last, "~" in value or "?" in value or "%" in value)


def _plain_span(value: str) -> Span | None:
    """The span of a point or an interval of ``_PLAIN_END`` ends (either
    end of an interval may be open: ``..``), as the package reads it; None
    for any other form, or an impossible day, or ends in the wrong order."""
    ends = value.split("/")
    if len(ends) > 2 or all(end == _OPEN for end in ends) or not all(end == _OPEN or _PLAIN_END.fullmatch(end) for end in ends):
        return None
    try:
        first, last = (None if end == _OPEN else _end_days(end.rstrip("~?%")) for end in (ends[0], ends[-1]))
    except ValueError:  # a day the calendar does not have
        return None
    if first and last and first[0] > last[1]:
        return None
    return Span(value, first and first[0], last and last[1], "~" in value or "?" in value or "%" in value)


def _end_days(end: str) -> tuple[date, date]:
    """The first and last day of a year, month, day, decade (``199X``) or
    century (``19XX``): those of the TIMEX3 point of its digits (``199``,
    ``19``). Raises ValueError for a day the calendar does not have or a year 0."""
    point = dates.parse_point(end.rstrip("X"))  # a year 0 raises ValueError
    if point is None or point.first.year != int(end[:4].replace("X", "0")):  # None: no such day; a century 00XX starts at 1
        raise ValueError(f"no such day: {end}")
    return point.first, point.last


def _day(struct) -> date | None:
    """A day from the package's time.struct_time; None for an open end (±inf)."""
    if isinstance(struct, float):
        return None
    return date(struct.tm_year, struct.tm_mon, struct.tm_mday)


def day_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day of an exact, closed range of days
    ('2025-09-01/2025-09-05'); None for anything vaguer."""
    s = span(value)
    if s is None or s.approximate or "/" not in value or s.first is None or s.last is None:
        return None
    start, end = value.split("/")
    return (s.first, s.last) if len(start) == len(end) == 10 else None


def end_precision(text: str) -> str:
    """The precision of one end of an EDTF interval: day, month or year
    (a season, a decade or a century counts as its start's year or month)."""
    text = text.rstrip("~?%")
    if len(text) == 10:
        return dates.DAY
    if len(text) == 7:
        return dates.MONTH
    return dates.YEAR


def agrees(value: str | None, timex: str | None) -> bool:
    """True when EDTF ``value`` and TIMEX3 ``timex`` share a day (or either is
    missing): an editor who changes one must not leave the other elsewhere."""
    s, p = span(value), dates.parse_point(timex)
    if s is None or p is None:
        return True
    return (s.first is None or s.first <= p.last) and (s.last is None or p.first <= s.last)


def sort_key(value: str | None, edtf_value: str | None = None) -> tuple:
    """An event's place in time: by its EDTF interval where it has one, else
    by its TIMEX3 value (``dates.sort_key``)."""
    s = span(edtf_value)
    if s is None:
        return dates.sort_key(value)
    width = (s.last - s.sort_day).days if s.last and s.first else 1 << 30
    return (s.sort_day, -width, value or "")


def display(value: str | None, edtf_value: str | None = None) -> str:
    """How a reader sees an event's date: its EDTF meaning where it has one
    ('1–5 Sep 2025', 'c. 2003', 'early Sep 2025', 'since 2014'), else its
    TIMEX3 value at its precision (``dates.display``)."""
    s = span(edtf_value)
    if s is None:
        return dates.display(value)
    return _label(edtf_value) or dates.display(value)


def _label(value: str) -> str | None:
    if "/" not in value:
        inner = value.rstrip("~?%")
        text = _end(inner)
        return None if text is None else (f"c. {text}" if inner != value else text)
    start, end = value.split("/", 1)
    if start in ("", "..") and end not in ("", ".."):
        return f"until {_end(end.rstrip('~?%'))}"
    if end in ("", "..") and start not in ("", ".."):
        return f"since {_end(start.rstrip('~?%'))}"
    third = _third_label(start, end)
    if third:
        return third
    a, b = _end(start.rstrip("~?%")), _end(end.rstrip("~?%"))
    if a is None or b is None:
        return None
    approximate = "c. " if start.endswith(("~", "?")) or end.endswith(("~", "?")) else ""
    return approximate + _join(a, b)


def _third_label(start: str, end: str) -> str | None:
    """'early Sep 2025', 'late 1990s': an interval ``_third`` makes, in words."""
    if not (start.endswith("~") and end.endswith("~")):
        return None
    for base, index in _periods_starting(start.rstrip("~")):
        if _third(base, index) == f"{start}/{end}":
            return f"{_THIRD_WORDS[index]} {dates.display(base)}"
    return None


def _periods_starting(start: str) -> list[tuple[str, int]]:
    """The TIMEX3 periods (with the index of the third) that a third
    starting at ``start`` could belong to: a day's month, a month's year, a
    year's decade or century."""
    bases = {10: [start[:7]], 7: [start[:4]], 4: [start[:3], start[:2]]}.get(len(start), [])
    return [(base, index) for base in bases for index in range(3)]


def _end(value: str) -> str | None:
    """One end of an interval (or a lone date) as a reader sees it."""
    if value.endswith("XX") and len(value) == 4:
        return dates.display(value[:2])
    if value.endswith("X") and len(value) == 4:
        return dates.display(value[:3])
    if len(value) == 7 and value[5:].isdigit() and int(value[5:]) > 12:
        code = {v: k for k, v in _SEASON_CODES.items()}.get(int(value[5:]))
        return dates.display(f"{value[:4]}-{code}") if code else None
    return dates.display(value) if dates.parse_point(value) else None


def _join(a: str, b: str) -> str:
    """'1 Sep 2025' and '5 Sep 2025' as '1–5 Sep 2025'; 'Jan 2006' and
    'Mar 2006' as 'Jan–Mar 2006'; otherwise 'a – b' (or 'a–b' for years)."""
    pa, pb = a.split(" "), b.split(" ")
    if len(pa) == len(pb) == 3 and pa[1:] == pb[1:]:
        return f"{pa[0]}–{b}"
    if len(pa) == len(pb) == 3 and pa[2] == pb[2]:
        return f"{pa[0]} {pa[1]} – {b}"
    if len(pa) == len(pb) == 2 and pa[1] == pb[1] and not pa[0].startswith(("week", "weekend")):
        return f"{pa[0]}–{b}"
    if len(pa) == len(pb) == 1:
        return f"{a}–{b}"
    return f"{a} – {b}"
