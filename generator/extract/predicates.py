"""What a date dates and what the news is: from a date expression to the
verb or eventive noun it modifies, and from there to the act a headline
tells.

- "X happened, officials said Tuesday": the date hangs on "said", but the
  news is the reported clause X (``reported_clause``).
- "Peretz was elected … in an election on Wednesday": the noun is an
  argument of the verb that tells it better ("elected").
- "In a statement issued late Tuesday, Jihad criticised …": the participle
  dates the clause it stands in ("criticised").
- A remark is news of its own only when saying it is an act
  (``NEWS_ACTS``: announcing, accusing, warning, denying, calling for …);
  "said", "added", "noted" report what someone thinks, which elaborates the
  article's event rather than making one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import CLAUSE, NOUN
from .lexicon import CUE_VERBS
from .span_set import SpanSet

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Span, Token

# Speech that is itself news, by the verb's lemma (its class in comments).
NEWS_ACTS = frozenset({
    "announce", "declare", "proclaim", "pronounce", "unveil", "disclose", "reveal",  # announcement
    "decide", "agree", "approve", "endorse", "adopt", "order", "rule", "vote", "veto",  # decision
    "accuse", "blame", "charge", "condemn", "criticize", "criticise", "denounce", "attack",  # accusation
    "demand", "call", "urge", "appeal", "ask", "request", "press",  # demand, call
    "warn", "caution", "threaten",  # warning, threat
    "deny", "reject", "dismiss", "refuse", "rebuff",  # denial, refusal
    "resign", "quit",  # resignation
    "vow", "pledge", "promise", "offer", "propose",  # commitment, proposal
    "confirm", "admit", "acknowledge", "claim", "concede",  # admission, claim of responsibility
    "welcome", "praise", "thank", "congratulate", "apologize", "apologise",  # a stance taken as an act
    "testify", "protest",
})
# Nouns of happenings, plannable or not; a date on one of them dates the happening.
EVENT_NOUNS = frozenset("""
    attack bombing bombings blast explosion raid strike airstrike assault offensive invasion incursion
    shelling shooting ambush clash clashes fighting battle war massacre killing assassination murder
    kidnapping abduction hostage execution arrest detention release withdrawal pullout ceasefire truce
    coup uprising revolt riot protest demonstration march strike rally crackdown siege
    election elections vote poll polls referendum ballot runoff inauguration swearing-in resignation
    summit meeting talks negotiations conference session visit trip tour funeral ceremony
    trial hearing verdict sentence sentencing ruling appeal indictment
    agreement accord deal treaty pact resolution decision announcement statement speech
    earthquake quake flood hurricane storm tsunami crash collision fire spill leak outbreak
    launch opening closure handover transfer merger takeover bankruptcy collapse
""".split())
# Nouns of what was said or written: "in a statement issued Tuesday" dates what the statement says.
SPEECH_NOUNS = frozenset("statement communique communiqué interview letter speech message remarks report declaration broadcast briefing address".split())
# A noun phrase this short is no headline: its verb tells the news better.
MIN_NOUN_WORDS = 3


@dataclass(frozen=True)
class Act:
    """The word a mention's headline is built from, and how."""

    token: Token  # a verb, or an eventive noun
    form: str  # CLAUSE or NOUN
    reported_by: Token | None = None  # "X happened, officials said": the reporting verb above X


def dated_word(span: Span) -> Token | None:
    """The verb or noun a date expression modifies.

    For "came a day after X announced", the clause after "after" is the one dated.
    """
    last = span[-1]
    if last.lower_ in ("after", "before") and last.head.pos_ in ("VERB", "AUX") and last.head.i > last.i:
        return last.head
    head = span.root.head
    if span.root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX", "NOUN") and head.i not in range(span.start, span.end) and head.dep_ not in ("amod", "compound"):
            return head
        if head.head is head:
            return head
        head = head.head
    return None


def act_of(word: Token, skip: set[int] = frozenset()) -> Act | None:
    """The act a dated word tells: its verb's clause, the reported clause of
    a plain reporting verb, or an eventive noun that makes a headline (its
    phrase, without the tokens in ``skip``, long enough)."""
    if word.pos_ == "NOUN":
        if word.lemma_.lower() in EVENT_NOUNS and _phrase_words(word, skip) >= MIN_NOUN_WORDS and not _argument_of_verb(word):
            return Act(word, NOUN)
        verb = _verb_above(word)
        return act_of(verb, skip) if verb is not None and verb.i != word.i else None
    if word.dep_ == "acl" and word.head.lemma_.lower() in SPEECH_NOUNS and word.head.dep_ == "pobj":
        verb = _verb_above(word.head)
        if verb is not None:
            return act_of(verb, skip)  # "In a statement issued Tuesday, X criticised …"
    if word.pos_ not in ("VERB", "AUX") or word.lower_ in CONNECTIVES:
        return None
    if word.tag_ == "VBG" and word.dep_ == "pcomp" and word.head.dep_ == "agent":
        return act_of(word.head.head, skip)  # "ousted by invading troops in 2003": the ousting
    if _attributed(word):
        return None  # "according to a schedule announced last month"
    clause = reported_clause(word)
    if clause is not None and (not news_act(word) or clause.i < word.i):
        return Act(clause, CLAUSE, reported_by=word)  # "X happened, officials announced": the news is X
    return Act(word, CLAUSE)


