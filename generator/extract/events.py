"""Events: dated happenings stated in a sentence, and the statements people made.

A sentence yields an event for each predicate (a verb, or an eventive noun
such as "meeting") that a date expression governs; a date that could not be
resolved leaves the event undated (None), never guessed. Vague references
("now", "recently"), durations and sets date nothing.

A sentence with no date of its own that reports what a named person said (a
reporting verb or a quote with a speaker) is dated by the publication date,
marked as such, only when it reports in the present tense or present perfect
("says", "has rejected"), the way news states the day's statements. A
past-tense report without a date ("Putin said …") is an undated statement,
kept only when its speaker has no other event in the article: otherwise it
elaborates that event, which its quotes join.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model import EventMention, Paragraph, Quote, Timex
from .lexicon import CUE_VERBS
from .people import ArticlePeople, NamedPerson
from .timex import REFERENCES

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Span, Token

PLACE_LABELS = ("GPE", "LOC", "FAC")
_TITLE_MAX_TOKENS = 14
_DROP_FROM_TITLE = ("relcl", "advcl", "appos", "parataxis", "meta", "intj", "dep", "npadvmod")
_PRESENT_PERFECT_AUX = {"has", "have", "'s", "’s", "'ve", "’ve"}


@dataclass(frozen=True)
class _Dated:
    timex: Timex
    predicate: Token


def extract_events(paragraphs: list[Paragraph], dates: list[Timex], quotes: list[Quote], people: ArticlePeople, published_value: str | None) -> list[EventMention]:
    """Events of one article, in text order, each with the quotes it carries."""
    events: list[EventMention] = []
    undated: list[EventMention] = []
    quoted = [part for q in quotes for part in q.spans]
    for number, para in enumerate(paragraphs):
        offset = para.block.start
        lead = number == 0
        for sent in _units(para.doc, quoted, offset):
            start, end = sent.start_char + offset, sent.end_char + offset
            in_sentence = [t for t in dates if start <= t.start < end and t.type in ("DATE", "TIME") and t.value not in REFERENCES and not _in_spans(t.start, quoted)]
            sent_quotes = [q for q in quotes if start <= q.start < end and q.speaker and q.kind != "not_speech"]
            dated = _dated_predicates(sent, in_sentence, offset)
            for item in dated:
                events.append(_event(sent, offset, item.predicate, item.timex, "anchor" if item.timex.anchored else "text", people, quoted, sent_quotes, lead=lead))
            statement = None if dated else _statement(sent, offset, people, quoted, sent_quotes)
            if statement is not None and published_value and reports_today(statement):
                events.append(_event(sent, offset, statement, None, "publication", people, quoted, sent_quotes, published_value, lead=lead))
            elif statement is not None:
                undated.append(_event(sent, offset, statement, None, "text", people, quoted, sent_quotes, lead=lead))
    speakers = {e.subject for e in events}
    events += [e for e in undated if e.subject not in speakers]
    events.sort(key=lambda e: e.start)
    return _attach_quotes(events, quotes)


def reports_today(verb: Token) -> bool:
    """Present-tense or present-perfect reporting ("says", "has rejected",
    "is warning"): what news uses for the statements of the day it is published."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ in ("VBZ", "VBP"):
        return not aux - {"do", "does"}
    if verb.tag_ == "VBN":
        return bool(aux & _PRESENT_PERFECT_AUX) and not aux & {"had", "was", "were"}
    return verb.tag_ == "VBG" and bool(aux & {"is", "are", "'s", "’s", "'re", "’re"})


def _units(doc, quoted: list[tuple[int, int]], offset: int) -> list[Span]:
    """Sentences, with those that one quotation runs across joined into one."""
    units: list[Span] = []
    for sent in doc.sents:
        if units and any(s < sent.start_char + offset < e for s, e in quoted):
            units[-1] = doc[units[-1].start:sent.end]
        else:
            units.append(sent)
    return units


def _root(unit: Span, quoted: list[tuple[int, int]], offset: int) -> Token:
    """The main verb of a unit: of its last sentence that is not all quotation."""
    roots = [t for t in unit if t.dep_ == "ROOT" and not _in_spans(t.idx + offset, quoted)]
    return roots[-1] if roots else unit.root


