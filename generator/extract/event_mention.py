"""An event mention from a sentence and the word its act is told by: its
headline, people, places, date and status."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import CLAUSE, NOUN, EventMention, Timex
from . import predicates
from .clause import RELATIVE_PRONOUNS, purpose, subject_of, verb_group_head
from .headline import clause_headline, has_subject, headline_words, noun_headline, quote_headline, subject_words
from .lexicon import CUE_VERBS
from .people import NamedPerson
from .sentence import Sentence

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Token

# A clause's headline shorter than this ("Founding", "Bush was") tells nothing.
MIN_TITLE_WORDS = 3


def clause_event_mention(sentence: Sentence, verb: Token, timex: Timex | None, basis: str, status: str, skip: set[int],
                    apart: set[int], about: Token | None = None, fallback: str | None = None) -> EventMention | None:
    """A clause's mention; none for a clause whose headline would have no
    subject ("Moved to France"), but for a gerund ("Killing four Kurd leaders …")."""
    if not has_subject(verb) and verb.tag_ != "VBG" and _subject_name(verb, sentence.person(verb)) is None:
        return None
    mention = event_mention(sentence, verb, timex, basis, status, fallback, skip=skip, about=about, apart=apart)
    return mention if headline_words(mention.title) >= MIN_TITLE_WORDS else None


def event_mention(sentence: Sentence, verb: Token, timex: Timex | None, basis: str, status: str, fallback: str | None = None,
             skip: set[int] = frozenset(), about: Token | None = None, apart: set[int] = frozenset()) -> EventMention:
    """The mention of ``verb``'s act (``about`` the clause it reports, for a forecast)."""
    subject = sentence.person(verb) if verb.pos_ != "NOUN" else None
    names = sentence.names(subject)
    if verb.pos_ == "NOUN":
        title, form = noun_headline(verb, skip), NOUN
    else:
        title, form = _clause_title(sentence, verb, subject, skip, apart), CLAUSE
    return EventMention(
        date=timex.value if timex else fallback,
        date_text=timex.text if timex else None,
        date_span=(timex.start, timex.end) if timex else None,
        date_basis=basis,
        title=title,
        text=sentence.span.text.strip(),
        start=sentence.start,
        end=sentence.start + len(sentence.span.text.rstrip()),
        people=tuple(names),
        places=tuple(sentence.places()),
        subject=subject.name if subject else None,
        statement=verb.lemma_ in CUE_VERBS or bool(sentence.quotes),
        status=status,
        trigger=verb_group_head(about or verb).lemma_.lower() if purpose(about or verb) else (about or verb).lemma_.lower(),
        lead=sentence.lead,
        form=form,
    )


def _clause_title(sentence: Sentence, verb: Token, subject: NamedPerson | None, skip: set[int], apart: set[int]) -> str:
    if verb.lemma_ in CUE_VERBS and sentence.said and subject is not None and _complement_is_quote(verb, sentence):
        return quote_headline(subject.name, sentence.said[0].text)
    name = _subject_name(verb, subject)
    if name is None and not has_subject(verb):
        speaker = predicates.reporting_verb_above(verb)  # "officials said they would …": the officials
        name = subject_words(speaker, skip) if speaker is not None else None
    return clause_headline(verb, skip, name or None, apart)


def _subject_name(verb: Token, subject: NamedPerson | None) -> str | None:
    """The person's name in place of the subject's words, where the name says
    it better: a pronoun, or a title before the name ("Iraq's first Kurdish
    head of state Jalal Talabani"); not a subject of several ("X and Y")."""
    words = subject_of(verb_group_head(verb))
    if subject is None or words is None:
        return None
    if words.pos_ == "PRON" or words.lower_ in RELATIVE_PRONOUNS:
        return subject.name
    return None if any(t.dep_ == "conj" for t in words.subtree) else subject.name


def _complement_is_quote(verb: Token, sentence: Sentence) -> bool:
    for child in verb.children:
        if child.dep_ in ("ccomp", "dobj", "xcomp") and sentence.quoted_at(child):
            return True
    return not any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
