"""Headlines for event mentions: who did what (to whom), from the governing
clause, in the past tense as the article wrote it ("Pierre Gemayel was shot
dead in Beirut", "Israel opened the Rafah crossing to Palestinians").

A headline is a clause's subject, its verb group and what completes the verb,
or an eventive noun phrase ("Suicide bombing in Tel Aviv"). Words are only
ever taken out as whole subtrees of the parse, and only those a headline
does without (``PRUNED``): relative clauses, appositions and parentheticals
with the commas around them, adverbial clauses, what stands before the
subject ("On Monday, …"), the date expression and every other date but one
the words need (``other_dates``: the event has its own), with the "on" or
"in" that only dated; a headline too long loses whole phrases from its end
(``TRAILING``). A word written as one (``13-year-old``, ``state-owned``,
``Iraq's``) is kept whole or not at all, and the dateline ("TEHRAN, Nov. 8
(Xinhua) --", ``dateline.py``) is never part of it.
"""
from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING, Mapping, NamedTuple

from .clause import RELATIVE_PRONOUNS, SAYING_VERBS, SUBJECTS, gapped, purpose, subject_of, verb_group_head
from .dateline import DATELINE
from .descriptions import definite, names_it, restrictive
from .sentence import PLACE_LABELS
from .timex.lexicon import TIME_ZONES
from .token_text import NOTHING_SHOWN, capitalize, count_words, render

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc, Token

# Dependents a headline drops, subtree and all: of a verb, of any other word.
PRUNED_OF_VERB = frozenset({"advcl", "parataxis", "intj", "meta", "dep", "mark", "cc", "preconj", "expl", "discourse", "punct"})
PRUNED = frozenset({"relcl", "appos", "advcl", "parataxis", "intj", "meta", "dep"})
# Adverbs of a verb that a headline does without (others, "free", "dead", "not", stay).
DROPPED_ADVERBS = frozenset({
    "also", "again", "still", "already", "reportedly", "allegedly", "apparently", "reportedly", "now", "then", "here",
    "there", "later", "earlier", "meanwhile", "however", "nevertheless", "moreover", "furthermore", "thus", "so",
    "just", "even", "only", "yet", "too", "once", "recently", "currently", "previously", "subsequently", "finally",
    "eventually", "initially", "simultaneously", "separately", "effectively", "largely", "mostly",
    "ultimately", "instead", "first", "next", "shortly", "overnight", "late",
    "early", "ahead", "further", "ironically", "notably", "particularly", "especially", "mainly", "partly",
})
# Phrases that say how sure the writer is, or how the sentence links to the
# last, not what happened: "in all likelihood", "in fact", "in turn", "of course".
LINKING_NOUNS = frozenset({"likelihood", "fact", "turn", "addition", "particular", "general", "effect", "course",
                           "example", "instance", "contrast", "meantime", "short", "sum", "principle", "theory"})
# Prepositions that only say when: they go with the date they stand before ("continued [on Saturday] launching").
AT_A_TIME = frozenset({"on", "in", "at", "during"})
# What follows a clock time only to say which clock: "5:30 p.m. [local time (1145GMT)]"; it goes with the time.
CLOCK = re.compile(rf"(?:(?:local time|{TIME_ZONES})\b\s*)?(?:\([^()]*(?:GMT|UTC|local time)[^()]*\))?")
# What of a verb's dependents before it a headline keeps: its auxiliaries,
# and the reported clause of "X happened, officials said".
BEFORE_THE_VERB = frozenset({"aux", "auxpass", "neg", "advmod", "ccomp", "parataxis", "prt"})
# How an act of its own may hang on a clause and still stay out of its headline
# ("emigrated in 1937, then moved to France in 1940"); one that completes the
# verb ("announced they had recommended …") is part of it.
SEPARATE = frozenset({"conj", "dep", "pcomp", "advcl", "parataxis", "relcl", "acl"})
# Phrases that say where the news comes from, not what happened.
ATTRIBUTION = re.compile(r"^(?:according\s+to|citing|quoting)\b", re.IGNORECASE)
# Nouns that only name a stretch of what the date is about: "in the course of the year".
PART_NOUNS = frozenset("end start beginning middle course run-up eve wake aftermath height close rest part much most all some half".split())
# What can go from the end of a headline that is too long: adjuncts first, then what completes the verb.
TRAILING = ("prep", "npadvmod", "advmod", "acl", "relcl", "appos", "conj", "agent", "xcomp", "ccomp", "dobj", "attr", "oprd")
CORE = frozenset({"xcomp", "ccomp", "dobj", "attr", "oprd", "agent"})
# What a clause's headline can lose and stay whole: its verbs' adjuncts.
ADJUNCTS = frozenset({"prep", "npadvmod", "advmod"})
# What completes a verb: a headline without it is cut ("The Palestinians marked").
COMPLEMENTS = frozenset({"xcomp", "ccomp", "dobj", "attr", "oprd", "acomp"})
MAX_WORDS = 18
MIN_WORDS = 4
MAX_SUBJECT_WORDS = 14
# A subject longer than this with a name in apposition is shown as the name.
LONG_SUBJECT = 5
MIN_CLAUSE_WORDS = 7
_ARTICLES = frozenset({"the", "a", "an"})
# Prepositions of why and despite what: never what a verb is for ("put off … because of …").
_REASONS = frozenset({"because", "due", "amid", "despite", "as"})
# Prepositions that put another act before or after this one ("moved to France before moving to …"): apart.
_TIME_PREPOSITIONS = frozenset({"before", "after", "since", "until", "till", "following", "during", "upon", "on", "while", "ahead"})
_DASHES = ("--", "—", "–")
# Auxiliaries of a perfect ("has met"): a verb in the simple past joined to one is not of its clause.
_PERFECT = frozenset({"has", "have", "had"})
# Prepositions whose date bounds what is said ("might not be finalised until April"): a headline keeps it.
_BOUNDS = frozenset({"until", "till", "by", "before", "after", "since", "from", "between", "within"})
# Tags of a common noun: a date that is one is a thing its "of" says the time of ("the day of his death"), or
# one a verb is done to ("enjoy the holiday season").
_COMMON_NOUNS = frozenset({"NN", "NNS"})
# Words of a clause that are not what it says: "[to] close [at] 5:00 pm".
_FUNCTION = frozenset({"prep", "aux", "auxpass", "mark", "cc", "det", "case"})
# Entity labels whose words keep their capitals.
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
# Words that open an aside of examples: "Four Iraqis, including a police commando, were killed".
_EXAMPLES = frozenset({"including", "notably", "especially", "among"})
# Prepositions of a noun's phrase that say where or when, not what it is of or for.
_WHERE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "amid", "during"})
# Objects whose infinitive after them says what they are for: texts and deals.
SAYING_NOUNS = frozenset({"memo", "memorandum", "decree", "agreement", "accord", "deal", "plan", "proposal", "resolution",
                          "bill", "law", "order", "treaty", "pact", "motion", "deadline", "mandate", "request", "appeal"})
