"""What an event is about, as terms: the people and places it involves and
the content words of its title. Storylines are threads of events that share
terms.

The title, not the evidence: the title is the happening the extractor found
("Israel reopened the Rafah crossing"), while the whole sentence also
carries how it was told ("…, a police source told Xinhua") and what else it
mentions. On Timeline17's five topics put together, storylines from titles
mix topics in 11 % of their events, from whole sentences in 33 %
(benchmarks/storylines.py).

A term is ``entity:<id>`` (a person or an organisation), ``place:<name>``
or a lower-case word. Words of
dates (weekdays, months, "week") and numbers are left out: sharing "Monday"
makes no thread. So are the words of the event's own people and places,
which their entity terms already stand for ("saddam" beside
``entity:saddam-hussein``), and the words of the outlets' names: "Xinhua
reported" is how a story is told, not what it is about.
"""
from __future__ import annotations

import re

from ..extract.timex.lexicon import MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS
from ..model import Event, Timeline
from . import words

ENTITY, PLACE = "entity:", "place:"
DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(UNITS) | frozenset(SEASONS) | frozenset(PARTS_OF_DAY) | {"today", "yesterday", "tomorrow", "ago"}
_NAME_WORD = re.compile(r"[a-z0-9]+")


def entity_terms(event: Event) -> list[str]:
    """An event's people, organisations and places, as terms."""
    return ([ENTITY + e for e in dict.fromkeys([*event.people, *event.organisations])]
            + [PLACE + p for p in dict.fromkeys(event.places)])


def entity_names(timeline: Timeline) -> dict[str, str]:
    """Person and organisation ids -> names."""
    return {e.id: e.name for e in timeline.entities()}


def shown(term: str, names: dict[str, str]) -> str:
    """A term as a reader reads it: a person's or organisation's name, a place, a word."""
    if term.startswith(ENTITY):
        return names.get(term[len(ENTITY):], term[len(ENTITY):])
    if term.startswith(PLACE):
        return term[len(PLACE):]
    return term


def event_terms(event: Event, names: dict[str, str], left_out: frozenset[str] = frozenset()) -> frozenset[str]:
    """An event's terms. ``names``: entity id -> name; ``left_out``: words
    that are no term (besides date words)."""
    entities = entity_terms(event)
    own = set(_NAME_WORD.findall(" ".join(shown(t, names) for t in entities).lower()))
    found = {w for w in words.words(event.title) if w not in own and w not in left_out and w not in DATE_WORDS and not w.isdigit()}
    return frozenset(entities) | found


def timeline_terms(timeline: Timeline, events: list[Event]) -> dict[str, frozenset[str]]:
    """Every given event's terms, by event id."""
    names = entity_names(timeline)
    outlets = frozenset(_NAME_WORD.findall(" ".join(s.outlet or "" for s in timeline.sources).lower()))
    return {e.id: event_terms(e, names, outlets) for e in events}
