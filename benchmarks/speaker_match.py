"""Whether a speaker a system gives is the one the gold names.

People: the same name, spelling variants folded (the project's name_key),
titles and suffixes dropped; or one the other's last words ("Staff Katie
Walsh" = "Katie Walsh": a title the lists miss); or the same surname with the same first name
("Hillary Rodham Clinton" = "Hillary Clinton"); or the same surname where
one side gives the surname alone ("Clinton" = "Hillary Clinton": the gold
gives a surname alone only where the article names nobody fuller, and a
system giving one is not penalised here). "Bill Clinton" ≠ "Hillary
Clinton".

Organisations, offices and documents: the speaker holds every capitalised
word of the Source ("a Clinton spokesman" → "Clinton", "The Washington Post"
→ "Washington Post", "Powell’s office" → "Powell") or is what its one capitalised word abbreviates
("the DNC" → "Democratic National Committee"), or, for a Source with none ("the report"), its head
noun; an owner's name is taken without the titles and offices before it, as
a person's is ("New Hampshire Sen. Kelly Ayotte’s campaign" → "Kelly
Ayotte"); words compared by name key, on both sides. Words capitalised only at a
sentence's start ("One Clinton spokesman") and weekdays and months ("a
Wednesday editorial") are no names. This cannot tell "the report" from the think tank that wrote it, and
it lets "Hillary Clinton" stand for "a Clinton spokesman"; both are lenient.
"""
from __future__ import annotations

import calendar
import re

from speaker_kinds import STOP_WORDS, TITLES, head_phrase, name_in

# The one import of the generator: re-point it here when generator/ moves.
from generator.extract.people import name_key  # noqa: E402

_SUFFIXES = {name_key(s) for s in ("jr", "sr", "ii", "iii", "iv")}
_TITLE_KEYS = {name_key(t) for t in TITLES}  # name_key folds spellings ("w" → "v")
_NOT_NAMES = STOP_WORDS | {w.lower() for w in (*calendar.day_name, *calendar.month_name) if w}
_POSSESSIVE_RE = re.compile(r"['’]s?$")


def _name_words(name: str) -> list[str]:
    words = name_key(name).split()
    while len(words) > 1 and words[0] in _TITLE_KEYS:
        words = words[1:]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return words


def same_person(gold: str | None, found: str | None) -> bool:
    """Whether ``found`` names the person ``gold`` names (the module's rules)."""
    if not gold or not found:
        return False
    g, f = _name_words(gold), _name_words(found)
    if not g or not f:
        return False
    short, long = sorted((g, f), key=len)
    if g == f or (len(short) > 1 and long[-len(short):] == short):
        return True  # words left before a name: "Staff Katie Walsh", "House Intelligence Republican Mike Pompeo"
    if g[-1] != f[-1]:
        return False
    return len(g) == 1 or len(f) == 1 or g[0] == f[0]


def _initials(name: str) -> str:
    """An organisation's acronym as a name key: "Democratic National Committee" → DNC's."""
    words = [w for w in re.findall(r"[\w'-]+", name) if w[:1].isupper() and w.lower() not in ("the", "of", "and", "for")]
    return name_key("".join(w[0] for w in words)) if len(words) > 1 else ""


def same_organisation(source_text: str | None, found: str | None) -> bool:
    """Whether ``found`` names the organisation, office or document of a Source."""
    if not source_text or not found:
        return False
    have = {name_key(_POSSESSIVE_RE.sub("", w)) for w in found.split()}
    head = _owner_titles_dropped(head_phrase(source_text))
    words = [_POSSESSIVE_RE.sub("", w) for w in head.split()]
    capitals = [name_key(w) for w in words if w[:1].isupper() and w.lower() not in _NOT_NAMES and name_key(w)]
    if capitals:
        return all(c in have for c in capitals) or capitals == [_initials(found)]
    words = re.findall(r"[a-z]+", head.lower())
    return bool(words) and name_key(words[-1]) in have


def _owner_titles_dropped(head: str) -> str:
    """A head whose owner is a person's name with titles and offices before it,
    those dropped as for a person ("New Hampshire Sen. Kelly Ayotte’s campaign"
    → "Kelly Ayotte’s campaign")."""
    words = head.split()
    owner = next((i for i, w in enumerate(words) if _POSSESSIVE_RE.search(w) and w[:1].isupper()), None)
    if owner is None:
        return head
    name = name_in(" ".join(words[:owner + 1]))
    return " ".join([*(name or "").split(), *words[owner + 1:]]) if name else head
