"""Quotes of one event, each once: the same remark reported by another
outlet in other words (another translation, say) becomes a variant of the
first outlet's quote, so the site can show them side by side."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from typing import TYPE_CHECKING

from ..model import Quote, QuoteEntry, Sourced

if TYPE_CHECKING:
    from .entities import Entities

QUOTE_VARIANT_SIMILARITY = 70
# A quote this short is matched only by its exact words.
_VARIANT_MIN_WORDS = 4


def group_quotes(group: list[Sourced]) -> list[QuoteEntry]:
    """Quotes of a group, each once; the same words from another source become
    a variant of the first source's quote."""
    entries: list[QuoteEntry] = []
    seen = set()
    for member in sorted(group, key=lambda m: (m.order, m.mention.start)):
        for quote, speaker in zip(member.mention.quotes, member.speakers):
            if (member.source, quote.start) in seen:
                continue
            seen.add((member.source, quote.start))
            entry = QuoteEntry(speaker, quote.text, member.source, (quote.start, quote.end), quote.kind, role=quote.role)
            original = next((e for e in entries if is_variant(e, entry)), None)
            if original is not None:
                original.variants.append(entry)
            else:
                entries.append(entry)
    return entries


def is_variant(a: QuoteEntry, b: QuoteEntry) -> bool:
    """The same statement in another outlet's words (e.g. another translation)."""
    if a.source == b.source or a.speaker != b.speaker or a.speaker is None or a.kind != b.kind:
        return False
    if min(len(a.text.split()), len(b.text.split())) < _VARIANT_MIN_WORDS:
        return _normalize_quote(a.text) == _normalize_quote(b.text)
    return fuzz.token_set_ratio(_normalize_quote(a.text), _normalize_quote(b.text)) >= QUOTE_VARIANT_SIMILARITY


def _normalize_quote(text: str) -> str:
    text = text.lower().replace("’", "'").replace("n't", " not")
    return re.sub(r"\[[^\]]*\]", " ", text)


def speaker_ids(quotes: tuple[Quote, ...], file: str, entities: Entities) -> tuple[str | None, ...]:
    """The entity id of each quote's speaker (a person's or an organisation's)."""
    return tuple(entities.id_of(file, q.speaker, q.speaker_kind) for q in quotes)
