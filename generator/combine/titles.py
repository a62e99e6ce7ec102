"""An event's title: the best headline among its mentions', and titles that
tell apart the events that would share one.

A headline cut short (words that complete its verb lost: the mention's
``cut``) or flawed gives way to its article's title where that tells the
same happening (``extract/article_headline.py``); one still cut short
loses to every other. A mention's headline is judged by named
signs (``FLAWS``: too short, a reporting verb at its end, words cut out of
it, a description the reader cannot place, cut off mid-phrase) and, among the unflawed,
preferred when it tells the happening rather than a reaction to it, heads
the happening the event is dated by and is a clause rather than a noun
phrase ("Suicide bombing in Tel Aviv"), which outweighs a vague description
("The woman confessed …" on the day of the confession, not "Wednesday's
Amman hotel bombing attacks"), stands in its article's lead, and agrees
most with the other sources' headlines (shared words).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Callable

from ..extract.article_headline import CUT_OFF, IRREGULAR_PAST
from ..extract.headline import RUN_ON, shares_words
from ..extract.lexicon import CUE_VERBS
from ..model import NOUN, Event, EventMention, Sourced, dates

SHORT_WORDS = 3
DESCRIPTION = "a description the reader cannot place"
# Signs that a headline is not one an editor would take, by name.
FLAWS: dict[str, Callable[[str], bool]] = {
    "short": lambda t: len(_words(t)) <= SHORT_WORDS,
    "ends in a reporting verb": lambda t: bool(_words(t)) and _stem(_words(t)[-1]) in CUE_VERBS,
    "words cut out": lambda t: bool(re.search(r"\(\s*\)|[,;:]\s*[,;:.]|\s[,;:](?:\s|$)|(?<![\w-])-[^\W\d_]|(?:^|\s)['’]s\b", t)),
    "starts in lower case": lambda t: t[:1].islower(),
    DESCRIPTION: lambda t: bool(_DESCRIPTION.match(t)),
    "cut off": lambda t: bool(CUT_OFF.search(t)),
    "run on": lambda t: bool(RUN_ON.search(t)),
}
# "The woman confessed", "The former official left": a subject of lower-case words after "The" alone,
# then a verb (an irregular past only where it is not also its base, a noun: "The cut", "The hit").
_IRREGULAR = "|".join(sorted(past for base, past in IRREGULAR_PAST.items() if past != base))
_DESCRIPTION = re.compile(r"^(?:The|This|That) (?:[a-z][\w-]* ){0,2}?"
                          rf"(?:was|were|is|are|has|had|have|will|would|could|did|[a-z][\w-]*ed|{_IRREGULAR})\b")
_WORD_RE = re.compile(r"[^\W_][\w'’-]*")


def _words(title: str) -> list[str]:
    return _WORD_RE.findall(title)


def _stem(word: str) -> str:
    word = word.lower()
    for suffix, base in (("ied", "y"), ("ed", ""), ("ed", "e"), ("s", ""), ("d", "")):
        if word.endswith(suffix) and word[: len(word) - len(suffix)] + base in CUE_VERBS:
            return word[: len(word) - len(suffix)] + base
    return {"said": "say", "told": "tell"}.get(word, word)


def flaws(title: str) -> list[str]:
    return [name for name, test in FLAWS.items() if test(title)]


def headline(mention: EventMention) -> tuple[str, bool]:
    """A mention's headline and whether it is cut short: its own, or where
    that is cut short or flawed, its article's title where that tells the
    same (shares its words) and is not flawed ("Visiting US Secretary of
    State Condoleezza Rice in Jerusalem": "Israeli PM began meeting with
    Rice in Jerusalem")."""
    own = mention.title
    candidate = mention.article_title
    if (mention.cut or flaws(own)) and candidate and not flaws(candidate) and shares_words(candidate, own):
        return candidate, False
    return own, mention.cut


def best_headline(group: list[Sourced], date_value: str | None) -> Sourced:
    """The member whose headline the event takes."""
    headlines = {id(m): headline(m.mention) for m in group}
    words = {id(m): {w.lower() for w in _words(headlines[id(m)][0])} for m in group}
    answered = any(not m.mention.reaction for m in group)  # a reaction titles only a cluster of reactions

    def rank(member: Sourced) -> tuple:
        own = words[id(member)]
        agreement = sum(len(own & words[id(o)]) / (len(own | words[id(o)]) or 1) for o in group if o.source != member.source)
        dated = member.mention.date == date_value or dates.contains(date_value or "", member.mention.date or "")
        title, cut = headlines[id(member)]
        found = flaws(title)
        vague = DESCRIPTION in found  # weighs less than telling the happening of the event's date
        return (cut, len(found) - vague, answered and member.mention.reaction, not dated, member.mention.form == NOUN,
                vague, not member.mention.lead, -round(agreement, 3), member.order, member.mention.start)

    return min(group, key=rank)


def distinct_titles(events: list[Event], names: dict[str, str]) -> None:
    """Where events would share a title, add to each what tells it apart: a
    place the others do not name, else a person, else its date (with the
    place or person when the date is shared too)."""
    same: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        same[_key(event.title)].append(event)
    taken = set(same)
    for group in same.values():
        if len(group) < 2:
            continue
        named = (Counter(p for e in group for p in set(e.places)), Counter(p for e in group for p in set(e.people)))
        for event in group:
            told = next((t for t in _tellings(event, named, names) if _key(t) not in taken), None)
            if told is not None:
                event.title = told
                taken.add(_key(told))


def _key(title: str) -> str:
    return " ".join(title.casefold().split())


def _tellings(event: Event, named: tuple[Counter, Counter], names: dict[str, str]) -> list[str]:
    """Titles for ``event`` that say what the other events of its group do
    not, best first (``named``: how many of the group name each place, and
    each person)."""
    title = event.title
    places = [p for p in event.places if p.lower() not in title.lower() and named[0][p] == 1]
    people = [names[p] for p in event.people if p in names and names[p] not in title and named[1][p] == 1]
    when = dates.display(event.date)
    return [*(f"{title} in {p}" for p in places[:1]), *(f"{title} ({p})" for p in people[:1]), f"{title} ({when})",
            *(f"{title} in {p} ({when})" for p in event.places[:1]), *(f"{title} ({names[p]}, {when})" for p in event.people[:1] if p in names)]