def _in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= position < e for s, e in spans)


def _dated_predicates(sent: Span, timexes: list[Timex], offset: int) -> list[_Dated]:
    found: dict[int, _Dated] = {}
    doc = sent.doc
    for timex in timexes:
        span = doc.char_span(timex.start - offset, timex.end - offset, alignment_mode="expand")
        if span is None:
            continue
        predicate = _predicate(span)
        if predicate is not None and predicate.i not in found:
            found[predicate.i] = _Dated(timex, predicate)
    return sorted(found.values(), key=lambda d: d.predicate.i)


def _predicate(span: Span) -> Token | None:
    """The verb or eventive noun a date expression modifies.

    For "came a day after X announced", the clause after "after" is the one dated.
    """
    last = span[-1]
    if last.lower_ in ("after", "before") and last.head.pos_ in ("VERB", "AUX") and last.head.i > last.i:
        return last.head
    token = span.root
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX", "NOUN") and not (head.i in range(span.start, span.end)):
            return head
        if head.head is head:
            return head
        head = head.head
    return None


def _statement(sent: Span, offset: int, people: ArticlePeople, quoted: list[tuple[int, int]], sent_quotes: list[Quote]) -> Token | None:
    """The main verb of a sentence where a named person speaks, if any."""
    root = _root(sent, quoted, offset)
    if root.pos_ not in ("VERB", "AUX") or people.subject_of(root, offset, quoted, past_other_subjects=False) is None:
        return None
    if root.lemma_ in CUE_VERBS or sent_quotes:
        return root
    return None


def _subject_token(verb: Token) -> Token | None:
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if verb.dep_ == "relcl" and subject.lower_ in ("who", "that", "which"):
                return verb.head
            return subject
        if verb.dep_ not in ("conj", "advcl", "xcomp", "acomp") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _event(sent: Span, offset: int, predicate: Token, timex: Timex | None, basis: str, people: ArticlePeople,
           quoted: list[tuple[int, int]], sent_quotes: list[Quote], fallback: str | None = None, lead: bool = False) -> EventMention:
    subject = people.subject_of(predicate, offset, quoted, past_other_subjects=False) if predicate.pos_ != "NOUN" else None
    names = []
    for placed in people.placed:
        if sent.start_char + offset <= placed.start < sent.end_char + offset and placed.person.name not in names:
            names.append(placed.person.name)
    for person_name in [subject.name if subject else None] + [q.speaker for q in sent_quotes]:
        if person_name and person_name not in names:
            names.insert(0, person_name) if subject and person_name == subject.name else names.append(person_name)
    places = []
    for ent in sent.ents:
        if ent.label_ in PLACE_LABELS and ent.root.pos_ == "PROPN" and ent.text[:1].isupper() and people.find(ent.text) is None and ent.text not in places:
            places.append(ent.text)
    timex_tokens = set()
    if timex is not None:
        span = sent.doc.char_span(timex.start - offset, timex.end - offset, alignment_mode="expand")
        timex_tokens = {t.i for t in span} if span is not None else set()
    title = _title(predicate, subject, timex_tokens, sent_quotes, offset, quoted)
    return EventMention(
        date=timex.value if timex else fallback,
        date_text=timex.text if timex else None,
        date_span=(timex.start, timex.end) if timex else None,
        date_basis=basis,
        title=title,
        text=sent.text.strip(),
        start=sent.start_char + offset,
        end=sent.start_char + offset + len(sent.text.rstrip()),
        people=tuple(names),
        places=tuple(places),
        subject=subject.name if subject else None,
        statement=predicate.lemma_ in CUE_VERBS or bool(sent_quotes),
        trigger=predicate.lemma_.lower(),
        lead=lead,
    )


