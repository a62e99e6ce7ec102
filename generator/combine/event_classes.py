"""Classes of happenings, the words that name them, and which classes can
name one happening: a bombing is an attack that kills, an election a vote.

A small table rather than WordNet: WordNet's data is a separate download
(nltk's corpus reader ships without it), and its hypernyms do not group news
verbs the way reports of one happening vary ("blast" and "bombing" are not
close there, "shot dead" and "killed" are). Each class lists word stems
matched at the start of a word ("bomb" matches bombs, bombing, bomber).
"""
from __future__ import annotations

import re
from functools import lru_cache

EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "attack": ("bomb", "blast", "explo", "attack", "suicide", "rocket", "mortar", "grenade", "ambush", "raid",
               "airstrike", "air strike", "shelling", "gunmen", "insurgent", "militant", "terror"),
    "killing": ("kill", "shot", "shoot", "slain", "slay", "assassinat", "murder", "gunned down", "dead", "death toll",
                "died", "lynch"),
    "election": ("elect", "vote", "voting", "voter", "poll", "ballot", "referendum", "turnout", "candidate"),
    "meeting": ("meet", "summit", "talks", "visit", "conference", "hosted", "gathering", "delegation"),
    "trial": ("trial", "court", "verdict", "sentenc", "convict", "acquit", "hearing", "adjourn", "testif",
              "testimon", "judge", "prosecut", "indict", "charged", "lawyer", "summons"),
    "arrest": ("arrest", "detain", "captur", "custody", "seized", "round-up", "rounded up"),
    "protest": ("protest", "demonstrat", "rally", "rallies", "riot", "clash", "march", "sit-in", "strike"),
    "agreement": ("agree", "accord", "deal", "treaty", "signed", "signing", "pledge", "ceasefire", "truce"),
    "departure": ("resign", "quit", "step down", "stepped down", "sacked", "dismiss", "ousted"),
    "appointment": ("appoint", "nominat", "sworn", "swear", "named as"),
    "abduction": ("kidnap", "abduct", "hostage", "hijack", "release", "freed"),
    "decision": ("adopt", "approv", "resolution", "ratif", "passed", "decree", "law", "bill", "ruling", "ruled"),
    "opening": ("open", "reopen", "inaugurat", "crossing", "closure", "closed", "shut"),
    "condemnation": ("condemn", "denounc", "deplor", "criticis", "criticiz", "slammed", "blamed", "accus"),
    "withdrawal": ("withdr", "pull out", "pulled out", "recall", "evacuat", "pullout"),
    "disaster": ("earthquake", "flood", "fire", "blaze", "crash", "stampede", "storm", "hurricane", "spill", "leak"),
}

# Classes that can name one happening although they differ: a bombing kills,
# gunmen attack and shoot, a court rules, a summit ends in pledges.
RELATED_CLASSES: frozenset[frozenset[str]] = frozenset({
    frozenset({"attack", "killing"}),
    frozenset({"trial", "decision"}),
    frozenset({"abduction", "arrest"}),
    frozenset({"disaster", "killing"}),
    frozenset({"meeting", "agreement"}),
})

_PATTERNS = {name: re.compile(r"\b(?:%s)" % "|".join(re.escape(stem) for stem in stems), re.IGNORECASE)
             for name, stems in EVENT_CLASSES.items()}


@lru_cache(maxsize=65536)
def event_classes(text: str) -> frozenset[str]:
    """The classes whose words ``text`` (a headline, a trigger word) holds."""
    return frozenset(name for name, pattern in _PATTERNS.items() if pattern.search(text))


def related(a: frozenset[str], b: frozenset[str]) -> bool | None:
    """Whether two mentions' classes can name one happening: True when they
    share or relate a class, False when both are known and none does, None
    when either is unknown."""
    if not a or not b:
        return None
    if a & b:
        return True
    return any(frozenset({x, y}) in RELATED_CLASSES for x in a for y in b)
