"""Statements: what a named person says that is news of its own, in a
sentence with no date ("Putin says the war will end", "X has rejected …").

An act of speech is news (``predicates.NEWS_ACTS``: an announcement, an
accusation, a warning …), and so is a plan, a forecast or a hypothesis
someone states; an opinion ("X said Y is Z", "X warns Y should …") is not. Words in quotation
marks are news only when their own verb is such an act ("“I can officially
announce that …,” he said").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import FORECAST, HAPPENED, HYPOTHETICAL, PUBLICATION, REPORTED, SCHEDULED
from . import predicates
from .clause import verb_group_head
from .lexicon import CUE_VERBS
from .sentence import Sentence
from .status import no_happening, opinion_said, status_of

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Token

_PRESENT_PERFECT_AUX = {"has", "have", "'s", "’s", "'ve", "’ve"}
# Verbs of a state, not a happening: "officials said X was Y" reports an opinion.
STATIVE_VERBS = frozenset({"be", "have", "remain", "seem", "appear", "look", "need", "want", "believe", "think", "know",
                           "mean", "represent", "constitute", "deserve", "exist", "lack", "depend", "belong", "contain",
                           "consist", "include", "matter", "continue", "hope", "wish", "feel", "understand", "support", "oppose"})


def report_basis(verb: Token) -> str | None:
    """How the article dates a statement with no date of its own: by its
    publication where it is reported in the present ("says", "is warning":
    the news of that day), as reported then at the latest in the present
    perfect ("has promised", "has rejected": said some time before); None in
    a past tense."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ in ("VBZ", "VBP"):
        return PUBLICATION if not aux - {"do", "does"} else None
    if verb.tag_ == "VBN":
        return REPORTED if aux & _PRESENT_PERFECT_AUX and not aux & {"had", "was", "were"} else None
    return PUBLICATION if verb.tag_ == "VBG" and aux & {"is", "are", "'s", "’s", "'re", "’re"} else None


def happening(verb: Token) -> bool:
    """A reported clause that tells a happening: a past act, or one to come
    (not a state or an opinion: "X is Y", "X remains …")."""
    head = verb_group_head(verb)
    aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if head.lemma_ in STATIVE_VERBS and not aux & {"will", "would", "'ll", "shall"}:
        return False
    return head.tag_ in ("VBD", "VBN") or bool(aux & {"will", "would", "'ll", "shall", "to"})


def news_statement(sentence: Sentence) -> tuple[Token, str, Token | None] | None:
    """A sentence with no date where a named person says something that is
    news: an act of speech (an announcement, an accusation …), or a plan, a
    forecast or a hypothesis ("Putin says the war will end"). Returns the
    reporting verb, the status, and the reported clause it is about."""
    roots = [t for t in sentence.span if t.dep_ == "ROOT" and not sentence.quoted_at(t)]
    root = roots[-1] if roots else sentence.span.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_ not in CUE_VERBS | predicates.NEWS_ACTS or sentence.person(root) is None:
        return None
    if any(c.dep_ == "neg" for c in root.children):
        return None  # "would not say whether …"
    if no_happening(root):
        return None  # "Dr Murray has denied any wrongdoing": a position held, not a statement of the day
    if predicates.news_act(root):
        return None if opinion_said(root) else (root, HAPPENED, None)
    clause = predicates.reported_clause(root)
    if clause is not None and sentence.quoted_at(clause):
        return (root, HAPPENED, clause) if predicates.news_act(clause) else None
    if clause is not None and no_happening(clause):
        return None  # "X said recognition should be mutual": an opinion, not news
    status = status_of(clause, None, sentence.published) if clause is not None else HAPPENED
    if status in (FORECAST, HYPOTHETICAL):
        return root, status, clause
    return (root, HAPPENED, clause) if status == SCHEDULED else None
