"""A clause as headlines and statuses read it: the verb its happening starts
at, and who acts in it."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# A subject inherits through these ("X emigrated, then moved", "X was expected to arrive").
INHERITS_SUBJECT = frozenset({"xcomp", "conj", "dep", "advcl"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Verbs that report speech ("accused Iraq … and said …", "said results would …").
SAYING_VERBS = frozenset({"say", "tell", "add", "note", "state", "explain", "stress", "insist", "report"})


def verb_group_head(verb: Token, apart: set[int] = frozenset()) -> Token:
    """The verb whose clause tells the happening: "was expected to arrive"
    starts at "expected", "killed three and wounded 36" at "killed" (unless
    that verb is an act of its own, in ``apart``)."""
    while (verb.dep_ in ("xcomp", "conj") or purpose(verb)) and verb.head.pos_ in ("VERB", "AUX") and verb.head is not verb:
        if verb.dep_ == "conj" and (verb.head.i in apart or any(c.dep_ in SUBJECTS for c in verb.children) and not gapped(verb)):
            break  # "X fled and police arrested him": a clause of its own
        verb = verb.head
    return verb


def gapped(verb: Token) -> bool:
    """A conjunct with a subject of its own that shares its head's
    auxiliary: "Four Iraqis were killed and seven others wounded"; one clause."""
    auxiliaries = ("aux", "auxpass")
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" == verb.head.tag_ and not any(c.dep_ in auxiliaries for c in verb.children)
            and any(c.dep_ in auxiliaries for c in verb.head.children) and any(c.dep_ in SUBJECTS for c in verb.children))


def purpose(verb: Token) -> bool:
    """An infinitive of purpose: "deployed 24,000 police to provide security"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it completes or continues
    ("X was expected to arrive", "X emigrated, then moved"); of several the
    last ("multi - millionairess", parsed as three)."""
    for _ in range(5):
        found = [c for c in verb.children if c.dep_ in SUBJECTS and c.dep_ != "expl"]
        if found:
            return found[-1]
        if verb.dep_ not in INHERITS_SUBJECT or verb.head is verb:
            return None
        verb = verb.head
    return None
