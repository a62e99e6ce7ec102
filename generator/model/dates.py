"""TIMEX3 values: parse them into intervals, shift dates, and show them to readers.

A point value has a precision (decade, year, season/quarter, month, week, day or
time) and covers an interval of days; clustering and sorting work on that interval.
Durations (``P3M``), sets and references (``PRESENT_REF``) are not points.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta

CENTURY, DECADE, YEAR, QUARTER, SEASON, MONTH, WEEK, DAY, TIME = (
    "century", "decade", "year", "quarter", "season", "month", "week", "day", "time",
)
# From the coarsest precision to the finest (a half year counts as a quarter).
PRECISIONS = (CENTURY, DECADE, YEAR, SEASON, QUARTER, MONTH, WEEK, DAY, TIME)

# Days each season covers in the northern hemisphere, as (start month, months).
_SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_MONTH_ABBR = [m for m in calendar.month_abbr]  # "", "Jan", …

_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.*)?$")
_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER_RE = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_YEAR_RE = re.compile(r"^(\d{4})$")
_DECADE_RE = re.compile(r"^(\d{3})$")
_CENTURY_RE = re.compile(r"^(\d{2})$")
_PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"}


@dataclass(frozen=True)
class Point:
    """A point value as the interval of days it covers."""

    value: str
    precision: str
    first: date
    last: date


@lru_cache(maxsize=65536)  # pages and exports ask for the same values thousands of times
def parse_point(value: str | None) -> Point | None:
    """Return the interval a TIMEX3 point value covers, or None if it is not a point."""
    if not value:
        return None
    if m := _DAY_RE.match(value):
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return Point(value, TIME if m[4] else DAY, d, d)
    if m := _WEEK_RE.match(value):
        try:
            first = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        if m[3]:
            return Point(value, WEEK, first + timedelta(days=5), first + timedelta(days=6))
        return Point(value, WEEK, first, first + timedelta(days=6))
    if m := _MONTH_RE.match(value):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            return None
        return Point(value, MONTH, date(year, month, 1), _month_end(year, month))
    if m := _QUARTER_RE.match(value):
        year, part = int(m[1]), m[2]
        if part in _SEASONS:
            start, months = _SEASONS[part]
            precision = SEASON
        elif part[0] == "Q":
            start, months = 3 * int(part[1]) - 2, 3
            precision = QUARTER
        else:
            start, months = 6 * int(part[1]) - 5, 6
            precision = QUARTER
        first = date(year, start, 1)
        end_month = start + months - 1
        end_year = year + (end_month - 1) // 12
        end_month = (end_month - 1) % 12 + 1
        return Point(value, precision, first, _month_end(end_year, end_month))
    if m := _YEAR_RE.match(value):
        year = int(m[1])
        return Point(value, YEAR, date(year, 1, 1), date(year, 12, 31))
    if m := _DECADE_RE.match(value):
        year = int(m[1]) * 10
        return Point(value, DECADE, date(year, 1, 1), date(year + 9, 12, 31))
    if m := _CENTURY_RE.match(value):
        year = max(int(m[1]) * 100, 1)
        return Point(value, CENTURY, date(year, 1, 1), date(int(m[1]) * 100 + 99, 12, 31))
    return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def is_point(value: str | None) -> bool:
    return parse_point(value) is not None


def day(d: date) -> str:
    return d.isoformat()


def week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def quarter(d: date) -> str:
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"


def at_precision(d: date, precision: str) -> str:
    """The value of the period of ``precision`` that holds day ``d``."""
    if precision in (DAY, TIME):
        return day(d)
    if precision == WEEK:
        return week(d)
    if precision == MONTH:
        return month(d)
    if precision in (QUARTER, SEASON):
        return quarter(d)
    if precision == YEAR:
        return f"{d.year:04d}"
    if precision == DECADE:
        return f"{d.year // 10:03d}"
    return f"{d.year // 100:02d}"


# Units of shifts (TIMEX3 duration letters), finest first, in months where they have a length.
_UNIT_ORDER = ("D", "W", "M", "Q", "Y", "DE", "CE")
_UNIT_MONTHS = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}
_PRECISION_UNIT = {TIME: "D", DAY: "D", WEEK: "W", MONTH: "M", QUARTER: "Q", SEASON: "Q", YEAR: "Y", DECADE: "DE", CENTURY: "CE"}


def shift_value(value: str | None, unit: str, amount: int) -> str | None:
    """A point value moved by ``amount`` units, at its own precision:
    '1989-Q3' a year earlier is '1988-Q3', '2025-09-05' a day earlier '2025-09-04'.

    None when the unit is finer than the value (a day after 'August 2025' is
    not a known day) or the value is not a point.
    """
    point = parse_point(value)
    if point is None or unit not in _UNIT_ORDER:
        return None
    if _UNIT_ORDER.index(unit) < _UNIT_ORDER.index(_PRECISION_UNIT[point.precision]):
        return None
    if point.precision == SEASON or (point.precision == QUARTER and value[5] == "H"):
        if unit not in ("Y", "DE", "CE"):
            return None
        return f"{int(value[:4]) + amount * _UNIT_MONTHS[unit] // 12:04d}{value[4:]}"
    shifted = at_precision(shift(point.first, unit, amount), point.precision)
    suffix = value[10:] if point.precision == TIME else ("-WE" if value.endswith("-WE") else "")
    return shifted + suffix


def shift_months(d: date, months: int) -> date:
    """The same day ``months`` months away, clamped to the month's length."""
    index = d.year * 12 + d.month - 1 + months
    year, month0 = divmod(index, 12)
    return date(year, month0 + 1, min(d.day, calendar.monthrange(year, month0 + 1)[1]))