def _title(predicate: Token, subject: NamedPerson | None, skip: set[int], sent_quotes: list[Quote], offset: int, quoted) -> str:
    """A short headline for the event: who did what, without the date."""
    doc = predicate.doc
    if predicate.lemma_ in CUE_VERBS and sent_quotes and subject is not None and _complement_is_quote(predicate, offset, quoted):
        words = sent_quotes[0].text.split()
        first = " ".join(words[:_TITLE_MAX_TOKENS - 2]).rstrip(",;:")
        return f"{subject.name}: “{first}{'…' if len(words) > _TITLE_MAX_TOKENS - 2 else ''}”"
    keep: set[int] = set()
    if predicate.pos_ == "NOUN":
        keep.update(_phrase(predicate, skip | {predicate.i}, depth=6))
        keep.add(predicate.i)
        keep = {i for i in keep if not (doc[i].dep_ in ("det", "poss") and doc[i].head.i == predicate.i)}
    else:
        keep.add(predicate.i)
        for child in predicate.children:
            if child.i in skip:
                continue
            if child.dep_ in ("aux", "auxpass", "neg", "prt"):
                keep.add(child.i)
            elif child.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "prep", "oprd") and child.i > predicate.i and not any(t.i in skip for t in child.subtree):
                keep.update(_phrase(child, skip, depth=6))
    words = _trim([doc[i] for i in sorted(keep)])
    text = _join(words)
    subject_text = subject.name if subject else _subject_text(predicate, skip)
    title = f"{subject_text} {text}".strip() if subject_text and predicate.pos_ != "NOUN" else text
    return (title[:1].upper() + title[1:]).rstrip(" ,;:-") or predicate.sent.text.strip()[:80]


def _complement_is_quote(predicate: Token, offset: int, quoted) -> bool:
    for child in predicate.children:
        if child.dep_ in ("ccomp", "dobj", "xcomp") and _in_spans(child.idx + offset, quoted):
            return True
    return not any(c.dep_ in ("ccomp", "dobj") for c in predicate.children)


def _phrase(token: Token, skip: set[int], depth: int) -> set[int]:
    """``token`` and the children that belong in a headline, to ``depth`` levels."""
    result = {token.i}
    if depth == 0:
        return result
    for child in token.children:
        if child.i in skip or child.dep_ in _DROP_FROM_TITLE or child.dep_ == "prep" and any(g.i in skip for g in child.subtree):
            continue
        result |= _phrase(child, skip, depth - 1)
    return result


def _subject_text(predicate: Token, skip: set[int]) -> str:
    subject = _subject_token(predicate)
    if subject is None or subject.pos_ == "PRON":
        return ""
    words = [subject.doc[i] for i in sorted(_phrase(subject, skip, depth=2))]
    return _join(_trim(words[-6:]))


def _trim(words: list[Token]) -> list[Token]:
    """Cut a headline to length at a word that can end a phrase."""
    if len(words) > _TITLE_MAX_TOKENS:
        words = words[:_TITLE_MAX_TOKENS]
        while len(words) > 3 and words[-1].pos_ not in ("NOUN", "PROPN", "NUM", "VERB"):
            words.pop()
    while words and words[0].pos_ in ("PUNCT", "CCONJ", "SCONJ"):
        words.pop(0)
    return words


def _join(words: list[Token]) -> str:
    """Tokens back to text, keeping the original spacing between neighbours."""
    text = ""
    for index, token in enumerate(words):
        text += token.text
        if index + 1 < len(words):
            following = words[index + 1]
            text += token.whitespace_ if following.i == token.i + 1 else " "
    return " ".join(text.split())


def _attach_quotes(events: list[EventMention], quotes: list[Quote]) -> list[EventMention]:
    """Give each attributed quote to the event of its sentence, else to the
    nearest event (before, then after) whose subject is the speaker."""
    by_event: dict[int, list[Quote]] = {i: [] for i in range(len(events))}
    for quote in quotes:
        if quote.kind == "not_speech" or quote.speaker is None:
            continue
        home = next((i for i, e in enumerate(events) if e.start <= quote.start < e.end), None)
        if home is None or events[home].subject not in (None, quote.speaker):
            same = [i for i, e in enumerate(events) if e.subject == quote.speaker]
            before = [i for i in same if events[i].start <= quote.start]
            home = before[-1] if before else (same[0] if same else home)
        if home is not None:
            by_event[home].append(quote)
    return [_with_quotes(e, tuple(by_event[i])) for i, e in enumerate(events)]


def _with_quotes(event: EventMention, quotes: tuple[Quote, ...]) -> EventMention:
    names = list(event.people)
    for quote in quotes:
        if quote.speaker and quote.speaker not in names:
            names.append(quote.speaker)
    return replace(event, quotes=quotes, people=tuple(names))
