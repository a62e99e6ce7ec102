"""Spans of an article's body (its quotations, say) merged and kept in order,
so that whether an offset lies in one of them is found by bisection, not by
reading every span (an article of a megabyte quotes thousands of times).
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, Iterator


class SpanSet:
    """The offsets that lie in any of some spans (``start`` included, ``end``
    not); the spans themselves stay as given, in their order."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = list(spans)
        self._widened: dict[tuple[int, int], SpanSet] = {}
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(s for s in self._spans if s[0] < s[1]):
            if self._ends and start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def __contains__(self, position: int) -> bool:
        index = bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._spans)

    def widened(self, before: int, after: int) -> SpanSet:
        """The spans each grown by ``before`` offsets at the start and ``after``
        at the end (negative: shrunk); made once per margin."""
        if (before, after) not in self._widened:
            self._widened[before, after] = SpanSet((start - before, end + after) for start, end in self._spans)
        return self._widened[before, after]


NOWHERE = SpanSet()
