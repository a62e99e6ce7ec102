"""Reconcile the generator's new output with the file as people left it (a
three-way merge), so that re-extraction never loses an edit.

``base`` is what the generator wrote last time, ``current`` is the file as
people left it, ``new`` is what the generator produces now. Per entry (by id)
and per field: a field nobody touched takes the new value; a field a person
changed keeps theirs (new evidence and quotes are still attached to an edited
event); an entry a person deleted stays deleted; an entry a person added stays.

``recorded`` is the base written beside the result: a field a person changed
keeps there the value it had when they changed it, so that it stays theirs
even when the generator's output comes to equal it and later moves on (a
rename the generator picks too, then drops for another spelling).
"""
from __future__ import annotations

from typing import Any

from ..model import dates

# Fields that belong to editors: the generator never writes them.
EDITOR_FIELDS = ("note", "hidden", "key", "pinned")
# List fields whose items are attached one by one, identified by source and span.
EVIDENCE_FIELDS = ("sources", "quotes")
SECTIONS = ("sources", "people", "organisations", "events")
_MISSING = object()


def reconcile(base: dict | None, current: dict | None, new: dict) -> dict:
    """The data to write: ``new`` reconciled with ``current`` relative to ``base``."""
    if current is None:
        return new
    base = base or {}
    result = _with_new_keys(current, new)
    for key in new:
        if key in SECTIONS:
            result[key] = _entries(base.get(key) or [], current.get(key) or [], new[key], sort=key == "events")
        else:
            result[key] = _field(base.get(key, _MISSING), current.get(key, _MISSING), new[key], key)
    return result


def recorded(base: dict | None, current: dict | None, new: dict) -> dict:
    """``new``, where a field of an entry differs between ``current`` and
    ``base`` (a person's edit), with the ``base`` value of that field."""
    if not base or not current:
        return new
    result = dict(new)
    for key in SECTIONS:
        base_by = {e.get("id"): e for e in base.get(key) or []}
        current_by = {e.get("id"): e for e in current.get(key) or []}
        if key in new and base_by and current_by:
            result[key] = [_recorded_entry(base_by.get(e["id"]), current_by.get(e["id"]), e) for e in new[key]]
    return result


def _recorded_entry(base: dict | None, current: dict | None, new: dict) -> dict:
    if base is None or current is None:
        return new
    edited = {k: base[k] for k in new if k in base and k in current and k not in EDITOR_FIELDS + EVIDENCE_FIELDS
              and not _same(current[k], base[k])}
    return {**new, **edited} if edited else new


def _with_new_keys(current: dict, new: dict) -> dict:
    """``current``, with each key only ``new`` has placed after the key it
    follows there (a file from before ``organisations`` gets it after ``people``)."""
    keys, previous = list(current), None
    for key in new:
        if key not in current:
            keys.insert(keys.index(previous) + 1 if previous in keys else len(keys), key)
        previous = key
    return {key: current[key] if key in current else new[key] for key in keys}


def _entries(base: list[dict], current: list[dict], new: list[dict], sort: bool) -> list[dict]:
    base_by = {e.get("id"): e for e in base}
    new_by = {e["id"]: e for e in new}
    current_ids = {e.get("id") for e in current}
    result = []
    for entry in current:
        entry_id = entry.get("id")
        if entry_id in new_by:
            result.append(_reconcile_entry(base_by.get(entry_id), entry, new_by[entry_id]))
        elif entry_id in base_by and _same(entry, base_by[entry_id]):
            continue  # generated, untouched, and no longer produced
        else:
            result.append(entry)  # added or edited by a person
    for entry in new:
        if entry["id"] in current_ids or entry["id"] in base_by:
            continue  # already there, or deleted by a person
        _insert(result, entry, sort)
    return result


def _insert(entries: list[dict], entry: dict, sort: bool) -> None:
    """Add a new entry; events go after the last one that sorts before them."""
    if not sort:
        entries.append(entry)
        return
    key = dates.sort_key(_date(entry))
    position = len(entries)
    while position > 0 and dates.sort_key(_date(entries[position - 1])) > key:
        position -= 1
    entries.insert(position, entry)


def _date(entry: dict) -> str | None:
    value = entry.get("date")
    return None if value is None else str(value)


def _reconcile_entry(base: dict | None, current: dict, new: dict) -> dict:
    pinned = set(current.get("pinned") or [])
    result = dict(current)
    for key in list(current) + [k for k in new if k not in current]:
        if key in EDITOR_FIELDS or key in pinned or key == "id":
            continue
        base_value = base.get(key, _MISSING) if base is not None else _MISSING
        value = _field(base_value, current.get(key, _MISSING), new.get(key, _MISSING), key)
        if value is _MISSING:
            result.pop(key, None)
        else:
            result[key] = value
    return result


def _field(base: Any, current: Any, new: Any, key: str) -> Any:
    if current is _MISSING and base is _MISSING:
        return new  # a field the generator adds
    if _same(current, base):
        return new  # untouched: take the generator's value
    if key in EVIDENCE_FIELDS and isinstance(current, list) and isinstance(new, list):
        attached = {_evidence_key(x) for x in current} | {_evidence_key(x) for x in (base if isinstance(base, list) else [])}
        return current + [x for x in new if _evidence_key(x) not in attached]
    return current  # changed by a person: theirs


def _same(a: Any, b: Any) -> bool:
    if a is _MISSING or b is _MISSING:
        return a is b
    return _normal(a) == _normal(b)


def _normal(value: Any) -> Any:
    """Compare YAML values as written: a date object and its text are equal."""
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_normal(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _evidence_key(item: Any) -> tuple:
    if isinstance(item, dict):
        return (item.get("source"), tuple(item.get("span") or ()))
    return (repr(item),)
