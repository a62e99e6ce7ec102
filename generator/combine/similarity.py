"""How alike two event mentions are as reports of one happening: the
evidence ``cluster`` weighs, each part a named weight in ``WEIGHTS``.

A mention is profiled once (``Profile``): its date as an interval of days,
its entities (people, organisations, places), the classes of happening its
trigger names (``event_classes``; else, for a clause, its headline's up to
the trigger; else its headline's, else a happening's sentence's), its
headline's words, and the content words of its sentence
weighted by how rare they are (``weights``: fixed, so that a profile depends
on its mention alone).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from ..extract.article_headline import IRREGULAR_PAST
from ..model import NOUN, PUBLICATION, REPORTED, EventMention, Sourced, dates
from .event_classes import event_classes, related
from .weights import ENTITY_WEIGHT, Weights, content_words, reference_weights

# A statement dated by its article's publication was made up to this long before.
PUBLICATION_WINDOW = timedelta(days=6)
# A mention no text dates happened at most this long before its article.
UNDATED_WINDOW = timedelta(days=14)
# Two reports giving days (or weeks: "last week", "earlier this week" in
# articles of different days) this far apart can still be one happening told
# in the same words (the disagreement is kept on the event).
CONFLICT_WINDOW = timedelta(days=7)
CONFLICT_WORDS = 0.5
RARE_WORDS = 3

WEIGHTS = {
    "entities": 1.5,  # × shared entities over the smaller side's (0–1)
    "words": 4.0,  # × TF-IDF cosine of the two sentences (0–1)
    "headline": 1.5,  # × the share of their headlines' content words in common (0–1)
    "same_class": 1.0,  # the headlines name one class of happening (or related ones)
    "other_class": -1.5,  # both name classes, none related
    "same_day": 0.5,  # both dated to the same day by their texts
    "other_places": -1.0,  # both name places, none in common
    "other_numbers": -0.5,  # both give counts, none in common
    "same_statement": 3.0,  # one article, one person's statements at one time
}
# Words a headline may open with before the organisation or place that acts
# ("The US House of Representatives backed …").
ACTOR_OPENERS = ("the ",)
# Regular endings of an English verb after its lemma (less a final "e" or "y").
_ENDINGS = "|".join(("ing", "ies", "ied", "es", "ed", "en", "s", "d", "n"))
# Irregular forms beside the past tenses of ``extract.article_headline.IRREGULAR_PAST``: the present of "be", "have",
# "do", and participles that differ from the past ("taken", "been").
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "be": ("is", "are", "was", "were", "am", "been"), "have": ("has",), "do": ("does", "did", "done"),
    "go": ("gone",), "take": ("taken",), "give": ("given",), "see": ("seen",), "get": ("gotten",), "fall": ("fallen",),
    "begin": ("begun",), "break": ("broken",), "strike": ("stricken",), "rise": ("risen",), "throw": ("thrown",),
    "write": ("written",), "speak": ("spoken",), "choose": ("chosen",), "drive": ("driven",), "steal": ("stolen",),
    "blow": ("blown",), "sink": ("sunk",), "swear": ("sworn",), "withdraw": ("withdrawn",), "undergo": ("undergone",),
    "know": ("known",), "grow": ("grown",), "fly": ("flown",), "draw": ("drawn",), "shake": ("shaken",), "tear": ("torn",),
    "wear": ("worn",), "ride": ("ridden",), "beat": ("beaten",), "forbid": ("forbidden",), "freeze": ("frozen",),
    "overthrow": ("overthrown",), "retake": ("retaken",), "wake": ("woken",), "arise": ("arisen",), "foresee": ("foreseen",),
}
_NUMBER_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})*|\d+)(?![\d.,]?\d)")


@dataclass
class Profile:
    """One mention as clustering compares it, worked out once (from the
    mention alone: kept between runs by ``links``)."""

    source: str
    start: int  # its sentence's, in the source
    subject: str | None  # the person whose act it is
    statement: bool
    interval: tuple[date, date] | None
    stated: bool  # dated by its own text (not by its article's publication)
    day: bool  # to a day
    week: bool  # to a day or a week
    entities: frozenset[str]
    places: frozenset[str]
    classes: frozenset[str]
    words: dict[str, float] = field(default_factory=dict)  # unit TF-IDF vector
    numbers: frozenset[str] = frozenset()
    entity_weight: float = 0.0  # the weight of its entities, summed
    rare_words: tuple[str, ...] = ()  # its sentence's rarest words, for blocking
    headline: frozenset[str] = frozenset()  # its headline's content words, names left out
    actor: str | None = None  # whose act it is: its subject, or the place or organisation its headline starts with
    dated_noun: bool = False  # a noun phrase that names a happening and dates it ("last Wednesday's … bombings")


def profile(sourced: Sourced, weights: Weights | None = None) -> Profile:
    """The mention as clustering compares it (``weights``: the shipped
    table's when None)."""
    weights = weights or reference_weights()
    mention = sourced.mention
    interval, stated = _interval(sourced, sourced.published)
    point = dates.parse_point(mention.date) if stated else None
    counts = Counter(content_words(mention.text))
    idf = {w: weights.word(w) for w in counts}
    vector = {w: c * idf[w] for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    entities = _entities(sourced)
    return Profile(
        sourced.source, mention.start, sourced.subject, mention.statement, interval, stated, bool(point and point.precision in (dates.DAY, dates.TIME)),
        bool(point and point.precision in (dates.DAY, dates.TIME, dates.WEEK)), entities, frozenset(p.casefold() for p in mention.places),
        _classes(mention), {w: v / norm for w, v in vector.items()},
        frozenset(n.replace(",", "") for n in _NUMBER_RE.findall(mention.text) if not _year_like(n)),
        ENTITY_WEIGHT * len(entities),
        tuple(sorted(counts, key=lambda w: (-idf[w], w))[:RARE_WORDS]),
        _headline_words(mention), _actor(sourced), mention.form == NOUN and stated,
    )


def _classes(mention: EventMention) -> frozenset[str]:
    """The classes its trigger names ("bombing", "summit"); else, for a
    clause whose headline shows its trigger, those of its subject and verb
    ("Riots … were continuing"), not of what its act is about ("The woman
    confessed that she was told to carry out the … bombing" is no bombing);
    else its headline's, else (for a happening, not a statement) its
    sentence's."""
    if mention.trigger and (found := event_classes(mention.trigger)):
        return found
    if (told := _up_to_trigger(mention)) is not None:
        return event_classes(told)
    return event_classes(mention.title) or (frozenset() if mention.statement else event_classes(mention.text))


def _up_to_trigger(mention: EventMention) -> str | None:
    """A clause's headline up to the word of its trigger, or None (a noun
    phrase, or a headline that does not show its trigger)."""
    if mention.form == NOUN or not mention.trigger:
        return None
    found = _inflected(mention.trigger).search(mention.title)
    return mention.title[:found.end()] if found else None


@cache
def _inflected(lemma: str) -> re.Pattern[str]:
    """A verb's lemma and its inflections as whole words ("confess" →
    confessed, "carry" → carried, "stop" → stopped, "be" → been, was; not
    "Beirut"), irregular ones from ``IRREGULAR_PAST`` and ``IRREGULAR_FORMS``."""
    base = lemma[:-1] if lemma.endswith(("e", "y")) and len(lemma) > 2 else lemma
    regular = r"%s%s?(?:%s)?" % (re.escape(base), re.escape(lemma[-1]), _ENDINGS)
    irregular = {*IRREGULAR_FORMS.get(lemma, ()), *([IRREGULAR_PAST[lemma]] if lemma in IRREGULAR_PAST else [])}
    return re.compile(r"\b(?:%s)\b" % "|".join((regular, *map(re.escape, sorted(irregular)))), re.IGNORECASE)


def _actor(sourced: Sourced) -> str | None:
    """Whose act a mention reports: the person who is its subject, else the
    organisation or place its headline opens with ("Iraq condemned …", "The
    US House of Representatives backed …")."""
    if sourced.subject:
        return sourced.subject
    if sourced.mention.form == NOUN:  # "Paris summit": a place that names, not one that acts
        return None
    title = sourced.mention.title.casefold()
    openings = (title, *(title[len(word):] for word in ACTOR_OPENERS if title.startswith(word)))
    named = [*sourced.mention.organisations, *sourced.mention.places]
    return next(("actor:" + n.casefold() for n in named if any(t.startswith(n.casefold() + " ") for t in openings)), None)


def _headline_words(mention: EventMention) -> frozenset[str]:
    """Its headline's content words but its people's names (counted as entities)."""
    names = {w for name in mention.people for w in content_words(name)}
    return frozenset(w for w in content_words(mention.title) if w not in names)


def _entities(sourced: Sourced) -> frozenset[str]:
    """Its people, organisations (ids) and places."""
    return sourced.people | sourced.organisations | frozenset("place:" + p.casefold() for p in sourced.mention.places)


def _year_like(number: str) -> bool:
    return len(number) == 4 and number[:2] in ("19", "20")


def _interval(sourced: Sourced, published: date | None) -> tuple[tuple[date, date] | None, bool]:
    """The days a mention can be about, and whether its own text dates it."""
    mention = sourced.mention
    point = dates.parse_point(mention.date)
    if point is not None and mention.date_basis not in (PUBLICATION, REPORTED):
        return (point.first, point.last), True
    if point is not None:
        return (point.first - PUBLICATION_WINDOW, point.last), False
    if published is not None:
        return (published - UNDATED_WINDOW, published), False
    return None, False


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def cannot_join(a: Profile, b: Profile) -> bool:
    """Pairs that are never one happening: two actors' own acts (people,
    or the organisations or places that act: "Iraq condemned …"); dates
    that cannot name one time (unless two sources tell one happening in the
    same words and disagree on its day: ``_conflicting_report``); two
    mentions of one sentence (a sentence feeds at most one event per
    happening: mentions of one sentence with times that meet are joined by
    their score like any others)."""
    if a.actor and b.actor and a.actor != b.actor:
        return True
    if _overlap(a, b):
        return False
    same_sentence = a.source == b.source and a.start == b.start
    return same_sentence or not _conflicting_report(a, b)


def score(a: Profile, b: Profile) -> float:
    """The weighed evidence that ``a`` and ``b`` (which ``cannot_join``
    allows) report one happening."""
    w = WEIGHTS
    total = w["words"] * cosine(a.words, b.words)
    if a.headline and b.headline:
        total += w["headline"] * len(a.headline & b.headline) / len(a.headline | b.headline)
    if a.stated and b.stated and a.day and b.day and a.interval == b.interval:
        total += w["same_day"]
    shared = a.entities & b.entities
    if shared:
        total += w["entities"] * ENTITY_WEIGHT * len(shared) / min(a.entity_weight, b.entity_weight)
    kinds = related(a.classes, b.classes)
    total += w["same_class"] if kinds else w["other_class"] if kinds is False else 0.0
    if a.places and b.places and not a.places & b.places:
        total += w["other_places"]
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        total += w["other_numbers"]
    if a.source == b.source and a.subject and a.subject == b.subject and a.statement and b.statement:
        total += w["same_statement"]
    return total


def _overlap(a: Profile, b: Profile) -> bool:
    if a.interval is None or b.interval is None:
        return False
    return a.interval[0] <= b.interval[1] and b.interval[0] <= a.interval[1]


def _conflicting_report(a: Profile, b: Profile) -> bool:
    """Two sources telling one happening in the same words but giving
    different days or weeks for it."""
    if a.source == b.source or not (a.stated and b.stated and a.week and b.week):
        return False
    close = abs((a.interval[0] - b.interval[0]).days) <= CONFLICT_WINDOW.days
    return close and bool(a.entities & b.entities) and cosine(a.words, b.words) >= CONFLICT_WORDS
