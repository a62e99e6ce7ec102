"""Stable, readable ids (slugs) for sources, people and events."""
from __future__ import annotations

from slugify import slugify

MAX_SLUG_LENGTH = 60


def slug(text: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """A lowercase ASCII slug of ``text``, cut at a word boundary."""
    full = slugify(text) or "item"
    if len(full) <= max_length:
        return full
    cut = full[:max_length + 1].rsplit("-", 1)[0]  # end on a whole word
    return cut or full[:max_length]


def unique_slug(text: str, taken: set[str], max_length: int = MAX_SLUG_LENGTH) -> str:
    """A slug of ``text`` not in ``taken`` (a number is added when it is)."""
    base = slug(text, max_length)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate
