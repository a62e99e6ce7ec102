"""The article's own title as a headline candidate, in the style of the
extractor's: the wire desk's tags and the byline gone ("Urgent: Annan pays
surprise visit to Iraq", "King Hussein grants refuge … by Randa Habib"),
its verb in the past tense, as ``headline.py`` writes every headline
("Iraq condemns Jordan's suicide bombings" is "Iraq condemned …"). A title
whose verb is no act in the present (none, "Bush to visit Iraq", "Iran's FM
in Pakistan this week") is no candidate: it would tell a plan or a scene.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc, Token

# What a wire desk puts before a title: "Urgent:", "URGENT", "1st lead:", "Update 2:".
DESK_TAG = re.compile(r"^(?:urgent|flash|bulletin|\d+(?:st|nd|rd|th)\s+lead|update(?:\s+\d+)?)\b\s*[:\-–—]?\s*", re.IGNORECASE)
# A note to editors where a title would be: "ATTENTION - ADDS quotes ///".
DESK_NOTE = re.compile(r"^ATTENTION\b|///")
# A byline after the title: "… by Mehrdad Balali".
BYLINE = re.compile(r"\s+by\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*$")
# Who a title credits after a colon ("1996 set grim record for executions:
# Amnesty"), or a note in brackets at its end ("(picture)", "(new series)").
CREDIT = re.compile(r"\s*(?::\s*[\w'’-]+(?:\s+[\w'’-]+)?|\([^()]*\))\s*$")
# A title the crawl cut off mid-phrase: "Michael Jackson doctor Conrad Murray gives TV interview
# Dr Murray was speaking to Steve Hewlett for…" (no headline: where it ends is not known).
CUT_OFF = re.compile(r"(?:…|\.\.\.)\s*$")
# Present-tense tags of a headline's verb, and the participle of a passive
# one ("Nine bodies found south of Baghdad"), which the parser may tag past.
PRESENT = frozenset({"VBZ", "VBP"})
PARTICIPLE = frozenset({"VBN", "VBD"})
# Endings of a third person that drop "es", not "s": "reaches", "goes".
_ES = ("sses", "shes", "ches", "xes", "zes", "oes")
# Past forms that no rule makes.
IRREGULAR_PAST = {
    "arise": "arose", "bear": "bore", "beat": "beat", "become": "became", "begin": "began", "bid": "bid",
    "bind": "bound", "break": "broke", "bring": "brought", "build": "built", "buy": "bought", "catch": "caught",
    "choose": "chose", "come": "came", "cut": "cut", "deal": "dealt", "dig": "dug", "draw": "drew", "drive": "drove",
    "fall": "fell", "feel": "felt", "fight": "fought", "find": "found", "flee": "fled", "fly": "flew", "forbid": "forbade",
    "foresee": "foresaw", "freeze": "froze", "get": "got", "give": "gave", "go": "went", "grow": "grew", "have": "had",
    "hear": "heard", "hit": "hit", "hold": "held", "keep": "kept", "know": "knew", "lay": "laid", "lead": "led",
    "leave": "left", "lend": "lent", "let": "let", "lose": "lost", "make": "made", "mean": "meant", "meet": "met",
    "mislead": "misled", "overcome": "overcame", "overthrow": "overthrew", "pay": "paid", "put": "put", "quit": "quit",
    "read": "read", "rebuild": "rebuilt", "retake": "retook", "ride": "rode", "rise": "rose", "run": "ran", "say": "said",
    "see": "saw", "seek": "sought", "sell": "sold", "send": "sent", "set": "set", "shake": "shook", "shoot": "shot",
    "shut": "shut", "sink": "sank", "sit": "sat", "slay": "slew", "speak": "spoke", "spend": "spent", "spread": "spread",
    "stand": "stood", "steal": "stole", "stick": "stuck", "strike": "struck", "swear": "swore", "sweep": "swept",
    "take": "took", "teach": "taught", "tear": "tore", "tell": "told", "think": "thought", "throw": "threw",
    "undergo": "underwent", "understand": "understood", "uphold": "upheld", "wake": "woke", "wear": "wore", "win": "won",
    "withdraw": "withdrew", "write": "wrote",
}
# Verbs of more than one syllable whose last consonant doubles ("admitted", "controlled").
DOUBLED = frozenset({"abet", "acquit", "admit", "allot", "commit", "compel", "confer", "control", "defer", "deter", "equip",
                     "expel", "incur", "occur", "omit", "patrol", "permit", "prefer", "propel", "rebel", "recur", "refer",
                     "regret", "submit", "transfer"})
# One syllable ending in one vowel and one consonant: the consonant doubles ("slammed", "stopped").
_SHORT = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def title_text(title: str) -> str:
    """A title without the desk's tag before it and the byline or credit after it."""
    return CREDIT.sub("", BYLINE.sub("", DESK_TAG.sub("", title.strip()))).strip()


def article_headline(title: Doc) -> str | None:
    """The parsed title (``title_text``) as a past-tense headline, or None
    where its verb tells no act in the present or the title is cut off."""
    root = next((t for t in title if t.dep_ == "ROOT"), None)
    if root is None or DESK_NOTE.search(title.text) or CUT_OFF.search(title.text) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return None  # no clause, a note to editors ("ATTENTION - ADDS quotes ///"), or a title cut off
    if root.pos_ not in ("VERB", "AUX") or root.lemma_ == "be" or any(c.dep_ == "aux" for c in root.children):
        return None  # no verb, a state, or a plan ("Bush to visit Iraq")
    if root.tag_ not in PRESENT | PARTICIPLE:
        return None
    words = [(_past(t) if _tensed(t) else t.text) + t.whitespace_ for t in title]
    return "".join(words).strip()


def _tensed(token: Token) -> bool:
    """A verb of the title in the present that heads it or is joined to
    its head ("Iran [warns] Bonn …"; not "Mecca [pilgrims]", a noun the
    model tags as a verb)."""
    return token.tag_ in PRESENT and token.pos_ == "VERB" and token.dep_ in ("ROOT", "conj") \
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)


def _past(verb: Token) -> str:
    """The past of a present-tense verb, from its own letters (the model's
    lemma of a headline's verb may be wrong: "hopes", "hop")."""
    lemma = _base(verb.lower_) if verb.tag_ == "VBZ" else verb.lower_
    if lemma in IRREGULAR_PAST:
        past = IRREGULAR_PAST[lemma]
    elif lemma.endswith("e"):
        past = f"{lemma}d"
    elif re.search(r"[^aeiou]y$", lemma):
        past = f"{lemma[:-1]}ied"
    elif lemma in DOUBLED or _SHORT.match(lemma):
        past = f"{lemma}{lemma[-1]}ed"
    else:
        past = f"{lemma}ed"
    return past.capitalize() if verb.text[:1].isupper() else past


def _base(third_person: str) -> str:
    if third_person.endswith("ies"):
        return f"{third_person[:-3]}y"
    return third_person[:-2] if third_person.endswith(_ES) else third_person.removesuffix("s")
