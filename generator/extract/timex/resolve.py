"""Resolving what an expression leaves open (the year of "in December", the
day of "on Friday") from the publication date, the tense and the reference time.
"""
from __future__ import annotations

from datetime import date, timedelta

from ...model import dates as v
from .rule import FUTURE, PAST, Context

# How the tense moves an underspecified date: back, forward, or to the nearest.
_DIRECTION = {PAST: -1, FUTURE: 1}


def direction(ctx: Context) -> int:
    return _DIRECTION.get(ctx.tense, 0)


def year_for(month: int, ctx: Context, day: int | None = None, rel: str | None = None, way: int | None = None) -> int | None:
    """The year of a month (and day) written without one.

    "last April" is the latest April before the publication date, "next April"
    the first after it, "this April" the publication year's; otherwise the
    tense decides (past: on or before the publication date; future: on or
    after it), and a present or unknown tense takes the nearest. ``way``
    overrides the tense (-1 back, 1 forward, 0 nearest).
    """
    if ctx.dct is None:
        return None
    dct = ctx.dct
    when, now = ((month, day), (dct.month, dct.day)) if day else (month, dct.month)
    if rel == "this":
        return dct.year
    if rel in ("last", "past", "previous"):
        return dct.year if when < now else dct.year - 1
    if rel in ("next", "coming"):
        return dct.year if when > now else dct.year + 1
    way = direction(ctx) if way is None else way
    if way < 0:
        return dct.year if when <= now else dct.year - 1
    if way > 0:
        return dct.year if when >= now else dct.year + 1

    def distance(year: int) -> int:
        if day:
            try:
                return abs((date(year, month, day) - dct).days)
            except ValueError:
                return 10**6
        return 31 * abs((year * 12 + month) - (dct.year * 12 + dct.month))

    return min((dct.year - 1, dct.year, dct.year + 1), key=lambda y: (distance(y), y != dct.year))


# Words before a date that point it ahead whatever the tense: "extended to
# Nov. 20", "payable Dec. 1", "stock of record Nov. 22", "effective Feb. 1".
_FORWARD_CUES = {"until", "till", "payable", "effective", "record", "expire", "expires", "expiring"}
_MOVED = {"extended", "postponed", "delayed", "pushed", "moved", "adjourned", "deferred", "extends", "extend"}
# Word pairs a few words before a date that make what it dates a thing to come, whatever
# the tense of the clause: "spoke ahead of the election Thursday", "in the run-up to elections on December 15",
# "adjourns in time for elections on December 15".
_AHEAD_PAIRS = {("ahead", "of"), ("run-up", "to"), ("runup", "to"), ("lead-up", "to"), ("prelude", "to"), ("time", "for")}
_AHEAD_WORDS = {"upcoming", "forthcoming"}  # "the upcoming elections on Thursday"
_AHEAD_REACH = 7  # words back
# Words just before a date that make it past whatever the tense: "his first visit since August".
_BACKWARD_CUES = {"since"}


def leaning(words_before: list[str], deadlines: bool = True) -> int | None:
    """Which way the words before a date point it, whatever the tense: 1
    ahead (a deadline or a due date, unless ``deadlines`` is False: a
    weekday's "due to expire Friday" keeps its tense; a thing to come), -1
    back ("since"), None where they say nothing."""
    if not words_before:
        return None
    last = words_before[-1]
    if last in _BACKWARD_CUES:
        return -1
    if deadlines and (last in _FORWARD_CUES or last == "to" and bool(set(words_before[-4:-1]) & _MOVED)):
        return 1
    return 1 if to_come(words_before) else None


def to_come(words_before: list[str]) -> bool:
    """Whether the words before a date make what it dates a thing to come
    ("ahead of the election Thursday"): the date is that thing's, not the
    day of the act the clause tells."""
    near = [w.strip(".,") for w in words_before[-_AHEAD_REACH:]]
    return bool(set(near) & _AHEAD_WORDS or set(zip(near, near[1:])) & _AHEAD_PAIRS)


def weekday(number: int, ctx: Context, rel: str | None = None, way: int | None = None) -> date | None:
    """The day a weekday names (1 = Monday): by its "last"/"next"/"this", else
    by ``way`` (-1 back, 1 forward) where given, else by tense; past or
    unknown tense looks back, future forward, the publication day itself included."""
    if ctx.dct is None:
        return None
    dct = ctx.dct
    delta = number - dct.isoweekday()
    back = dct + timedelta(days=delta if delta <= 0 else delta - 7)
    ahead = dct + timedelta(days=delta if delta >= 0 else delta + 7)
    if rel in ("last", "past", "previous"):
        return back if back != dct else back - timedelta(days=7)
    if rel in ("next", "coming"):
        return ahead if ahead != dct else ahead + timedelta(days=7)
    if rel == "this":
        return dct + timedelta(days=delta)
    if way is not None:
        return ahead if way > 0 else back
    return ahead if ctx.tense == FUTURE else back


def latest_quarter(dct: date) -> str:
    """The last quarter that ended before ``dct``: the one results report on."""
    return v.quarter(date(dct.year, (dct.month - 1) // 3 * 3 + 1, 1) - timedelta(days=1))


def reference(ctx: Context, precisions: tuple[str, ...] | None = None, within: int | None = None) -> str | None:
    """The reference time's value, if it has one of ``precisions`` and was
    stated no more than ``within`` sentences back."""
    ref = ctx.reference
    if ref is None or (within is not None and ref.sentences_back > within):
        return None
    point = v.parse_point(ref.value)
    if point is None or (precisions is not None and point.precision not in precisions):
        return None
    return ref.value


def truncate(value: str, precision: str) -> str | None:
    """A point value at a coarser precision: '1989-10-27' as a year is '1989'."""
    point = v.parse_point(value)
    if point is None:
        return None
    if v.PRECISIONS.index(point.precision) < v.PRECISIONS.index(precision):
        return None
    return v.at_precision(point.first, precision)