def reported_clause(verb: Token) -> Token | None:
    """The clause a reporting verb reports ("X happened, officials said";
    "officials said X happened"), if ``verb`` reports one."""
    if verb.lemma_ not in CUE_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("ccomp", "parataxis") and child.pos_ in ("VERB", "AUX"):
            return child
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        if verb.dep_ != "advcl" or _closes_sentence(verb):
            return verb.head  # "X happened, officials said", parsed with "said" under X
    return None


def _closes_sentence(verb: Token) -> bool:
    """A reporting verb at the end of its sentence, after a comma and its
    subject: "…, officials announced Wednesday."."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    after = [t for t in verb.subtree if t.i > verb.i and not t.is_punct and t.ent_type_ not in ("DATE", "TIME")]
    return bool(subjects) and not after and subjects[0].left_edge.i > 0 and verb.doc[subjects[0].left_edge.i - 1].text == ","


def reporting_verb_above(verb: Token) -> Token | None:
    """The reporting verb whose reported clause ``verb`` stands in, if any."""
    token = verb
    for _ in range(4):
        if token.dep_ in ("ccomp", "parataxis") and token.head.lemma_ in CUE_VERBS:
            return token.head
        if token.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or token.head is token:
            return None
        token = token.head
    return None


def is_remark(act: Act) -> bool:
    """Whether an act is only what someone says: a plain reporting verb
    ("said", "added") whose words are not news of their own."""
    token = act.token
    return token.pos_ in ("VERB", "AUX") and token.lemma_ in CUE_VERBS and not news_act(token)


def news_act(verb: Token) -> bool:
    """Whether ``verb`` is saying that is news of its own, in the active
    voice ("was pronounced dead" is no declaration)."""
    return verb.lemma_ in NEWS_ACTS and not any(c.dep_ == "auxpass" for c in verb.children)


def _attributed(word: Token) -> bool:
    """Whether ``word`` stands in an "according to …" phrase."""
    token = word
    for _ in range(5):
        if token.lower_ == "according" or token.head is token:
            return token.lower_ == "according"
        token = token.head
    return False


# Participles that work as prepositions: a date on their object dates no act of theirs.
CONNECTIVES = frozenset({"following", "including", "regarding", "concerning", "pending", "according", "excluding", "preceding"})


def _verb_above(token: Token) -> Token | None:
    """The verb a noun is an argument of, directly or through a preposition
    (not through another noun: "charges over the appointment in January")."""
    for _ in range(4):
        if token.head is token:
            return None
        token = token.head
        if token.lower_ in CONNECTIVES or token.pos_ in ("NOUN", "PROPN"):
            return None
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _argument_of_verb(noun: Token) -> bool:
    """A noun that only completes its verb ("received a grilling", "in an
    election"): the verb tells the happening."""
    return noun.dep_ in ("dobj", "attr", "pobj") and noun.head.lemma_ in ("hold", "receive", "win", "face", "take", "give", "make", "have", "in")


def _phrase_words(noun: Token, skip: set[int]) -> int:
    return sum(1 for t in noun.subtree if not t.is_punct and t.i not in skip and t.dep_ not in ("det", "relcl", "appos", "case"))


# Event nouns too general to name one happening without a date ("the war", "the statement").
_TOO_GENERAL = SPEECH_NOUNS | {"war", "decision", "session", "resolution", "fire", "sentence", "poll", "polls", "vote", "march",
                               "strike", "release", "transfer", "fighting", "appeal", "ruling", "launch", "opening", "rest"}
# Words that make a noun phrase a happening not (yet) had: "future attacks", "any talks".
_NOT_YET = {"future", "possible", "potential", "further", "any", "more", "next", "planned", "proposed", "upcoming"}
_DEFINITE = {"the", "this", "that", "these", "those", "last", "latest", "recent", "yesterday", "weekend"}


def event_nouns(span: Span, taken: set[str], quoted: SpanSet, offset: int) -> list[Token]:
    """Eventive nouns of a sentence that refer to one particular happening
    ("the bombings", "a Paris summit where …", "Thursday's raid"), one per
    lemma, leaving out the lemmas in ``taken`` (dated in the sentence already)."""
    found: list[Token] = []
    seen = set(taken)
    for token in span:
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in EVENT_NOUNS or lemma in _TOO_GENERAL or lemma in seen:
            continue
        if token.idx + offset in quoted or not _particular(token):
            continue
        seen.add(lemma)
        found.append(token)
    return found


def _particular(noun: Token) -> bool:
    """A noun phrase that points at one happening: definite, owned, named
    by a place or a date, or told by a relative clause."""
    if any(c.lower_ in _NOT_YET for c in noun.children):
        return False
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in _DEFINITE or child.dep_ in ("poss", "relcl"):
            return True
        if child.dep_ in ("compound", "amod", "nmod", "npadvmod") and (child.pos_ == "PROPN" or child.ent_type_ in ("GPE", "NORP", "DATE", "LOC", "FAC")):
            return True
    return False
