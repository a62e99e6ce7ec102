"""Records of the rank stage: how important each event is and why, the key
days of a timeline with their summaries, and its storylines. Made by
``generator.rank``; read by the render stage and the ``key-events`` command.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reason:
    """One piece of evidence for an event's importance, as a reader reads it.

    ``signal`` names the rule (``rank.importance.SIGNALS``), ``count`` what it
    counted, ``text`` the sentence shown ("reported by 4 sources").
    """

    signal: str
    count: int
    text: str


@dataclass(frozen=True)
class Importance:
    """An event's importance: a score (higher is more important; comparable
    within one timeline), the reasons it is made of, and the editor's word
    (``key: true`` / ``key: false`` in timeline.yml; None when not given)."""

    event: str
    score: float
    reasons: tuple[Reason, ...] = ()
    key: bool | None = None


@dataclass(frozen=True)
class KeyDay:
    """One of the days that tell the story: its summary (1-3 sentences of its
    events' evidence), its events (most important first) and how many
    distinct sources report them."""

    date: str  # YYYY-MM-DD
    summary: str
    events: tuple[str, ...]
    sources: int
    score: float = 0.0


@dataclass(frozen=True)
class Storyline:
    """A thread of related events: the people, organisations, places and
    words they share (``terms``, most telling first), its events in timeline
    order and its own key events (most important first). ``major``
    storylines are the few (at most ``rank.storylines.MAJOR``) that group a
    whole timeline (TimelineJS groups); the others are minor threads."""

    id: str
    title: str
    events: tuple[str, ...]
    key_events: tuple[str, ...]
    terms: tuple[str, ...] = ()
    major: bool = False


@dataclass(frozen=True)
class Ranking:
    """What the rank stage says about one timeline, computed once per build:
    every event's importance, every candidate day in the order it is picked
    (best first, days that repeat a neighbour pushed back), and the
    storylines (major first, then by size)."""

    importance: dict[str, Importance] = field(default_factory=dict)
    days: tuple[KeyDay, ...] = ()
    storylines: tuple[Storyline, ...] = ()

    def key_days(self, n: int | None = None) -> list[KeyDay]:
        """The ``n`` most important days (all when None), in date order."""
        picked = self.days if n is None else self.days[:n]
        return sorted(picked, key=lambda d: d.date)

    def storylines_of(self, event_id: str) -> list[Storyline]:
        """The storylines an event belongs to (at most one major)."""
        return [s for s in self.storylines if event_id in s.events]