# Verbs nothing without the act they ask for or the words they quote, and
# the prepositions that make them ask ("call on X to …"; none: any use).
ASKING = {"call": frozenset({"on", "upon"}), "urge": frozenset(), "quote": frozenset(), "encourage": frozenset(),
          "invite": frozenset(), "press": frozenset({"for"})}
# Words opening a range of numbers the parser may hang on a verb as its
# clause's opener: "said [between] 700 and 800 Iraqis had cast ballots".
RANGE_OPENERS = frozenset({"between"})
# Entity labels of a word that only modifies a noun: "Moslem" of "Moslem
# pilgrims", which the parser may read as a noun and "pilgrims" as a verb.
MODIFIER_LABELS = frozenset({"NORP"})
# Tags of a verb form with no tense: "to" before an infinitive, an -ing form ("being passed").
UNTENSED = frozenset({"TO", "VBG"})


class Headline(NamedTuple):
    """A headline, and whether it lost words that complete its verb (no
    subtree a headline does without can make it whole again)."""

    text: str
    cut: bool = False


def clause_headline(verb: Token, skip: set[int], subject: str | None = None, apart: set[int] = frozenset(),
                    keep: set[int] = frozenset(), shown: Mapping[int, str] = NOTHING_SHOWN) -> Headline:
    """The headline of ``verb``'s clause.

    Args:
        verb: the act's verb.
        skip: tokens never shown (the date expression).
        subject: who acts, where the caller knows better than the words (a
            pronoun resolved, a title with its name); else the subject's words.
        apart: verbs of other acts of the sentence, which stay out of this one.
        keep: tokens a shorter headline must still show (the date a forecast names).
        shown: words shown for a noun in its place ("the crossing" as the
            article's fuller "the Rafah crossing").
    """
    head = verb_group_head(verb, apart)
    apart = {i for i in apart - {head.i} if verb.doc[i].dep_ in SEPARATE and not _completes(verb.doc[i], head)}
    skip = skip | _clock_after(verb.doc, skip)
    skip = (skip - _date_objects(verb.doc, skip)) | _before_dates(verb.doc, skip) | _dateline(verb) | apart
    shown = {**shown, **_owned_by_dates(verb.doc, skip, shown)}
    subject_token = _past_dateline(subject_of(head), skip)
    lead: set[int] = set()
    if subject is None:
        if subject_token is not None and subject_token.pos_ != "PRON" and subject_token.lower_ not in RELATIVE_PRONOUNS:
            lead = _noun_phrase(subject_token, skip, MAX_SUBJECT_WORDS)
            name = next((c for c in subject_token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if name is not None and count_words(verb.doc, lead) > LONG_SUBJECT:
                lead = {t.i for t in name.subtree if not t.is_punct}  # "Iraq's first Kurdish head of state Jalal Talabani": the name
            lead |= {t.i for c in subject_token.head.children if c.dep_ in SUBJECTS and c.i < subject_token.i for t in c.subtree} - skip
            shown = {**shown, **_whose(subject_token, skip, shown)}
        elif head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
            lead = _noun_phrase(_antecedent(head), skip | {t.i for t in head.subtree}, MAX_SUBJECT_WORDS)
    kept = _clause(head, skip, apart)
    kept |= _hung_on_dates(head, skip) | _misread_nouns(verb.doc, kept | lead)
    shown = {**shown, **_range_opener(head, lead, shown), **_relative_object(head, skip, shown)}
    kept |= {i for i in shown if verb.doc[i].pos_ == "ADV" and verb.doc[i].head.i in kept}  # "arrived here": "in Amman"
    lead_words = len(subject.split()) if subject else count_words(verb.doc, lead)
    kept = _shorten(verb.doc, kept, head, max(MAX_WORDS - lead_words, MIN_CLAUSE_WORDS), keep)
    kept -= _emptied(verb.doc, kept - {head.i})  # "talks [organized] …": a participle whose words went with a date
    stranded = _stranded(verb.doc, lead, kept, head)
    lead, kept = lead | stranded, kept - stranded
    # "X happened, officials said": shown as "officials said X happened".
    fronted = {i for c in head.children if c.dep_ in ("ccomp", "parataxis") and c.i < head.i for i in (t.i for t in c.subtree)} & kept
    words = " ".join(w for w in (render(verb.doc, kept - fronted, shown), _lowered(verb.doc, fronted, shown)) if w)
    first = subject if subject is not None else render(verb.doc, lead, shown)
    cut = _cut_short(verb.doc, kept, skip) or _bare_participle(head, kept)
    return Headline(capitalize(f"{first} {words}".strip() if first else words), cut)


def _stranded(doc: Doc, lead: set[int], kept: set[int], head: Token) -> set[int]:
    """A coordinator the parser joined nothing to, right after the subject,
    and the words after it up to the verb, shown with the subject:
    "Political leaders in Iraq [and abroad] focused …" ("abroad" hung on the verb)."""
    last = max(lead, default=-1)
    end = last if doc[last].dep_ == "cc" else last + 1
    if not lead or end >= head.i or doc[end].dep_ != "cc" or any(c.dep_ == "conj" for c in doc[end].head.children):
        return set()
    return {end} | {i for i in kept if end < i < head.i}


def _tense_switch(conj: Token) -> bool:
    """A verb in the simple past, with no subject, joined to a reported
    clause's verb in another tense (an infinitive, a perfect after a comma): the reporting
    verb's act, which the parser joined to the wrong verb ("said that the
    election has met standards, and [hailed] the organisers", "told
    reporters insurgents had agreed not to attack polling stations and
    [thanked] them")."""
    head = conj.head
    perfect = (head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in head.children)
               and conj.doc[conj.i - 2].text == ",")  # not "has harmed the sovereignty and despised the dignity": one "has"
    return (conj.dep_ == "conj" and conj.tag_ == "VBD" and (head.tag_ == "VB" or perfect)
            and not any(c.dep_ in SUBJECTS for c in conj.children) and any(t.dep_ == "ccomp" for t in (head, *head.ancestors)))


def _antecedent(clause: Token) -> Token:
    """What a relative clause or participle tells of: its noun, or the name
    that noun is in apposition to ("Ahmadinejad, a hardcore Islamic
    revolutionary who won …": Ahmadinejad), or not a place, but what is in it."""
    noun = clause.head
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    if noun.ent_type_ in PLACE_LABELS and noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        return noun.head.head  # the parser's "a bomb attack in Khobar, Saudi Arabia, that killed …": the attack
    return noun


def _date_objects(doc: Doc, dates: set[int]) -> set[int]:
    """A date expression that is what its verb is done to, not when: a
    common noun with an article, "encouraged Australians to enjoy [the
    holiday season]" (not the parser's object "called [Sunday] for …")."""
    return {t.i for i in dates if doc[i].dep_ == "dobj" and doc[i].tag_ in _COMMON_NOUNS and doc[i].head.pos_ in ("VERB", "AUX")
            and doc[i].head.i not in dates and any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in doc[i].children)
            for t in doc[i].subtree if t.i in dates}


def _has_phrase(adverb: Token, skip: set[int]) -> bool:
    """An adverb with a phrase of its own that is not a date: "came [ahead]
    of an expected major clampdown" (not "[earlier] in the day")."""
    return any(c.dep_ == "prep" and _dependent(c, skip, verb_parent=False) for c in adverb.children)


def _misread_nouns(doc: Doc, kept: set[int]) -> set[int]:
    """The noun the parser read as a verb after a nationality it took for the
    noun: "a camp for Moslem [pilgrims]" ("pilgrims" a verb with no subject
    of its own); the word alone, not what the parser hung on it."""
    return {i + 1 for i in kept if i + 1 < len(doc) and i + 1 not in kept and doc[i].ent_type_ in MODIFIER_LABELS
            and doc[i].dep_ in ("pobj", "dobj") and doc[i + 1].tag_ == "VBZ" and doc[i + 1].dep_ in SEPARATE
            and not any(c.dep_ in SUBJECTS for c in doc[i + 1].children)}


def _range_opener(head: Token, lead: set[int], shown: Mapping[int, str]) -> dict[int, str]:
    """"between" before the subject, which the parser hung on the verb as
    its clause's opener: shown with the subject's first word ("[between]
    700 and 800 Iraqis had cast ballots")."""
    first = min(lead, default=-1)
    opener = next((c for c in head.children if c.dep_ == "mark" and c.lower_ in RANGE_OPENERS and c.i == first - 1), None)
    return {first: f"{opener.text} {shown.get(first, head.doc[first].text)}"} if opener is not None else {}


def _relative_object(head: Token, skip: set[int], shown: Mapping[int, str]) -> dict[int, str]:
    """What a relative pronoun stands for, shown where the reported clause
    misses it: "the 2003 invasion, [which] Bush admitted had been based on
    wrong intelligence" is "Bush admitted the 2003 invasion had been based …"."""
    pronoun = next((c for c in head.children if c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS and c.i < head.i), None)
    said = next((c for c in head.children if c.dep_ == "ccomp" and c.i > head.i and subject_of(c) is None), None)
    if head.dep_ != "relcl" or pronoun is None or said is None:
        return {}
    words = render(head.doc, _noun_phrase(_antecedent(head), skip | {t.i for t in head.subtree}, LONG_SUBJECT))
    first = said.left_edge.i
    return {first: f"{words} {shown.get(first, head.doc[first].text)}"} if words else {}


