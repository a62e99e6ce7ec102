"""Timeline records to plain data (what ``timeline.yml`` holds) and back, and
YAML as read to plain data.

Plain data is dicts, lists, strings and numbers in the file's key order. Dates
are normalized here, in one place: PyYAML and ruamel.yaml read ``2025`` as an
int and ``2025-09-05`` as a date, while ``2025-09`` stays a string.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..model import HAPPENED, Entity, Event, Evidence, Organisation, Person, QuoteEntry, Source, Timeline

# The keys whose values are dates.
DATE_KEYS = ("date", "published")


def date_text(value) -> str | None:
    """A date value from YAML as its TIMEX3 string (precision kept)."""
    if value is None:
        return None
    if isinstance(value, datetime):  # before date: datetime is a subclass
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def plain(value: Any, key: str | None = None, numbers_as_written: bool = False) -> Any:
    """YAML data as read (by PyYAML, or ruamel.yaml's round-trip nodes) as
    plain data: dates as their TIMEX3 text, a year written as a number
    (``date: 2025``) as text too, ruamel's string types as ``str``.

    ``numbers_as_written`` leaves a year a number: validation does, so that
    the schema judges a date as it was written.
    """
    if isinstance(value, dict):
        return {k: plain(v, k, numbers_as_written) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v, None, numbers_as_written) for v in value]
    if isinstance(value, date):
        return date_text(value)
    if key in DATE_KEYS and isinstance(value, int) and not isinstance(value, bool) and not numbers_as_written:
        return str(value)
    if isinstance(value, str):
        return str(value)  # ruamel's quoted-string types compare as plain text
    return value


def plain_except(data: dict, kept: set[int]) -> dict:
    """``plain(data)``, the entries of its lists whose identity is in
    ``kept`` (plain data already) taken as they are."""
    return {key: [e if id(e) in kept else plain(e) for e in value] if isinstance(value, list) else plain(value, key)
            for key, value in data.items()}


def to_data(timeline: Timeline) -> dict:
    return {
        "title": timeline.title,
        "sources": [_source(s) for s in timeline.sources],
        "people": [_entity(p) for p in timeline.people],
        "organisations": [_entity(o) for o in timeline.organisations],
        "events": [event_data(e) for e in timeline.events],
    }


def _source(s: Source) -> dict:
    data = {"id": s.id, "file": s.file, "title": s.title, "outlet": s.outlet, "author": s.author, "published": s.published}
    if s.url:
        data["url"] = s.url
    return data


def _entity(p: Entity) -> dict:
    return {"id": p.id, "name": p.name, "aliases": list(p.aliases), "description": p.description}


def event_data(e: Event) -> dict:
    data = {"id": e.id, "date": e.date, **({"edtf": e.edtf} if e.edtf else {}), "title": e.title, "summary": e.summary}
    if e.date_basis != "text":
        data["date_basis"] = e.date_basis
    if e.status != HAPPENED:
        data["status"] = e.status
    data.update({
        "people": list(e.people),
        **({"organisations": list(e.organisations)} if e.organisations else {}),
        "places": list(e.places),
        "sources": [_evidence(x) for x in e.sources],
        "quotes": [_quote(q) for q in e.quotes],
    })
    if e.note:
        data["note"] = e.note
    if e.hidden:
        data["hidden"] = True
    if e.off_story:
        data["off_story"] = True
    if e.minor:
        data["minor"] = True
    if e.key is not None:
        data["key"] = e.key
    return data


def _evidence(x: Evidence) -> dict:
    data = {"source": x.source, "text": x.text, "span": list(x.span)}
    if x.date:
        data["date"] = x.date
    if x.date_span:
        data["date_span"] = list(x.date_span)
    if x.kind:
        data["kind"] = x.kind
    return data


def _quote(q: QuoteEntry) -> dict:
    data = {"speaker": q.speaker, "text": q.text, "source": q.source, "span": list(q.span), "kind": q.kind}
    if q.role:
        data["role"] = q.role
    if q.variants:
        data["variants"] = [_quote(v) for v in q.variants]
    return data


def from_data(data: dict) -> Timeline:
    """A timeline from validated plain data."""
    return Timeline(
        title=str(data.get("title") or ""),
        sources=[Source(
            id=s["id"], file=s["file"], title=s["title"], outlet=s.get("outlet"), author=s.get("author"),
            published=date_text(s.get("published")), url=s.get("url"),
        ) for s in data.get("sources") or []],
        people=[_entity_from(Person, p) for p in data.get("people") or []],
        events=[event_from_data(e) for e in data.get("events") or []],
        organisations=[_entity_from(Organisation, o) for o in data.get("organisations") or []],
    )


def _entity_from(kind: type[Entity], data: dict) -> Entity:
    return kind(data["id"], data["name"], list(data.get("aliases") or []), data.get("description"))


def event_from_data(e: dict) -> Event:
    return Event(
        id=e["id"], date=date_text(e.get("date")), title=e["title"], summary=e.get("summary") or "",
        date_basis=e.get("date_basis") or "text", status=e.get("status") or HAPPENED, people=list(e.get("people") or []),
        places=list(e.get("places") or []),
        sources=[Evidence(x["source"], x["text"], tuple(x["span"]), date_text(x.get("date")), tuple(x["date_span"]) if x.get("date_span") else None, x.get("kind")) for x in e.get("sources") or []],
        quotes=[_quote_from(q) for q in e.get("quotes") or []],
        note=e.get("note"), hidden=bool(e.get("hidden")), organisations=list(e.get("organisations") or []),
        key=e.get("key"), edtf=str(e["edtf"]) if e.get("edtf") is not None else None, off_story=bool(e.get("off_story")),
        minor=bool(e.get("minor")),
    )


def _quote_from(q: dict) -> QuoteEntry:
    return QuoteEntry(
        q.get("speaker"), q["text"], q["source"], tuple(q["span"]), q.get("kind") or "full",
        [_quote_from(v) for v in q.get("variants") or []], q.get("role"),
    )
