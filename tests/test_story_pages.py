"""Paragraphs of a crawled page off the corpus's story
(generator/combine/story_pages.py), on real BBC pages of Timeline17's
Michael Jackson topic (tests/fixtures/story_pages/): a schools' news roundup
and a radio show's page that carry one item on the story among others, and
eight reports of the story."""
from __future__ import annotations

import pytest
from conftest import FIXTURES

from generator.rank.importance import central_entities
from generator.combine.story import MIN_ARTICLES, off_pages
from generator.combine.story_pages import off_paragraphs, story_words
from generator.read.corpus import read_corpus

PAGES = FIXTURES / "story_pages"


@pytest.fixture(scope="module")
def articles():
    found, errors = read_corpus(PAGES)
    assert errors == []
    return {a.file: a for a in found}


@pytest.fixture(scope="module")
def story(articles):
    return story_words(articles.values())


def test_the_story_s_words_are_learnt_from_the_articles(story):
    assert {"jackson", "murray", "manslaughter", "propofol"} <= story.keys()
    assert "bbc" not in story  # the outlet: how the story is told, not what it is about
    assert "said" not in story  # common in any news


def test_the_story_s_central_names_weigh_as_its_first_word(articles, story):
    named = story_words(articles.values(), ["Conrad Murray", "BBC"])
    assert named["conrad"] == named["murray"] == max(story.values())
    assert "bbc" not in named


def off_texts(articles, story, file: str) -> list[str]:
    article = articles[file]
    return [article.body[start:end] for start, end in off_paragraphs(article, story)]


@pytest.mark.parametrize("page, opening, off", [
    ("roundup_for_schools.md", "One year on from the Haiti earthquake", True),
    ("roundup_for_schools.md", "BBC reporter Nick Bryant is there", True),
    ("roundup_for_schools.md", "There's also been severe flooding in Sri Lanka.", True),
    ("roundup_for_schools.md", "And for today's question: how fast does the average sneeze travel?", True),
    # The item on the story, and the two paragraphs after it, which may go on with it.
    ("roundup_for_schools.md", "And Michael Jackson's doctor is officially accused over his death.", False),
    ("roundup_for_schools.md", "But first -- there's no let up in Australia", False),
    ("roundup_for_schools.md", "People are fleeing to evacuation centres", False),
    ("radio_show_page.md", "We give a lesson in ladder safety.", False),
    ("radio_show_page.md", "If you have a comment on any of the stories on today's show", True),
    # "sons that died in conflict": "died" alone weighs too little to name the story.
    ("radio_show_page.md", "THE SONGS MY SON LOVED", True),
    ("radio_show_page.md", "In the Michael Jackson trial, his doctor Conrad Murray has been found guilty", False),
    ("radio_show_page.md", "Was Michael Jackson unlawfully killed or did he self destruct?", False),
])
def test_a_mixed_page_is_judged_paragraph_by_paragraph(articles, story, page, opening, off):
    assert any(text.startswith(opening) for text in off_texts(articles, story, page)) == off
    assert opening in articles[page].body


def test_a_page_about_the_story_keeps_every_paragraph(articles, story):
    reports = [file for file in articles if file.startswith("report_")]
    assert len(reports) == 8
    for file in reports:
        assert off_paragraphs(articles[file], story) == [], file


def test_a_small_corpus_tells_no_story_to_judge_pages_by(articles, news):
    assert len(articles) < MIN_ARTICLES
    assert off_pages(news, list(articles.values()), central_entities(news, news.events)) == set()
