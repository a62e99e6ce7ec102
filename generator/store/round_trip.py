"""ruamel.yaml's round trip for timeline data: the settings every write uses,
plain data to and from round-trip nodes, and changing nodes in place so
that comments, order and formatting around what changed are kept."""
from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from .plain import DATE_KEYS, plain

_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YAML_1_1 = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


def round_trip_yaml() -> YAML:
    rt = YAML()
    rt.width = 4096  # one line per value: no folding, clean diffs
    rt.indent(mapping=2, sequence=4, offset=2)
    rt.preserve_quotes = True
    return rt


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
    if key in DATE_KEYS and isinstance(value, str):
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


def dump_text(node: Any) -> str:
    stream = io.StringIO()
    round_trip_yaml().dump(node, stream)
    return stream.getvalue()


def is_entry_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def entry_text_of(item: tuple[str, dict]) -> str:
    """One entry's text: dumped alone in a one-item list, it has the
    indentation it has in the whole file."""
    key, entry = item
    return dump_text(to_yaml({key: [entry]})).split("\n", 1)[1]
