"""An event mention from a sentence and the word its act is told by: its
headline, people, places, date and status."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model import CLAUSE, NOUN, PUBLICATION, REPORTED, EventMention, Timex
from . import predicates
from .clause import RELATIVE_PRONOUNS, purpose, subject_of, verb_group_head
from .descriptions import group_description, is_description
from .headline import LONG_SUBJECT, RUN_ON, Headline, clause_headline, has_subject, headline_words, noun_headline, noun_phrase_clause, other_dates, quote_headline, subject_words
from .lexicon import CUE_VERBS, ROLE_NOUNS, TITLES
from .people import NamedPerson, gender_of
from .reactions import is_reaction
from .sentence import Sentence

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Token

# A clause's headline shorter than this ("Founding", "Bush was") tells nothing.
MIN_TITLE_WORDS = 3
# Possessive pronouns a headline's subject may open with: a person's (``people.gender_of`` tells the gender) or an
# organisation's ("its").
OWNER_PRONOUNS = frozenset({"his", "her", "its"})
# How far back (characters) the person a role stands for ("the current premier") may be named.
ROLE_REACH = 400


@dataclass(frozen=True)
class Dating:
    """How a mention is dated: by a date expression of its sentence, or by
    ``value`` (the publication date) where none dates it."""

    timex: Timex | None
    basis: str  # "text", "anchor", PUBLICATION, or REPORTED (the date of a report of the act)
    value: str | None = None

    @classmethod
    def by(cls, timex: Timex) -> Dating:
        return cls(timex, "anchor" if timex.anchored else "text", timex.value)

    @classmethod
    def report(cls, timex: Timex) -> Dating:
        """Dated by the day a report of the act gives ("X was kidnapped, police
        said Tuesday"): the act's own date is not stated, that day bounds it."""
        return cls(timex, REPORTED, timex.value)


UNDATED = Dating(None, "text")


@dataclass(frozen=True)
class Words:
    """Which words of the sentence a headline leaves out, or keeps however short."""

    skip: frozenset[int] = frozenset()  # never shown: the expression that dates the act
    apart: frozenset[int] = frozenset()  # the verbs of the sentence's other acts
    keep: frozenset[int] = frozenset()  # the date a forecast names


def clause_event_mention(sentence: Sentence, verb: Token, dating: Dating, status: str, words: Words = Words(),
                         about: Token | None = None) -> EventMention | None:
    """A clause's mention; none for a clause whose headline would have no
    subject ("Moved to France"), and none for a participle clause with a
    subject ("Jumblatt alluding to …"): no headline. A gerund with no subject
    ("Killing their fellow members", "Delivering his weekly radio address")
    lends its cluster its date and source but is a headline cut short: who
    acts is missing; so is one the page's other text ran into (``RUN_ON``:
    a caption or another headline before the sentence)."""
    subjectless = not has_subject(verb) and _subject_name(verb, sentence.person(verb)) is None
    if subjectless and verb.tag_ != "VBG" or _participle_clause(verb):
        return None
    mention = event_mention(sentence, verb, dating, status, words, about)
    if subjectless and mention.title.split(" ", 1)[0].lower() == verb_group_head(verb).lower_ or RUN_ON.search(mention.title):
        mention = replace(mention, cut=True)
    return mention if headline_words(mention.title) >= MIN_TITLE_WORDS else None


def event_mention(sentence: Sentence, verb: Token, dating: Dating, status: str, words: Words = Words(),
                  about: Token | None = None) -> EventMention:
    """The mention of ``verb``'s act (``about`` the clause it reports, for a
    forecast). Its headline shows no date but one it must keep: the event
    has its own ("The United States [in February] committed …")."""
    words = replace(words, skip=words.skip | other_dates(verb, sentence.date_tokens() - words.keep - {verb.i}))
    subject = sentence.person(verb) if verb.pos_ != "NOUN" else None
    if verb.pos_ == "NOUN":
        (title, cut), form = Headline(noun_headline(verb, words.skip)), NOUN
    else:
        (title, cut), form = _clause_title(sentence, verb, subject, words), NOUN if noun_phrase_clause(verb) else CLAUSE
    act = about or verb
    timex = dating.timex
    start, end = sentence.start, _end(sentence, timex)
    return EventMention(
        date=dating.value,
        date_text=timex.text if timex else None,
        date_span=(timex.start, timex.end) if timex else None,
        date_basis=dating.basis,
        edtf=timex.edtf if timex is not None and dating.basis not in (PUBLICATION, REPORTED) else None,
        title=title,
        text=sentence.span.doc.text[start - sentence.offset:end - sentence.offset],
        start=start,
        end=end,
        people=tuple(sentence.names(subject)),
        places=tuple(sentence.places()),
        subject=subject.name if subject else None,
        statement=verb.lemma_ in CUE_VERBS or bool(sentence.quotes),
        status=status,
        trigger=(verb_group_head(act) if purpose(act) else act).lemma_.lower(),
        lead=sentence.lead,
        form=form,
        reaction=form == CLAUSE and is_reaction(act),
        cut=cut,
    )


def _end(sentence: Sentence, timex: Timex | None) -> int:
    """Where the evidence ends: its sentence's last character, or its date's
    where the parser ended the sentence inside the date ("removed at 4:25 p.m. | CDT")."""
    end = sentence.start + len(sentence.span.text.rstrip())
    paragraph_end = sentence.offset + len(sentence.span.doc.text)
    return min(max(end, timex.end), paragraph_end) if timex is not None else end


def _clause_title(sentence: Sentence, verb: Token, subject: NamedPerson | None, words: Words) -> Headline:
    own = [q for q in sentence.said if subject is not None and q.speaker == subject.name]  # not a phrase quoted from others
    if verb.lemma_ in CUE_VERBS and own and _complement_is_quote(verb, sentence):
        return Headline(quote_headline(subject.name, own[0].text))
    name = _subject_name(verb, subject) or _described_subject(sentence, verb, subject)
    if name is None and not has_subject(verb):
        speaker = predicates.reporting_verb_above(verb)  # "officials said they would …": the officials
        name = subject_words(speaker, words.skip) if speaker is not None else None
    shown = sentence.descriptions.in_sentence(sentence.span, sentence.offset) if sentence.descriptions else {}
    if name is None:
        shown = {**shown, **_owners(sentence, verb)}
    return clause_headline(verb, words.skip, name or None, words.apart, words.keep, shown)


def _owners(sentence: Sentence, verb: Token) -> dict[int, str]:
    """A possessive pronoun opening the subject shown as its owner, the
    person or the organisation the article named before ("Its deep-sea well
    blew out": "BP's deep-sea well"; "His first meeting": "Kenneth
    Feinberg's"); nothing where none is found."""
    words = subject_of(verb_group_head(verb))
    pronoun = next((c for c in words.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None) if words is not None else None
    if pronoun is None:
        return {}
    position = pronoun.idx + sentence.offset
    if (gender := gender_of(pronoun.lower_)) is not None:
        person = sentence.people.before(position, gender, sentence.quoted)
        owner = person.name if person is not None else None
    else:
        owner = sentence.descriptions.organisation_before(position, sentence.offset, sentence.span) if sentence.descriptions else None
    return {pronoun.i: f"{owner}'s"} if owner else {}


def _subject_name(verb: Token, subject: NamedPerson | None) -> str | None:
    """The person's name in place of the subject's words, where the name says
    it better: a pronoun, a surname alone that the article gave in full
    before ("Ekeus accused Iraq …": "Rolf Ekeus"), or a long title before
    the name ("Iraq's first Kurdish head of state Jalal Talabani"); not
    "Jordan's King Hussein", not a subject of several ("X and Y")."""
    words = subject_of(verb_group_head(verb))
    if subject is None or words is None:
        return None
    if words.pos_ == "PRON" or words.lower_ in RELATIVE_PRONOUNS or _surname_alone(words, subject):
        return subject.name
    phrase = [t for t in words.subtree if not t.is_punct]
    if any(t.dep_ == "conj" for t in phrase) or len(phrase) <= LONG_SUBJECT:
        return None
    return subject.name


def _surname_alone(words: Token, subject: NamedPerson) -> bool:
    """The subject is one word that ends the person's fuller name: "Ekeus"
    for "Rolf Ekeus" (not "Moeller" when the article names no one fuller)."""
    phrase = [t for t in words.subtree if not t.is_punct]
    return phrase == [words] and words.pos_ == "PROPN" and subject.name.endswith(f" {words.text}")


def _described_subject(sentence: Sentence, verb: Token, subject: NamedPerson | None) -> str | None:
    """A subject the reader cannot place out of its article ("the prime
    minister", "the crossing"): the person it refers to, else for a
    person's role the person a pronoun opening its sentence would stand
    for, named close before ("Sharon decided … In a speech Wednesday …,
    the current premier indicated": Sharon), else the article's fuller
    mention of it ("the Rafah crossing")."""
    words = subject_of(verb_group_head(verb))
    if words is None or not (is_description(words) or group_description(words)):
        return None
    if subject is not None:
        return subject.name
    if words.lemma_ in TITLES | ROLE_NOUNS and (person := _named_before(sentence)) is not None:
        return person.name
    return sentence.descriptions.fuller(words, sentence.offset) if sentence.descriptions else None


def _named_before(sentence: Sentence) -> NamedPerson | None:
    """The person a pronoun opening the sentence would stand for, named at
    most ``ROLE_REACH`` characters before it (not one its own words name:
    "the Jewish state's first prime minister, David Ben Gurion, the current
    premier …")."""
    position = sentence.start
    person = sentence.people.before(position, exclude=sentence.quoted)
    if person is None:
        return None
    named = next((p for p in sentence.people.placed.ending_by(position) if p.person.name == person.name), None)
    return person if named is not None and position - named.end <= ROLE_REACH else None


def _participle_clause(verb: Token) -> bool:
    """A present participle with a subject and no auxiliary heads the clause:
    "Jumblatt alluding to remarks by …". (One that modifies a noun, "the next
    training programme starting in March", stays: its date joins its
    sentence to the happening it tells, as "security measures seeking to
    minimise bloodshed for Iraq's election on Thursday" joins the election.)"""
    head = verb_group_head(verb)
    return (head.tag_ == "VBG" and subject_of(head) is not None
            and not any(c.dep_ in ("aux", "auxpass") for c in head.children))


def _complement_is_quote(verb: Token, sentence: Sentence) -> bool:
    for child in verb.children:
        if child.dep_ in ("ccomp", "dobj", "xcomp") and sentence.quoted_at(child):
            return True
    return not any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
