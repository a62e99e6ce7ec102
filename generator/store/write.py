"""Write ``timeline.yml`` without losing anything people wrote in it.

A file nobody edited is written afresh, entry by entry (``dump_plain``); an
edited one keeps its comments, key order and formatting, and only what
changes is written again (``splice.rewrite``, or ruamel.yaml's round trip of
the whole file when its layout is not the generator's). Writes are atomic
(a temporary file renamed over the old one) and refused when the file
changed on disk meanwhile. Beside the timeline, the generator keeps its own
last output (``project.BASE_NAME``), which tells people's edits apart from
its own values.
"""
from __future__ import annotations

import hashlib
import json
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, MutableMapping

from ..files import fingerprint, write_atomically
from ..model import Timeline
from ..project import base_file
from .load import Current, parse_base, read_base_text
from .plain import to_data
from .reconcile import reconcile, recorded
from .round_trip import apply, dump_text, entry_text_of, is_entry_list, round_trip_yaml, to_yaml
from .splice import rewrite
from .validate import Problem, TimelineError, kept_span_problems

if TYPE_CHECKING:
    from ..extract.parallel import Mapper

SCHEMA_COMMENT = "# yaml-language-server: $schema=generator/timeline.schema.json"
BASE_COMMENT = (
    "# Written by `python -m generator extract`: its last output, used to tell your edits\n"
    "# in timeline.yml ({held} events when written) apart from its own. Do not edit; commit it with timeline.yml."
)
# The header, from any version (the count came later).
_BASE_HEADER = re.compile(r"# Written by `python -m generator extract`.*\n# in timeline\.yml(?: \((\d+) events when written\))? apart .*\n")
# Part of every cached entry text's key: a change to how entries are written
# (to_yaml, the YAML settings) must change it.
ENTRY_FORMAT = "2"


# A run that would delete more events than this (or this share of them)
# since the last run stops, unless told to go on.
DELETION_LIMIT = 20
DELETION_SHARE = 0.25


class ConcurrentEdit(RuntimeError):
    """The file changed on disk while extraction ran."""


class WriteRefused(RuntimeError):
    """A write that could lose what people wrote: nothing is written."""


def check_writable(path: Path) -> None:
    """Refuse, before any work, a run whose write could lose edits.

    Raises:
        WriteRefused: timeline.yml is missing where the generator's last
            output says there was one, or either file is read-only.
    """
    base = base_file(path)
    if not path.exists() and base.exists():
        raise WriteRefused(
            f"{path.name}: not found, but {base.name} is: a new {path.name} would lose every edit. "
            f"Restore it (`git checkout {path.name}`), or delete {base.name} too to start afresh")
    for file in (path, base):
        if file.exists() and not file.stat().st_mode & stat.S_IWUSR:
            raise WriteRefused(f"{file.name}: read-only; nothing written (make it writable, e.g. `chmod u+w {file.name}`, to extract)")


def _check_deletions(held: int | None, current: dict) -> None:
    """Refuse a write when more than ``DELETION_LIMIT`` of the ``held``
    events timeline.yml had after the last run, or more than
    ``DELETION_SHARE`` of them, are gone from it (a file cut short still
    reads as valid YAML). Events the generator no longer produces are no
    edit lost: they do not count."""
    if not held:
        return
    deleted = held - len(current.get("events") or [])
    if deleted > DELETION_LIMIT or deleted > held * DELETION_SHARE:
        raise WriteRefused(
            f"timeline.yml: {deleted} of the {held} events the last run left in it are gone (cut short?); "
            "nothing written. Restore them, or run `python -m generator extract --accept-deletions` "
            "if they are meant to go")


@dataclass(frozen=True)
class Written:
    """What the two files hold after ``reconcile_and_write``."""

    changed: bool  # whether timeline.yml was written
    timeline: dict
    base: dict
    text: str  # timeline.yml's text


def _without_header(text: str) -> str:
    """The YAML after the schema comment, which ``dump`` writes back itself."""
    first, _, rest = text.partition("\n")
    return rest if first == SCHEMA_COMMENT else text


def dump(node: Any, header: str = SCHEMA_COMMENT) -> str:
    return header + "\n" + dump_text(node)


