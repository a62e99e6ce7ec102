"""The tense of the verb that governs a temporal expression, from spaCy's
parse: it decides whether "on Friday" or "in December" looks back or ahead."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import CUE_VERBS
from .rule import FUTURE, PAST, PRESENT, UNKNOWN

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc, Token

_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "would", "'d", "’d", "can", "could", "may", "might", "should", "must", "ca"}
_HAVE = {"have", "has", "had", "'ve", "’ve"}
_BE_PAST = {"was", "were"}
# Verbs in the simple present that tell no plan: a state, a link ("follows the talks on Thursday": what came before).
_NOT_PLANS = frozenset({"be", "have", "remain", "seem", "mean", "follow"})
# Verbs whose complement happens later: "expects to report in December".
_LOOKING_AHEAD = {
    "expect", "plan", "intend", "aim", "hope", "want", "schedule", "set", "slate", "due", "propose",
    "prepare", "agree", "promise", "pledge", "vow", "threaten", "seek", "try", "wish", "decide", "vote",
}


def tense_of(doc: Doc, start: int, end: int) -> str:
    """The tense (past, present, future or unknown) that governs the characters start:end."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return UNKNOWN
    verb = governing_verb(span.root)
    if verb is None:
        return UNKNOWN
    tense = verb_tense(verb)
    return FUTURE if tense == PRESENT and _told_as_plan(span.root, verb) else tense


def _told_as_plan(date: Token, verb: Token) -> bool:
    """A simple present that the date modifies itself: in news, a thing
    planned ("Iraq goes to the polls Thursday", "the trial resumes on
    Monday"), not a remark ("says Monday"), a state ("is") or a date of
    something else ("follows Tuesday's declaration")."""
    attached = date.head.i == verb.i or date.head.dep_ == "prep" and date.head.head.i == verb.i
    plain = not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and verb.tag_ in ("VBZ", "VBP")
    return attached and plain and date.dep_ != "poss" and verb.lemma_ not in CUE_VERBS | _NOT_PLANS


def verb_tense(verb: Token, depth: int = 0) -> str:
    """The tense of ``verb`` from its auxiliaries and tag; an infinitive,
    gerund or adjective takes it from the verb above."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if words & _FUTURE_AUX or "going" in words:
        return PAST if words & _HAVE else FUTURE  # "would have met on Friday"
    if words & _HAVE or words & _BE_PAST or "did" in words:
        return PAST
    if "to" in words:  # "expects to report in December", "agreed to meet on Friday"
        above = _tense_above(verb, depth)
        if above == PAST:
            return UNKNOWN
        return FUTURE if above in (PRESENT, FUTURE) or verb.head.lemma_ in _LOOKING_AHEAD else UNKNOWN
    present_be = bool(words & {"is", "are", "am", "'s", "'re", "’s", "’re", "be"})
    if verb.tag_ == "VBN" and verb.lemma_ in _LOOKING_AHEAD and present_be:
        return FUTURE  # "is expected in December", "is scheduled for Monday"
    if verb.tag_ == "VBG" and present_be:
        return FUTURE  # "is meeting on Monday"
    if verb.tag_ in ("VBD", "VBN"):
        return PAST
    if verb.tag_ in ("VBZ", "VBP"):
        return PRESENT
    return _tense_above(verb, depth)


def _tense_above(verb: Token, depth: int) -> str:
    head = verb.head
    if head is verb or depth > 3 or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return UNKNOWN
    return verb_tense(head, depth + 1)


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above ``token`` in the parse (the token itself if a verb)."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None
