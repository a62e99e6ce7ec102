"""timeline.yml as text, laid out as the generator writes it: top-level keys
at column 0, the items of their lists two spaces in (``  - id: …``).

``cut`` finds those blocks and items in a text without parsing it, so that
a large file can be read (``read_by_entry``) and rewritten (``splice``) a
piece at a time. A piece is only ever trusted after parsing it alone, or
when its text is one the generator wrote for known data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

ITEM = "  - "
_KEY = re.compile(r"([A-Za-z_][\w-]*):(?:[ \t]|$)")
_LIST_KEY = re.compile(r"[A-Za-z_][\w-]*:[ \t]*(?:#.*)?$")
_ITEM_ID = re.compile(r"""  - id: (['"]?)([a-z0-9-]+)\1[ \t]*(?:#.*)?$""")  # an id such as '587' is quoted


@dataclass(frozen=True)
class Block:
    """A top-level key's text (from its line to the next key's), and for a
    block list, its text before the first item and each item's text."""

    key: str
    text: str
    head: str
    items: tuple[str, ...] = ()


def cut(body: str) -> tuple[str, list[Block]] | None:
    """The comments before the first key, and each top-level key's block;
    None when a line at column 0 is neither a key nor a comment (directives,
    document markers, text spread over lines)."""
    if "\r" in body:
        return None
    lines = body.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    starts, keys = [], []
    for number, line in enumerate(lines):
        if _blank(line) or line[0] in " \t":
            continue
        match = _KEY.match(line)
        if match is None:
            return None
        starts.append(number)
        keys.append(match.group(1))
    if not starts or len(set(keys)) != len(keys) or not all(_blank(line) for line in lines[:starts[0]]):
        return None
    bounds = starts + [len(lines)]
    return "".join(lines[:starts[0]]), [_block(key, lines, a, b) for key, a, b in zip(keys, bounds, bounds[1:])]


def _blank(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


def _block(key: str, lines: list[str], start: int, end: int) -> Block:
    text = "".join(lines[start:end])
    firsts = [n for n in range(start + 1, end) if lines[n].startswith(ITEM)]
    if not firsts or not _LIST_KEY.match(lines[start].rstrip("\n")) or not all(_blank(line) for line in lines[start + 1:firsts[0]]):
        return Block(key, text, text)
    bounds = firsts + [end]
    return Block(key, text, "".join(lines[start:firsts[0]]), tuple("".join(lines[a:b]) for a, b in zip(bounds, bounds[1:])))


def items_by_id(block: Block, entries: list[dict]) -> dict[str, str] | None:
    """Each entry's item text by id, when the block's items are those
    entries, in order (each item's first line names its id)."""
    if len(block.items) != len(entries):
        return None
    found = {}
    for text, entry in zip(block.items, entries):
        match = _ITEM_ID.match(text.split("\n", 1)[0])
        if match is None or match.group(2) != entry.get("id") or entry["id"] in found:
            return None
        found[entry["id"]] = text
    return found


def known_items(body: str, data: dict) -> dict[str, dict[str, dict]]:
    """For a text the generator wrote and the data it holds: each list's
    entries by the text of their item (what ``read_by_entry`` can skip)."""
    layout = cut(body)
    known: dict[str, dict[str, dict]] = {}
    for block in layout[1] if layout else []:
        entries = data.get(block.key)
        by_id = items_by_id(block, entries) if isinstance(entries, list) else None
        if by_id:
            known[block.key] = {by_id[e["id"]]: e for e in entries}
    return known


def read_by_entry(body: str, known: dict[str, dict[str, dict]], parse) -> dict | None:
    """The data ``body`` holds, parsing (with ``parse``) only the blocks and
    items whose text is not in ``known``; None when it is not laid out so
    that each piece reads alone (then parse all of it)."""
    layout = cut(body)
    if layout is None:
        return None
    data = {}
    try:
        for block in layout[1]:
            if not block.items:
                part = parse(block.text)
                if not isinstance(part, dict) or list(part) != [block.key]:
                    return None
                data[block.key] = part[block.key]
                continue
            texts = known.get(block.key, {})
            entries = []
            for text in block.items:
                entry = texts.get(text)
                if entry is None:
                    part = parse(f"{block.key}:\n{text}")
                    if not isinstance(part, dict) or list(part) != [block.key] or not isinstance(part[block.key], list) or len(part[block.key]) != 1:
                        return None
                    entry = part[block.key][0]
                entries.append(entry)
            data[block.key] = entries
    except yaml.YAMLError:
        return None
    return data
