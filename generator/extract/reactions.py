"""Reactions: acts that answer a happening rather than make one ("Annan
condemned the murder", "Lahoud called on the Lebanese to unite", "Hamas
welcomes the Jordanian decision", "Annan was shocked at the murder").

A reaction is an annotation of the happening it answers, not a line of the
timeline of its own (the combine stage hangs it under that happening). It
is told by its verb's class and by what the verb takes:

- a verb of judging (``JUDGING``: condemn, welcome, praise …) whose object
  is a thing, not a name: "condemned the attack", not "condemned Israel";
- a verb of calling (``CALLING``: call, urge, appeal) for calm, unity,
  restraint … (``APPEASING``): "called for calm", "urged restraint",
  "called on the people to unite";
- a verb of expressing (``EXPRESSING``: express, offer, send …) a feeling
  (``FEELINGS``): "expressed condolences", "sent a message of support";
- being shocked, saddened, outraged … at something (``MOODS``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Token

JUDGING = frozenset({"condemn", "denounce", "deplore", "decry", "welcome", "hail", "praise", "applaud", "commend", "salute",
                     "congratulate", "mourn", "lament", "regret", "slam"})
CALLING = frozenset({"call", "urge", "appeal", "plead"})
APPEASING = frozenset({"calm", "restraint", "unity", "unite", "dialogue", "peace", "patience", "moderation", "solidarity",
                       "self-restraint", "composure", "reconciliation"})
EXPRESSING = frozenset({"express", "voice", "offer", "send", "extend", "convey", "reiterate", "reaffirm", "renew"})
FEELINGS = frozenset({"condolence", "condolences", "sympathy", "sympathies", "sorrow", "regret", "shock", "outrage", "concern",
                      "grief", "indignation", "support", "solidarity", "anger", "dismay", "horror", "satisfaction", "appreciation",
                      "gratitude", "congratulations", "message", "cable", "telegram", "condemnation", "denunciation",
                      "criticism", "displeasure", "disapproval", "regrets"})
MOODS = frozenset({"shocked", "saddened", "outraged", "appalled", "horrified", "dismayed", "grieved", "deplored", "angered"})
_OBJECTS = frozenset({"dobj", "pobj", "attr", "xcomp", "ccomp", "prep", "acomp"})


def is_reaction(act: Token) -> bool:
    """Whether ``act`` (a verb) answers a happening rather than makes one."""
    lemma = act.lemma_.lower()
    if lemma in JUDGING:
        return _thing_judged(act)
    if lemma in CALLING:
        return bool(_words_taken(act) & APPEASING)
    if lemma in EXPRESSING:
        return bool(_words_taken(act) & FEELINGS)
    if act.lower_ in MOODS or lemma in MOODS:
        return True
    return any(c.dep_ == "acomp" and c.lower_ in MOODS for c in act.children)


def _thing_judged(act: Token) -> bool:
    """The verb's object is a thing ("the attack", "the decision"), not a name."""
    objects = [c for c in act.children if c.dep_ == "dobj"]
    objects += [o for c in act.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(o.pos_ == "NOUN" for o in objects[:1])


def _words_taken(act: Token) -> set[str]:
    """Lemmas of what the verb takes, two levels down: "called for calm",
    "called on the people to unite", "expressed its deep sorrow"."""
    found: set[str] = set()
    for child in act.children:
        if child.dep_ not in _OBJECTS:
            continue
        found.add(child.lemma_.lower())
        for grandchild in child.children:
            found.add(grandchild.lemma_.lower())
            found |= {g.lemma_.lower() for g in grandchild.children if g.dep_ in ("pobj", "dobj", "xcomp", "acomp")}
    return found
