"""Rewrite a hand-edited timeline.yml at the cost of what changed in it.

A round trip of the whole file through ruamel.yaml keeps its comments and
formatting, but takes ~35 s for 6,000 events. Here the text is cut at its
top-level keys and at the items of its lists, as the generator lays them
out: a block or entry whose data did not change is copied as it stands; a
changed entry, or any other changed block, goes through the round trip
alone (and must read back as the data it had, or the cut is not trusted); a
new entry is written as the generator writes entries. Joined, they are what
the whole round trip gives.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ruamel.yaml.error import YAMLError

from .round_trip import apply, dump_text, entry_text_of, is_entry_list, plain, round_trip_yaml, to_yaml

_KEY = re.compile(r"([A-Za-z_][\w-]*):(?:[ \t]|$)")
_ITEM = "  - "  # where round_trip_yaml() puts the items of a top-level list
_ITEM_ID = re.compile(r"""  - id: (['"]?)([a-z0-9-]+)\1[ \t]*(?:#.*)?$""")  # '587' is quoted
# An anchor or alias ("&a", "*a"): cutting could part one from the other.
# Plain text cannot begin with either, so text that merely looks like one
# only costs the whole round trip.
_ANCHOR = re.compile(r"(?:^|[\s\[{,])[&*][^\s,\[\]{}]")


class _Uncut(Exception):
    """The text is not laid out as the cut expects."""


@dataclass(frozen=True)
class Block:
    """A top-level key's text, and for a list of entries, the text before
    its first item and each item's text by id."""

    text: str
    head: str | None = None
    items: dict[str, str] | None = None


def rewrite(body: str, current: dict, merged: dict) -> str | None:
    """``body`` (the file's YAML, read as ``current``) made to hold ``merged``;
    None when it is not laid out as the generator writes (then only a round
    trip of all of it will do)."""
    if "\r" in body or _ANCHOR.search(body):
        return None
    try:
        preamble, blocks = _cut(body, current)
        parts = [preamble]
        for key, value in merged.items():
            parts += _block_text(key, value, blocks.get(key), current)
    except (_Uncut, YAMLError):
        return None
    return "".join(parts)


def _block_text(key: str, value, block: Block | None, current: dict) -> list[str]:
    if block is None:
        return [dump_text(to_yaml({key: value}))]
    if value == current[key]:
        return [block.text]
    if block.items is None or not is_entry_list(value) or not _ids_unique(value):
        return [_round_trip(block.text, {key: current[key]}, {key: value})]
    parts = [block.head]
    old = {e["id"]: e for e in current[key]}
    for entry in value:
        text = block.items.get(entry["id"])
        if text is None:
            parts.append(entry_text_of((key, entry)))
        elif entry == old[entry["id"]]:
            parts.append(text)
        else:
            parts.append(_round_trip(f"{key}:\n{text}", {key: [old[entry["id"]]]}, {key: [entry]}).split("\n", 1)[1])
    return parts


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


def _cut(body: str, current: dict) -> tuple[str, dict[str, Block]]:
    """The text before the first key, and each top-level key's block."""
    lines = body.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    starts, keys = [], []
    for number, line in enumerate(lines):
        if line[:1] in ("", " ", "\t", "\n", "#"):
            continue
        match = _KEY.match(line)
        if match is None:
            raise _Uncut
        starts.append(number)
        keys.append(match.group(1))
    if keys != list(current):
        raise _Uncut
    starts.append(len(lines))
    blocks = {}
    for key, start, end in zip(keys, starts, starts[1:]):
        text = "".join(lines[start:end])
        if is_entry_list(current[key]) and _ids_unique(current[key]):
            head_end, items = _items(lines, start + 1, end, current[key])
            blocks[key] = Block(text, "".join(lines[start:head_end]), items)
        else:
            blocks[key] = Block(text)
    return "".join(lines[:starts[0]]), blocks


def _items(lines: list[str], start: int, end: int, entries: list[dict]) -> tuple[int, dict[str, str]]:
    """Where a list's first item starts, and each item's text by id: one
    item per entry, in order, each opening with its id."""
    firsts = [n for n in range(start, end) if lines[n].startswith(_ITEM)]
    if len(firsts) != len(entries) or any(line.strip() and not line.lstrip().startswith("#") for line in lines[start:firsts[0]]):
        raise _Uncut
    for number, entry in zip(firsts, entries):
        match = _ITEM_ID.match(lines[number].rstrip("\n"))
        if match is None or match.group(2) != entry["id"]:
            raise _Uncut
    bounds = firsts + [end]
    return firsts[0], {e["id"]: "".join(lines[a:b]) for e, a, b in zip(entries, bounds, bounds[1:])}
