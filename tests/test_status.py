"""Clauses that tell no happening (tests/fixtures/events/not_happenings.yml):
a judgement, a tentative plan, a state, a tally, news of the news make no event, nor does a
clause dated only by a count from a happening the text does not date; a
condition or a forecast someone states stays news."""
from __future__ import annotations

import pytest
import yaml
from conftest import FIXTURES

from generator.extract.article import extract_articles
from generator.extract.status import no_happening, opinion_said
from generator.read.corpus import parse_article

CASES = yaml.safe_load((FIXTURES / "events" / "not_happenings.yml").read_text(encoding="utf-8"))


def titles(nlp, case) -> list[str]:
    text = f"---\ntitle: A test\npublished: {case['published']}\n---\n{case['text']}"
    [extraction] = extract_articles([parse_article(f"{case['source']}.md", text)], nlp)
    return [e.title for e in extraction.events]


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_a_clause_that_tells_no_happening_makes_no_event(nlp, case):
    if "verb" in case:
        [verb] = [t for t in nlp(case["text"]) if t.text == case["verb"] and t.pos_ in ("VERB", "AUX")][-1:]
        assert no_happening(verb, case.get("value")) == case["reason"]
    found = titles(nlp, case)
    for words in case.get("absent", []):
        assert not any(words in t for t in found), found
    for words in case.get("kept", []):
        assert any(words in t for t in found), found


@pytest.mark.parametrize("text, lemma, said", [
    # a state acknowledged is an opinion said (AFP, 9 Apr 1997)
    ('But Velayati acknowledged on Wednesday that the German government is "independent" of its judiciary.', "acknowledge", True),
    # a state an official declares is news (Xinhua, 27 Nov 2005)
    ('"Based on reports we have received from the heads of districts and territorial election commissions, I can officially '
     'announce that the Chechen parliamentary elections are valid," Alkhanov told Interfax on Sunday.', "announce", False),
])
def test_a_state_said_is_an_opinion_unless_declared(nlp, text, lemma, said):
    [verb] = [t for t in nlp(text) if t.lemma_ == lemma]
    assert opinion_said(verb) is said