def _whose(subject: Token, skip: set[int], shown: Mapping[int, str]) -> dict[int, str]:
    """"whose" in a subject shown as its owner's ("the opposition, whose
    earlier campaign … fell through": "the opposition's earlier campaign");
    nothing where the owner's words are long ("whose slaying of …": the slaying)."""
    shown_for: dict[int, str] = {}
    for token in subject.subtree:
        clause = next((t for t in token.ancestors if t.dep_ == "relcl"), None) if token.tag_ == "WP$" else None
        if clause is not None:
            owner = _noun_phrase(_antecedent(clause), skip | {t.i for t in clause.subtree}, LONG_SUBJECT)
            words = render(subject.doc, owner, shown) if count_words(subject.doc, owner) < LONG_SUBJECT else ""
            shown_for[token.i] = f"{words}'s" if words else ""
    return shown_for


def _hung_on_dates(head: Token, skip: set[int]) -> set[int]:
    """What the parser hung on a date left out of ``head``'s clause that
    belongs to the word before the date: "Lebanon marked the first
    anniversary [on Friday] of Israel's shelling of a UN compound"; not
    what a date of a common noun is of, which goes with it ("[on the
    morning] of his death", "[on the first day] of the trial")."""
    doc = head.doc
    return set().union(*(_dependent(c, skip, verb_parent=False) for i in skip if head in doc[i].ancestors and doc[i].tag_ not in _COMMON_NOUNS
                         for c in doc[i].children if c.dep_ == "prep" and c.lower_ == "of" and c.i > i and c.i not in skip))


def _clock_after(doc: Doc, dates: set[int]) -> set[int]:
    """The words after a date left out that only say its clock (``CLOCK``):
    "took place at [around 5:30 p.m.] local time (1145GMT) at Orahi khola"."""
    found: set[int] = set()
    for first in (doc[i + 1] for i in dates if i + 1 < len(doc) and i + 1 not in dates):
        end = CLOCK.match(doc.text, first.idx).end()
        found |= {t.i for t in takewhile(lambda t: t.idx < end, doc[first.i:])}
    return found


def _before_dates(doc: Doc, dates: set[int]) -> set[int]:
    """The preposition right before a date left out, whatever the parser hung
    on it: "continued on [Saturday] launching homemade rockets" (not one of a
    word the date only modifies: "killed in [Tuesday's] unrest")."""
    before = {doc[i - 1] for i in dates if i > 0 and i - 1 not in dates}
    return {t.i for t in before if t.lower_ in AT_A_TIME and t.dep_ == "prep" and not any(c.dep_ == "pobj" and c.i not in dates for c in t.children)}


def _owned_by_dates(doc: Doc, skip: set[int], shown: Mapping[int, str]) -> dict[int, str]:
    """"the" for an owner that was a date left out: "during [last year's] US
    military prison abuse scandal" is "during the US military …"."""
    the: dict[int, str] = {}
    for i in skip:
        owner, after = doc[i], doc[i].right_edge.i + 1
        if owner.dep_ == "poss" and owner.head.i not in skip and after < len(doc) and after not in skip and not any(c.dep_ == "det" for c in owner.head.children):
            the[after] = f"the {shown.get(after, doc[after].text)}"
    return the


def _past_dateline(subject: Token | None, skip: set[int]) -> Token | None:
    """The subject a dateline hides: the parser may take the dateline's place
    for it and hang the real one on it in apposition ("MAR DEL PLATA, …
    (Xinhua) -- The United States, having …, had huge difficulty")."""
    if subject is None or subject.i not in skip:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i not in skip), subject)


def _lowered(doc: Doc, kept: set[int], shown: Mapping[int, str]) -> str:
    """Words moved from a sentence's start to after "X said": the capital
    only the start gave them goes ("said the campaign will target")."""
    words = render(doc, kept, shown)
    first = doc[min(kept)] if kept else None
    if first is not None and first.is_sent_start and first.pos_ not in ("PROPN", "PRON") and first.ent_type_ not in NAMED:
        return words[:1].lower() + words[1:]
    return words


def _bare_participle(head: Token, kept: set[int]) -> bool:
    """A noun and the participle that modifies it, with nothing else of the
    participle's left once its date is gone: "A free trade agreement
    signed [last year]", "The parliament elections set [for Jan. 25]" tell
    no act, only name a thing the sentence dates in passing; nor does one
    going on as the sentence tells it ("A report proclaiming …",
    "Security measures seeking to …", "45 death sentences being passed")."""
    ongoing = head.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in head.children)
    return head.dep_ == "acl" and (ongoing or head.tag_ == "VBN" and count_words(head.doc, kept) == 1)


