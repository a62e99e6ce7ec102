"""Extraction of one article: parse its story blocks with spaCy, then find
dates, people, quotes and events in them.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import events as ev
from .model import Article, Extraction, Timex
from .people import ArticlePeople, description_of, name_span, person_entities
from .quotes import CUE_VERBS, Paragraph, extract_quotes
from .timex import tag_blocks, values

BATCH_SIZE = 64


def extract_articles(articles: Iterable[Article], nlp: Language, batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    """Extract every article, parsing all their blocks in one stream of batches."""
    articles = list(articles)
    texts = ((a.body[b.start:b.end], (n, b)) for n, a in enumerate(articles) for b in a.text_blocks())
    pending: list[Paragraph] = []
    current = 0
    for doc, (index, block) in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        while index > current:
            yield extract_parsed(articles[current], pending)
            pending, current = [], current + 1
        pending.append(Paragraph(block, doc))
    while current < len(articles):
        yield extract_parsed(articles[current], pending)
        pending, current = [], current + 1


def extract_parsed(article: Article, paragraphs: list[Paragraph]) -> Extraction:
    """Everything in one article, given its parsed story blocks."""
    dates = tag_dates(article, paragraphs)
    people = collect_people(paragraphs)
    quotes, problems = extract_quotes(paragraphs, people)
    published = values.day(article.published) if article.published else None
    found = ev.extract_events(paragraphs, dates, quotes, people, published)
    warnings = tuple(f"{article.file}: {p}" for p in problems)
    return Extraction(article, tuple(dates), tuple(quotes), tuple(found), people.refs(), article.warnings + warnings)


def tag_dates(article: Article, paragraphs: list[Paragraph]) -> list[Timex]:
    """Temporal expressions of all blocks, each resolved against the dates before it."""
    return tag_blocks(((para.doc, para.block.start) for para in paragraphs), article.published)


def collect_people(paragraphs: list[Paragraph]) -> ArticlePeople:
    """The article's people: full names first, so surnames before them resolve too."""
    people = ArticlePeople()
    names = []  # (span, offset) for every candidate name, in text order
    for para in paragraphs:
        for span in person_entities(para.doc):
            names.append((span, para.block.start))
        for token in para.doc:
            if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and token.head.lemma_ in CUE_VERBS:
                names.append((name_span(token), para.block.start))
    for span, _ in names:
        if len(span) > 1:
            people.add(span.text, description_of(span))
    for span, offset in names:
        if len(span) == 1 and people.find(span.text) is None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.ent_type_ in ("PERSON", ""):
            people.add(span.text, description_of(span))
    for para in paragraphs:
        _place_mentions(para.doc, para.block.start, people)
    return people


def _place_mentions(doc: Doc, offset: int, people: ArticlePeople) -> None:
    """Record where each known person is named, including names the model
    labelled as something else ("Zelenskyy" as a place)."""
    taken: set[int] = set()
    for span in person_entities(doc):
        person = people.find(span.text)
        if person is not None:
            people.place(person, span, offset)
            taken.update(range(span.start, span.end))
    for token in doc:
        if token.i in taken or token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper() or (token.head.pos_ == "PROPN" and token.dep_ == "compound"):
            continue
        span = name_span(token)
        person = people.find(span.text)
        if person is not None:
            people.place(person, span, offset)
    people.placed.sort(key=lambda p: p.start)
