"""The timeline's records kept from one build to the next of ``mkdocs serve``:
a record equal to the last build's is the last build's object, so that the
pages reading it find their inputs unchanged by identity, without comparing
field by field (``render/memo.py``)."""
from __future__ import annotations

from dataclasses import replace

from ..model import Timeline

SECTIONS = ("sources", "people", "organisations", "events")


class Records:
    """The last build's records, by section and id."""

    def __init__(self) -> None:
        self.last: dict[str, dict[str, object]] = {}

    def reuse(self, timeline: Timeline) -> Timeline:
        """``timeline`` with each record equal to the last build's replaced by it."""
        kept = {}
        for section in SECTIONS:
            last = self.last.get(section, {})
            kept[section] = [_same(last.get(record.id), record) for record in getattr(timeline, section)]
        self.last = {section: {record.id: record for record in records} for section, records in kept.items()}
        return replace(timeline, **kept)


def _same(old, new):
    return old if old is not None and old == new else new
