"""Mentions that make no line of the timeline of their own: reactions
(extract/reactions.py), hung under the happening they answer, and agendas
(combine/reactions.py), on sentences from real news
(tests/fixtures/events/reactions.yml). The Amman bombing's reactions, hung
under it, are in tests/test_cluster.py."""
from __future__ import annotations

import pytest
import yaml
from conftest import FIXTURES, ROOT

from generator import pipeline
from generator.combine.assemble import assemble
from generator.extract.article import extract_articles
from generator.extract.reactions import is_reaction
from generator.model import REACTION
from generator.project import Project
from generator.read.corpus import parse_article
from generator.render import markup as mk

REACTIONS = yaml.safe_load((FIXTURES / "events" / "reactions.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", REACTIONS, ids=[c["case"] for c in REACTIONS])
def test_a_reaction_is_told_by_its_verb_and_what_it_takes(nlp, case):
    verb = next(t for t in nlp(case["text"]) if t.text == case["verb"])
    assert is_reaction(verb) is case["reaction"]


def _timeline(nlp, published: str, text: str):
    article = parse_article("test.md", f"---\ntitle: A test\npublished: {published}\n---\n{text}")
    [extraction] = extract_articles([article], nlp)
    return extraction, assemble([extraction])


@pytest.mark.parametrize("published, text, agenda", [
    # AFP_ENG_19970412.0416: Hariri's diary in Canada
    ("1997-04-12", "The Lebanese prime minister will resume his normal activities Sunday, flying to Montreal for talks on "
                   "economic cooperation and meetings with members of the Lebanese community, officials said.", True),
    # XIN_ENG_20051111.0276: a report due, not a diary item
    ("2005-11-11", "Chief UN investigator Detlev Mehlis is scheduled to present a final report to the United Nations on the probe on Dec. 15.",
     False),
])
def test_a_routine_act_scheduled_for_later_is_no_event(nlp, published, text, agenda):
    extraction, timeline = _timeline(nlp, published, text)
    assert [m for m in extraction.events if m.status == "scheduled"]  # the mention is there, as scheduled
    assert (timeline.events == []) is agenda


def test_a_reaction_with_no_happening_to_answer_stays_an_event(nlp):
    # XIN_ENG_20051110.0090's lead alone: nothing else in the corpus to hang it under
    _, timeline = _timeline(nlp, "2005-11-10", "Iraq condemned on Thursday the three suicide bombing attacks on three hotels "
                                               "in the Jordanian capital of Amman last night which killed at least 57 people and injured hundreds.")
    assert [e.title for e in timeline.events if e.title.startswith("Iraq condemned")]


def test_a_reaction_is_shown_under_the_happening_on_its_page(tmp_path):
    project = Project(ROOT / "timeline.yml", ROOT / "corpus", tmp_path)
    timeline = pipeline.load_timeline(project)
    hosting = [(e, v) for e in timeline.events for v in e.sources if v.kind == REACTION]
    assert hosting  # the seed: Zelensky welcoming the Paris summit's decisions, under the summit
    pipeline.render(project)
    for event, evidence in hosting:
        page = (tmp_path / "events" / f"{event.id}.md").read_text(encoding="utf-8")
        assert f"*Reaction:* {mk.text(evidence.text)}" in page
        assert event.source_count == len({v.source for v in event.sources if v.kind != REACTION})
