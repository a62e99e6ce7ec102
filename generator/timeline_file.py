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
import os
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from . import records
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
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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
    return value


def load(path: Path, source_text=None) -> tuple[CommentedMap | None, Timeline | None]:
    """The file as round-trip YAML and as validated records (None, None if absent).

    Raises:
        TimelineError: when the file does not parse or validate.
    """
    if not path.exists():
        return None, None
    text = path.read_text(encoding="utf-8")
    timeline = _records(path, text, source_text)
    return _yaml().load(_without_header(text)), timeline


def read(path: Path, source_text=None) -> Timeline | None:
    """The file as validated records only (None if absent): what rendering
    needs, without the slower round-trip parse that writing back needs.

    Raises:
        TimelineError: when the file does not parse or validate.
    """
    if not path.exists():
        return None
    return _records(path, path.read_text(encoding="utf-8"), source_text)


def _records(path: Path, text: str, source_text) -> Timeline:
    data, problems = validate(text, source_text)
    if problems:
        raise TimelineError(path.name, problems)
    return records.from_data(plain(data))


def _without_header(text: str) -> str:
    """The YAML after the schema comment, which ``dump`` writes back itself."""
    first, _, rest = text.partition("\n")
    return rest if first == SCHEMA_COMMENT else text


def load_base(folder: Path) -> dict | None:
    path = folder / BASE_NAME
    if not path.exists():
        return None
    try:
        return plain(_yaml().load(path.read_text(encoding="utf-8").split("\n", 2)[2]))
    except Exception:  # a damaged base only costs the edit detection, never data
        return None


def dump(node: Any, header: str = SCHEMA_COMMENT) -> str:
    stream = io.StringIO()
    _yaml().dump(node, stream)
    return header + "\n" + stream.getvalue()


def merge_and_write(path: Path, generated: Timeline, current: CommentedMap | None, seen: str | None) -> bool:
    """Merge ``generated`` into the file three ways and write it if anything changed.

    Args:
        path: timeline.yml.
        generated: the generator's timeline for the corpus now.
        current: the file as loaded (None if it did not exist).
        seen: the file's fingerprint when it was loaded.

    Returns:
        True when the file was written.

    Raises:
        ConcurrentEdit: the file changed on disk since it was loaded.
    """
    new = records.to_data(generated)
    base = load_base(path.parent)
    current_plain = plain(current) if current is not None else None
    merged = reconcile(base, current_plain, new)
    changed = merged != current_plain
    if changed:
        node = current if current is not None else CommentedMap()
        apply(node, merged)
        _write_checked(path, dump(node), seen)
    base_path = path.parent / BASE_NAME
    base_text = dump(to_yaml(new), BASE_COMMENT)
    if not base_path.exists() or base_path.read_text(encoding="utf-8") != base_text:
        _write_checked(base_path, base_text, fingerprint(base_path))
    return changed


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

