"""Assemble the extractions of a whole corpus into a timeline: its sources,
its people and organisations, and one event per cluster of mentions, with ids reused from the
previous timeline so that links keep working between builds.

A cluster is an event when a clause states it with a whole headline (noun
phrases and clauses whose headline is cut short only lend it their dates
and sources) and it is news when its sources were written: one
that every source dates more than a year before it was published is
background and makes no event. An event no other article connects to is
marked off the story (``story.py``), a routine act one article alone
reports minor (``minor.py``).
"""
from __future__ import annotations

import gc
import pickle
from collections import Counter, defaultdict
from contextlib import contextmanager
from datetime import timedelta

from ..model import NOUN, REACTION, Event, Evidence, Extraction, Source, Sourced, Timeline, dates, edtf_values
from .cluster import cluster
from .dating import differs, event_date, event_edtf
from .ids import slug, unique_slug
from .entities import index_entities
from .links import Links, cluster_key, combine_version
from .reactions import hang_reactions, is_agenda
from .minor import mark_minor
from .story import mark_off_story
from .titles import best_headline, distinct_titles, headline
from .variants import group_quotes, speaker_ids

DEFAULT_TITLE = "News timeline"
_EVENT_SLUG_WORDS = 8
BACKGROUND = timedelta(days=365)
SOURCE_SLUG_LENGTH = 40


def assemble(extractions: list[Extraction], previous: Timeline | None = None) -> Timeline:
    """The timeline the generator would write for these extractions (see ``combine``)."""
    return combine(extractions, previous)[0]


def combine(extractions: list[Extraction], previous: Timeline | None = None,
            known: Links | None = None) -> tuple[Timeline, Links]:
    """The timeline the generator would write for these extractions, and
    the clustering's links for the next run.

    Args:
        extractions: every article's, in corpus order.
        previous: the timeline whose ids are kept (the one on disk, and the
            events people deleted from it), or None.
        known: the last run's links: what they hold (scores, clusters,
            events) is not worked out again (the result is the same; links
            of other code are ignored).
    """
    with _collector_paused():
        return _combine(extractions, previous, known)


