"""Find temporal expressions in parsed text and normalize them to TIMEX3.

The rules in ``rules.py`` find and normalize; spaCy's parse supplies the tense
of the governing verb (to resolve "on Friday" backwards or forwards).
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from ..model import Timex
from . import values as v
from .rules import FUTURE, PAST, RULES, Context

_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo"}
_BE_PRESENT = {"is", "are", "am", "'s", "’s", "'re", "’re"}


def tense_of(doc: Doc, start: int, end: int) -> str:
    """The tense of the verb governing the characters start:end of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return PAST
    verb = governing_verb(span.root)
    if verb is None:
        return PAST
    for chain in (verb, verb.head):
        for child in chain.children:
            word = child.lower_
            if child.dep_ == "aux" and word in _FUTURE_AUX:
                return FUTURE
            if child.dep_ == "aux" and word in _BE_PRESENT and chain.tag_ == "VBG":
                return FUTURE  # "is meeting on Monday"
            if word == "going" and chain.tag_ == "VB":
                return FUTURE
        if chain.dep_ not in ("xcomp", "conj"):
            break
    return PAST


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse (the token itself if a verb)."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def tag(doc: Doc, dct: date | None, offset: int = 0, anchor: date | None = None) -> list[Timex]:
    """Temporal expressions in ``doc``, with offsets shifted by ``offset``.

    ``anchor`` is the latest day-precision date stated before this text; each
    expression resolved to a day becomes the anchor of the ones after it.
    """
    text = doc.text
    found = []
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            found.append((match.start(), -(match.end() - match.start()), rule, match))
    found.sort(key=lambda item: item[:2])
    taken_until = 0
    result: list[Timex] = []
    for start, _, rule, match in found:
        end = match.end()
        if start < taken_until:
            continue
        ctx = Context(dct=dct, tense=tense_of(doc, start, end), anchor=anchor, text=text)
        norm = rule.normalize(match, ctx)
        if norm is None:
            continue
        taken_until = end
        result.append(Timex(match.group(0), start + offset, end + offset, norm.type, norm.value, norm.mod, norm.anchored))
        point = v.parse_point(norm.value)
        if point is not None and point.precision in (v.DAY, v.TIME):
            anchor = point.first
    return result

