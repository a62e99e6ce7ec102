"""The date of an event from the dates its mentions give: a vote.

- A date some text states ("on Wednesday", "in May 2005") beats one taken
  from an article's publication. Among stated dates, the one most sources
  agree with wins (a source agrees when its date holds that date or lies
  within it: "Wednesday" and "this week" agree), then the most precise,
  then a date in the sentence before one relative to another date, then
  the first source's.
- A statement reported in the present tense ("says") and dated by its
  article's publication keeps that date (basis ``publication``).
- An event no text dates is dated by its earliest report, as reported then
  at the latest (basis ``reported``: the site says "date not stated"): the
  day a text gives for a report of it ("X was kidnapped, police said
  Tuesday"), or its earliest source's publication; it is never dropped.
"""
from __future__ import annotations

from collections import Counter

from ..model import PUBLICATION, REPORTED, Sourced, dates

STATED = ("text", "anchor")


def event_date(group: list[Sourced]) -> tuple[str | None, str]:
    """The value and basis of the date of the event ``group`` reports."""
    stated = [m for m in group if m.mention.date_basis in STATED and dates.parse_point(m.mention.date)]
    if stated:
        best = min(stated, key=lambda m: _rank(m, stated))
        return best.mention.date, best.mention.date_basis
    published = [m.mention.date for m in group if m.mention.date_basis == PUBLICATION and dates.parse_point(m.mention.date)]
    if published:
        return min(published, key=dates.sort_key), PUBLICATION
    reports = [m.mention.date for m in group if m.mention.date_basis == REPORTED and dates.parse_point(m.mention.date)]
    reports += [m.published.isoformat() for m in group if m.published is not None]
    if reports:
        return min(reports, key=dates.sort_key), REPORTED
    return None, "text"


def _rank(member: Sourced, stated: list[Sourced]) -> tuple:
    value = member.mention.date
    point = dates.parse_point(value)
    agreeing = {m.source for m in stated if dates.contains(m.mention.date, value) or dates.contains(value, m.mention.date)}
    width = (point.last - point.first).days
    return (-len(agreeing), width, member.mention.date_basis != "text", member.order, member.mention.start)


def differs(member: Sourced, value: str | None) -> str | None:
    """The date a member gives where it disagrees with the event's: neither
    holds the other (kept on its evidence)."""
    own = member.mention.date
    if member.mention.date_basis not in STATED or own is None or own == value:
        return None
    if value is not None and (dates.contains(own, value) or dates.contains(value, own)):
        return None
    return own


def event_edtf(group: list[Sourced], value: str | None) -> str | None:
    """The EDTF value most mentions giving date ``value`` state ("between
    2003 and 2006": '2003/2006'), or None when none states more than the point."""
    stated = Counter(m.mention.edtf for m in group if m.mention.date == value and m.mention.date_basis in STATED and m.mention.edtf)
    return min(stated, key=lambda e: (-stated[e], e)) if stated else None
