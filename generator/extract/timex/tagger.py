"""Find temporal expressions in parsed text and normalize them to TIMEX3
(and to EDTF where the words around them make a range or an approximation:
``ranges.py``).

Every rule (``rules.py``) proposes matches; the leftmost longest match that
its rule can normalize wins. spaCy's DATE and TIME entities that no rule
found are added as unresolved expressions (``entities.py``). spaCy's parse supplies the tense of the
governing verb, and the tagger keeps the reference time: the latest point in
time stated so far, which "a day after" or "the quarter" resolve against.
Expressions resolved against the reference do not become the reference
themselves, so "a year earlier" twice over stays one year back.
"""
from __future__ import annotations

import bisect
from datetime import date
from typing import TYPE_CHECKING, Iterable

from ...model import Timex
from ...model import dates as v
from .entities import LABELS, entity_norm
from .ranges import with_edtf
from .rule import Norm
from .rules import RULES, Context, Reference
from .tense import tense_of

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc


def tag(doc: Doc, dct: date | None, offset: int = 0, reference: str | None = None) -> list[Timex]:
    """Temporal expressions in ``doc``, with offsets shifted by ``offset``.

    ``reference`` is the latest point in time stated before this text (a
    TIMEX3 value), if any.
    """
    found, _ = _tag(doc, dct, offset, Reference(reference) if reference else None)
    return found


def tag_blocks(blocks: Iterable[tuple[Doc, int]], dct: date | None) -> list[Timex]:
    """Temporal expressions of consecutive blocks of one text, given each
    block's parse and offset; the reference time runs across blocks."""
    found: list[Timex] = []
    reference = None
    for doc, offset in blocks:
        tagged, reference = _tag(doc, dct, offset, reference)
        found.extend(tagged)
    return found


def _tag(doc: Doc, dct: date | None, offset: int, reference: Reference | None) -> tuple[list[Timex], Reference | None]:
    text = doc.text
    sentence_starts = [s.start_char for s in doc.sents] or [0]
    candidates = []
    for order, rule in enumerate(RULES):
        for match in rule.finditer(text):
            start, end = rule.extent(match)
            if end > start:
                candidates.append((start, start - end, order, rule, match))
    candidates.sort(key=lambda c: c[:3])
    found: list[Timex] = []
    taken_until = 0
    ref_value, ref_sentence = (reference.value, -1 - reference.sentences_back) if reference else (None, 0)
    for start, _, _, rule, match in candidates:
        if start < taken_until:
            continue
        end = rule.extent(match)[1]
        sentence = bisect.bisect_right(sentence_starts, start) - 1
        ctx = Context(
            dct=dct, tense=tense_of(doc, start, end), text=text, doc=doc,
            reference=Reference(ref_value, sentence - ref_sentence) if ref_value else None,
        )
        try:
            norm = rule.normalize(match, ctx)
        except (ValueError, OverflowError):  # "2,100 years ago": before year 1 of the calendar
            norm = Norm("DATE", None)
        if norm is None:
            continue
        taken_until = end
        found.append(Timex(text[start:end], start + offset, end + offset, norm.type, norm.value, norm.mod, norm.anchored))
        if norm.type in ("DATE", "TIME") and not norm.anchored and v.is_point(norm.value):
            ref_value, ref_sentence = norm.value, sentence
    found = with_edtf(text, _with_entities(doc, offset, found), offset)
    last = len(sentence_starts) - 1
    return found, (Reference(ref_value, last - ref_sentence) if ref_value else None)


def _with_entities(doc: Doc, offset: int, found: list[Timex]) -> list[Timex]:
    """``found`` and the DATE/TIME entities none of them overlaps, in text order."""
    taken = [(t.start - offset, t.end - offset) for t in found]
    extra = []
    for entity in doc.ents:
        if entity.label_ not in LABELS or any(s < entity.end_char and entity.start_char < e for s, e in taken):
            continue
        norm = entity_norm(entity)
        if norm is not None:
            extra.append(Timex(entity.text, entity.start_char + offset, entity.end_char + offset, norm.type, norm.value))
    return sorted(found + extra, key=lambda t: t.start) if extra else found
