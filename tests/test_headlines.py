"""Event mentions on sentences from real news: the headline of the act a
date dates (tests/fixtures/events/headlines.yml) and its status and date
(statuses.yml), with what must make no event at all."""
from __future__ import annotations

import pytest
import yaml
from conftest import FIXTURES

from generator.extract.article import extract_articles
from generator.extract.headline import quote_headline, shares_words
from generator.read.corpus import parse_article

EVENTS = FIXTURES / "events"
HEADLINES = yaml.safe_load((EVENTS / "headlines.yml").read_text(encoding="utf-8"))
STATUSES = yaml.safe_load((EVENTS / "statuses.yml").read_text(encoding="utf-8"))


def mentions(nlp, text: str, published) -> list:
    front = f"---\ntitle: A test\npublished: {published}\n---\n"
    [extraction] = extract_articles([parse_article("test.md", front + text)], nlp)
    return [e for e in extraction.events if e.form == "clause" or e.date is not None]


@pytest.mark.parametrize("case", HEADLINES, ids=[c["case"] for c in HEADLINES])
def test_headline_of_the_governing_clause(nlp, case):
    titles = [e.title for e in mentions(nlp, case["text"], case["published"])]
    if case.get("none"):
        assert titles == []
    for title in [case["title"]] if "title" in case else case.get("titles", []):
        assert title in titles
    for words in case.get("contains", []):
        assert any(words in t for t in titles), titles
    for words in case.get("absent", []):
        assert not any(words in t for t in titles), titles


@pytest.mark.parametrize("case", STATUSES, ids=[c["case"] for c in STATUSES])
def test_status_and_the_date_it_is_shown_on(nlp, case):
    found = [e for e in mentions(nlp, case["text"], case["published"]) if e.status == case["status"]]
    assert found, [(e.status, e.date, e.title) for e in mentions(nlp, case["text"], case["published"])]
    if "date" in case:
        assert str(case["date"]) in {e.date for e in found}
    if "title" in case:
        assert case["title"] in {e.title for e in found}


def test_a_quote_headline_is_the_speaker_and_the_opening_words():
    quote = "We are ready for any kind of meetings. But we don’t feel that Putin is ready to end this war."
    assert quote_headline("Volodymyr Zelensky", quote) == "Volodymyr Zelensky: “We are ready for any kind of meetings. But we don’t feel…”"
    assert quote_headline("X", "Short one,") == "X: “Short one”"


@pytest.mark.parametrize("title, sentence, same", [
    ("Iraq condemns Jordan's suicide bombings", "Iraq condemned on Thursday the three suicide bombing attacks on three hotels in Amman.", True),
    ("Major petrochemical complex opens in Iran", "President Rafsanjani inaugurated Iran's largest petrochemical complex on Monday.", True),
    ("German writer Stephan Hermlin dies aged 81", "Turkey and Israel boosted their ties to a strategic level last year.", False),
])
def test_an_article_title_is_offered_where_it_tells_the_lead(title, sentence, same):
    assert shares_words(title, sentence) is same
