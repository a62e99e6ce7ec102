"""Events: the happenings an article reports, sentence by sentence, each with
a headline, a status, its date and the people and places of its sentence.

A date expression dates the verb or eventive noun it modifies
(``predicates.py`` turns that word into the act the news is about); the act
gets a headline (``headline.py``) and a status (``status.py``). A forecast
or a hypothetical is dated by the day it was said, not by the date it names:
its headline says who said what ("Browne said troops would be lower by 2007");
a hypothetical that nobody is said to raise ("The new leader may have to
wait until 2010") is the writer's, and no event.
A date that could not be resolved leaves the event undated (None), never
guessed (so does a count from the happening just told, "A day before that,
X was kidnapped": the happening stays, undated), and a clause dated only by
a count from a happening the text does not date ("fifteen years after the
Cold War came to an end", "a few days after he was allowed out") makes no
event: it is background to another; vague references ("now", "recently"),
durations and sets date nothing.

A judgement, a tentative plan or a standing state ("should be mutual", "is
considering", "has long been": ``status.no_happening``) is no event, said or not,
nor is an act of speech that reports an opinion ("warned that any US
involvement should be positive": ``status.opinion_said``).

A remark is an event only when saying it is news: an announcement, an
accusation, a warning, a denial, a call … (``predicates.NEWS_ACTS``). Such a
statement with no date of its own is dated by the publication date, marked
as such, when it is reported in the present tense ("warns"), and as
reported then at the latest in the present perfect ("has rejected": said
some time before); a past-tense one stays undated, kept only when
its speaker has no other event in the article. Other remarks ("said",
"added") make no event: their quotes join the event they elaborate.

An eventive noun phrase the sentence does not date ("the bombings", "a
Paris summit where …") is an undated noun mention: it names a happening
another mention may date (the combine stage joins them).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..model import CLAUSE, FORECAST, HAPPENED, HYPOTHETICAL, NOUN, PUBLICATION, SCHEDULED, EventMention, Paragraph, Quote, Timex, dates
from . import predicates
from .descriptions import Descriptions
from .event_quotes import attach_quotes
from .headline import shares_words
from .event_mention import UNDATED, Dating, Words, clause_event_mention, event_mention
from .people import ArticlePeople
from .sentence import PLACE_LABELS, Sentence, units
from .span_set import SpanSet
from .statements import happening, news_statement, report_basis
from .status import no_happening, opinion_said, past_plan, status_of
from .timex import REFERENCES, to_come, words_before

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Span

# Words before a date that make it the end of a wait, not the day of an act.
UNTIL = frozenset({"until", "till", "pending"})
# Words after a count that point back to the happening just told ("A day before that, X was kidnapped").
BACK_REFERENCES = frozenset({"that", "this", "then", "it"})


def extract_events(paragraphs: list[Paragraph], dates_found: list[Timex], quotes: list[Quote], people: ArticlePeople,
                   published_value: str | None, title: str | None = None) -> list[EventMention]:
    """Events of one article, in text order, each with the quotes it carries."""
    published = dates.parse_point(published_value).first if published_value else None
    events: list[EventMention] = []
    undated: list[EventMention] = []
    quoted = SpanSet(part for q in quotes for part in q.spans)
    quotes_in, dates_in = by_paragraph(paragraphs, quotes), by_paragraph(paragraphs, dates_found)
    descriptions = Descriptions(paragraphs, people)
    for number, para in enumerate(paragraphs):
        offset = para.block.start
        para_quotes = [q for q in quotes_in[number] if q.kind != "not_speech"]
        para_dates = dates_in[number]
        for unit in units(para.doc, quoted, offset):
            start, end = unit.start_char + offset, unit.end_char + offset
            sentence = Sentence(
                unit, offset, number == 0, people, quoted,
                [q for q in para_quotes if start <= q.start < end and q.speaker],
                [q for q in para_quotes if start <= q.start < end],
                [t for t in para_dates if start <= t.start < end and t.type in ("DATE", "TIME") and t.value not in REFERENCES and t.start not in quoted],
                published, descriptions,
            )
            dated = _dated_mentions(sentence, published_value)
            events += dated
            statement = None if dated else news_statement(sentence)
            if statement is not None:
                verb, status, about = statement
                basis = report_basis(verb)
                if published_value and basis is not None:
                    events.append(event_mention(sentence, verb, Dating(None, basis, published_value), status, about=about))
                else:
                    undated.append(event_mention(sentence, verb, UNDATED, status, about=about))
            taken = {m.trigger for m in dated}
            events += [event_mention(sentence, noun, UNDATED, HAPPENED) for noun in predicates.event_nouns(unit, taken, quoted, offset)]
    speakers = {e.subject for e in events if e.form == CLAUSE}
    events += [e for e in undated if e.subject not in speakers]
    events.sort(key=lambda e: e.start)
    return _title_candidate(attach_quotes(events, quotes), title)


def by_paragraph(paragraphs: list[Paragraph], found: list) -> list[list]:
    """Each paragraph's share of ``found`` (records with a ``start``), in the
    order given: a sentence looks no further than its paragraph's."""
    starts = [para.block.start for para in paragraphs]
    shares: list[list] = [[] for _ in paragraphs]
    for item in found:
        index = bisect_right(starts, item.start) - 1
        if index >= 0 and item.start < paragraphs[index].block.end:
            shares[index].append(item)
    return shares


