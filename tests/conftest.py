"""Shared fixtures: the real spaCy model, loaded once, and the seed corpus
extracted once per test session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import nlp as nlp_loader
from generator.corpus import read_corpus
from generator.extract import extract_articles

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


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project (corpus, site sources, theme overrides, mkdocs.yml) to change freely."""
    shutil.copytree(CORPUS, tmp_path / "corpus")
    shutil.copytree(ROOT / "site_src", tmp_path / "site_src", ignore=shutil.ignore_patterns("index.md", "events", "people", "sources"))
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "generator").symlink_to(ROOT / "generator")
    for name in ("timeline.yml", "timeline.generated.yml"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path