@contextmanager
def _collector_paused():
    """Python's cycle collector off for the combine: it makes millions of
    objects that stay, and the collector's full passes, each walking all of
    them and the last run's links, took a third of its time (2,857 articles:
    7.4 s with it, 5.0 s without)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _combine(extractions: list[Extraction], previous: Timeline | None, known: Links | None) -> tuple[Timeline, Links]:
    version = combine_version()
    known = known if known is not None and known.usable(version) else None
    previous = previous or Timeline(DEFAULT_TITLE)
    sources = _sources(extractions, previous)
    source_of = {s.file: s.id for s in sources}
    entities = index_entities(extractions, previous)
    mentions = []
    for order, x in enumerate(extractions):
        file = x.article.file
        for mention in x.events:
            named = ([entities.id_of(file, n) for n in mention.people]
                     + [entities.id_of(file, n, "organisation") for n in mention.organisations]
                     + [entities.id_of(file, q.speaker, q.speaker_kind) for q in mention.quotes])
            subject = entities.id_of(file, mention.subject)
            mentions.append(Sourced(
                source=source_of[file], order=order, mention=mention,
                people=frozenset(i for i in named if i in entities.person_ids),
                subject=subject if subject in entities.person_ids else None,
                speakers=speaker_ids(mention.quotes, file, entities),
                organisations=frozenset(i for i in named if i and i not in entities.person_ids),
                published=x.article.published,
            ))
    clusters, links = cluster(mentions, known, version)
    key_of = dict(zip(map(id, mentions), links.keys))
    groups = [group for group in clusters if _stated_by_a_clause(group) and not is_agenda(group)]
    happenings, reactions = hang_reactions(groups)
    events = [annotated(event, reactions.get(index, [])) for index, group in enumerate(happenings)
              if not _background(event := _assembled(group, cluster_key([key_of[id(m)] for m in group]), known, links), group)]
    distinct_titles(events, {e.id: e.name for e in [*entities.people, *entities.organisations]})
    _give_ids(events, previous)
    events.sort(key=lambda e: (edtf_values.sort_key(e.date, e.edtf), -e.source_count, e.id))  # a day's most reported first
    timeline = Timeline(previous.title, sources, entities.people, events, entities.organisations)
    return mark_minor(mark_off_story(timeline, [x.article for x in extractions])), links


def _stated_by_a_clause(group: list[Sourced]) -> bool:
    """A noun phrase ("the bombings", "last Thursday's elections", "a Paris
    summit where …") joins the happening a clause reports, lending it its
    date and source, and is no event on its own: its words make no headline;
    nor do a clause's cut short ("called on the UNRWA [to transfer …]")."""
    return any(member.mention.form != NOUN and not headline(member.mention)[1] for member in group)


def _background(event: Event, group: list[Sourced]) -> bool:
    """A happening every source dates more than ``BACKGROUND`` before it was
    published ("the 1975-1990 civil war", "the Doha round launched in
    2001"): background to the news, not a line of its timeline."""
    point = dates.parse_point(event.date)
    published = [m.published for m in group if m.published is not None]
    return bool(point and published and point.last < min(published) - BACKGROUND)


def _sources(extractions: list[Extraction], previous: Timeline) -> list[Source]:
    by_file = {s.file: s.id for s in previous.sources}
    taken = set(by_file.values())
    sources = []
    for x in extractions:
        a = x.article
        source_id = by_file.get(a.file) or unique_slug(a.title, taken, SOURCE_SLUG_LENGTH)
        taken.add(source_id)
        sources.append(Source(
            id=source_id, file=a.file, title=a.title, outlet=a.outlet, author=a.author,
            published=a.published.isoformat() if a.published else None, url=a.url,
        ))
    return sources


def _assembled(group: list[Sourced], key: str, known: Links | None, links: Links) -> Event:
    """The cluster's event: the last run's for the same mentions, else
    assembled now; kept in ``links`` as it is here, before this run gives it
    reactions, a distinct title and an id."""
    kept = known.events.get(key) if known else None
    if kept is not None:
        links.events[key] = kept
        return pickle.loads(kept)
    event = assemble_event(group)
    links.events[key] = pickle.dumps(event, protocol=pickle.HIGHEST_PROTOCOL)
    return event


def assemble_event(group: list[Sourced]) -> Event:
    """One event from a cluster of mentions: the best-supported date
    (``dating``), the best headline (``titles``), every source's evidence
    (a sentence that only reacts to the happening marked so),
    and each quote once, with other outlets' wordings of it as variants. Its
    id is given once every event is known (``_give_ids``)."""
    date_value, basis = event_date(group)
    best = best_headline(group, date_value)
    evidence, seen = [], set()
    reporting = {(m.source, m.mention.start) for m in group if not m.mention.reaction}
    for member in sorted(group, key=lambda m: (m.order, m.mention.start)):
        key = (member.source, member.mention.start)
        if key in seen:
            continue
        seen.add(key)
        kind = REACTION if reporting and key not in reporting else None  # a sentence that only answers the happening
        evidence.append(Evidence(member.source, member.mention.text, (member.mention.start, member.mention.end),
                                 differs(member, date_value), member.mention.date_span, kind))
    people = Counter()
    for member in group:
        for person in member.people:
            people[person] += 2 if person == member.subject else 1
    places = list(dict.fromkeys(p for m in group for p in m.mention.places))
    organisations = Counter(o for m in group for o in m.organisations)
    return Event(
        id="", date=date_value, date_basis=basis, status=best.mention.status, title=headline(best.mention)[0], summary=best.mention.text,
        people=[p for p, _ in sorted(people.items(), key=lambda kv: (-kv[1], kv[0]))],
        places=places, sources=evidence, quotes=group_quotes(group),
        organisations=[o for o, _ in sorted(organisations.items(), key=lambda kv: (-kv[1], kv[0]))],
        edtf=event_edtf(group, date_value),
    )


def annotated(event: Event, reactions: list[Sourced]) -> Event:
    """``event`` with the reactions it takes shown under it: their sentences
    among its evidence marked as reactions (each with its own date), their
    quotes among its quotes."""
    if not reactions:
        return event
    known = {(e.source, e.span[0]) for e in event.sources}
    for member in sorted(reactions, key=lambda m: (m.order, m.mention.start)):
        if (member.source, member.mention.start) not in known:
            known.add((member.source, member.mention.start))
            event.sources.append(Evidence(member.source, member.mention.text, (member.mention.start, member.mention.end),
                                          differs(member, event.date), member.mention.date_span, REACTION))
    spoken = {(q.source, q.span) for q in event.quotes}
    event.quotes += [q for q in group_quotes(reactions) if (q.source, q.span) not in spoken]
    return event


def _give_ids(events: list[Event], previous: Timeline) -> None:
    """Give each event an id: the id of the previous event it shares most
    evidence with (then the same date, then the same title), or for a new
    event a slug of its date and title."""
    previous_by_evidence: dict[tuple[str, int], list[Event]] = defaultdict(list)
    for event in previous.events:
        for evidence in event.sources:
            previous_by_evidence[(evidence.source, evidence.span[0])].append(event)
    taken = {event.id for event in previous.events}  # and, as they are given, every id given now
    assigned: set[str] = set()
    for item in events:
        votes: Counter = Counter()
        candidates: dict[str, Event] = {}
        for evidence in item.sources:
            for event in previous_by_evidence.get((evidence.source, evidence.span[0]), []):
                votes[event.id] += 1
                candidates[event.id] = event
        ranked = sorted(votes, key=lambda i: (-votes[i], candidates[i].date != item.date, candidates[i].title != item.title, i))
        event_id = next((i for i in ranked if i not in assigned), None)
        if event_id is None:
            words = " ".join(item.title.replace("“", " ").replace("”", " ").split()[:_EVENT_SLUG_WORDS])
            event_id = unique_slug(f"{item.date or 'undated'} {slug(words)}", taken)
        assigned.add(event_id)
        taken.add(event_id)
        item.id = event_id