def _cut_short(doc: Doc, kept: set[int], skip: set[int]) -> bool:
    """Whether the headline ``kept`` lost words that complete one of its
    verbs (the date aside, which a headline never shows): "called on the
    UNRWA [to transfer …]", "backed a resolution asserting [that …]", or
    stops at a "was" the sentence goes on from ("The last attack was [on
    September 25]")."""
    last = max((i for i in kept if not doc[i].is_punct), default=None)
    for i in kept:
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
            continue
        for child in verb.children:
            subtree = {t.i for t in child.subtree}
            if child.i < verb.i or subtree & kept or child.is_punct:
                continue
            if child.dep_ in COMPLEMENTS and not subtree <= skip and not _second_object(child) and not _outlet(child) or i == last and _needs_more(verb):
                return True
        if _asks(verb) and not any(t.pos_ in ("VERB", "AUX") and t.i != i and t.i in kept for t in verb.subtree):
            return True  # "called on countries [… to limit executions]", "quoted the deputy director [as saying …]"
    return False


def _asks(verb: Token) -> bool:
    """A verb that asks someone to act, or quotes them (``ASKING``): nothing
    without the act asked for or the words quoted."""
    words = ASKING.get(verb.lemma_.lower())
    return words is not None and (not words or any(c.dep_ in ("prep", "prt") and c.lower_ in words for c in verb.children))


def _needs_more(verb: Token) -> bool:
    """A verb no headline ends on: "The last attack was"."""
    return verb.lemma_ == "be"


def _completes(act: Token, head: Token) -> bool:
    """An act of its own that completes a word of ``head``'s clause and is
    nothing without it: "confirmed Iran's plan to install 3,000 centrifuges
    by March 2007", "were involved in abusing dozens of prisoners in 2003"."""
    return (act.dep_ in ("acl", "pcomp") and act.head.i != head.i and act.head.head.i == head.i
            and act.head.dep_ in ("dobj", "prep", "attr") and act.head.lower_ not in _TIME_PREPOSITIONS)


def other_dates(verb: Token, dates: set[int]) -> set[int]:
    """The tokens of ``dates`` (of the sentence of ``verb``, the act) a
    headline leaves out, the event having its own date ("The United States
    [in February] committed …"); not a date that bounds what is said
    ("until April", "by the end of the year"), holds other words ("in
    January of Likud activist …"), or is all another verb has ("an
    agreement signed last year", "were to close at 5:00 pm"). An owner goes
    ("ahead of [next month's] election": ``_owned_by_dates`` puts "the")."""
    doc = verb.doc
    head = verb_group_head(verb)
    told: set[int] = set()
    for i in dates:
        token = doc[i]
        phrase = token.head if token.head.dep_ == "prep" else None
        clause = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        words = {t.i for t in clause.subtree if not t.is_punct and t.dep_ not in _FUNCTION} - {clause.i} if clause is not None else set()
        if (phrase is not None and phrase.lower_ in _BOUNDS
                or any(t.i not in dates and not t.is_punct and t.dep_ != "case" for t in token.subtree) or clause is not None and clause.i != head.i and words <= dates):
            told.add(i)
    return dates - told - {i for i in dates if any(a.i in told for a in doc[i].ancestors)}  # "next [month's]"


def has_subject(verb: Token) -> bool:
    """Whether ``verb``'s headline has words for who acts (a pronoun is none)."""
    head = verb_group_head(verb)
    token = subject_of(head)
    if token is not None and token.pos_ != "PRON" and token.lower_ not in RELATIVE_PRONOUNS:
        return True
    if token is not None and token.lower_ not in RELATIVE_PRONOUNS:
        return False
    return head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN")


def noun_phrase_clause(verb: Token) -> bool:
    """Whether ``verb``'s headline is a noun phrase: its clause modifies a
    noun and has no tense, an infinitive or an -ing form (``UNTENSED``):
    "Israel's decision to begin work on a new settlement", "45 death
    sentences being passed" (a bare past participle reads as a headline's
    passive: "Resolution 1636 adopted by the UN Security Council")."""
    head = verb_group_head(verb)
    return (head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN")
            and (head.tag_ in UNTENSED or any(c.dep_ in ("aux", "auxpass") and c.tag_ in UNTENSED for c in head.children)))


def subject_words(verb: Token, skip: set[int]) -> str:
    """The words of ``verb``'s subject as a headline shows them ('' for none or a pronoun)."""
    token = subject_of(verb_group_head(verb))
    if token is None or token.pos_ == "PRON" or token.lower_ in RELATIVE_PRONOUNS:
        return ""
    return render(verb.doc, _noun_phrase(token, skip, MAX_SUBJECT_WORDS))


def noun_headline(noun: Token, skip: set[int]) -> str:
    """The headline of an eventive noun phrase ("Suicide bombing in Tel
    Aviv"), without its leading article."""
    kept = _noun_phrase(noun, skip | _dateline(noun), MAX_WORDS)
    first = min(kept, default=noun.i)
    if noun.doc[first].lower_ in _ARTICLES and noun.doc[first].head.i == noun.i:
        kept.discard(first)
    return capitalize(render(noun.doc, kept))


def headline_words(title: str) -> int:
    """Words of a headline (a hyphenated compound is one)."""
    return len([w for w in title.split() if re.search(r"\w", w)])


