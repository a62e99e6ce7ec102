"""Where an article names its people and organisations: spans of its body
kept in order of their start, so that what lies at, before or between two
offsets is found by bisection, not by reading every span (an article of
a megabyte names thousands).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Generic, Iterator, Protocol, TypeVar


class _Span(Protocol):
    start: int
    end: int


T = TypeVar("T", bound=_Span)


class Placements(Generic[T]):
    """Spans in order of their start; spans that start together stay in the
    order they were added."""

    def __init__(self) -> None:
        self._items: list[T] = []
        self._starts: list[int] = []
        self._longest = 0

    def add(self, item: T) -> None:
        index = bisect_right(self._starts, item.start)
        self._items.insert(index, item)
        self._starts.insert(index, item.start)
        self._longest = max(self._longest, item.end - item.start)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def starting_in(self, start: int, end: int) -> list[T]:
        """The spans that start between ``start`` (included) and ``end``."""
        return self._items[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def at(self, position: int) -> T | None:
        """The first span that ``position`` lies in."""
        return next((p for p in self.starting_in(position - self._longest, position + 1) if p.start <= position < p.end), None)

    def ending_by(self, position: int) -> Iterator[T]:
        """The spans that end at or before ``position``, nearest first."""
        for index in range(bisect_left(self._starts, position) - 1, -1, -1):
            if self._items[index].end <= position:
                yield self._items[index]