def shift(d: date, unit: str, amount: int) -> date:
    """Shift a date by an amount of days (D), weeks (W), months (M),
    quarters (Q), years (Y), decades (DE) or centuries (CE)."""
    if unit == "D":
        return d + timedelta(days=amount)
    if unit == "W":
        return d + timedelta(weeks=amount)
    if unit in _UNIT_MONTHS:
        return shift_months(d, amount * _UNIT_MONTHS[unit])
    raise ValueError(f"unknown unit {unit!r}")


def contains(outer: str, inner: str) -> bool:
    """True when the interval of ``inner`` lies within that of ``outer``."""
    a, b = parse_point(outer), parse_point(inner)
    return bool(a and b and a.first <= b.first and b.last <= a.last)


def sort_key(value: str | None) -> tuple:
    """Order mixed precisions: by start day, then the vaguer first (a year
    before its months, a month before its days).

    Unresolved values sort last.
    """
    point = parse_point(value)
    if point is None:
        return (date.max, 0, value or "")
    return (point.first, -(point.last - point.first).days, value)


@lru_cache(maxsize=65536)
def display(value: str | None) -> str:
    """A date as a reader sees it, at its precision: '5 Sep 2025', 'Aug 2025'."""
    point = parse_point(value)
    if point is None:
        return "date unknown" if not value else value
    first = point.first
    if point.precision in (DAY, TIME):
        text = f"{first.day} {_MONTH_ABBR[first.month]} {first.year}"
        if point.precision == TIME:
            clock = value.split("T", 1)[1]
            text += " " + _PARTS_OF_DAY.get(clock, clock + ":00" if clock.isdigit() else clock)
        return text
    if point.precision == WEEK:
        prefix = "weekend of" if value.endswith("-WE") else "week of"
        return f"{prefix} {first.day} {_MONTH_ABBR[first.month]} {first.year}"
    if point.precision == MONTH:
        return f"{_MONTH_ABBR[first.month]} {first.year}"
    if point.precision == SEASON:
        return f"{_SEASON_NAMES[value[-2:]]} {value[:4]}"
    if point.precision == QUARTER:
        return f"{value[5:]} {value[:4]}"
    if point.precision == YEAR:
        return value
    if point.precision == DECADE:
        return f"{value}0s"
    return f"{_ordinal(int(value) + 1)} century"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