def _clause(verb: Token, skip: set[int], apart: set[int]) -> set[int]:
    """The verb group and its complements, without the subject and what stands before it."""
    kept = {verb.i}
    for child in verb.children:
        if child.dep_ in SUBJECTS or child.i in apart or child.i < verb.i and child.dep_ not in BEFORE_THE_VERB:
            continue  # "On Monday, …", "X, in a joint appearance with Y, warned": framing, not the news
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            more = _clause(child, skip, apart)
            if gapped(child):  # "… were killed and seven others wounded": its subject too
                more |= {t.i for c in child.children if c.dep_ in SUBJECTS for t in c.subtree} - skip
            elif len(more) < 2 or any(c.dep_ in SUBJECTS for c in child.children) or child.lemma_ in SAYING_VERBS or _tense_switch(child):
                continue
            joining = [c.i for c in verb.children if c.dep_ == "cc" and verb.i < c.i < child.i]
            kept |= more | set(joining[-1:])  # the one coordinator before it: "… and [meet …,] and was expected" has one "and"
            continue
        if child.dep_ == "conj" or child.dep_ in ("npadvmod", "appos") and child.i > verb.i and _set_off(child) or _second_object(child):
            continue  # "… but clothes", a misparse; ", the largest deal between the two": an aside
        if child.text == "," and child.i > verb.i:
            if child.i + 1 < len(child.doc) and child.nbor(1).pos_ not in ("VERB", "AUX"):
                kept.add(child.i)  # shown where it stands between kept words: "the blaze in Mina, near Mecca, to 217"
            continue  # not one that closes an aside before a verb: "Japan, recently voted …, are"
        kept |= _dependent(child, skip, verb_parent=True)
    return kept


def _linking(child: Token) -> bool:
    """"in all likelihood", "in fact": a preposition of a verb with one of ``LINKING_NOUNS`` alone."""
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return (child.dep_ == "prep" and child.head.pos_ in ("VERB", "AUX") and len(objects) == 1
            and objects[0].lemma_.lower() in LINKING_NOUNS and all(g.dep_ in ("det", "advcl", "acl") for g in objects[0].children))


def _second_object(child: Token) -> bool:
    """An object after a comma or a dash where the verb has what completes it
    already: an aside misread ("took effect last November, the largest-scale
    … deal", "should be "positive and constructive," a demand that …",
    "struggled to form his cabinet -- the first elected government since …")."""
    return (child.dep_ in ("dobj", "attr") and _set_off(child)
            and any(c.dep_ in COMPLEMENTS and c.i < child.i for c in child.head.children))


def _set_off(phrase: Token) -> bool:
    """A phrase after a comma or a dash (and the quotation mark that closes
    before it): an aside ("took effect last November, the largest-scale
    defense industry deal …")."""
    before = phrase.left_edge.i - 1
    while before >= 0 and phrase.doc[before].tag_ == "''":
        before -= 1
    return before >= 0 and phrase.doc[before].text in (",", *_DASHES)


def _dependent(child: Token, skip: set[int], verb_parent: bool) -> set[int]:
    """A dependent's kept tokens: none when it is pruned, skipped, or left
    with nothing but a function word (a preposition whose object was the date)."""
    if child.i in skip and child.dep_ == "prep" and child.lower_ in AT_A_TIME:  # "continued [on Saturday] launching …"
        return set().union(*(_subtree(c, skip) for c in child.children if c.dep_ == "pcomp" and c.i not in skip))
    if child.i in skip or child.dep_ in (PRUNED_OF_VERB if verb_parent else PRUNED) and not (_for_to(child) or _what_for(child) or _says_what(child)):
        return set()
    if verb_parent and (child.dep_ == "advmod" and (child.lower_ in DROPPED_ADVERBS and not _has_phrase(child, skip) or child.tag_ == "WRB")
                        or _second_object(child)):
        return set()
    if child.dep_ == "prep" and ATTRIBUTION.match(" ".join(t.text for t in child.subtree)) or _outlet(child) or _linking(child):
        return set()
    if (child.dep_ in ("acl", "amod", "prep") and child.i > child.head.i and _set_off(child)
            and (child.dep_ == "acl" or child.dep_ == "amod" and child.head.dep_ in SUBJECTS or child.lower_ in _EXAMPLES)):
        return set()  # "the closures, imposed to …, keep", "Four Iraqis, including a police commando,", "Security measures,
        # similar to those enforced at two earlier polls, will be": set off like a relative clause (not "found X, 24, guilty")
    if child.pos_ == "ADV" and any(c.dep_ == "advcl" for c in child.children):
        return set()  # "as soon [as the situations were resolved]": nothing without its clause, which goes
    kept = _noun_phrase(child, skip, MAX_WORDS) if child.pos_ in ("NOUN", "PROPN", "PRON", "NUM") else _subtree(child, skip)
    content = [child.doc[i] for i in kept if not child.doc[i].is_punct and child.doc[i].dep_ not in ("det", "case", "prep")]
    if child.dep_ in ("prep", "agent") and (not content or all(t.lower_ in PART_NOUNS for t in content)):
        return set()
    return kept


def _subtree(token: Token, skip: set[int]) -> set[int]:
    """``token`` and its dependents, without pruned and skipped subtrees."""
    verb = token.pos_ in ("VERB", "AUX")
    kept = {token.i}
    for child in token.children:
        if child.dep_ == "punct":
            kept.add(child.i)  # shown only where it stands between kept words (render)
        elif verb and (child.dep_ in ("mark", "cc") and child.i > token.i or child.dep_ == "mark" and _keeps_mark(child)):
            kept |= _subtree(child, skip)
        elif verb and child.dep_ == "conj" and (child.lemma_ in SAYING_VERBS or _tense_switch(child)):
            continue
        else:
            kept |= _dependent(child, skip, verb_parent=verb)
    return kept


