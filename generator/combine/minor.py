"""Minor events: what a journalist's timeline of the story would not list,
kept in the timeline but marked ``minor`` (off the site, like an event an
editor hides).

An event is minor when all of these hold:

- one article alone reports it (a reaction another article hangs under it
  counts as a report): nobody else found it worth a line;
- it names none of the story's central people, organisations and places
  (``rank.importance.central_entities``: the most reported ones), unless
  its act is routine whoever does it (``ROUTINE_FOR_ANYONE``: an editorial
  or commentary, an anniversary);
- its act is routine: the first act its title names (the words of
  ``ROUTINE_ACTS`` and of ``combine.event_classes.EVENT_CLASSES``, whichever
  comes first) is one of ``ROUTINE_ACTS``: an appeal, a phone call,
  condolences, courtesies, a stated stance, a claim of responsibility, a
  condemnation, a meeting or a visit (not a summit, a conference or talks),
  an editorial, an anniversary ("Malaysia has urged Israel to …", "Chirac
  telephoned his condolences", "Solana started a visit to the Middle
  East"). A word of ``ROUTINE_ACTS`` names the routine act even where an
  event class lists it too ("visit" is a meeting). A limit: a title
  leading with a meeting is routine whatever the meeting decided later in
  the title. "Police said gunmen killed …" leads with no routine act
  ("said" is none), "Gunmen who attacked … were condemned" leads with the
  attack. A title that is a quote (``QUOTE_TITLE``) is a statement: routine
  unless the quote's first act is not ("Ahmed Abdullah: “A roadside bomb
  struck a police commando patrol …”" tells of an attack).

An event whose title's subject is a description the reader cannot place
(``titles.DESCRIPTION``: "The fire began", "The six soldiers died"), one
article alone reports and that names none of the story's central names is
minor too: a detail of a happening its article told before, in the
sentences that said which fire, which soldiers.

An event one article alone reports is minor too when nothing else supports
it (``unsupported``): its text states no date for it (it is dated by its
article's publication, or not at all), or it has none of ``SUPPORT``: its
evidence is not in its article's lead (the first ``rank.reports.LEAD_CHARS``
characters, where a journalist says what happened), it has no quote, and
it names none of the story's central names. On the hand-graded events of
the development inputs (benchmarks/event_support.py: news 1st half, T17
MJ), such events are rarely usable: a side detail of the twelfth paragraph,
background, a plan. But hiding them must not leave a day of the story
without a line: of the unsupported events dated to a day (a day's
precision, between the first and the last article's publication) on which
no other shown event is dated, the one best supported (``CARRIER``: a
headline without flaws, a date its text states, the most of ``SUPPORT``,
the earliest in its article, in that order) stays shown, if it is a
happening or scheduled (``CARRIER_STATUSES``: not a forecast or a
hypothesis) and its act is neither routine nor its subject vague. On the
development topics of Timeline17 (benchmarks/event_support.py
``--recall``) the unsupported rule had emptied 1 of MJ's 38 gold days and 4
of bpoil's 118; the days' carriers give back MJ's and 3 of bpoil's (the
fourth had only an analyst's "BP could wind up paying …"), showing again 7
of MJ's 44 minor events, 10 of bpoil's 1,105 and 4 of the news input's
first half's 89.

A corpus of fewer than ``story.MIN_ARTICLES`` articles has no central names
to learn: nothing in it is minor. An editor who finds a minor event worth
listing sets ``minor: false``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from ..model import HAPPENED, SCHEDULED, Event, Timeline
from ..rank.importance import central_entities
from ..rank.reports import LEAD_CHARS, as_day, published_days
from ..rank.terms import entity_terms
from .event_classes import EVENT_CLASSES
from .story import MIN_ARTICLES
from .titles import DESCRIPTION, FLAWS, flaws

# Routine acts and the word stems that name them (matched at a word's start, case ignored).
ROUTINE_ACTS: dict[str, tuple[str, ...]] = {
    "appeal": ("urge", "urging", "call on", "calls on", "called on", "calling on", "call for", "calls for", "called for",
               "calling for", "appealed to", "appealed for", "appeals to", "appeals for"),
    "contact": ("phone", "phoning", "telephon"),
    "sympathy": ("condolen", "sympath", "shocked", "saddened"),
    "courtesy": ("congratulat", "welcom", "thank", "prais", "hail", "greet"),
    "stance": ("express", "voiced", "reiterat", "reaffirm"),
    "claim": ("claim responsib", "claimed responsib", "claims responsib", "claiming responsib"),
    # ``EVENT_CLASSES``' condemnation but "accus": "soldiers accused of beating a teenager were acquitted".
    "condemnation": tuple(stem for stem in EVENT_CLASSES["condemnation"] if stem != "accus"),
    # A meeting or a visit ("Stig Moeller met with …", "Solana started a visit"): not a summit, a conference, talks.
    "meeting": ("met with", "met at", "met in", "meet with", "meeting", "visit", "held talks"),
    "editorial": ("editorial", "commentar", "op-ed"),
    "anniversary": ("anniversar", "commemorat"),
}
# Routine acts routine whoever does them: minor even when the event names the story's central names.
ROUTINE_FOR_ANYONE = frozenset({"editorial", "anniversary"})
# A title that is a quote ("Amir Peretz: “pay a heavy price”", extract/headline.py): what was said, no act.
QUOTE_TITLE = re.compile(r"^[^“”:]+: “")

# A word of ``ROUTINE_ACTS`` names the routine act, not the event class that lists it too ("visit": a meeting).
_ROUTINE_STEMS = {stem for stems in ROUTINE_ACTS.values() for stem in stems}
_ACTS = {**{name: tuple(s for s in stems if s not in _ROUTINE_STEMS) for name, stems in EVENT_CLASSES.items()},
         **ROUTINE_ACTS}
_PATTERNS = {name: re.compile(r"\b(?:%s)" % "|".join(re.escape(stem) for stem in stems), re.IGNORECASE)
             for name, stems in _ACTS.items()}


def _in_lead(event: Event, central: dict[str, str]) -> bool:
    return any(x.span[0] < LEAD_CHARS for x in event.reports)


def _quoted(event: Event, central: dict[str, str]) -> bool:
    return bool(event.quotes)


def _names_central(event: Event, central: dict[str, str]) -> bool:
    return any(t in central for t in entity_terms(event))


# What supports an event one article alone reports, beside a date its text states: any one will do.
SUPPORT: dict[str, Callable[[Event, dict[str, str]], bool]] = {"lead": _in_lead, "quote": _quoted, "central name": _names_central}


def _flawless(event: Event, central: dict[str, str]) -> int:
    return int(not flaws(event.title))


def _stated(event: Event, central: dict[str, str]) -> int:
    return int(any(x.date_span is not None for x in event.reports))


def _supported(event: Event, central: dict[str, str]) -> int:
    return sum(supports(event, central) for supports in SUPPORT.values())


def _earliest(event: Event, central: dict[str, str]) -> int:
    return -min((x.span[0] for x in event.reports), default=0)


# What an unsupported event that carries a day is: a happening or what is scheduled, not a forecast or a hypothesis.
CARRIER_STATUSES = frozenset({HAPPENED, SCHEDULED})
# Which unsupported event carries a day no other shown event is dated to: the greatest by each of these in turn, then by id.
CARRIER: dict[str, Callable[[Event, dict[str, str]], int]] = {
    "a headline without flaws": _flawless, "a date its text states": _stated, "support": _supported, "earliest in its article": _earliest,
}


def routine(title: str, acts: frozenset[str] | set[str] = ROUTINE_ACTS.keys()) -> bool:
    """Whether the first act ``title`` names is one of ``acts`` (by default
    any routine one, ``ROUTINE_ACTS``); a quote (``QUOTE_TITLE``) naming no
    act is a statement, routine too."""
    quote = QUOTE_TITLE.match(title)
    first = _first_acts(title[quote.end():] if quote else title)
    return first <= acts if first else quote is not None and "stance" in acts


def _first_acts(text: str) -> set[str]:
    """The acts (``ROUTINE_ACTS``, ``EVENT_CLASSES``) whose words come first in ``text``."""
    found = {name: match.start() for name, pattern in _PATTERNS.items() if (match := pattern.search(text))}
    return {name for name, start in found.items() if start == min(found.values())}


def minor_events(timeline: Timeline) -> set[str]:
    """The ids of the shown events that are minor (see the module's docstring)."""
    if len({x.source for e in timeline.events for x in e.sources}) < MIN_ARTICLES:
        return set()
    central = central_entities(timeline, timeline.events)

    def routine_or_vague(event: Event) -> bool:
        if routine(event.title, ROUTINE_FOR_ANYONE):
            return True
        return (routine(event.title) or vague(event.title)) and not _names_central(event, central)

    alone = [e for e in timeline.events if e.shown and _alone(e)]
    found = {e.id for e in alone if routine_or_vague(e)}
    bare = [e for e in alone if e.id not in found and unsupported(e, central)]
    found |= {e.id for e in bare}
    candidates = [e for e in bare if e.status in CARRIER_STATUSES and not routine(e.title) and not vague(e.title)]
    return found - day_carriers(timeline, candidates, found, central)


def day_carriers(timeline: Timeline, candidates: list[Event], minor: set[str], central: dict[str, str]) -> set[str]:
    """The ids of the ``candidates`` that carry a day: the best (``CARRIER``)
    of those dated to a day between the first and the last publication day
    of ``timeline``'s sources on which no shown event outside ``minor`` is
    dated."""
    published = published_days(timeline).values()
    if not published:
        return set()
    first, last = min(published), max(published)
    covered = {as_day(e.date) for e in timeline.events if e.shown and e.id not in minor}
    by_day: dict[date, list[Event]] = {}
    for event in candidates:
        day = as_day(event.date)
        if day is not None and first <= day <= last and day not in covered:
            by_day.setdefault(day, []).append(event)
    return {max(events, key=lambda e: (*(rule(e, central) for rule in CARRIER.values()), e.id)).id for events in by_day.values()}


def vague(title: str) -> bool:
    """Whether ``title``'s subject is a description the reader cannot place ("The fire began")."""
    return FLAWS[DESCRIPTION](title)


def unsupported(event: Event, central: dict[str, str]) -> bool:
    """Whether nothing but its article supports ``event``: its text states no
    date for it, or it has none of ``SUPPORT`` (``central``: the story's
    central names, ``rank.importance.central_entities``)."""
    return not _stated(event, central) or not _supported(event, central)


def mark_minor(timeline: Timeline) -> Timeline:
    """``timeline`` with its minor events marked so."""
    found = minor_events(timeline)
    return replace(timeline, events=[replace(e, minor=True) if e.id in found else e for e in timeline.events]) if found else timeline


def _alone(event: Event) -> bool:
    return len(event.source_ids) == 1