def _dated_mentions(sentence: Sentence, published_value: str | None) -> list[EventMention]:
    """One mention per act a date in the sentence dates (the finest date, if several do)."""
    acts = []
    for timex in sentence.timexes:
        skip = sentence.tokens(timex)
        span = sentence.span.doc.char_span(timex.start - sentence.offset, timex.end - sentence.offset, alignment_mode="expand")
        before = span.doc[span.start - 1] if span is not None and span.start > 0 else None
        if before is not None and before.lower_ in UNTIL:
            continue  # "adjourned the session until Tuesday": the end of a wait, not the day of the act
        if timex.anchored and timex.value is None and not _counts_back(span):
            continue  # "fifteen years after the Cold War came to an end": counted from a day the text does not give
        word = predicates.dated_word(span) if span is not None else None
        act = predicates.act_of(word, skip) if word is not None else None
        if (act is not None and word.dep_ == "pobj" and act.token.i != word.i and word.head.dep_ == "prep" and word.lemma_.lower() in predicates.EVENT_NOUNS
                and not any(t.ent_type_ in PLACE_LABELS for t in word.head.subtree)):
            # "elected … in an election on Wednesday": the phrase dates it (not "ripped through three hotels"),
            # and says no more unless it says where ("wounded in clashes in the West Bank")
            skip = skip | {t.i for t in word.head.subtree}
        if act is not None and act.form != NOUN and to_come(words_before(sentence.span.doc.text, timex.start - sentence.offset, 60)):
            continue  # "spoke ahead of the election Thursday": the day of the thing to come (its noun's), not of the act
        if act is not None:
            acts.append((act, timex, skip))
    own = {act.token.i for act, _, _ in acts if act.reported_by is None}
    apart = own | {act.token.i for act, _, _ in acts}
    mentions, seen = [], set()
    for act, timex, _ in sorted(acts, key=lambda a: _precision_rank(a[1].value)):
        if act.token.i in seen or predicates.is_remark(act) or act.reported_by is not None and act.token.i in own:
            continue  # seen, a remark, or a reported clause dated on its own
        seen.add(act.token.i)
        skip = set().union(*(s for a, _, s in acts if a.token.i == act.token.i))
        found = _dated(sentence, act, timex, skip, acts, published_value, apart - {act.token.i})
        if found is not None:
            mentions.append(found)
    return sorted(mentions, key=lambda m: m.date_span or (0, 0))


def _counts_back(span: Span | None) -> bool:
    """A count from the happening just told ("A day before that"): a
    happening of its own, left undated (reported by the article at the
    latest) where the count could not be resolved."""
    return span is not None and span.end < len(span.doc) and span.doc[span.end].lower_ in BACK_REFERENCES


