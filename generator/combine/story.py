"""The story a corpus tells, learnt from the corpus itself: an event that no
other article connects to is off the story, kept in the timeline but marked
``off_story`` (off the site, like an event an editor hides).

The generator is told nothing about what the story is; a corpus gathered
by a rule ("articles naming a place of the region") also holds articles on
other things (a skating result, a fire in Turin, a Sydney riot). An event
is on the story when

- two or more articles report it, or
- it names one of the corpus's most reported people, organisations and
  places (``rank.importance.central_entities``), or
- another article's events share its words: the words of its title, its
  evidence, its people's, organisations' and places' names, each weighted by
  how rare it is among the articles (IDF), add up to ``LINK`` times the
  log of the number of articles with one other article's (about a word only
  the two of them use, and a little more).

Any other event is marked, and the run says how many. It is marked rather
than dropped because the test is a guess: on the news input's first half
(benchmarks/events.py), 11 of the 14 events it marks are off the story
(skating and football results, an Amnesty report, Tehran's smog), but 3 are
not (a Hebron curfew, Jaafari sworn in, a garbled line on two murders). An
editor who finds one of the story sets ``off_story: false``.

A corpus of fewer than ``MIN_ARTICLES`` articles tells no story to learn:
nothing is left out of it.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from ..model import Event, Timeline
from ..rank.importance import central_entities
from ..rank.terms import DATE_WORDS, entity_names, entity_terms
from ..rank.words import words

MIN_ARTICLES = 20
# How much rare vocabulary, times ln(articles), one other article's events must
# share with an event: of 150 articles (6.0), two words found in a tenth of
# them each (2 × ln 10 ≈ 4.6) are not enough, a word only two articles use
# and one found in a tenth are (ln 75 + ln 10 ≈ 6.6). Chosen on the news
# input's first half by reading what 1.0-1.4 mark.
LINK = 1.2
# Words in more than this share of the articles weigh next to nothing (ln(1/0.9) ≈ 0.1): not looked up.
COMMON = 0.9
_MIN_LENGTH = 3
# Rounding room when ruling out an article on the weight of the words left.
_SLACK = 1e-9


def mark_off_story(timeline: Timeline) -> Timeline:
    """``timeline`` with its off-story events marked so."""
    off = off_story(timeline)
    return replace(timeline, events=[replace(e, off_story=True) if e.id in off else e for e in timeline.events]) if off else timeline


def off_story(timeline: Timeline) -> set[str]:
    """The ids of the events no other article connects to."""
    sources = {e.id: {x.source for x in e.sources} for e in timeline.events}
    articles = {s for found in sources.values() for s in found}
    if len(articles) < MIN_ARTICLES:
        return set()
    names = entity_names(timeline)
    bags = {e.id: _words(e, names) for e in timeline.events}
    by_word: dict[str, set[str]] = defaultdict(set)
    for event in timeline.events:
        for word in bags[event.id]:
            by_word[word].update(sources[event.id])
    count = len(articles)
    idf = {w: math.log(count / len(a)) for w, a in by_word.items() if len(a) <= COMMON * count}
    link = LINK * math.log(count)
    central = central_entities(timeline, timeline.events)
    off = set()
    for event in timeline.events:
        own = sources[event.id]
        if len(own) > 1 or any(t in central for t in entity_terms(event)):
            continue
        if not _linked(bags[event.id] & idf.keys(), own, by_word, idf, link):
            off.add(event.id)
    return off


def _linked(bag: set[str], own: set[str], by_word: dict[str, set[str]], idf: dict[str, float], link: float) -> bool:
    """Whether one article other than ``own`` shares words of ``bag``
    weighing ``link`` or more. Words are taken rarest first; once those
    left weigh less than ``link``, an article none of the words so far
    named cannot reach it, so only the articles met are counted on (a
    common word's thousands of articles are not walked)."""
    ranked = sorted(bag, key=lambda w: (-idf[w], w))
    left = sum(idf[w] for w in ranked)
    shared: dict[str, float] = {}
    for word in ranked:
        weight, articles = idf[word], by_word[word]
        met = articles - own if left + _SLACK >= link else [a for a in shared if a in articles]
        for article in met:
            shared[article] = shared.get(article, 0.0) + weight
        if any(shared[a] >= link for a in met):
            return True
        left -= weight
        shared = {a: s for a, s in shared.items() if s + left + _SLACK >= link}
        if not shared and left + _SLACK < link:
            return False
    return False


def _words(event: Event, names: dict[str, str]) -> set[str]:
    """The content words of an event: title, evidence, and its entities' names and places."""
    text = " ".join([event.title, *(x.text for x in event.sources),
                     *(names.get(i, i) for i in [*event.people, *event.organisations]), *event.places])
    return {w for w in words(text) if len(w) >= _MIN_LENGTH and w not in STOP_WORDS and w not in DATE_WORDS and not w.isdigit()}