def dump_plain(data: dict, header: str = SCHEMA_COMMENT, chunks: MutableMapping[str, str] | None = None, mapper: Mapper = map) -> str:
    """``dump(to_yaml(data))``, built from one dump per list entry.

    ``chunks`` maps an entry's content hash to its text, from earlier runs;
    entries found there are not dumped again (new ones are added to it, and
    those found are stored again, marking them in use), so writing a large
    timeline costs what changed in it. ``mapper`` dumps the others (a process
    pool's ``imap`` spreads them over processes).
    """
    chunks = {} if chunks is None else chunks
    digests = {id(entry): _digest(entry) for value in data.values() if is_entry_list(value) for entry in value}
    missing = {}
    for key, value in data.items():
        if is_entry_list(value):
            missing.update({digests[id(e)]: (key, e) for e in value if digests[id(e)] not in chunks})
    for digest, text in zip(missing, mapper(entry_text_of, missing.values())):
        chunks[digest] = text
    parts = [header + "\n"]
    for key, value in data.items():
        if not is_entry_list(value):
            parts.append(dump(to_yaml({key: value}), "")[1:])
            continue
        parts.append(f"{key}:\n")
        for entry in value:
            text = chunks[digests[id(entry)]]
            chunks[digests[id(entry)]] = text
            parts.append(text)
    return "".join(parts)


def _digest(entry: dict) -> str:
    return hashlib.sha256((ENTRY_FORMAT + json.dumps(entry, sort_keys=True, ensure_ascii=False)).encode()).hexdigest()


def reconcile_and_write(path: Path, generated: Timeline, current: Current | None, seen: str | None,
                        chunks: MutableMapping[str, str] | None = None, mapper: Mapper = map,
                        accept_deletions: bool = False, span_problems: list[Problem] = ()) -> Written:
    """Reconcile ``generated`` with the file (``reconcile``) and write it if anything changed.

    Args:
        path: timeline.yml.
        generated: the generator's timeline for the corpus now.
        current: the file as loaded (None if it did not exist).
        seen: the file's fingerprint when it was loaded.
        chunks: entry texts dumped before (see ``dump_plain``), updated in place.
        mapper: how new entries are dumped (see ``dump_plain``).
        accept_deletions: write even when many events would go (see ``_check_deletions``).
        span_problems: the file's spans that do not fit their source: the
            write is refused if any of them would be written again.

    Returns:
        What both files now hold, and whether timeline.yml was written.

    Raises:
        ConcurrentEdit: the file changed on disk since it was loaded.
        WriteRefused: the write would delete many events (nothing written).
        TimelineError: a span that does not fit its source would be written.
    """
    new = to_data(generated)
    base_path = base_file(path)
    if current is None:
        base_before = read_base_text(path)
        base = parse_base(base_before)
    else:
        base_before, base = current.base_text, current.base
    current_plain = current.data if current is not None else None
    unedited = current is not None and current.text == _as_timeline(base_before)
    # Nothing edited by hand: the new output as it is, in its own order.
    reconciled = new if unedited else reconcile(base, current_plain, new)
    changed = reconciled != current_plain
    if current is not None:
        kept = kept_span_problems(list(span_problems), current_plain, reconciled)
        if kept:
            raise TimelineError(path.name, kept)
        if not accept_deletions:
            _check_deletions(_held(base_before, base), current_plain)
    if changed:
        if current is None or unedited:
            # The file is the generator's own text (no edits, no comments): write it afresh.
            text = dump_plain(reconciled, chunks=chunks, mapper=mapper)
        else:
            # Comments, order and formatting of the edited file are kept.
            body = _without_header(current.text)
            spliced = rewrite(body, current.data, reconciled)
            text = SCHEMA_COMMENT + "\n" + spliced if spliced is not None else rewrite_whole(body, reconciled)
        _write_checked(path, text, seen)
    else:
        text = current.text
    base = recorded(base, current_plain, new)
    base_text = dump_plain(base, BASE_COMMENT.format(held=len(reconciled.get("events") or [])), chunks, mapper)
    if base_before != base_text:
        _write_checked(base_path, base_text, fingerprint(base_path))
    return Written(changed, reconciled, base, text)


def _held(base_text: str | None, base: dict | None) -> int | None:
    """How many events timeline.yml held after the last run, as its base
    file says (a base file from before it said so: its own events)."""
    found = _BASE_HEADER.match(base_text or "")
    if found and found.group(1):
        return int(found.group(1))
    return len(base.get("events") or []) if base else None


def rewrite_whole(body: str, data: dict) -> str:
    """The file made to hold ``data`` by a round trip of all of it."""
    node = round_trip_yaml().load(body)
    apply(node, data)
    return dump(node)


def _as_timeline(base_text: str | None) -> str | None:
    """The text the generator wrote to timeline.yml along with this base file."""
    header = _BASE_HEADER.match(base_text or "")
    return SCHEMA_COMMENT + "\n" + base_text[header.end():] if header else None


def _write_checked(path: Path, text: str, seen: str | None) -> None:
    """Write atomically, unless the file is no longer what was read."""
    if fingerprint(path) != seen:
        raise ConcurrentEdit(f"{path.name}: changed on disk while extraction ran; nothing written, run it again")
    write_atomically(path, text.encode("utf-8"))

