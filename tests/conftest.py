"""Shared fixtures: the real spaCy model, loaded once, and the seed corpus
extracted once per test session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.extract import nlp as nlp_loader
from generator.extract.article import extract_articles
from generator.read.corpus import read_corpus
from generator.store.load import load

# A copy of the project to change, the built site, served, and one headless
# Chromium per session.
pytest_plugins = ["site_fixtures"]

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Real newswire the tests need (tests/fixtures/articles/README.md says what each brings).
ARTICLES = FIXTURES / "articles"
# Ten Agence France-Presse reports of 1 April 1997, and one of the next day.
NEWSWIRE = [ARTICLES / f"newswire_{name}.md" for name in (
    "quote_said_after_it", "quoted_terms_not_speech", "two_sides_quoted", "list_of_dated_items", "quote_after_colon",
    "partial_and_unattributed_quotes", "dates_anchored_to_earlier_ones", "unnamed_source", "one_speaker_quoted_twice",
    "organisation_speaks")]
NEWSWIRE_NEXT_DAY = ARTICLES / "newswire_next_day_restates_a_quote.md"
# Real timelines extracted by an earlier generator (tests/fixtures/rank/, written by benchmarks/rank_fixtures.py).
RANK = FIXTURES / "rank"
NEWS_TIMELINE = RANK / "news_middle_east_nov_2005.yml"
EGYPT_TIMELINE = RANK / "egypt_protest_first_days.yml"


def seeds_with(folder: Path, articles: list[Path]) -> Path:
    """``folder`` with a corpus of the seeds and ``articles``, no timeline yet."""
    shutil.copytree(ROOT / "corpus", folder / "corpus")
    for article in articles:
        shutil.copy(article, folder / "corpus" / article.name)
    return folder
SEED_WORLDVIEW = "000_3f670afbb6994cba.txt"
SEED_REUTERS = "004_e79f7a1425042016.txt"


@pytest.fixture(scope="session")
def nlp():
    return nlp_loader.load()


@pytest.fixture(scope="session")
def seed_extractions(nlp):
    articles, errors = read_corpus(CORPUS)
    assert errors == []
    return {x.article.file: x for x in extract_articles(articles, nlp)}


@pytest.fixture(scope="session")
def news():
    """AFP and Xinhua on the Middle East, 14-30 November 2005 (54 articles): do not change it."""
    return load(NEWS_TIMELINE)[1]


@pytest.fixture(scope="session")
def egypt():
    """The first days of the 2011 Egyptian protests (Timeline17): do not change it."""
    return load(EGYPT_TIMELINE)[1]
