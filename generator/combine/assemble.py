"""Turn the extractions of a whole corpus into a timeline: sources, people and
merged events, with ids reused from the timeline already on disk so that
links keep working between builds.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from ..model import Event, Extraction, Source, Sourced, Timeline, timeline_order
from . import cluster as mg
from .ids import slug, unique_slug
from .people import index_people
from .variants import speaker_ids

DEFAULT_TITLE = "News timeline"
_EVENT_SLUG_WORDS = 8
SOURCE_SLUG_LENGTH = 40


def assemble(extractions: list[Extraction], known: Timeline | None = None) -> Timeline:
    """The timeline the generator would write for these extractions."""
    known = known or Timeline(DEFAULT_TITLE)
    sources = _sources(extractions, known)
    source_of = {s.file: s.id for s in sources}
    people, person_of = index_people(extractions, known.people)
    names_in: dict[str, dict[str, str]] = defaultdict(dict)
    for (file, name), pid in person_of.items():
        names_in[file][name] = pid
    mentions = []
    for order, x in enumerate(extractions):
        names = names_in[x.article.file]
        for mention in x.events:
            mentions.append(Sourced(
                source=source_of[x.article.file], order=order, mention=mention,
                people=frozenset(names[n] for n in mention.people if n in names),
                subject=names.get(mention.subject) if mention.subject else None,
                speakers=speaker_ids(mention.quotes, names),
            ))
    merged = [mg.merge(group) for group in mg.cluster(mentions)]
    events = _events(merged, known)
    events.sort(key=timeline_order)
    return Timeline(known.title, sources, people, events)


def _sources(extractions: list[Extraction], known: Timeline) -> list[Source]:
    by_file = {s.file: s.id for s in known.sources}
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


def _events(merged: list[mg.MergedEvent], known: Timeline) -> list[Event]:
    """Events with ids: an event keeps the id of the known event it shares
    most evidence with (then the same date, then the same title); a new event
    gets a slug of its date and title."""
    known_by_evidence: dict[tuple[str, int], list[Event]] = defaultdict(list)
    for event in known.events:
        for evidence in event.sources:
            known_by_evidence[(evidence.source, evidence.span[0])].append(event)
    taken = {event.id for event in known.events}
    assigned: set[str] = set()
    events = []
    for item in merged:
        votes: Counter = Counter()
        candidates: dict[str, Event] = {}
        for evidence in item.sources:
            for event in known_by_evidence.get((evidence.source, evidence.span[0]), []):
                votes[event.id] += 1
                candidates[event.id] = event
        ranked = sorted(votes, key=lambda i: (-votes[i], candidates[i].date != item.date, candidates[i].title != item.title, i))
        event_id = next((i for i in ranked if i not in assigned), None)
        if event_id is None:
            words = " ".join(item.title.replace("“", " ").replace("”", " ").split()[:_EVENT_SLUG_WORDS])
            event_id = unique_slug(f"{item.date or 'undated'} {slug(words)}", taken | assigned)
        assigned.add(event_id)
        events.append(Event(
            id=event_id, date=item.date, title=item.title, summary=item.summary,
            date_basis=item.date_basis, people=item.people, places=item.places,
            sources=item.sources, quotes=item.quotes,
        ))
    return events
