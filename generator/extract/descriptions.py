"""Definite descriptions a headline cannot show alone ("The crossing will be
opened", "The woman confessed"): the article named the thing more fully
before ("the Rafah crossing", "an Iraqi woman"), and the headline takes
that fuller mention, wherever the description stands in it ("Two
exhibitions on the shroud": "on the Turin shroud").

A description is a common noun after "the", "this" or "that" with nothing
that names it (no proper noun, nationality or place among its modifiers),
and no date ("this year").
Its fuller mention is the nearest earlier noun phrase of the article with
the same head noun and such a naming modifier (else the nearest later one), shown as "the" (or its
owner: "Lebanon's national dialogue"), its modifiers and the noun.

A description of a group ("the 11-nation group", "the Islamist movement":
``GROUP_NOUNS``; a nationality or creed among its modifiers only says which
kind) that the article names by no fuller mention of its own noun is the
organisation named last before it, close by ("The Organisation of
Petroleum Exporting Countries has …, but in September the 11-nation group
created …").

A description of one company ("the company", "the oil giant": ``COMPANY_NOUNS``, singular)
is the organisation the article has named most often before it, named by
its own name ("BP spokesman Scott Dean said … the company had paid out $95
million": BP): a story about a company calls it so between its names.

"Here" is the place of the dateline the story opens with ("AMMAN, Nov. 14
(Xinhua) --"; a digest of stories has one for each): "arrived here" is
shown as "arrived in Amman" (not after a reporting verb: "said here" says nothing).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ..model import Paragraph
from .dateline import DATELINE, dateline_place
from .lexicon import CUE_VERBS
from .organisations import collect_organisations, organisation_names
from .token_text import render

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Span, Token

    from .people import ArticlePeople

DEFINITE = frozenset({"the", "this", "that"})
# Modifiers shown with the noun, and the entity labels that make one name it.
MODIFIERS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})
NAMING_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC", "ORG", "PERSON"})
# A date is no description: "this year" is not "the current Iranian year".
DATES = frozenset({"DATE", "TIME"})
# What opens an aside: a relative clause after one adds to a noun already known.
SET_OFF = frozenset({",", "(", "[", "--", "—", "–"})
# Nouns of a description that may stand for the organisation named just before it.
GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "cartel", "faction", "militia", "party"})
# Nouns of a description of one company: the organisation its article names most stands for it.
COMPANY_NOUNS = frozenset({"company", "firm", "giant", "corporation", "conglomerate", "multinational", "bank", "lender", "insurer",
                           "carrier", "airline", "producer", "retailer", "carmaker", "automaker", "driller"})
# How far back (characters) that organisation may be named.
GROUP_REACH = 300
# How that organisation is named: as who acts or what is acted on, not in an aside ("(0400 GMT)").
GROUP_NAMED_AS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "compound"})
# How the organisation "its" stands for is named: as who acts ("BP was contacted by Reuters … its well": BP).
OWNER_NAMED_AS = frozenset({"nsubj", "nsubjpass"})
# Entity labels of a place (one that "its" may stand for as well as an organisation).
PLACE_LABELS = ("GPE", "LOC", "FAC")
# Words of a fuller mention written with a capital only because they open its sentence.
LOWERED = frozenset({"DET", "NUM", "ADJ", "ADV"})


def names_it(noun: Token) -> bool:
    """Whether one of the noun's modifiers names it: "the Rafah crossing", "an Iraqi woman"."""
    return any(c.dep_ in MODIFIERS and (c.pos_ == "PROPN" or c.ent_type_ in NAMING_LABELS or c.dep_ == "compound" and c.is_title)
               for c in noun.children)  # a capitalised compound: "Rafah crossing" opening a sentence is tagged a noun


def is_description(noun: Token) -> bool:
    """A definite common noun that nothing in its phrase names: "the crossing",
    "the woman" (not "the order in which parties appear": its clause says which)."""
    return (noun.pos_ == "NOUN" and noun.ent_type_ not in DATES and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
            and not any(t.pos_ == "PROPN" or t.ent_type_ in NAMING_LABELS for t in noun.subtree)
            and not any(restrictive(c) for c in noun.children))


def restrictive(clause: Token) -> bool:
    """A relative clause not set off by a comma or a bracket: it says which
    thing its noun is ("the party he was instrumental in founding")."""
    between = clause.doc[clause.head.i + 1:clause.left_edge.i + 1]  # "the enclave, where 400 settlers live": "where" may hang elsewhere
    return clause.dep_ == "relcl" and clause.i > clause.head.i and not any(t.text in SET_OFF for t in between)


def group_description(noun: Token) -> bool:
    """A definite group noun named by nothing but what kind it is: "the
    11-nation group", "the Islamist group" (not "the Labour party"), or one
    company's ("the oil giant", not "the three companies")."""
    company = noun.lemma_.lower() in COMPANY_NOUNS and noun.tag_ == "NN"
    return (noun.pos_ == "NOUN" and (noun.lemma_.lower() in GROUP_NOUNS or company)
            and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
            and not any(t.pos_ == "PROPN" and t.ent_type_ != "NORP" or t.ent_type_ in NAMING_LABELS - {"NORP"} for t in noun.subtree)
            and not any(restrictive(c) for c in noun.children))


def definite(noun: Token) -> bool:
    """A common noun after "the", "this" or "that" with no modifier that names it."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) and not names_it(noun)


class Descriptions:
    """The article's noun phrases that name what they describe, by head noun."""

    def __init__(self, paragraphs: list[Paragraph], people: ArticlePeople) -> None:
        self._datelines = [(para.block.start, place) for para in paragraphs if (place := dateline_place(para.doc.text))]
        self._named: dict[str, list[tuple[int, str, bool]]] = defaultdict(list)  # where, shown, whether owned
        organisations = collect_organisations(paragraphs, people)
        named = [(start, name, found) for para in paragraphs for name in organisation_names(para.doc)
                 if not _credit(name) and (found := organisations.at(start := name.start_char + para.block.start)) is not None]
        self._organisations = [(start, _org_shown(name), name.root.dep_ in OWNER_NAMED_AS) for start, name, _ in named
                               if name.root.dep_ in GROUP_NAMED_AS]
        self._companies = [(start, found.name) for start, _, found in named]  # every naming, for the one named most
        for para in paragraphs:
            for token in para.doc:
                if token.pos_ == "NOUN" and token.ent_type_ not in DATES and names_it(token):
                    owned = any(c.dep_ == "poss" for c in token.children)
                    self._named[token.lemma_.lower()].append((token.idx + para.block.start, _shown(token), owned))

    def fuller(self, noun: Token, offset: int) -> str | None:
        """The nearest earlier fuller mention of the description ``noun``
        (whose paragraph starts at ``offset``), else the nearest later one
        (a story may name in its body what its opening only describes; not one
        named by its owner, who may be another), or None."""
        group = group_description(noun)
        if not is_description(noun) and not group:
            return None
        if group and noun.lemma_.lower() in COMPANY_NOUNS:
            return self._named_most(noun.idx + offset)
        found = self._named.get(noun.lemma_.lower(), [])
        index = bisect_left(found, (noun.idx + offset,))
        later = [shown for _, shown, owned in found[index:] if not owned]  # not "Blair's finance minister's questions"
        if index or later or not group:
            return found[index - 1][1] if index else later[0] if later else None
        named = self._organisation_near(noun.idx + offset)
        return named[1] if named else None

    def organisation_before(self, position: int, offset: int, span: Span) -> str | None:
        """The organisation named last as who acts (``OWNER_NAMED_AS``)
        before ``position``, close by (``GROUP_REACH``), that "its" there
        stands for; none where a place is named between them in ``span``'s
        paragraph (which starts at ``offset``): "its" may be the place's."""
        named = self._organisation_near(position, acting=True)
        if named is None:
            return None
        places = [e for e in span.doc.ents if e.label_ in PLACE_LABELS and named[0] < e.start_char + offset < position]
        return None if places else named[1]

    def _named_most(self, position: int) -> str | None:
        """The organisation named most often before ``position`` (the first
        named of those named as often: "A BP spokesman told Reuters … the
        company had": BP), or None where none is named."""
        before = self._companies[:bisect_left(self._companies, (position,))]
        counts = Counter(name for _, name in before)
        return max(counts, key=counts.__getitem__) if counts else None  # max keeps the first of equals

    def _organisation_near(self, position: int, acting: bool = False) -> tuple[int, str, bool] | None:
        """The organisation named last before ``position`` (as who acts:
        ``acting``), within ``GROUP_REACH``: where, shown, whether as who acts."""
        before = [o for o in self._organisations[:bisect_left(self._organisations, (position,))] if o[2] or not acting]
        return before[-1] if before and position - before[-1][0] <= GROUP_REACH else None

    def in_sentence(self, span: Span, offset: int) -> dict[int, str]:
        """The fuller mention of each description of ``span`` (in a paragraph
        starting at ``offset``) that has one, by the description's noun."""
        fuller = {t.i: shown for t in span if (shown := self.fuller(t, offset)) is not None}
        here = next((place for start, place in reversed(self._datelines) if start <= span.start_char + offset), None)
        return fuller | {t.i: f"in {here}" for t in span if here and _here(t)}


def _credit(name: Span) -> bool:
    """A name in the dateline or in brackets ("LONDON (Reuters) -", "(AP)"): an agency's credit, no actor of the story."""
    found = DATELINE.match(name.doc.text)
    doc = name.doc
    bracketed = name.start > 0 and name.end < len(doc) and doc[name.start - 1].text == "(" and doc[name.end].text == ")"
    return bracketed or found is not None and name.start_char < found.end()


def _here(token: Token) -> bool:
    """"Here" where it says where an act was done ("arrived here"), not said."""
    return token.lower_ == "here" and token.dep_ == "advmod" and token.head.pos_ == "VERB" and token.head.lemma_ not in CUE_VERBS


def _org_shown(name: Span) -> str:
    """An organisation's name as a headline shows it in a description's
    place, after "the" where the article wrote one ("the Organisation of
    Petroleum Exporting Countries")."""
    the = name.start > 0 and name.doc[name.start - 1].lower_ == "the"
    return f"the {name.text}" if the else name.text


def _shown(noun: Token) -> str:
    """The noun with its modifiers before it, owned ("Lebanon's national
    dialogue") or after "the" ("the Rafah crossing", not "an Iraqi woman")."""
    kept = {noun.i}
    for child in noun.children:
        if child.dep_ in MODIFIERS and child.i < noun.i and child.ent_type_ not in DATES:
            kept |= {t.i for t in child.subtree}  # a headline shows no date: not "Wednesday's Amman hotel bombing attacks"
    words = render(noun.doc, kept)
    first = noun.doc[min(kept)]
    if first.is_sent_start and first.pos_ in LOWERED and first.ent_type_ not in NAMING_LABELS:
        words = words[:1].lower() + words[1:]  # capital only as the sentence's first word: "Five Israeli right-wing youths"
    return words if any(c.dep_ == "poss" and c.i in kept for c in noun.children) else f"the {words}"
