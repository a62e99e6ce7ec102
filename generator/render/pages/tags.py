"""Tags for the theme's tag index: each event is tagged with its people, its
organisations, its places and its topics. A topic is a two-word phrase in lower case ("security
guarantees") found in the evidence of several events, in different sentences
(so one sentence reporting two events makes no topic)."""
from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from ...model import Event
from ..index import SiteIndex

PEOPLE, ORGANISATIONS, PLACES, TOPICS = "People", "Organisations", "Places", "Topics"
MAX_TOPICS = 12  # in the whole timeline
MAX_TOPICS_PER_EVENT = 3
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def tag(group: str, name: str) -> str:
    """A tag in a group, as the theme's tag hierarchy writes it."""
    return f"{group}/{' '.join(name.replace('/', ' ').split())}"


def event_tags(site: SiteIndex, event: Event, topics: list[str]) -> list[str]:
    return ([tag(PEOPLE, p.name) for p in site.people_of(event)]
            + [tag(ORGANISATIONS, o.name) for o in site.organisations_of(event)]
            + [tag(PLACES, p) for p in dict.fromkeys(event.places)]
            + [tag(TOPICS, t) for t in topics])


def topics_by_event(site: SiteIndex) -> dict[str, list[str]]:
    """Each event's topics, the phrases shared by most events first."""
    sentences = {e.text for event in site.events for e in event.sources}
    in_sentences = Counter(p for text in sentences for p in _phrases(text))
    phrases = {e.id: set().union(*(_phrases(text) for text in _texts(e))) for e in site.events}
    events = Counter(p for found in phrases.values() for p in found)
    shared = [p for p in events if events[p] >= 2 and in_sentences[p] >= 2]
    topics = sorted(shared, key=lambda p: (-events[p], p))[:MAX_TOPICS]
    return {event_id: [t for t in topics if t in found][:MAX_TOPICS_PER_EVENT] for event_id, found in phrases.items()}


def _texts(event: Event) -> list[str]:
    return [event.title, event.summary, *(e.text for e in event.sources)]


def _phrases(text: str | None) -> set[str]:
    """Two consecutive lower-case words, neither a stop word nor an adverb."""
    found = set()
    for clause in re.split(r"[.,;:!?“”\"()—–]", text or ""):
        words = _WORD.findall(clause)
        for a, b in zip(words, words[1:]):
            if _content(a) and _content(b):
                found.add(f"{a} {b}".replace("’", "'"))
    return found


def _content(word: str) -> bool:
    return (word.islower() and len(word) > 2 and word not in STOP_WORDS
            and not word.endswith(("ly", "'s", "’s")))
