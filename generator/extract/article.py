"""Extraction of one article: parse its story blocks with spaCy, then find
dates, people, quotes and events in them.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Iterable, Iterator

from ..model import Article, Extraction, Paragraph, Timex, dates
from . import events as ev
from .article_headline import article_headline, title_text
from .quotes import extract_quotes
from .speakers import collect_speakers
from .timex import tag_blocks

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.language import Language
    from spacy.tokens import Doc

BATCH_SIZE = 64


def extract_articles(articles: Iterable[Article], nlp: Language, batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    """Extract every article, parsing all their blocks in one stream of batches."""
    articles = list(articles)
    texts = ((text, (n, b)) for n, a in enumerate(articles)
             for text, b in [(title_text(a.title or ""), None), *((a.body[b.start:b.end], b) for b in a.text_blocks())])
    pending: list[Paragraph] = []
    title: Doc | None = None
    current = 0
    for doc, (index, block) in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        while index > current:
            yield _extract_or_report(articles[current], pending, title)
            pending, title, current = [], None, current + 1
        if block is None:
            title = doc  # the article's title, parsed before its blocks
        else:
            pending.append(Paragraph(block, doc))
    while current < len(articles):
        yield _extract_or_report(articles[current], pending, title)
        pending, title, current = [], None, current + 1


def _extract_or_report(article: Article, paragraphs: list[Paragraph], title: Doc | None) -> Extraction:
    """``extract_parsed``; an article that trips the extractor up is reported
    with nothing extracted from it, and the corpus goes on."""
    try:
        return extract_parsed(article, paragraphs, title)
    except Exception as error:
        problem = f"{article.file}: nothing extracted, the extractor failed on it ({type(error).__name__}: {error}); please report this"
        return Extraction(article, (), (), (), (), article.warnings + (problem,))


def extract_parsed(article: Article, paragraphs: list[Paragraph], title: Doc | None = None) -> Extraction:
    """Everything in one article, given its parsed story blocks (and title)."""
    timexes = tag_dates(article, paragraphs)
    speakers = collect_speakers(paragraphs)
    quotes, problems = extract_quotes(paragraphs, speakers)
    published = dates.day(article.published) if article.published else None
    headline = article_headline(title) if title is not None else None
    found = ev.extract_events(paragraphs, timexes, quotes, speakers.people, published, headline)
    organisations = speakers.organisations
    found = [replace(e, organisations=organisations.named_in(e.start, e.end)) for e in found]
    warnings = tuple(f"{article.file}: {p}" for p in problems)
    return Extraction(article, tuple(timexes), tuple(quotes), tuple(found), speakers.people.refs(), article.warnings + warnings, organisations.refs())


def tag_dates(article: Article, paragraphs: list[Paragraph]) -> list[Timex]:
    """Temporal expressions of all blocks, each resolved against the dates before it."""
    return tag_blocks(((para.doc, para.block.start) for para in paragraphs), article.published)
