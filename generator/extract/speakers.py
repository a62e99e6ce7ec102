"""Who speaks: a person, or an organisation, with the voice it speaks in.

A subject that is no person may still be a speaker: an organisation the
article names ("Chatham House said"), an office named by its place ("the
Kremlin said", "Downing Street said"), or a voice with its owner ("a
Downing Street spokeswoman said" → Downing Street, role "spokeswoman"; "a
Clinton spokesman" → Clinton, role "spokesman"; "his campaign" → the
person "his" stands for; "the report by Chatham House" → Chatham House,
role "report"; "a report from the State Department's inspector general" →
the State Department, role "report"; "the email" after "X sent out an email" or "X emailed" → X,
role "email"; "the paper" with no owner written → the organisation named
last before it, role "paper"; "the department" → the organisation named
last whose name ends in "Department"; "the Post" after "The Washington
Post" → that one; "it added" → the organisation or voice of the quote just
before). A document a reporting verb describes speaks for whoever sent it
("his office put out a statement saying" → his, role "office"; "his
campaign sent out a text message to supporters saying" → his, role
"campaign"), and a document reads ("…," the statement read).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .lexicon import DOCUMENTS, GROUPS, ROLE_NOUNS, SENDING_VERBS, SPEAKER_ROLES, TITLES, WORKS
from .mentions import collect_people
from .organisations import ArticleOrganisations, collect_organisations, org_key, org_name
from .people import ArticlePeople, NamedPerson, gender_of
from .span_set import NOWHERE, SpanSet

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Span, Token

    from ..model import Paragraph

PERSON, ORGANISATION = "person", "organisation"
# Labels of a proper noun that, as the subject of a reporting verb, is an office or a government.
_OFFICE_LABELS = ("ORG", "GPE", "LOC", "FAC", "NORP")
# Links from a voice to its owner: "a Clinton spokesman", "Russia's foreign ministry", "the report by X".
_OWNER_DEPS = ("compound", "poss", "nmod", "amod")
_OWNER_PREPOSITIONS = ("of", "by", "for", "from", "at")
# A document's: not whom it is for or aimed at ("their editorial at Clinton", "a memo for the president").
_DOCUMENT_OWNER_PREPOSITIONS = ("of", "by", "from")
# Pronouns that, as the subject of a reporting verb, stand for the organisation or voice of the quote just
# before them ("“…,” the newspaper said. “…,” it added"), within so many characters.
_ORGANISATION_PRONOUNS = frozenset({"it"})
_PRONOUN_REACH = 400
# Verbs whose agent wrote or gave out a document ("the statement released by Fox News"), not one who came by it
# ("a document obtained by The Post", "a copy reviewed by The Post").
_AUTHORING_VERBS = frozenset({"release", "issue", "publish", "write", "sign", "send", "file", "author", "draft", "produce",
                              "post", "distribute", "circulate", "email", "tweet", "submit", "prepare", "commission", "pen"})
# Links from a verb to those a document is sent to ("sent an email to supporters").
_RECIPIENT_DEPS = ("dative", "prep")
# A document is also the publication's or the site's it stands in: "an editorial in The Des Moines Register".
_PUBLISHED_PREPOSITIONS = ("in", "on")


@dataclass(frozen=True)
class Speaker:
    name: str  # the fullest name in the article
    kind: str  # PERSON or ORGANISATION
    role: str | None = None
    span: tuple[int, int] | None = None  # where an office not yet among the organisations is named


def collect_speakers(paragraphs: list[Paragraph]) -> Speakers:
    """The people and organisations of one article, who may speak in it, and
    the voices the article gives an owner ("the Clinton campaign")."""
    people = collect_people(paragraphs)
    speakers = Speakers(people, collect_organisations(paragraphs, people))
    for para in paragraphs:
        for token in para.doc:
            if token.pos_ == "VERB" and token.lemma_ in SENDING_VERBS:  # "Huma Abedin emailed supporters": the email is hers
                voice, owner = SENDING_VERBS[token.lemma_], speakers.of_verb(token, para.block.start)
            elif token.lemma_ in SPEAKER_ROLES:
                voice, owner = token.lemma_, speakers._owner(token, para.block.start) or speakers._sender(token, para.block.start)
            else:
                continue
            if owner is not None:
                speakers.owned.append((token.idx + para.block.start, voice, owner))
    return speakers


class Speakers:
    """Speakers of one article, among its people and organisations."""

    def __init__(self, people: ArticlePeople, organisations: ArticleOrganisations):
        self.people = people
        self.organisations = organisations
        self.owned: list[tuple[int, str, Speaker]] = []  # (where, voice, owner), in text order
        self.heard: list[tuple[int, Speaker]] = []  # (where a quote ends, its organisation or voice), in text order

    def of_verb(self, verb: Token, offset: int, quoted: SpanSet = NOWHERE, past_other_subjects: bool = True) -> Speaker | None:
        """The subject of a reporting verb (see ``ArticlePeople.subject_of``), a
        person or not, though not words of the quotation ("…, the foundation, …,”
        said a person close to the Clintons"); for a verb with none, the voice
        it reports (``_voice_of``)."""
        found = self.people.subject_of(verb, offset, quoted, past_other_subjects,
                                       other=lambda token: None if token.idx + offset in quoted else self.of_token(token, offset))
        if found is None:
            return self._voice_of(verb, offset)
        return person(found) if isinstance(found, NamedPerson) else found

    def _voice_of(self, verb: Token, offset: int) -> Speaker | None:
        """Who speaks through a voice that a reporting verb with no subject
        reports: a document it describes ("his office put out a statement
        saying": the sender, in the sender's own voice if it has one, else the
        document's), or a voice it takes as its object ("…," read the email)."""
        if (voice := _described_voice(verb)) is not None:
            found = self.of_token(voice, offset)
            if found is None and (sender := self._sender(voice, offset)) is not None:
                found = sender if sender.role else replace(sender, role=voice.lemma_)
            return found
        voices = [c for c in verb.rights if c.dep_ == "dobj" and c.lemma_ in SPEAKER_ROLES]
        return self.of_token(voices[0], offset) if voices else None

    def of_token(self, token: Token, offset: int) -> Speaker | None:
        """The speaker a subject word that is no person's name stands for."""
        organisation = self.organisations.at(token.idx + offset)
        if organisation is not None:
            return Speaker(organisation.name, ORGANISATION)
        if token.lower_ in _ORGANISATION_PRONOUNS:
            return self._heard_before(token.idx + offset)
        if token.pos_ != "PROPN" and (token.lower_ in SPEAKER_ROLES or token.lemma_ in SPEAKER_ROLES):  # not "the Post"
            owner = self._owner(token, offset) or self._author(token, offset)
            return replace(owner, role=token.lemma_) if owner is not None else None
        if token.pos_ == "PROPN" and token.ent_type_ in _OFFICE_LABELS:
            return self._office(token, offset)
        if token.pos_ == "PROPN" and (named := self.organisations.ending_in(token.text, token.idx + offset)) is not None:
            return Speaker(named.name, ORGANISATION)  # "the Post" after "The Washington Post", labelled or not
        return None

    def _owner(self, voice: Token, offset: int) -> Speaker | None:
        """Whose voice a noun like "spokeswoman" or "report" is."""
        owners = [c for c in voice.children if c.dep_ in _OWNER_DEPS and c.pos_ in ("PROPN", "NOUN")]
        prepositions = (_DOCUMENT_OWNER_PREPOSITIONS + _PUBLISHED_PREPOSITIONS) if voice.lemma_ in DOCUMENTS | WORKS else _OWNER_PREPOSITIONS
        owners += [o for c in voice.children if c.dep_ == "prep" and c.lower_ in prepositions for o in c.children if o.dep_ == "pobj"]
        # "the statement released by Fox News"; not "a document obtained by The Post"
        owners += [o for c in voice.children if c.dep_ == "acl" and c.lemma_ in _AUTHORING_VERBS
                   for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        pronouns = [c for c in voice.children if c.dep_ == "poss" and gender_of(c.lower_)]
        if pronouns:  # "his campaign": the person "his" stands for
            return person(self.people.before(pronouns[0].idx + offset, gender_of(pronouns[0].lower_)))
        for owner in owners:
            named = self.people.at(owner.idx + offset)
            if named is not None:
                return person(named)
            if (found := self.of_token(owner, offset)) is not None:
                return found  # an organisation, or a voice's owner: "a Trump campaign source" → Trump
            if owner.lower_ in TITLES | ROLE_NOUNS and (found := self._owner(owner, offset)) is not None:
                return found  # an office's owner: "a report from the State Department's inspector general"
            if owner.dep_ == "compound" and owner.lemma_ in GROUPS:
                found = self._author(owner, offset, definite=True)
                if found is not None:
                    return found  # "an agency official": the agency named before
        return None

    def _sender(self, document: Token, offset: int) -> Speaker | None:
        """Who sent or issued a document the text gives no owner ("his campaign
        sent out a fundraising email", then "the email said"): the subject of
        the verb it is the object of, in its own voice if it has one ("his campaign")."""
        if document.lemma_ not in DOCUMENTS or document.dep_ != "dobj":
            return None
        return self.of_verb(document.head, offset)

    def _author(self, document: Token, offset: int, definite: bool = False) -> Speaker | None:
        """Whose "the campaign" or "the report" is, or who "the group" is, when
        no owner is written by it: the owner of the same voice named last with
        one ("the Clinton campaign"), else the organisation named last whose
        name ends in its word ("the department" after "the State Department"),
        else for a document or a group (not groups) the organisation the
        article named last before it. A voice's owner written as a bare noun ("an agency
        official", ``definite``) is read as if "the" stood before it."""
        if not definite and not any(c.lower_ == "the" for c in document.children if c.dep_ == "det") and (document.i == 0 or document.nbor(-1).lower_ != "the"):
            return None  # "the" before it, however parsed: "the email read", "read" a noun
        position = document.idx + offset
        owners = [owner for where, voice, owner in self.owned if voice == document.lemma_ and where < position]
        if owners:
            return owners[-1]
        if (named := self.organisations.ending_in(document.lower_, position)) is not None:
            return Speaker(named.name, ORGANISATION)
        if document.lemma_ not in DOCUMENTS | GROUPS or (document.lemma_ in GROUPS and document.tag_ == "NNS"):
            return None  # "the groups": several, not the one named last
        before = [p for p in self.organisations.placed if p.end <= position]
        return Speaker(before[-1].organisation.name, ORGANISATION) if before else None

    def hear(self, speaker: Speaker, end: int) -> None:
        """Record that a quote ending at ``end`` is ``speaker``'s: an
        organisation's or a voice's is what "it said" may stand for."""
        if speaker.kind == ORGANISATION or speaker.role is not None:
            self.heard.append((end, speaker))

    def _heard_before(self, position: int) -> Speaker | None:
        """The organisation or voice of the last quote before ``position``, within ``_PRONOUN_REACH`` characters."""
        near = [speaker for end, speaker in self.heard if end <= position and position - end <= _PRONOUN_REACH]
        return near[-1] if near else None

    def _office(self, token: Token, offset: int) -> Speaker | None:
        """An office or a government named by its place ("the Kremlin",
        "Washington"): one of the article's organisations once it is taken
        for a speaker (``settle``)."""
        entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if entity is None or not org_key(entity.text) or _is_dateline(entity):
            return None
        known = self.organisations.find(entity.text) or self.organisations.ending_in(org_name(entity.text), entity.start_char + offset)
        name = known.name if known is not None else org_name(entity.text)
        return Speaker(name, ORGANISATION, span=(entity.start_char + offset, entity.end_char + offset))

    def settle(self, speaker: Speaker | None) -> None:
        """Make an office taken for a speaker one of the article's organisations."""
        if speaker is None or speaker.kind != ORGANISATION or speaker.span is None:
            return
        organisation = self.organisations.find(speaker.name) or self.organisations.add(speaker.name)
        if organisation is not None and self.organisations.at(speaker.span[0]) is None:
            self.organisations.place(organisation, *speaker.span)


def _described_voice(verb: Token) -> Token | None:
    """The voice a reporting verb with no subject describes: the noun it
    hangs from ("a statement saying"), or the document sent to those it hangs
    from ("sent out a text message to supporters saying": parsed so)."""
    if verb.dep_ != "acl":
        return None
    if verb.head.lemma_ in SPEAKER_ROLES:
        return verb.head
    to = verb.head.head
    if verb.head.dep_ == "pobj" and to.lower_ == "to" and to.dep_ in _RECIPIENT_DEPS:
        return next((c for c in to.head.children if c.dep_ == "dobj" and c.lemma_ in DOCUMENTS), None)
    return None


def _is_dateline(entity: Span) -> bool:
    """Whether a place in capitals opens its paragraph before a comma, a wire
    report's dateline ("PHILADELPHIA, July 25 (UPI) — …"): where, not who."""
    doc = entity.doc
    return entity.start == 0 and entity.text.isupper() and entity.end < len(doc) and doc[entity.end].text == ","


def person(named: NamedPerson | None) -> Speaker | None:
    return Speaker(named.name, PERSON) if named is not None else None
