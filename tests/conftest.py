"""Shared fixtures: the real spaCy model, loaded once, and the seed corpus
extracted once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import nlp as nlp_loader
from generator.read.corpus import read_corpus
from generator.extract.article import extract_articles

# A copy of the project to change, the built site, served, and one headless
# Chromium per session.
pytest_plugins = ["site_fixtures"]

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
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

