"""Storylines: threads of events that share people, organisations, places
and the words of their titles.

The method is KeyGraph's (Sayyadi, Hurst and Maykov, ICWSM 2009), which
clusters terms rather than events, so it grows with the vocabulary, not with
the square of the events:

1. Each event's terms (``terms.py``: its people, organisations and places,
   the words of its title); a term counts when between
   ``MIN_EVENTS`` events and ``MAX_SHARE`` of all events have it (rarer is
   noise, commoner is the whole corpus's subject, no thread). An event keeps
   its ``TERMS_PER_EVENT`` rarest terms.
2. A graph of terms: two terms are linked when at least ``MIN_EVENTS`` events
   have both, and that is at least ``MIN_LINK`` of the events of the rarer
   one; the link weighs the cosine of their occurrences.
3. Communities of that graph by Louvain modularity (networkx, fixed seed:
   the same timeline gives the same storylines).
4. Each event joins the community where its terms weigh most (a term weighs
   its inverse document frequency), if at least ``MIN_SHARED`` of its terms
   are there and one of them is among the community's ``CORE`` terms (the
   most linked inside it): two loose words ("president", "security") do not
   make an event part of a story. A community with at least ``MIN_EVENTS``
   events is a storyline; the ``MAJOR`` with the most sources are the major
   ones.

A storyline's title is the phrase its ``TITLE_FROM`` most important events'
sentences use for it (``titles.py``), its id the title's slug, its key
events its ``KEY_EVENTS`` most important.
"""
from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict

import networkx as nx
from spacy.lang.en.stop_words import STOP_WORDS

from ..combine.ids import unique_slug
from ..model import Event, Importance, Storyline, timeline_order
from . import words
from .assess import Assessment
from .importance import by_importance
from .terms import entity_names, shown, timeline_terms
from .titles import TOKEN, base, storyline_title

MIN_EVENTS = 3
MAX_SHARE = 0.05
TERMS_PER_EVENT = 12
MIN_LINK = 0.3
MIN_SHARED = 2
CORE = 5
MAJOR = 10
KEY_EVENTS = 5
SEED = 0
TERMS_SHOWN = 6
TITLE_FROM = 50  # the most important events a title is looked for in


def find_storylines(a: Assessment) -> list[Storyline]:
    """The storylines of an assessed timeline: the major first, each group
    by the sources reporting them. Hidden events are in none, nor are
    events whose evidence is all page furniture."""
    timeline, importance = a.timeline, a.importance
    events = sorted((e for e in timeline.events if e.id in importance
                     and (not e.sources or any(x.text not in a.furniture for x in e.sources))), key=timeline_order)
    terms = timeline_terms(timeline, events)
    df = Counter(t for found in terms.values() for t in found)
    usable = {t for t, n in df.items() if MIN_EVENTS <= n <= max(MIN_EVENTS, MAX_SHARE * len(events))}
    kept = {e: sorted(found & usable, key=lambda t: (df[t], t))[:TERMS_PER_EVENT] for e, found in terms.items()}
    graph = _term_graph(kept, df)
    groups = _communities(graph)
    idf = {t: math.log(len(events) / df[t]) for t in usable}
    members = _assign(kept, groups, _cores(graph, groups), idf)
    names = entity_names(timeline)
    by_id = {e.id: e for e in events}
    rarity = _rarity(events)
    found = []
    for group, ids in members.items():
        if len(ids) < MIN_EVENTS:
            continue
        inside = Counter(t for i in ids for t in kept[i] if t in groups[group])
        top = [t for t, _ in sorted(inside.items(), key=lambda kv: (-kv[1], kv[0]))]
        telling = [by_id[i] for i in by_importance(ids, importance)[:TITLE_FROM]]
        title = storyline_title(telling, _own_words(top, names), rarity) or ", ".join(shown(t, names) for t in top[:2])
        found.append((ids, top, title))
    return _records(found, by_id, names, importance)


def _own_words(terms: list[str], names: dict[str, str]) -> set[str]:
    """The words of a storyline's terms, its people's, organisations' and places' names included."""
    return {base(w) for t in terms for w in TOKEN.findall(shown(t, names))} - STOP_WORDS


def _rarity(events: list[Event]):
    """A word's inverse document frequency over the events' titles and summaries."""
    df = Counter(w for e in events for w in set(words.words(f"{e.title} {e.summary}")))
    return lambda word: math.log(len(events) / df[word]) if df[word] else 0.0


def _term_graph(kept: dict[str, list[str]], df: Counter) -> nx.Graph:
    together: Counter = Counter()
    for found in kept.values():
        together.update(itertools.combinations(sorted(found), 2))
    graph = nx.Graph()
    linked = [(pair, n) for pair, n in together.items() if n >= MIN_EVENTS and n >= MIN_LINK * min(df[pair[0]], df[pair[1]])]
    for (a, b), n in sorted(linked):
        graph.add_edge(a, b, weight=n / math.sqrt(df[a] * df[b]))
    return graph


def _communities(graph: nx.Graph) -> list[frozenset[str]]:
    if graph.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(graph, weight="weight", seed=SEED)
    return sorted((frozenset(c) for c in found), key=lambda c: (-len(c), sorted(c)))


def _cores(graph: nx.Graph, groups: list[frozenset[str]]) -> set[str]:
    """Each community's CORE terms: the most linked inside it (weighted degree)."""
    core: set[str] = set()
    for group in groups:
        inside = {t: sum(w for _, u, w in graph.edges(t, data="weight") if u in group) for t in group}
        core.update(sorted(group, key=lambda t: (-inside[t], t))[:CORE])
    return core


def _assign(kept: dict[str, list[str]], groups: list[frozenset[str]], core: set[str], idf: dict[str, float]) -> dict[int, list[str]]:
    """Each event to the community where its terms weigh most (ties: the
    larger community), given it has MIN_SHARED terms there, one of them core."""
    group_of = {t: i for i, group in enumerate(groups) for t in group}
    members: dict[int, list[str]] = defaultdict(list)
    for event_id, found in kept.items():
        weight: Counter = Counter()
        shared: Counter = Counter()
        for t in found:
            if t in group_of:
                weight[group_of[t]] += idf[t]
                shared[group_of[t]] += 1
        if weight:
            best = min(weight, key=lambda g: (-weight[g], g))
            if shared[best] >= MIN_SHARED and any(t in core and group_of[t] == best for t in found):
                members[best].append(event_id)
    return members


def _records(found: list[tuple[list[str], list[str], str]], by_id: dict[str, Event], names: dict[str, str],
             importance: dict[str, Importance]) -> list[Storyline]:
    """Storyline records: the MAJOR reported by most sources first, then the
    others, each by sources; ids are slugs of the titles."""
    def sources(ids: list[str]) -> int:
        return len({e.source for i in ids for e in by_id[i].sources})

    ranked = sorted(found, key=lambda f: (-sources(f[0]), f[1]))
    taken: set[str] = set()
    result = []
    for rank, (ids, top, title) in enumerate(ranked):
        story_id = unique_slug(title, taken)
        taken.add(story_id)
        result.append(Storyline(
            id=story_id, title=title, events=tuple(ids),
            key_events=tuple([i for i in by_importance(ids, importance) if importance[i].key is not False][:KEY_EVENTS]),
            terms=tuple(shown(t, names) for t in top[:TERMS_SHOWN]), major=rank < MAJOR,
        ))
    return result
