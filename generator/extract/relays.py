"""Quotes an organisation relays: "…,” the judge said, according to the Post";
"“No comment,” The Miami Herald reported"; "…, said Kristen Day, reports USA
Today"; "As The Daily Caller reported, the star “gave …”".

The words are the person's, but the article has them from the organisation,
which stands for them: PolNeAR's annotators give such a quote to the
organisation that relays it (the outer attribution), and so does this module.
A relay is a verb of ``RELAY_CUES`` (or "according to") in the quote's
sentence, outside quotation marks, whose subject (or object of "to") is an
organisation, and that frames the quote's own reporting verb: "according
to" on it, an "as" clause, or a verb after it that is above it in the
parse, the main clause or an aside of the sentence, a few words after the
quote's closing mark however parsed, or a clause closing the sentence
after a comma (", the Chicago Tribune reports."). "ISNA reported that
Ahmadinejad said …" is his: the inner attribution, written after the
relay. A person who relays ("…, Grayson said, according to Frankel") is
left to the person rules, unless the model labels the relayer an
organisation there (the article's people may hold an outlet's name: "Daily
Caller").
A document or a voice relays too, in the voice of whoever it is ("…,” Clinton asked,
according to a Pentagon readout → the Pentagon, role "readout"; "according
to Farley’s account" → Farley, role "account"); a document whose owner the
text does not give relays nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import SPEAKER_ROLES
from .span_set import SpanSet
from .speakers import ORGANISATION, Speaker, Speakers

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Span, Token

# Verbs by which an organisation passes on what someone else said.
RELAY_CUES = frozenset({"report"})
# How a relaying verb stands in its sentence: its main clause, or an aside ("…,” he said, the Times reported).
RELAY_DEPS = frozenset({"ROOT", "parataxis"})
# Links from a relaying verb to who relays: its subject, or a name after it the parser linked otherwise ("reports USA Today").
RELAYER_DEPS = frozenset({"nsubj", "npadvmod", "attr"})
# How a relaying clause that closes its sentence after a comma may be parsed: ", the Chicago Tribune reports." as a conjunct.
CLOSING_RELAY_DEPS = frozenset({"conj"})
# Links to who relays by a verb with no subject: its subject after it, parsed an object ("…, reported the Washington Examiner").
INVERTED_RELAYER_DEPS = frozenset({"dobj"})
# Words after a quote's closing mark a relaying verb may stand in, however parsed ("…,” The Washington Post reported").
RELAY_AFTER_WORDS = 5
# The mark of a relaying clause put before ("As The Daily Caller reported, …").
RELAY_MARKS = frozenset({"as"})
# The model's labels that make a relayer an organisation where it stands, even if the article took its name for a person's.
ORGANISATION_LABELS = frozenset({"ORG"})


def relaying_organisation(inner: Span, cue: Token | None, speakers: Speakers, quoted: SpanSet, offset: int) -> Speaker | None:
    """The organisation that relays the quote ``inner`` (reported by ``cue``,
    if found), or None."""
    doc = inner.doc
    sentences = {inner.sent.start: inner.sent, doc[inner.end - 1].sent.start: doc[inner.end - 1].sent}
    if cue is not None:
        sentences[cue.sent.start] = cue.sent
    for sentence in sentences.values():
        for token in sentence:
            if token.idx + offset in quoted.widened(1, 1) or not _frames(token, cue, inner):
                continue
            for relayer in _relayers(token):
                named = speakers.people.at(relayer.idx + offset) is not None or speakers.people.find(relayer.text) is not None
                if named and relayer.ent_type_ not in ORGANISATION_LABELS:
                    continue  # a person relays ("…, Grayson said, according to Frankel")
                found = speakers.of_token(relayer, offset)
                if found is not None and (found.kind == ORGANISATION or relayer.lemma_ in SPEAKER_ROLES):
                    return found
    return None


def _relayers(token: Token) -> list[Token]:
    """Who relays by ``token``: the object of "according to", else the verb's
    subject, wherever the parser put it ("…, reports USA Today"; with no
    subject, the object after it: "…, reported the Washington Examiner")."""
    if token.lower_ == "according":
        return [o for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return [c for c in token.children if c.dep_ in RELAYER_DEPS] or [c for c in token.rights if c.dep_ in INVERTED_RELAYER_DEPS]


def _frames(token: Token, cue: Token | None, inner: Span) -> bool:
    """Whether ``token`` is a relaying verb, or "according", framing the quote's cue."""
    reported = cue if cue is not None else inner.root
    if token.lower_ == "according":
        return token == reported or token.head == reported or token.head in reported.ancestors
    if token.lemma_ not in RELAY_CUES or token.pos_ != "VERB":
        return False
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in RELAY_MARKS for c in token.children):
        return True
    # After the reporting verb, not before it: "ISNA reported that Ahmadinejad said …" is his.
    return token.i >= reported.i and (token == reported or token in reported.ancestors or token.dep_ in RELAY_DEPS
                                      or inner.end <= token.i <= inner.end + RELAY_AFTER_WORDS
                                      or (token.dep_ in CLOSING_RELAY_DEPS and _closes_sentence(token)))


def _closes_sentence(token: Token) -> bool:
    """Whether the clause ``token`` heads follows a comma and ends its sentence (", the Chicago Tribune reports.")."""
    doc, first = token.doc, token.left_edge.i
    return first > 0 and doc[first - 1].text == "," and all(t.is_punct or t.is_space for t in doc[token.right_edge.i + 1:token.sent.end])
