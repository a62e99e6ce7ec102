"""An event with no date of its own (tests/fixtures/events/report_dates.yml):
dated by a report of it, at the latest, not as if the report's day were its
own; and the event's date and basis by vote across its mentions."""
from __future__ import annotations

from datetime import date

import pytest
import yaml
from conftest import FIXTURES

from generator.combine.dating import event_date
from generator.extract.article import extract_articles
from generator.model import Sourced
from generator.read.corpus import parse_article

CASES = yaml.safe_load((FIXTURES / "events" / "report_dates.yml").read_text(encoding="utf-8"))


def mentions(nlp, case):
    text = f"---\ntitle: A test\npublished: {case['published']}\n---\n{case['text']}"
    [extraction] = extract_articles([parse_article(case["file"], text)], nlp)
    return extraction.events


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_an_act_dated_by_its_report_is_reported_then_at_the_latest(nlp, case):
    found = [m for m in mentions(nlp, case) if case["event"] in m.title]
    assert found, [m.title for m in mentions(nlp, case)]
    assert (found[0].date_basis, found[0].date) == (case["basis"], case["date"])


def sourced(mention, source: str, order: int, published: date | None = None) -> Sourced:
    return Sourced(source, order, mention, frozenset(), None, (), published=published)


def test_a_stated_date_beats_a_report_and_the_earliest_report_dates_the_rest(nlp):
    [reported] = [m for m in mentions(nlp, CASES[0]) if CASES[0]["event"] in m.title]
    [stated] = [m for m in mentions(nlp, CASES[3]) if CASES[3]["event"] in m.title]
    assert event_date([sourced(reported, "a", 0, date(1997, 2, 12)), sourced(stated, "c", 1, date(1997, 4, 15))]) == ("1997-04-15", "text")
    assert event_date([sourced(reported, "a", 0, date(1997, 2, 12))]) == ("1997-02-08", "reported")
