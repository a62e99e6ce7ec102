"""A storyline's title: the phrase its events' sentences use for it.

Candidates are runs of one to ``MAX_WORDS`` words of the events' titles and
summaries (the sentence that reports each best), apart by spaces only, that begin and end with a content word and hold at least one of the
storyline's own words (the words of its terms, its people's and places'
names included): "Rafah crossing", "trial of Saddam Hussein". Of those used
by at least ``MIN_SHARE`` of the storyline's events (or, if none is, by the
most), the title is the one that scores most: the events that use it times
the summed rarity (inverse document frequency in the timeline) of its
content words, so "Rafah crossing" in 9 events beats "crossing" in 18. It is
written as most events write it.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from ..model import Event

MAX_WORDS = 4
MIN_SHARE = 0.2
TOKEN = re.compile(r"[A-Za-z0-9](?:[\w'’-]|\.(?=\w))*")  # "U.S." and "Hussein's" are one token
_POSSESSIVE = re.compile(r"['’]s?$")


def storyline_title(events: list[Event], own: set[str], rarity: Callable[[str], float]) -> str:
    """The title of a storyline of ``events``; ``own``: its own words (lower
    case); ``rarity``: a word's inverse document frequency. "" when no
    phrase holds an own word."""
    used: dict[str, set[str]] = defaultdict(set)  # phrase, lower case -> events using it
    spelled: dict[str, Counter] = defaultdict(Counter)
    for event in events:
        for text in dict.fromkeys([event.title, event.summary]):
            for phrase in phrases(text, own):
                key = phrase.lower()
                used[key].add(event.id)
                spelled[key][phrase] += 1
    if not used:
        return ""

    def score(key: str) -> tuple:
        weight = sum(rarity(base(w)) for w in key.split() if w not in STOP_WORDS)
        return (-len(used[key]) * weight, len(key), key)

    enough = min(MIN_SHARE * len(events), max(len(ids) for ids in used.values()))
    best = min((key for key, ids in used.items() if len(ids) >= enough), key=score)
    written = min(spelled[best], key=lambda p: (-spelled[best][p], p))
    return written[0].upper() + written[1:]


def base(word: str) -> str:
    """A word in lower case, without a possessive ending."""
    return _POSSESSIVE.sub("", word.lower())


def _content(token: str) -> bool:
    return token.lower() not in STOP_WORDS and not token.isdigit()


def phrases(text: str, own: set[str]) -> set[str]:
    """Runs of at most MAX_WORDS words of ``text``, apart by spaces only,
    that begin and end with a content word and hold one of the ``own`` words."""
    tokens = list(TOKEN.finditer(text))
    content = [_content(t[0]) for t in tokens]
    anchor = [base(t[0]) in own for t in tokens]
    if not any(anchor):
        return set()
    joined = [i > 0 and text[tokens[i - 1].end():tokens[i].start()].isspace() for i in range(len(tokens))]
    found = set()
    for start in range(len(tokens)):
        if not content[start]:
            continue
        anchored = False
        for end in range(start, min(start + MAX_WORDS, len(tokens))):
            if end > start and not joined[end]:
                break
            anchored = anchored or anchor[end]
            if anchored and content[end]:
                found.add(text[tokens[start].start():tokens[end].end()])
    return found
