"""timeline.yml as text, laid out as the generator writes it: top-level keys
at column 0, the items of their lists two spaces in (``  - id: …``).

``cut`` finds those pieces and items in a text without parsing it, so that
a large file can be read (``read_by_entry``) and rewritten (``splice``) a
piece at a time. A piece is only ever trusted after parsing it alone, or
when its text is one the generator wrote for data it read before.

Comments on lines of their own (at most two spaces in) and blank lines go
with the item below them, so that a comment stays above its entry wherever
the entry moves; those after a list's last item are the list's tail.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

ITEM = "  - "
_KEY = re.compile(r"([A-Za-z_][\w-]*):(?:[ \t]|$)")
_LIST_KEY = re.compile(r"[A-Za-z_][\w-]*:[ \t]*(?:#.*)?$")
_COMMENT = re.compile(r" {0,2}#")
_ITEM_ID = re.compile(r"""  - id: (['"]?)([a-z0-9-]+)\1[ \t]*(?:#.*)?$""")  # an id such as '587' is quoted


@dataclass(frozen=True)
class Piece:
    """A top-level key's text (from its line to the next key's), and for a
    block list, its text before the first item and each item's text."""

    key: str
    text: str
    head: str
    items: tuple[str, ...] = ()
    tail: str = ""


def cut(body: str) -> tuple[str, list[Piece]] | None:
    """The comments before the first key, and each top-level key's piece;
    None when a line at column 0 is neither a key nor a comment (directives,
    document markers, text spread over lines)."""
    if "\r" in body:
        return None
    lines = body.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    starts, keys = [], []
    for number, line in enumerate(lines):
        if line[0] in " \t" or _blank(line):  # indented lines first: most are
            continue
        match = _KEY.match(line)
        if match is None:
            return None
        starts.append(number)
        keys.append(match.group(1))
    if not starts or len(set(keys)) != len(keys) or not all(_blank(line) for line in lines[:starts[0]]):
        return None
    bounds = starts + [len(lines)]
    return "".join(lines[:starts[0]]), [_piece(key, lines, a, b) for key, a, b in zip(keys, bounds, bounds[1:])]


def _blank(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


def _piece(key: str, lines: list[str], start: int, end: int) -> Piece:
    text = "".join(lines[start:end])
    firsts = [n for n in range(start + 1, end) if lines[n].startswith(ITEM)]
    if not firsts or not _LIST_KEY.match(lines[start].rstrip("\n")) or not all(_blank(line) for line in lines[start + 1:firsts[0]]):
        return Piece(key, text, text)
    bounds = [_above(lines, n, start + 1) for n in firsts] + [_above(lines, end, firsts[-1] + 1)]
    return Piece(key, text, "".join(lines[start:bounds[0]]), tuple("".join(lines[a:b]) for a, b in zip(bounds, bounds[1:])),
                 "".join(lines[bounds[-1]:end]))


def _above(lines: list[str], line: int, top: int) -> int:
    """The first of the blank lines and comments (at most two spaces in)
    right above ``line``, not above ``top``."""
    while line > top and (not lines[line - 1].strip() or _COMMENT.match(lines[line - 1])):
        line -= 1
    return line


def item_lines(text: str) -> tuple[str, str]:
    """An item's comments and blank lines above it, and its own text."""
    first = text.index(ITEM) if text.startswith(ITEM) else text.index("\n" + ITEM) + 1
    return text[:first], text[first:]


def items_by_id(piece: Piece, entries: list[dict]) -> dict[str, str] | None:
    """Each entry's item text by id, when the piece's items are those
    entries, in order (each item's first line names its id)."""
    if len(piece.items) != len(entries):
        return None
    found = {}
    for text, entry in zip(piece.items, entries):
        match = _ITEM_ID.match(item_lines(text)[1].split("\n", 1)[0])
        if match is None or match.group(2) != entry.get("id") or entry["id"] in found:
            return None
        found[entry["id"]] = text
    return found


def entries_by_text(body: str, data: dict) -> dict[str, dict[str, dict]]:
    """For a text the generator wrote and the data it holds: each list's
    entries by the text of their item (what ``read_by_entry`` can skip)."""
    layout = cut(body)
    found: dict[str, dict[str, dict]] = {}
    for piece in layout[1] if layout else []:
        entries = data.get(piece.key)
        by_id = items_by_id(piece, entries) if isinstance(entries, list) else None
        if by_id:
            found[piece.key] = {by_id[e["id"]]: e for e in entries}
    return found


def reused(already_read: dict[str, dict[str, dict]]) -> set[int]:
    """The identities of ``already_read``'s entries: ``read_by_entry`` puts
    them in its data as they are (they were valid plain data when read)."""
    return {id(entry) for entries in already_read.values() for entry in entries.values()}


def without(data: dict, entries: set[int]) -> dict:
    """``data`` with the list entries whose identity is in ``entries`` left out."""
    return {key: [e for e in value if id(e) not in entries] if isinstance(value, list) else value for key, value in data.items()}


def read_by_entry(body: str, already_read: dict[str, dict[str, dict]], parse) -> dict | None:
    """The data ``body`` holds, parsing (with ``parse``) only the pieces and
    items whose text is not in ``already_read`` (``entries_by_text``); None when it is not laid out so
    that each piece reads alone (then parse all of it)."""
    layout = cut(body)
    if layout is None:
        return None
    data = {}
    try:
        for piece in layout[1]:
            if not piece.items:
                part = parse(piece.text)
                if not isinstance(part, dict) or list(part) != [piece.key]:
                    return None
                data[piece.key] = part[piece.key]
                continue
            texts = already_read.get(piece.key, {})
            entries = []
            for text in piece.items:
                entry = texts.get(text)
                if entry is None:
                    part = parse(f"{piece.key}:\n{text}")
                    if not isinstance(part, dict) or list(part) != [piece.key] or not isinstance(part[piece.key], list) or len(part[piece.key]) != 1:
                        return None
                    entry = part[piece.key][0]
                entries.append(entry)
            data[piece.key] = entries
    except yaml.YAMLError:
        return None
    return data