def _precision_rank(value: str | None) -> int:
    """Finer dates first: an act two dates govern takes the more precise."""
    point = dates.parse_point(value)
    return -dates.PRECISIONS.index(point.precision) if point else 1


def _dated(sentence: Sentence, act: predicates.Act, timex: Timex, skip: set[int], acts, published_value: str | None,
           apart: set[int]) -> EventMention | None:
    """The mention of a dated act.

    A reported clause dated by its saying is the news, on that day at the latest; a
    plan, forecast or hypothesis reported so is news as a statement ("X said
    C"). A forecast or hypothesis with a date of its own is dated by its
    saying too, and titled by who said it, with the date it names.
    """
    dating, words = Dating.by(timex), Words(frozenset(skip), frozenset(apart))
    if act.form == NOUN:
        return event_mention(sentence, act.token, dating, _noun_status(timex.value, sentence.published), words)
    if no_happening(act.token, timex.value) or opinion_said(act.token):
        return None  # "recognition should be mutual", "is considering sending", "has long been", "warned that … should be": nothing happened
    if act.reported_by is not None:
        return _reported(sentence, act, dating, words)
    status = status_of(act.token, timex.value, sentence.published)
    if status == SCHEDULED and past_plan(act.token, timex.value, sentence.published):
        return None  # "was scheduled for July 25", "was to have traveled": a plan the day overtook, not a happening
    if status not in (FORECAST, HYPOTHETICAL):
        return clause_event_mention(sentence, act.token, dating, status, words)
    speaker = predicates.reporting_verb_above(act.token)
    if speaker is not None and any(a.token.i == speaker.i for a, _, _ in acts):
        return None  # "X warned on Tuesday that Y might …": the warning is the mention
    forecast = Words(apart=frozenset(apart - {act.token.i} - ({speaker.i} if speaker else set())), keep=frozenset(skip))
    said = next(((t, s) for a, t, s in acts if speaker is not None and a.reported_by is not None and a.reported_by.i == speaker.i), None)
    if said is not None:
        return clause_event_mention(sentence, speaker, Dating.by(said[0]), status, replace(forecast, skip=frozenset(said[1])), act.token)
    if published_value is None or speaker is None and status == HYPOTHETICAL:
        return None  # a possibility nobody is said to raise is the writer's, not news: "The new leader may have to wait until 2010"
    return clause_event_mention(sentence, speaker or act.token, Dating(None, PUBLICATION, published_value), status, forecast, act.token)


def _reported(sentence: Sentence, act: predicates.Act, dating: Dating, words: Words) -> EventMention | None:
    """A reported clause dated by its saying: the news where it happened
    (on the day of the report at the latest: "Thirteen drug traffickers have
    been hanged, newspapers reported Saturday"), a statement ("X said C")
    where it is a plan, a forecast or a hypothesis;
    in the speaker's own words only an act of speech ("“I can officially
    announce that …,” X told Interfax on Sunday")."""
    speaker = act.reported_by
    as_said = replace(words, apart=words.apart - {speaker.i})
    if sentence.quoted_at(act.token):
        return clause_event_mention(sentence, speaker, dating, HAPPENED, as_said, act.token) if predicates.news_act(act.token) else None
    status = status_of(act.token, None, sentence.published)
    if status == HAPPENED:
        return clause_event_mention(sentence, act.token, Dating.report(dating.timex), HAPPENED, words) if happening(act.token) else None
    return clause_event_mention(sentence, speaker, dating, HAPPENED if status == SCHEDULED else status, as_said, act.token)


def _noun_status(value: str | None, published: date | None) -> str:
    point = dates.parse_point(value)
    return SCHEDULED if point and published and point.first > published else HAPPENED


def _title_candidate(events: list[EventMention], title: str | None) -> list[EventMention]:
    """The article's own title offered as a headline to the first mention of
    its lead that reports the same happening (shares its words)."""
    if not title:
        return events
    for index, mention in enumerate(events):
        if mention.lead and mention.form == CLAUSE and shares_words(title, mention.text):
            events[index] = replace(mention, article_title=title)
            break
    return events
