"""Rewrite a hand-edited timeline.yml at the cost of what changed in it.

A round trip of the whole file through ruamel.yaml keeps its comments and
formatting, but takes ~35 s for 6,000 events. Here the text is cut at its
top-level keys and at the items of its lists, as the generator lays them
out: a piece or entry whose data did not change is copied as it stands; a
changed entry, or any other changed piece, goes through the round trip
alone (and must read back as the data it had, or the cut is not trusted); a
new entry is written as the generator writes entries. Joined, they are what
the whole round trip gives.
"""
from __future__ import annotations

import re

from ruamel.yaml.error import YAMLError

from .layout import Piece, cut, item_lines, items_by_id
from .plain import plain
from .round_trip import apply, dump_text, entry_text_of, is_entry_list, round_trip_yaml, to_yaml

# An anchor or alias ("&a", "*a"): cutting could part one from the other.
# Plain text cannot begin with either, so text that merely looks like one
# only costs the whole round trip.
_ANCHOR = re.compile(r"(?:^|[\s\[{,])[&*][^\s,\[\]{}]")


class _Uncut(Exception):
    """A piece did not read back as the data it was cut for."""


def rewrite(body: str, current: dict, data: dict) -> str | None:
    """``body`` (the file's YAML, read as ``current``) made to hold ``data``;
    None when it is not laid out as the generator writes (then only a round
    trip of all of it will do)."""
    layout = None if _ANCHOR.search(body) else cut(body)
    if layout is None:
        return None
    preamble, pieces = layout
    if [p.key for p in pieces] != list(current):
        return None
    by_key = {p.key: p for p in pieces}
    parts = [preamble]
    try:
        for key, value in data.items():
            parts += _piece_text(key, value, by_key.get(key), current)
    except (_Uncut, YAMLError):
        return None
    return "".join(parts)


def _piece_text(key: str, value, piece: Piece | None, current: dict) -> list[str]:
    if piece is None:
        return [dump_text(to_yaml({key: value}))]
    if value == current[key]:
        return [piece.text]
    items = items_by_id(piece, current[key]) if is_entry_list(current[key]) else None
    if items is None or not is_entry_list(value) or not _ids_unique(value):
        return [_round_trip(piece.text, {key: current[key]}, {key: value})]
    parts = [piece.head]
    old = {e["id"]: e for e in current[key]}
    for entry in value:
        text = items.get(entry["id"])
        if text is None:
            parts.append(entry_text_of((key, entry)))
        elif entry == old[entry["id"]]:
            parts.append(text)
        else:
            above, own = item_lines(text)  # its comments stay above it
            parts.append(above + _round_trip(f"{key}:\n{own}", {key: [old[entry["id"]]]}, {key: [entry]}).split("\n", 1)[1])
    return parts + [piece.tail]


def _round_trip(text: str, was: dict, data: dict) -> str:
    """``text``, which must read as ``was``, changed to hold ``data``."""
    node = round_trip_yaml().load(text)
    if plain(node) != was:
        raise _Uncut
    apply(node, data)
    return dump_text(node)


def _ids_unique(entries: list[dict]) -> bool:
    ids = [e.get("id") for e in entries]
    return None not in ids and len(set(ids)) == len(ids)
