"""Read and write ``timeline.yml`` without losing anything people wrote in it.

ruamel.yaml's round-trip mode keeps comments, key order and formatting; only
values that change are touched. Writes are atomic (a temporary file renamed
over the old one) and refused when the file changed on disk meanwhile. Beside
the timeline, the generator keeps its own last output (``BASE_NAME``), which
tells people's edits apart from its own values.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, MutableMapping

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from . import records, yaml_load
from .check import TimelineError, validate
from .model import Timeline
from .reconcile import reconcile

SCHEMA_COMMENT = "# yaml-language-server: $schema=generator/timeline.schema.json"
BASE_NAME = "timeline.generated.yml"
BASE_COMMENT = (
    "# Written by `python -m generator extract`: its last output, used to tell your edits\n"
    "# in timeline.yml apart from its own. Do not edit; commit it with timeline.yml."
)
_DATE_KEYS = ("date", "published")
# ``map``, or a process pool's ``imap``: applies a function to every item, in order.
Mapper = Callable[[Callable, Iterable], Iterator]
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YAML_1_1 = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
# Part of every cached entry text's key: a change to how entries are written
# (to_yaml, the YAML settings) must change it.
ENTRY_FORMAT = "2"


class ConcurrentEdit(RuntimeError):
    """The file changed on disk while extraction ran."""


def _yaml() -> YAML:
    yaml = YAML()
    yaml.width = 4096  # one line per value: no folding, clean diffs
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    return yaml


def fingerprint(path: Path) -> str | None:
    """A hash of the file's bytes, or None when it does not exist."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def plain(value: Any, key: str | None = None) -> Any:
    """Round-trip YAML data as plain data, dates as their TIMEX3 text."""
    if isinstance(value, dict):
        return {k: plain(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return records.date_text(value)
    if key in _DATE_KEYS and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return str(value)  # ruamel's quoted-string types compare as plain text
    return value


def to_yaml(value: Any, key: str | None = None) -> Any:
    """Plain data as round-trip YAML nodes: spans inline, days as dates."""
    if isinstance(value, dict):
        node = CommentedMap()
        for k, v in value.items():
            node[k] = to_yaml(v, k)
        return node
    if isinstance(value, (list, tuple)):
        node = CommentedSeq(to_yaml(v) for v in value)
        if key == "span" or (value and all(isinstance(v, int) for v in value)):
            node.fa.set_flow_style()
        return node
    if key in _DATE_KEYS and isinstance(value, str):
        if _DAY_RE.match(value):
            return date.fromisoformat(value)
        if value.isdigit() and not value.startswith("0"):  # a century '06' stays text
            return int(value)
    if isinstance(value, str) and _YAML_1_1.resolve(yaml.ScalarNode, value, (True, False)) != _STR_TAG:
        # ruamel writes YAML 1.2, where 'no' and '1:34.01' are text; a YAML 1.1
        # reader (PyYAML, which `check` and the site use) would take them for
        # a boolean and a base-60 number. Quoted, they are text to both.
        return SingleQuotedScalarString(value)
    return value


@dataclass(frozen=True)
class Current:
    """The timeline file as it was read, validated, and the generator's last
    output beside it (``BASE_NAME``; None when there is none)."""

    text: str
    data: dict
    base_text: str | None = None
    base: dict | None = None


@dataclass(frozen=True)
class Written:
    """What the two files hold after ``merge_and_write``."""

    changed: bool  # whether timeline.yml was written
    timeline: dict
    base: dict


def load(path: Path, source_text=None) -> tuple[Current | None, Timeline | None]:
    """The file as read and as validated records (None, None if absent).

    Raises:
        TimelineError: when the file does not parse or validate.
    """
    if not path.exists():
        return None, None
    text = path.read_text(encoding="utf-8")
    data, problems = validate(text, source_text)
    if problems:
        raise TimelineError(path.name, problems)
    data = plain(data)
    base_text = read_base_text(path.parent)
    return Current(text, data, base_text, parse_base(base_text)), records.from_data(data)


def _without_header(text: str) -> str:
    """The YAML after the schema comment, which ``dump`` writes back itself."""
    first, _, rest = text.partition("\n")
    return rest if first == SCHEMA_COMMENT else text


def read_base_text(folder: Path) -> str | None:
    try:
        return (folder / BASE_NAME).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def parse_base(text: str | None) -> dict | None:
    if text is None:
        return None
    try:
        return plain(yaml_load.load(text))
    except Exception:  # a damaged base only costs the edit detection, never data
        return None


def dump(node: Any, header: str = SCHEMA_COMMENT) -> str:
    stream = io.StringIO()
    _yaml().dump(node, stream)
    return header + "\n" + stream.getvalue()


def dump_plain(data: dict, header: str = SCHEMA_COMMENT, chunks: MutableMapping[str, str] | None = None, mapper: Mapper = map) -> str:
    """``dump(to_yaml(data))``, built from one dump per list entry.

    ``chunks`` maps an entry's content hash to its text, from earlier runs;
    entries found there are not dumped again (new ones are added to it, and
    those found are stored again, marking them in use), so writing a large
    timeline costs what changed in it. ``mapper`` dumps the others (a process
    pool's ``imap`` spreads them over processes).
    """
    chunks = {} if chunks is None else chunks
    digests = {id(entry): _digest(entry) for value in data.values() if _is_entry_list(value) for entry in value}
    missing = {}
    for key, value in data.items():
        if _is_entry_list(value):
            missing.update({digests[id(e)]: (key, e) for e in value if digests[id(e)] not in chunks})
    for digest, text in zip(missing, mapper(_dump_entry, missing.values())):
        chunks[digest] = text
    parts = [header + "\n"]
    for key, value in data.items():
        if not _is_entry_list(value):
            parts.append(dump(to_yaml({key: value}), "")[1:])
            continue
        parts.append(f"{key}:\n")
        for entry in value:
            text = chunks[digests[id(entry)]]
            chunks[digests[id(entry)]] = text
            parts.append(text)
    return "".join(parts)


def _is_entry_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _digest(entry: dict) -> str:
    return hashlib.sha256((ENTRY_FORMAT + json.dumps(entry, sort_keys=True, ensure_ascii=False)).encode()).hexdigest()


def _dump_entry(item: tuple[str, dict]) -> str:
    """One entry's text: dumped alone in a one-item list, it has the
    indentation it has in the whole file."""
    key, entry = item
    return dump(to_yaml({key: [entry]}), "").split("\n", 2)[2]


def merge_and_write(path: Path, generated: Timeline, current: Current | None, seen: str | None,
                    chunks: MutableMapping[str, str] | None = None, mapper: Mapper = map) -> Written:
    """Merge ``generated`` into the file three ways and write it if anything changed.

    Args:
        path: timeline.yml.
        generated: the generator's timeline for the corpus now.
        current: the file as loaded (None if it did not exist).
        seen: the file's fingerprint when it was loaded.
        chunks: entry texts dumped before (see ``dump_plain``), updated in place.
        mapper: how new entries are dumped (see ``dump_plain``).

    Returns:
        What both files now hold, and whether timeline.yml was written.

    Raises:
        ConcurrentEdit: the file changed on disk since it was loaded.
    """
    new = records.to_data(generated)
    base_path = path.parent / BASE_NAME
    if current is None:
        base_before = read_base_text(path.parent)
        base = parse_base(base_before)
    else:
        base_before, base = current.base_text, current.base
    current_plain = current.data if current is not None else None
    unedited = current is not None and current.text == _as_timeline(base_before)
    # Nothing edited by hand: the new output as it is, in its own order.
    merged = new if unedited else reconcile(base, current_plain, new)
    changed = merged != current_plain
    if changed:
        if current is None or unedited:
            # The file is the generator's own text (no edits, no comments): write it afresh.
            text = dump_plain(merged, chunks=chunks, mapper=mapper)
        else:
            # Round trip: comments, order and formatting of the edited file are kept.
            node = _yaml().load(_without_header(current.text))
            apply(node, merged)
            text = dump(node)
        _write_checked(path, text, seen)
    base_text = dump_plain(new, BASE_COMMENT, chunks, mapper)
    if base_before != base_text:
        _write_checked(base_path, base_text, fingerprint(base_path))
    return Written(changed, merged, new)


def _as_timeline(base_text: str | None) -> str | None:
    """The text the generator wrote to timeline.yml along with this base file."""
    prefix = BASE_COMMENT + "\n"
    if base_text is None or not base_text.startswith(prefix):
        return None
    return SCHEMA_COMMENT + "\n" + base_text[len(prefix):]


def apply(node: CommentedMap, data: dict) -> None:
    """Make round-trip ``node`` hold ``data``, touching only what differs."""
    for key in [k for k in node if k not in data]:
        del node[key]
    for position, (key, value) in enumerate(data.items()):
        if key not in node:
            node.insert(position, key, to_yaml(value, key))
        elif plain(node[key], key) == value:
            continue
        elif isinstance(value, dict) and isinstance(node[key], CommentedMap):
            apply(node[key], value)
        elif isinstance(value, list) and isinstance(node[key], CommentedSeq) and all(isinstance(v, dict) and "id" in v for v in value):
            existing = {item.get("id"): item for item in node[key] if isinstance(item, CommentedMap)}
            items = []
            for entry in value:
                item = existing.get(entry["id"])
                if item is None:
                    item = to_yaml(entry)
                else:
                    apply(item, entry)
                items.append(item)
            node[key][:] = items
        else:
            node[key] = to_yaml(value, key)


def _write_checked(path: Path, text: str, seen: str | None) -> None:
    """Write atomically, unless the file is no longer what was read."""
    if fingerprint(path) != seen:
        raise ConcurrentEdit(f"{path.name}: changed on disk while extraction ran; nothing written, run it again")
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

