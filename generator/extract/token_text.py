"""Tokens back to text, as a headline shows them: whole written words
(``13-year-old``, ``state-owned``, ``Iraq's``: kept whole or not at all), the
article's own spacing between neighbours, no punctuation beside a gap left
by a dropped phrase, no function word at either end, brackets and quotation
marks only in pairs.
"""
from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Iterable, Mapping

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc, Token

# Words a headline cannot end on.
DANGLING = frozenset({"cc", "prep", "mark", "det", "case", "aux", "auxpass", "punct", "poss"})
NOTHING_SHOWN: Mapping[int, str] = MappingProxyType({})
# What stands before a noun and goes with it when other words are shown for it.
_BEFORE_NOUN = frozenset({"det", "amod", "compound", "nmod", "nummod", "poss", "quantmod"})
_PAIRS = {"“": "”", "‘": "’", "(": ")", "[": "]"}
# Signs the tokenizer marks as punctuation that are words of a headline: "plunged 7%".
WORD_SIGNS = frozenset({"%"})
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%)\]”’])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[“‘])\s+")
# A comma a quotation closes over at a headline's end: '"positive and constructive, "'.
_COMMA_AT_END = re.compile(r"\s*[,;:]\s*([\"”’])$")


def count_words(doc: Doc, kept: Iterable[int]) -> int:
    return sum(1 for i in kept if not doc[i].is_punct and doc[i].tag_ != "POS")


def _punct(token: Token) -> bool:
    """Punctuation, not a sign that is a word (``WORD_SIGNS``)."""
    return token.is_punct and token.text not in WORD_SIGNS


def _units(doc: Doc, kept: set[int]) -> set[int]:
    """``kept`` grown to whole written words: a hyphenated compound, a
    possessive and its owner, a contraction are kept whole or not at all."""
    grown = set(kept)
    for i in sorted(kept):
        for step in (-1, 1):
            j = i
            while 0 <= j + step < len(doc) and _glued(doc, min(j, j + step)):
                j += step
                grown.add(j)
    return grown


def _glued(doc: Doc, i: int) -> bool:
    """Whether tokens ``i`` and ``i + 1`` are written as one word."""
    left, right = doc[i], doc[i + 1]
    if left.whitespace_:
        return False
    if left.tag_ == "HYPH" or right.tag_ == "HYPH" or right.tag_ == "POS" or right.lower_ in ("n't", "'s", "’s") or "-" in (left.text, right.text):
        return True
    return left.text[-1:].isalnum() and right.text[:1].isalnum()


def render(doc: Doc, kept: set[int], shown: Mapping[int, str] = NOTHING_SHOWN) -> str:
    """Tokens back to text: the article's own spacing between neighbours,
    no punctuation beside a gap, no function word at either end, brackets
    and quotes only in pairs; a noun of ``shown`` as the words given for it,
    in place of it and the words before it that modify it ("the crossing" as
    "the Rafah crossing")."""
    hidden = {t.i for i in shown if i in kept for c in doc[i].children if c.i < i and c.dep_ in _BEFORE_NOUN for t in c.subtree}
    tokens = [doc[i] for i in sorted(_units(doc, kept))]
    tokens = [t for n, t in enumerate(tokens) if not _stray_punct(tokens, n)]
    while tokens and _dangles(tokens[-1]):
        tokens.pop()
    while tokens and (tokens[0].dep_ in ("cc", "mark", "punct") and not tokens[0].text in _PAIRS):
        tokens.pop(0)
    tokens = _paired(tokens)
    text = ""
    for n, token in enumerate(tokens):
        if token.i in hidden:
            continue  # in place, not gone: the words beside it are neighbours still
        text += shown.get(token.i, token.text)
        if n + 1 < len(tokens):
            text += token.whitespace_ if tokens[n + 1].i == token.i + 1 else " "
    text = _SPACE_AFTER_OPEN.sub(r"\1", _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(text.split())))
    return _COMMA_AT_END.sub(r"\1", text.strip(" ,;:-–—"))


def _dangles(token: Token) -> bool:
    """A word a headline cannot end on: "and", "of", "the", "his", "'s" left alone."""
    if _closes(token) or token.tag_ == "HYPH":
        return False
    if token.dep_ == "poss":
        return token.tag_ == "PRP$"
    if token.dep_ == "case":
        return token.head.dep_ != "poss"
    return token.dep_ in DANGLING or _punct(token)


def _closes(token: Token) -> bool:
    return token.text in _PAIRS.values() or token.text == '"'


def _stray_punct(tokens: list[Token], n: int) -> bool:
    """Punctuation beside a gap in the kept words, or doubled."""
    token = tokens[n]
    if not _punct(token) or token.tag_ in ("HYPH", "POS") or token.text in _PAIRS or _closes(token):
        return False
    gap_after = n + 1 == len(tokens) or tokens[n + 1].i != token.i + 1
    gap_before = n == 0 or tokens[n - 1].i != token.i - 1
    doubled = n + 1 < len(tokens) and _punct(tokens[n + 1]) and not _closes(tokens[n + 1])
    return gap_after or gap_before or doubled


def _paired(tokens: list[Token]) -> list[Token]:
    """Tokens without a bracket or quotation mark whose partner is not there."""
    result = list(tokens)
    for opening, closing in _PAIRS.items():
        while True:
            opens = [n for n, t in enumerate(result) if t.text == opening]
            closes = [n for n, t in enumerate(result) if t.text == closing]
            if len(opens) == len(closes) and all(o < c for o, c in zip(opens, closes)):
                break
            del result[opens[-1] if len(opens) > len(closes) else closes[0]]
    straight = [n for n, t in enumerate(result) if t.text == '"']
    if len(straight) % 2:
        del result[straight[-1]]
    return result


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]
