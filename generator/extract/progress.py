"""A progress bar for long runs (articles per second, time left), shown only
on a terminal: quiet in CI, in tests and when output is piped."""
from __future__ import annotations

from typing import Iterable, Iterator, TypeVar

from tqdm import tqdm

T = TypeVar("T")
# Below this many items a run is over before a bar would say anything.
MINIMUM = 20


def progress(items: Iterable[T], total: int, what: str) -> Iterator[T]:
    """``items``, counted on stderr as they are consumed."""
    return iter(tqdm(items, total=total, desc=what, unit=" articles", disable=None if total >= MINIMUM else True, leave=False))