def _outlet(clause: Token) -> bool:
    """", the official Saudi Press Agency reported [on Monday]" after what it
    reports: a reporting verb set off by a comma before its subject, with
    nothing reported of its own, says where the news comes from, as
    "according to" does."""
    return (clause.dep_ in ("ccomp", "parataxis", "conj") and clause.lemma_ in SAYING_VERBS and clause.i > clause.head.i
            and any(c.dep_ in SUBJECTS and c.i < clause.i and _set_off(c) for c in clause.children)
            and not any(c.dep_ in COMPLEMENTS for c in clause.children))


def _for_to(clause: Token) -> bool:
    """"for X to resign" after "called": what the verb asks for, not an adverbial."""
    return (clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))


def _what_for(clause: Token) -> bool:
    """An infinitive of purpose after a verb with nothing else to complete
    it: what it is about ("238 people have signed up [to contest the
    presidential election]"), not an adverbial (as after "deployed 24,000 police")."""
    return purpose(clause) and not any(c.dep_ in COMPLEMENTS or c.dep_ in ("prep", "dative") for c in clause.head.children)


def _says_what(clause: Token) -> bool:
    """An infinitive right after an object that is a text or a deal: what
    it says, which the parser hung on the verb ("signed a memo of
    understanding [to give facilities to Iraqis …]")."""
    objects = [c for c in clause.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == clause.left_edge.i]
    return purpose(clause) and any(o.lemma_.lower() in SAYING_NOUNS for o in objects)


def _keeps_mark(mark: Token) -> bool:
    """A word opening a reported clause that a headline keeps: "that", and
    "if" or "whether", without which the clause would be told as fact
    ("would reveal if the use of donkeys was a new tactic")."""
    return mark.lower_ in ("if", "whether") or mark.lower_ == "that" and mark.head.dep_ == "ccomp" or mark.lower_ == "for" and _for_to(mark.head)


def _noun_phrase(noun: Token, skip: set[int], most: int) -> set[int]:
    """A noun phrase without its relative clauses (but one that says which
    thing a definite description is), appositions and parentheticals; a title with its name in apposition keeps the name
    ("the Palestinian president, Mahmoud Abbas," is "the Palestinian
    president Mahmoud Abbas"). Trailing modifiers go past ``most`` words."""
    kept = {noun.i}
    for child in noun.children:
        if child.i in skip:
            continue
        if child.dep_ == "appos" and noun.pos_ == "NOUN" and child.pos_ == "PROPN" and child.i > noun.i:
            inner = {t.i for c in child.children if c.dep_ in PRUNED or c.dep_ == "punct" for t in c.subtree}
            kept |= {t.i for t in child.subtree if t.i not in skip | inner}
        elif child.dep_ == "punct":
            kept.add(child.i)
        elif restrictive(child) and definite(noun):
            kept |= _subtree(child, skip)  # "the order in which parties appear": the clause says which
        else:
            kept |= _dependent(child, skip, verb_parent=False)
    kept -= _parenthetical(noun.doc, kept, noun)
    return _shorten(noun.doc, kept, noun, most) if count_words(noun.doc, kept) > most else kept


def _parenthetical(doc: Doc, kept: set[int], head: Token) -> set[int]:
    """Tokens between brackets or a pair of dashes that do not hold
    ``head``: "(GNP)", "-- including OPEC heavyweights … --"."""
    dropped: set[int] = set()
    opening = None
    for i in sorted(kept):
        text = doc[i].text
        if opening is None and (text in ("(", "[") or text in _DASHES):
            opening = i
        elif opening is not None and (text in (")", "]") and doc[opening].text in "([" or text in _DASHES and doc[opening].text in _DASHES):
            if not opening <= head.i <= i:
                dropped |= {j for j in kept if opening <= j <= i}
            opening = None
    return dropped


def _shorten(doc: Doc, kept: set[int], head: Token, most: int, keep: set[int] = frozenset()) -> set[int]:
    """Take whole phrases off the end until at most ``most`` words remain
    (never below ``MIN_WORDS``, never one of ``keep``), the least that fits,
    else the phrase nearest the top of the parse; a phrase left with nothing
    but its preposition or a word such as "the eve" goes too.

    A clause loses only the adjuncts of its verbs ("amid criticism of …")
    and where its nouns are ("in the Rafah region [of the southern Gaza
    Strip]"), never what completes a word ("prior [to the war]", "under the
    supervision [of European inspectors]"): a clause that cannot lose enough
    stays whole, longer than ``most``. A noun phrase (no verb at its head)
    loses its trailing modifiers, adjuncts first.
    """
    most = max(most, MIN_WORDS)
    clause = head.pos_ in ("VERB", "AUX")
    while count_words(doc, kept) > most:
        last = max(i for i in kept if not doc[i].is_punct)
        options = []
        for i in kept:
            token = doc[i]
            if i == head.i or token.head.i not in kept or not _detachable(token, clause):
                continue
            subtree = {t.i for t in token.subtree} & kept
            if max(subtree) < last:
                continue
            rest = kept - subtree
            count = count_words(doc, rest)
            if count >= MIN_WORDS and head.i in rest and not subtree & keep:
                options.append((token.dep_ in CORE, _depth(token, head), count, rest))
        if not options:
            break
        options = [o for o in options if not o[0]] or options
        fitting = [o for o in options if o[2] <= most]
        kept = max(fitting, key=lambda o: o[2])[3] if fitting else min(options, key=lambda o: (o[1], -o[2]))[3]
        kept -= _emptied(doc, kept)
    return kept


