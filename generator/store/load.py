"""Read ``timeline.yml``: the file as it is, validated (every problem with its
line), as records; and the generator's last output beside it.

A file is read entry by entry when the entries the generator wrote are
known by their text (``layout.read_by_entry``, the fast path), else whole
(``validate``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import yaml_load
from ..model import Timeline
from ..project import CORPUS, base_file
from ..read.corpus import body_reader
from .found_spans import with_found_spans
from . import layout
from .plain import from_data, plain, plain_except
from .validate import TimelineError, read_text, validate


@dataclass(frozen=True)
class Current:
    """The timeline file as it was read, validated, and the generator's last
    output beside it (``project.BASE_NAME``; None when there is none)."""

    text: str
    data: dict
    base_text: str | None = None
    base: dict | None = None


def load(path: Path, source_text=None, base: dict | None = None, already_read: dict | None = None,
         find_text=None, with_base: bool = True) -> tuple[Current | None, Timeline | None]:
    """The file as read and as validated records (None, None if absent).

    ``source_text`` gives a corpus file's body, to check spans against;
    ``find_text``, where spans are not checked, to find those of evidence
    given by its text (``found_spans``; by default, in the corpus beside the file).
    ``base``, when given, is the data of the base file as it is on disk
    (known from the run that wrote it), which then is not parsed again;
    ``already_read``, entries the generator wrote, by their text (see ``validate``);
    ``with_base`` False: the base file is not read (a build renders without it).

    Raises:
        TimelineError: when the file does not parse or validate.
    """
    if not path.exists():
        return None, None
    text = read_text(path)
    data, problems = validate(text, source_text, already_read)
    if problems:
        raise TimelineError(path.name, problems)
    validated, data = data, plain_except(data, layout.reused(already_read) if already_read else set())
    base_text = read_base_text(path) if with_base else None
    if base is None and with_base:  # a file just extracted is its base: its data is not parsed twice
        base = plain(validated) if base_text == text else parse_base(base_text)
    records = from_data(with_found_spans(data, source_text or find_text or body_reader(path.parent / CORPUS)))
    return Current(text, data, base_text, base), records


def read_base_text(timeline: Path) -> str | None:
    """The text of the generator's last output beside ``timeline``, or None."""
    try:
        return base_file(timeline).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def parse_base(text: str | None) -> dict | None:
    """The base file's data, or None when there is none or it is damaged."""
    if text is None:
        return None
    try:
        return plain(yaml_load.load(text))
    except Exception:  # a damaged base only costs the edit detection, never data
        return None
