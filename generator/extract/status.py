"""The status of an event mention: did it happen, is it scheduled, forecast,
or only hypothetical?

Rules (``RULES``, the first that applies wins) read the clause of the act:
its modal and auxiliaries, the verbs it hangs on ("expected to", "due
to", "scheduled for"), an "if" clause, and whether its date lies after the
article's publication. A "will" or "would" clause under a reporting verb
("cautioned that results would not be available") is a forecast, shown on
the day it was said, unless a plan word or its own day on or after the
report keeps it scheduled. A condition may be put before its subject ("what
might have happened had he lived"). A past happening is the default.

Some clauses tell no happening at all, whatever their status
(``NO_HAPPENING``, the first that applies names why): a judgement ("recognition
should be mutual", "the world needs to act"), a tentative plan ("is
considering sending", "tentatively plans to"), a state told as a fact
("Hebron has long been a flashpoint", "the zone was under curfew", "X is
the capital"), an opinion of a state to come ("the elections will be a
true referendum", "his team would be difficult to beat"; not a quantity's
course, "troops would be significantly lower", a forecast; nor one under a
condition, "if …, the Middle East would be unstable"), a
tally ("the death toll stands at 50", "at least 200 soldiers have been
killed this year": a count kept over a stretch, not one happening; not
"Iran has resumed enrichment this month"), a
stretch of the calendar starting or ending ("the current Iranian year,
which started on March 21"), news of the news ("the following stories
are scheduled to be covered by Xinhua": an agency's advisory of what it
will report), a web page's stamp ("Page last updated at 14:47 GMT"), a
stance said ("the targeted killings will continue", "Israel would never
allow …": a course kept, a statement of position; not
"the truce would not be renewed", one act to come, nor "will continue to
serve as commander", a role kept, nor "the risks would continue to rise",
a forecast), or an opinion of an
effect ("security would bring peace", "the bombings would not prevent
him": a thing, not someone, for subject; not "officials will allow
candidates to stand"), an open question ("the jury is to decide whether
the actions of Dr Murray caused his death"), the writer's own words ("We
are recording the first show": a blog, a transcript, a reader's comment; not
a speaker's "we" someone reports), commentators' guesses ("Correspondents
say the case could go to the jury this week"; not what analysts say
happened) and their own saying, expecting or discussing ("Analysts at Liberum Capital
expect limited production growth"), a denied subject ("no decisions had
been made": nothing happened; not "no drilling will be allowed", a decision
to come), an absence ("the children were not in court"), a day of the
calendar passing or marking one ("Tomorrow marks the one year anniversary"),
what a picture shows ("This file photo shows …": a caption), a year ending as a description ("the US Congress ends the year
divided"), or a position held ("Dr Murray has denied any wrongdoing"; not
"denied the charge on Monday"). A clause hanging on a belief ("confidence that a transition would
begin in 2006") is a forecast said, as one under a reporting verb is. They make no event: an
opinion, an idea under study or a standing fact is not a line of a timeline
of what happened (a forecast or a condition still is: it is news that someone
said it, and is shown on the day it was said).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Callable

from ..model import FORECAST, HAPPENED, HYPOTHETICAL, SCHEDULED, dates
from .article_headline import PRESENT
from .clause import SAYING_VERBS
from .predicates import EVENT_NOUNS, reported_clause

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Token

FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo", "would", "'d", "’d"})
POSSIBLE_AUX = frozenset({"could", "might", "may", "should", "must", "ought"})
CONDITIONS = frozenset({"if", "unless", "provided"})
# Verbs and adjectives a planned act hangs on: "is due to arrive", "talks scheduled for".
PLAN_WORDS = frozenset({"schedule", "plan", "due", "set", "slate", "intend", "prepare", "program", "programme", "organize", "organise", "timetable", "book"})
# … and those of an expectation: "is expected to", "likely to", "predicted".
EXPECT_WORDS = frozenset({"expect", "forecast", "predict", "project", "anticipate", "estimate", "foresee", "likely", "unlikely", "probably", "hope"})
# Verbs that report what someone said: a "will" or "would" clause under one is a forecast ("cautioned that results would not be available").
REPORTING_VERBS = SAYING_VERBS | {"caution", "warn", "claim", "argue", "believe", "think", "fear", "suggest", "predict", "reckon", "doubt"}
# Verbs of a quantity's course: with "will" or "would" they forecast ("prices will rise").
TREND_VERBS = frozenset({"rise", "fall", "grow", "increase", "decrease", "decline", "drop", "reach", "exceed", "top", "double", "triple",
                         "halve", "shrink", "climb", "slow", "remain", "stay", "continue", "improve", "worsen", "recover", "cost"})
# Modals of a judgement: what ought to be, not what is or will be.
JUDGING_AUX = frozenset({"should", "must", "ought"})
# Adverbs of an assessment: a clause someone says with one judges ("the Iraqi election has generally met international
# standards"), where "fully", "completely" may tell an act done ("has fully withdrawn").
ASSESSING = frozenset({"generally", "largely", "broadly", "mostly", "sufficiently", "adequately", "reasonably", "relatively"})
# Verbs of a position held: in the present or the present perfect a standing denial ("Dr Murray has denied any
# wrongdoing", "He denies involuntary manslaughter"), not a plea on its day ("denied the charge on Monday").
POSITION_VERBS = frozenset({"deny", "maintain", "insist"})
# Verbs a judgement hangs on in the present ("needs to", "has to").
JUDGING_HEADS = frozenset({"need", "have"})
# Verbs and adverbs of a plan not yet made: "is considering sending", "tentatively plans".
TENTATIVE_WORDS = frozenset({"consider", "mull", "weigh", "contemplate", "tentatively"})
# Adverbs that make a state a standing fact: "has long been", "were never under".
STANDING = frozenset({"long", "always", "never", "traditionally", "historically", "usually", "generally"})
STATE_VERBS = frozenset({"be", "have", "remain", "stay"})
# Verbs that link a subject to what it is ("was a virtual unknown", "remained dormant"): a state, whatever its date.
LINKING_VERBS = frozenset({"be", "remain", "stay"})
# … except where the link is a place: "Levy would be in the Turkish capital on April 8" is a visit.
PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "inside", "near"})
# Adjectives of an ability to act: "may not be able to vote" tells of the act, not of a state.
ABILITY_WORDS = frozenset({"able", "unable", "ready", "willing", "unwilling", "prepared"})
# Nouns of a count and the verbs of its level: "the death toll stands at 50", "the number rose to 93".
TALLY_NOUNS = frozenset({"toll", "tally", "total", "number", "count", "turnout"})
TALLY_VERBS = LINKING_VERBS | {"stand", "reach", "rise", "climb", "top", "exceed", "hit", "increase", "grow", "account"}
# A count kept over a stretch: the present perfect over a year, a month or a season, or "since" a day.
STRETCH_PRECISIONS = frozenset(dates.PRECISIONS[:dates.PRECISIONS.index(dates.WEEK)])
# Nouns of the news itself: "the following stories are scheduled to be covered by Xinhua".
NEWS_NOUNS = frozenset({"story", "advisory", "digest", "bulletin", "headline"})
# A web page's stamp is no happening: "Page last updated at 14:47 GMT", "This article was updated at 1pm on 10 June".
STAMP_VERBS = frozenset({"update", "modify"})
STAMP_SUBJECTS = frozenset({"page", "article"})
# A stretch of the calendar starting or ending is no happening: "the current Iranian year, which started on March 21".
CALENDAR_NOUNS = frozenset({"year", "month", "week", "quarter", "season", "decade", "century"})
BOUNDS = frozenset({"start", "begin", "end", "finish", "close", "expire"})
# … nor is a day of the calendar passing or marking one: "Tomorrow (25 June) marks the one year anniversary of the
# singer's death", "as the day wore on" (a date for subject, not "fans marked the anniversary").
CALENDAR_VERBS = BOUNDS | {"mark", "wear", "approach"}
# Words that deny the act's subject ("no decisions had been made", "nobody was hurt"): nothing happened; not when it is
# said of what is to come ("no drilling will be allowed": a decision announced).
DENYING_DETERMINERS = frozenset({"no"})
DENYING_SUBJECTS = frozenset({"nobody", "nothing", "none", "noone"})
NEGATIONS = frozenset({"not", "n't", "never"})
# Auxiliaries that open a condition put before its subject: "what might have happened had he lived through that day".
INVERTING_AUX = frozenset({"had", "were", "should"})
# Verbs of a course kept: said with "will" or "would" ("the targeted killings will continue", "would keep its firm
# stances"), or with "never" ("Israel would never allow …"), a statement of position, not an act to come.
COURSE_VERBS = frozenset({"continue", "keep", "maintain", "persist", "pursue"})
# … except a role kept ("Allen will continue to serve as national incident commander"): news of who holds a post;
# nor a quantity's course ("the risks would continue to rise", ``TREND_VERBS``): a forecast.
ROLE_VERBS = frozenset({"serve", "act", "head", "chair", "lead"})
# Verbs of what a thing brings about: with "will" or "would" and a thing for subject ("security and military strength
# would bring peace", "the bombings would not prevent him from visiting"), an opinion of an effect.
EFFECT_VERBS = frozenset({"bring", "allow", "enable", "prevent", "solve", "diminish", "help", "cause", "undermine", "strengthen",
                          "weaken", "hurt", "harm", "benefit", "threaten", "damage", "destabilize", "destabilise", "boost"})
# Endings of abstract nouns ("security", "weakening", "instability"): a subject that is a thing, not someone who acts.
ABSTRACT_ENDINGS = ("ity", "ing", "tion", "sion", "ness", "ence", "ance", "ism")
# Entity labels of a subject who acts: a person, a group, a country (a name or a pronoun is no common noun either).
AGENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# What a picture shows in the present is its caption, a description: "This file photo shows BP's Deepwater Horizon oil
# rig burning", "Map shows the forecast location of oil"; not what a video showed on its day ("Video footage showed the
# cap lowered into place").
PICTURE_NOUNS = frozenset({"photo", "photograph", "image", "picture", "video", "footage", "map", "graphic", "clip"})
PICTURE_VERBS = frozenset({"show", "depict"})
# Markers of an open question: "the jury is to decide whether the actions of Dr Murray caused his death".
QUESTION_MARKERS = frozenset({"whether"})
# Nouns of a belief or a saying a "that" clause hangs on: "gave London growing confidence that a transition would begin".
BELIEF_NOUNS = frozenset({"confidence", "hope", "fear", "expectation", "belief", "view", "assurance", "prediction", "warning",
                          "concern", "optimism", "claim", "suggestion", "speculation"})
# Sayers whose forecasts and guesses are comment, not news: "Correspondents say the case could go to the jury this week".
COMMENTATORS = frozenset({"correspondent", "analyst", "observer", "commentator", "pundit", "columnist", "critic", "expert",
                          "editorial", "commentary", "blogger", "reader", "viewer", "watcher"})
# What commentators do that is comment, besides saying and expecting: "Commentators discuss BP's oil spill", "Commentators
# react to President Obama's management of BP's oil spill" (a live blog's round-up of the press).
COMMENT_VERBS = REPORTING_VERBS | EXPECT_WORDS | {"discuss", "react", "reflect", "debate", "wonder", "speculate", "ponder", "question", "agree"}


@dataclass(frozen=True)
class Clause:
    """What a status rule sees of an act."""

    words: frozenset[str]  # auxiliaries, markers and adverbs of the act's verb and the verbs it hangs on, lowercased
    lemmas: frozenset[str]  # lemmas of the verbs the act hangs on (and of the act, a participle or adjective)
    heads: frozenset[str]  # lemmas of the verbs the act hangs on: "is to leave" hangs on "be"
    act: str  # the act's own lemma
    subject: str  # the lemma of the act's subject, or of the noun a relative clause hangs on ("the year, which started")
    comparative: bool  # "would be lower", "higher": a quantity compared
    by_date: bool  # "by 2007": a deadline, as forecasts give
    future: bool  # its date starts after the publication date
    ahead: bool  # its date, a week or finer, ends on or after the publication date ("would on Tuesday give testimony", written on Tuesday)
    past_tense: bool  # the act's verb is in a past tense
    past_simple: bool = False  # the act's verb is in the simple past ("met", not "has met")
    present: bool = False  # the act's verb is in the present ("denies")
    head_past: bool = False  # a verb it hangs on is in a past tense ("needed to", "had to")
    linked: bool = False  # the act links its subject to what it is, not to a place ("was under curfew", "is the capital")
    acting: bool = False  # what it links to is the ability to act ("may not be able to vote")
    perfect: bool = False  # the act is in the present perfect ("have been killed")
    stretch: bool = False  # its date is a stretch coarser than a week, or runs "since" a day
    counted: bool = False  # its subject is a count ("at least 200 Turkish soldiers", "the number")
    reported: bool = False  # the act's clause is what a reporting verb says ("cautioned that …")
    subjects: frozenset[str] = frozenset()  # lemmas of the subjects of the act, of the verbs it hangs on, of the verb it is joined to
    own_date: bool = False  # a date or a time among the act's own words ("will continue on Monday"), not its saying's
    thing: bool = False  # its subject is a happening or an abstraction ("the bombings", "security"), not someone who acts
    completed: frozenset[str] = frozenset()  # lemmas of the verbs that complete the act ("continue to serve": serve)
    stamp: bool = False  # a page's own stamp: "(Page) last updated at", "This article was updated at"
    objects: frozenset[str] = frozenset()  # lemmas of the act's direct objects ("ends the year")
    first_person: bool = False  # its subject is "I" or "we" ("We are recording the first show"): the writer's own words
    sayer: str = ""  # the lemma of the subject of the reporting verb above it ("Correspondents say …")
    denied: bool = False  # its subject is denied: "no decisions had been made", "nobody was hurt"
    placed: bool = False  # the act has a place for complement ("were not in court")
    dated_subject: bool = False  # its subject is a date: "Tomorrow marks the anniversary", "the day wore on"


def _has(words: frozenset[str]) -> Callable[[frozenset[str]], bool]:
    return lambda found: bool(words & found)


# (name, status, test): tried in order.
RULES: tuple[tuple[str, str, Callable[[Clause], bool]], ...] = (
    ("condition", HYPOTHETICAL, lambda c: _has(CONDITIONS)(c.words)),
    ("possibility", HYPOTHETICAL, lambda c: _has(POSSIBLE_AUX)(c.words) and not {"could", "not"} <= c.words),
    ("expectation", FORECAST, lambda c: _has(EXPECT_WORDS)(c.lemmas | c.words)),
    ("trend", FORECAST, lambda c: _has(FUTURE_AUX)(c.words) and (c.act in TREND_VERBS or c.comparative or c.by_date)),
    ("plan", SCHEDULED, lambda c: _has(PLAN_WORDS)(c.lemmas) or "be" in c.heads and "to" in c.words),
    ("reported future", FORECAST, lambda c: c.reported and _has(FUTURE_AUX)(c.words) and not c.ahead),
    ("future", SCHEDULED, lambda c: _has(FUTURE_AUX | {"going"})(c.words) or c.future and not c.past_tense),
)


# (name, test): a clause that tells no happening, tried in order.
NO_HAPPENING: tuple[tuple[str, Callable[[Clause], bool]], ...] = (
    ("judgement", lambda c: _has(JUDGING_AUX)(c.words) or _has(JUDGING_HEADS)(c.heads) and "to" in c.words and not c.past_tense
     and not c.head_past or c.reported and _has(ASSESSING)(c.words) and not c.past_simple),
    ("tentative", lambda c: _has(TENTATIVE_WORDS)(c.heads | c.words)),
    ("state", lambda c: c.act in STATE_VERBS and (_has(STANDING)(c.words) or c.perfect and c.stretch)
     or c.linked and not _has(FUTURE_AUX | POSSIBLE_AUX)(c.words)),
    ("position", lambda c: c.act in POSITION_VERBS and (c.present or c.perfect) and not c.own_date),
    ("opinion", lambda c: c.linked and _has(FUTURE_AUX | POSSIBLE_AUX)(c.words) and not c.comparative and not c.acting
     and not _has(CONDITIONS)(c.words)),
    ("tally", lambda c: c.subject in TALLY_NOUNS and c.act in TALLY_VERBS or c.counted and c.perfect and c.stretch),
    ("calendar", lambda c: c.act in BOUNDS and (c.subject in CALENDAR_NOUNS or _has(CALENDAR_NOUNS)(c.objects))
     or c.act in CALENDAR_VERBS and c.dated_subject),
    ("question", lambda c: _has(QUESTION_MARKERS)(c.words)),
    ("comment", lambda c: c.first_person and not c.reported),
    ("commentary", lambda c: c.reported and c.sayer in COMMENTATORS and _has(FUTURE_AUX | POSSIBLE_AUX | EXPECT_WORDS)(c.words | c.lemmas)
     or c.subject in COMMENTATORS and c.act in COMMENT_VERBS),
    ("nothing happened", lambda c: c.denied and not _has(FUTURE_AUX)(c.words)),
    ("absence", lambda c: c.act == "be" and c.placed and _has(NEGATIONS)(c.words) and not _has(FUTURE_AUX)(c.words)),
    ("news of the news", lambda c: _has(NEWS_NOUNS)(c.subjects)),
    ("page stamp", lambda c: c.stamp),
    ("picture", lambda c: c.subject in PICTURE_NOUNS and c.act in PICTURE_VERBS and c.present),
    ("stance", lambda c: c.reported and _has(FUTURE_AUX)(c.words) and not c.own_date and not _has(ROLE_VERBS | TREND_VERBS)(c.completed)
     and (c.act in COURSE_VERBS or "never" in c.words)),
    ("effect", lambda c: _has(FUTURE_AUX)(c.words) and c.act in EFFECT_VERBS and c.thing),
)


# Names of ``NO_HAPPENING`` that make a clause an opinion: reported by an act of speech, the act is no news either
# ("Kirchner warned that any US involvement should be positive": a judgement said). Not a state to come: warned of,
# it is a threat or a forecast, news on its day ("Putin warned on Friday that troops would be targets").
OPINIONS = frozenset({"judgement", "stance", "effect"})
# Verbs that make a state so by saying it: an official announcing a result is news ("I can officially announce that
# the Chechen parliamentary elections are valid," Alkhanov told Interfax), not a state said.
DECLARING_VERBS = frozenset({"announce", "declare", "proclaim", "certify", "rule", "confirm"})


def opinion_said(verb: Token) -> bool:
    """Whether ``verb`` reports a clause of opinion (``OPINIONS``), or a
    state in the present: a warning or an announcement of what ought to be,
    an acknowledgement of what is, is no happening; a state an official
    declares (``DECLARING_VERBS``) is news."""
    clause = reported_clause(verb)
    if clause is None:
        return False
    reason = no_happening(clause)
    # A verb in the present that the reporting verb says, lowercased: a film's title ("agreed to allow … This Is It") is none.
    said_now = (clause.dep_ == "ccomp" and clause.head.i == verb.i and clause.tag_ in PRESENT and clause.is_lower
                and verb.lemma_.lower() not in DECLARING_VERBS)
    return reason in OPINIONS or reason == "state" and said_now


def no_happening(act: Token, value: str | None = None) -> str | None:
    """Why the clause of ``act`` (dated ``value``, if given) tells no
    happening (a name of ``NO_HAPPENING``), or None when it may tell one."""
    clause = read_clause(act, value, None)
    return next((name for name, applies in NO_HAPPENING if applies(clause)), None)


def status_of(act: Token, value: str | None, published: date | None) -> str:
    """The status of the act a mention reports, dated ``value`` (or not)."""
    clause = read_clause(act, value, published)
    return next((status for _, status, applies in RULES if applies(clause)), HAPPENED)


def past_plan(act: Token, value: str | None, published: date | None) -> bool:
    """A plan that did not come about: one told as undone ("Hariri was to
    have traveled"), or one told in the past for a day before the article
    ("the dialogue was last scheduled for July 25" in November): the day
    came and the text does not say it happened. "X was due to arrive later
    Monday", written on Monday, is news style for a plan of the day, and stays."""
    aux_of_act = {c.lower_ for c in act.children if c.dep_ in ("aux", "auxpass")}
    if {"to", "have"} <= aux_of_act and act.tag_ == "VBN":
        return True
    point = dates.parse_point(value)
    if point is None or published is None or point.last >= published:
        return False
    chain = _chain(act)
    aux = {c.lower_ for v in chain for c in v.children if c.dep_ in ("aux", "auxpass")}
    passive = any(c.dep_ == "auxpass" for c in act.children)  # "had been scheduled": the plan itself
    verbs = chain if _planned_as_such(act) or passive else chain[1:]
    planned = any(v.lemma_.lower() in PLAN_WORDS or v.lemma_ == "be" and "to" in aux for v in verbs)
    told_past = bool(aux & {"was", "were", "had"}) or any(v.tag_ == "VBD" for v in verbs)
    return planned and told_past and not aux & FUTURE_AUX


def _chain(act: Token) -> list[Token]:
    """The act and the verbs it completes ("was expected to arrive", "is due to", "plans to")."""
    token, chain = act, [act]
    for _ in range(3):
        if token.dep_ not in ("xcomp", "acomp", "ccomp", "acl") or token.head is token or token.dep_ == "ccomp" and token.head.lemma_ not in PLAN_WORDS | EXPECT_WORDS:
            break
        token = token.head
        chain.append(token)
    return chain


def _planned_as_such(act: Token) -> bool:
    """A participle or adjective that says a plan itself: "talks scheduled
    for", "is due", not "had set up"."""
    aux = {c.lower_ for c in act.children if c.dep_ in ("aux", "auxpass")}
    return act.tag_ in ("VBN", "JJ") and not aux & {"had", "has", "have"} and (act.dep_ == "acl" or bool(aux) or act.tag_ == "JJ")


def _subject_of(act: Token) -> Token | None:
    return next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _subject(act: Token) -> str:
    subject = _subject_of(act)
    if subject is not None and subject.tag_ == "WDT" and act.dep_ == "relcl":
        subject = act.head  # "the year, which started": the noun the clause is about
    return subject.lemma_.lower() if subject is not None else ""


def _linked(act: Token) -> bool:
    """A linking verb with what its subject is ("was a virtual unknown",
    "was under curfew"), not where or when it is ("would be in the Turkish
    capital", "the vote was on Thursday"), nor what there is ("there was a blast")."""
    if act.lemma_.lower() not in LINKING_VERBS or act.dep_ in ("aux", "auxpass") or any(c.dep_ == "expl" for c in act.children):
        return False
    preps = [c for c in act.children if c.dep_ == "prep"]
    if any(p.lower_ in PLACE_PREPOSITIONS or any(o.ent_type_ in ("DATE", "TIME") for o in p.children) for p in preps):
        return False
    return bool(preps) or any(c.dep_ in ("attr", "acomp", "oprd") for c in act.children)


def _reported(verb: Token) -> bool:
    """What a reporting verb says ("cautioned that ballots were counted and
    results would not be available"), or a noun of belief ("confidence that
    a transition would begin")."""
    verb = _first_conjunct(verb)
    believed = verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in BELIEF_NOUNS and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    return _reporting_verb(verb) is not None or believed


def _sayer(verb: Token) -> str:
    """The lemma of who says the clause of ``verb``, if a reporting verb says it."""
    reporting = _reporting_verb(_first_conjunct(verb))
    return _subject(reporting) if reporting is not None else ""


def _reporting_verb(verb: Token) -> Token | None:
    """The reporting verb that says ``verb``'s clause, if any."""
    return verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS else None


def _first_conjunct(verb: Token) -> Token:
    """The first of the verbs ``verb`` is joined to by "and" ("were counted and would not be available": counted)."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb


def _first_person(act: Token) -> bool:
    subject = _subject_of(act)
    return subject is not None and subject.pos_ == "PRON" and "1" in subject.morph.get("Person")


def _counted(act: Token) -> bool:
    subject = _subject_of(act)
    return subject is not None and (subject.tag_ == "CD" or subject.lemma_.lower() in TALLY_NOUNS
                                    or any(c.dep_ == "nummod" for c in subject.children))


def _own_date(act: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for c in act.children if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree)


def _thing(act: Token) -> bool:
    """Its subject, in the active voice, is a happening or an abstraction: a
    common noun, named by no entity, an event noun or an abstract one ("the
    bombings", "security"); not what a passive acts on ("no drilling will be allowed")."""
    subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ in AGENT_LABELS:
        return False
    lemma = subject.lemma_.lower()
    return lemma in EVENT_NOUNS or lemma.endswith(ABSTRACT_ENDINGS)


def _stamp(act: Token) -> bool:
    """A page's stamp: "last updated" (whatever the parser makes of a
    capital "Last"), or a page or an article updated."""
    if act.lemma_.lower() not in STAMP_VERBS:
        return False
    subject = _subject_of(act)
    return act.i > 0 and act.doc[act.i - 1].lower_ == "last" or subject is not None and subject.lemma_.lower() in STAMP_SUBJECTS


def _stretch(act: Token, value: str | None) -> bool:
    point = dates.parse_point(value)
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in act.children)
    return since or point is not None and point.precision in STRETCH_PRECISIONS


def _denied(act: Token) -> bool:
    subject = _subject_of(act)
    return subject is not None and (subject.lower_ in DENYING_SUBJECTS or any(
        c.dep_ == "det" and c.lower_ in DENYING_DETERMINERS for c in subject.children))


def _dated_subject(act: Token) -> bool:
    subject = _subject_of(act)
    return subject is not None and (subject.ent_type_ == "DATE" and subject.pos_ in ("NOUN", "PROPN") or subject.lemma_.lower() == "day")


def _inverted_condition(verb: Token) -> bool:
    """A condition told by an auxiliary before its subject: "had he lived through that day"."""
    subject = _subject_of(verb)
    return verb.dep_ == "advcl" and subject is not None and any(
        c.dep_ == "aux" and c.lower_ in INVERTING_AUX and c.i < subject.i for c in verb.children)


def read_clause(act: Token, value: str | None, published: date | None) -> Clause:
    """The act's clause as the rules see it: up through the verbs it
    completes ("was expected to arrive", "is due to", "plans to")."""
    words: set[str] = set()
    lemmas: set[str] = set()
    chain = _chain(act)
    for verb in chain:
        if verb is not act or _planned_as_such(act):  # "talks scheduled for", "is due": the act's own word counts
            lemmas.add(verb.lemma_.lower())
        for child in verb.children:
            if child.dep_ in ("aux", "auxpass", "neg", "mark", "advmod"):
                words.add(child.lower_)
                lemmas.add(child.lemma_.lower())
            if child.dep_ == "advcl" and any(m.lower_ in CONDITIONS for m in child.children if m.dep_ == "mark"):
                words.add("if")
        if _inverted_condition(verb):
            words.add("if")
    point = dates.parse_point(value)
    return Clause(
        words=frozenset(words), lemmas=frozenset(lemmas), heads=frozenset(v.lemma_.lower() for v in chain[1:]), act=act.lemma_.lower(),
        subject=_subject(act),
        comparative=any(c.tag_ in ("JJR", "RBR") for c in act.children if c.dep_ in ("acomp", "attr", "advmod")),
        by_date=any(c.lower_ == "by" and any(g.ent_type_ == "DATE" for g in c.subtree) for c in act.children if c.dep_ == "prep"),
        future=bool(point and published and point.first > published),
        ahead=bool(point and published and point.last >= published and point.precision not in STRETCH_PRECISIONS),
        past_tense=act.tag_ == "VBD" or act.tag_ == "VBN" and bool(words & {"was", "were", "had", "has", "have"}),
        past_simple=act.tag_ == "VBD",
        present=act.tag_ in PRESENT,
        head_past=any(v.tag_ in ("VBD", "VBN") for v in chain[1:]),
        linked=_linked(act),
        acting=any(c.dep_ == "acomp" and c.lemma_.lower() in ABILITY_WORDS for c in act.children),
        perfect=act.tag_ == "VBN" and bool(words & {"has", "have", "'ve"}),
        stretch=_stretch(act, value),
        counted=_counted(act),
        reported=_reported(chain[-1]),
        subjects=frozenset(_subject(v) for v in chain + (_chain(act.head) if act.dep_ == "conj" else [])) - {""},
        own_date=_own_date(act),
        thing=_thing(act),
        completed=frozenset(c.lemma_.lower() for c in act.children if c.dep_ == "xcomp"),
        stamp=_stamp(act),
        objects=frozenset(c.lemma_.lower() for c in act.children if c.dep_ == "dobj"),
        first_person=any(_first_person(v) for v in chain),
        sayer=_sayer(chain[-1]),
        denied=_denied(act),
        placed=any(c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS for c in act.children),
        dated_subject=_dated_subject(act),
    )