def _argument(prep: Token) -> bool:
    """The first preposition after its verb (and the verb's particle and
    objects): what the verb is for, at or with ("called for X to resign",
    "link up with Kadima", "flew 100 Iraqis to Saudi Arabia"), not an adjunct."""
    verb = prep.head
    return (prep.dep_ == "prep" and prep.lower_ not in _TIME_PREPOSITIONS | _REASONS and not _set_off(prep)
            and not any(c.dep_ in ("prep", "advmod", "npadvmod") and verb.i < c.i < prep.i for c in verb.children))


def _detachable(token: Token, clause: bool) -> bool:
    """Whether a shorter headline may do without ``token``'s phrase: an
    adjunct of a verb in a clause's headline, a trailing modifier in a noun
    phrase's (not the name of what its noun describes, "of Tabriz", nor
    what says which thing a definite noun is)."""
    if not clause:  # and never so that "the agenda [for the APEC meeting]" is left, a description nobody can place
        return token.dep_ in TRAILING and not _names_its_noun(token) and not (token.dep_ == "prep" and definite(token.head))
    head = token.head
    if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and head.pos_ in ("VERB", "AUX"):
        return any(c.dep_ == "cc" and head.i < c.i < token.i for c in head.children)  # "… and flew 100 Iraqis to Saudi Arabia"
    if token.dep_ not in ADJUNCTS or head.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
        return False  # "prior [to the war]"
    if head.pos_ in ("VERB", "AUX"):
        return not _argument(token)
    # of a noun: where it is ("attacks [in Baghdad]"), or what a noun that names itself is of ("the Rafah region [of …]")
    return token.dep_ == "prep" and (token.lower_ in _WHERE or token.lower_ == "of" and (head.pos_ == "PROPN" or names_it(head)))


def _names_its_noun(token: Token) -> bool:
    """"of Tabriz" in "the northeastern city of Tabriz": the name of what the
    noun describes, which a shorter headline keeps with it."""
    return (token.dep_ == "prep" and token.lower_ == "of" and token.head.pos_ == "NOUN"
            and any(c.lower_ == "the" for c in token.head.children if c.dep_ == "det")
            and any(c.dep_ == "pobj" and c.pos_ == "PROPN" and not any(g.dep_ == "det" for g in c.children) for c in token.children))


def _emptied(doc: Doc, kept: set[int]) -> set[int]:
    """Prepositional phrases left with no word but a function word or a
    word such as "eve" ("on the eve", of "on the eve of a visit"), and
    participles left with none of their words ("five men accused [of …]")."""
    gone: set[int] = set()
    for i in kept:
        token = doc[i]
        if token.dep_ == "acl" and token.tag_ in ("VBN", "VBG", "VBD") and not any(c.i in kept and not c.is_punct for c in token.children):
            gone.add(i)
            continue
        if token.dep_ != "prep" or token.head.i not in kept:
            continue
        phrase = {t.i for t in token.subtree} & kept
        content = [doc[j] for j in phrase if not doc[j].is_punct and doc[j].dep_ not in ("det", "case", "prep", "poss")]
        if all(t.lower_ in PART_NOUNS for t in content):
            gone |= phrase
    return gone


def _depth(token: Token, head: Token) -> int:
    depth = 0
    while token.i != head.i and token.head is not token and depth < 20:
        token, depth = token.head, depth + 1
    return depth


def _dateline(token: Token) -> set[int]:
    """The tokens of the dateline that opens the sentence, if one does."""
    sent = token.sent
    found = DATELINE.match(sent.text)
    if not found:
        return set()
    end = sent.start_char + found.end()
    return {t.i for t in sent if t.idx < end}


# A word that opens a sentence, written with its capital inside a headline: the text of the page
# run into it, a caption or another headline before the sentence ("… from beaches and marshes [In] a
# speech in Pennsylvania", "Bobby Jindal showed up at a news conference [He] struggles"); "A" only
# after a word in lower case, not a letter that names ("exhibit A for", "Group A team", "Serie A side"); not
# words said after a verb of saying, quoted without marks ("Samantha Joye said It could take years …").
RUN_ON = re.compile(r"(?<=[\w,’”)])(?<!said)(?<!says)(?<!told)(?<!added)(?<!wrote) (?:The|His|Her|Its|Their|This|These|Those|He|She|They|It|We|But|In|On|At|After) (?=[a-z])"
                    r"|\b[a-z][\w'’-]*,? An? (?!(?:for|of|in|on|at|to|and|or|as|is|was|with)\b)(?=[a-z])")
QUOTE_WORDS = 12
# Words too common to show that a title and a sentence tell the same thing.
_COMMON = frozenset("said says that with from have been were will this after over their which about would there other into than them they more".split())


def quote_headline(speaker: str, quote: str) -> str:
    """A statement's headline: the speaker and the opening words of the quote."""
    words = quote.split()
    first = " ".join(words[:QUOTE_WORDS]).rstrip(",;:")
    return f"{speaker}: “{first}{'…' if len(words) > QUOTE_WORDS else ''}”"


def shares_words(title: str, text: str, least: int = 2) -> bool:
    """Whether a title and a sentence share ``least`` content words (by their
    first five letters, so "bombings" meets "bombers")."""
    def stems(words: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]{4,}", words.lower()) if w not in _COMMON}
    return len(stems(title) & stems(text)) >= least
