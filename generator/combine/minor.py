"""Minor events: what a journalist's timeline of the story would not list,
kept in the timeline but marked ``minor`` (off the site, like an event an
editor hides).

An event is minor when all of these hold:

- one article alone reports it (a reaction another article hangs under it
  counts as a report): nobody else found it worth a line;
- it names none of the story's central people, organisations and places
  (``rank.importance.central_entities``: the most reported ones);
- its act is routine: the first act its title names (the words of
  ``ROUTINE_ACTS`` and of ``combine.event_classes.EVENT_CLASSES``, whichever
  comes first) is one of ``ROUTINE_ACTS``: an appeal, a phone call,
  condolences, courtesies, a stated stance, a claim of responsibility, a
  condemnation ("Malaysia has urged Israel to …", "Chirac telephoned his
  condolences"). "Police said gunmen killed …" leads with no routine act
  ("said" is none), "Gunmen who attacked … were condemned" leads with the
  attack. A title that is a quote (``QUOTE_TITLE``) is a statement: routine
  unless the quote's first act is not ("Ahmed Abdullah: “A roadside bomb
  struck a police commando patrol …”" tells of an attack).

A corpus of fewer than ``story.MIN_ARTICLES`` articles has no central names
to learn: nothing in it is minor. An editor who finds a minor event worth
listing sets ``minor: false``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Event, Timeline
from ..rank.importance import central_entities
from ..rank.terms import entity_terms
from .event_classes import EVENT_CLASSES
from .story import MIN_ARTICLES

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
}
# A title that is a quote ("Amir Peretz: “pay a heavy price”", extract/headline.py): what was said, no act.
QUOTE_TITLE = re.compile(r"^[^“”:]+: “")

_ACTS = {**EVENT_CLASSES, **ROUTINE_ACTS}
_PATTERNS = {name: re.compile(r"\b(?:%s)" % "|".join(re.escape(stem) for stem in stems), re.IGNORECASE)
             for name, stems in _ACTS.items()}


def routine(title: str) -> bool:
    """Whether the first act ``title`` names is routine (``ROUTINE_ACTS``);
    a quote (``QUOTE_TITLE``) naming no act is a statement, routine too."""
    quote = QUOTE_TITLE.match(title)
    acts = _first_acts(title[quote.end():] if quote else title)
    return acts <= ROUTINE_ACTS.keys() if acts else quote is not None


def _first_acts(text: str) -> set[str]:
    """The acts (``ROUTINE_ACTS``, ``EVENT_CLASSES``) whose words come first in ``text``."""
    found = {name: match.start() for name, pattern in _PATTERNS.items() if (match := pattern.search(text))}
    return {name for name, start in found.items() if start == min(found.values())}


def minor_events(timeline: Timeline) -> set[str]:
    """The ids of the shown events that are minor (see the module's docstring)."""
    if len({x.source for e in timeline.events for x in e.sources}) < MIN_ARTICLES:
        return set()
    central = central_entities(timeline, timeline.events)
    return {e.id for e in timeline.events if e.shown and _alone(e) and routine(e.title)
            and not any(t in central for t in entity_terms(e))}


def mark_minor(timeline: Timeline) -> Timeline:
    """``timeline`` with its minor events marked so."""
    found = minor_events(timeline)
    return replace(timeline, events=[replace(e, minor=True) if e.id in found else e for e in timeline.events]) if found else timeline


def _alone(event: Event) -> bool:
    return len({x.source for x in event.sources}) == 1
