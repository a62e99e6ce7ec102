"""People: one person however an outlet spells the name, namesakes kept apart."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from conftest import SEED_REUTERS, SEED_WORLDVIEW

from generator.combine.entities import index_entities
from generator.extract.mentions import collect_people
from generator.extract.people import name_key
from generator.model import Article, Block, EntityRef, Extraction, Paragraph, Timeline


def test_transliterations_share_a_key():
    assert name_key("Zelensky") == name_key("Zelenskiy") == name_key("Zelenskyy")
    assert name_key("Volodymyr Zelensky") == name_key("Volodymyr Zelenskiy")
    assert name_key("Putin") != name_key("Zelensky")


def extraction(file: str, *refs: EntityRef) -> Extraction:
    article = Article(file, "", file, None, None, None, "none", None, ())
    return Extraction(article, (), (), (), refs)


def index_people(extractions: list[Extraction]):
    """People across extractions, and (file, name) → person id."""
    entities = index_entities(extractions, Timeline(""))
    return entities.people, {(file, name): pid for (file, kind, name), pid in entities.ids.items() if kind == "person"}


def test_namesakes_with_different_given_names_stay_apart():
    people, where = index_people([
        extraction("a.md", EntityRef("John Smith", ("Smith",), None)),
        extraction("b.md", EntityRef("Jane Smith", (), "Mayor")),
    ])
    assert sorted(p.name for p in people) == ["Jane Smith", "John Smith"]
    assert where[("a.md", "John Smith")] != where[("b.md", "Jane Smith")]


def test_a_surname_alone_joins_the_one_full_name_it_can_mean():
    people, where = index_people([
        extraction("a.md", EntityRef("Zelenskyy", (), None)),
        extraction("b.md", EntityRef("Volodymyr Zelenskiy", ("Zelenskyy",), "Ukrainian President")),
    ])
    assert [(p.id, p.name, p.description) for p in people] == [("volodymyr-zelenskiy", "Volodymyr Zelenskiy", "Ukrainian President")]
    assert where[("a.md", "Zelenskyy")] == "volodymyr-zelenskiy"


def test_seed_people_are_one_record_each_with_titles(seed_extractions):
    people, _ = index_people([seed_extractions[SEED_WORLDVIEW], seed_extractions[SEED_REUTERS]])
    by_id = {p.id: p for p in people}
    zelensky = by_id["volodymyr-zelensky"]
    assert {"Zelensky", "Zelenskyy", "Volodymyr Zelenskiy"} <= set(zelensky.aliases)
    assert zelensky.description == "Ukrainian President"
    assert by_id["vladimir-putin"].description == "Russian President"
    assert by_id["mark-rutte"].description == "NATO Secretary-General"
    assert not any("Zelensk" in p.name for p in people if p.id != "volodymyr-zelensky")


def people_of(nlp, *paragraphs: str) -> list[tuple[str, str | None]]:
    paras, offset = [], 0
    for text in paragraphs:
        paras.append(Paragraph(Block(offset, offset + len(text), "body"), nlp(text)))
        offset += len(text) + 2
    return sorted((p.name, p.description) for p in collect_people(paras).people)


@pytest.mark.parametrize("paragraphs, expected", [
    # A name the article writes after "the" more often than not is a thing's (T17 bpoil, Guardian and BBC).
    (["But BP boss Tony Hayward said the firm was not to blame for the accident which sank the Deepwater Horizon rig on 22 April, causing the slick.",
      "Deepwater Horizon survivors testified.",
      "He also defended the administration's response to the 20 April explosion that destroyed the Deepwater Horizon rig."],
     [("Tony Hayward", "BP boss")]),
    # A given name alone joins the one full name it starts; namesakes stay apart.
    (["Vladimir Chernenko and Zynaida Chernenko met reporters.", "Vladimir said he was happy."],
     [("Vladimir Chernenko", None), ("Zynaida Chernenko", None)]),
    # A surname two people share is nobody.
    (["Vladimir Chernenko and Zynaida Chernenko met reporters.", "Chernenko said they were happy."],
     [("Vladimir Chernenko", None), ("Zynaida Chernenko", None)]),
    # The fuller form written elsewhere completes a name the model missed.
    (["Master of ceremonies Eamonn Holmes underlined his importance.", "Belfast-born broadcaster Holmes called Best a genius."],
     [("Eamonn Holmes", "broadcaster")]),
    # Titles and appositives describe; ages do not.
    (["NATO Secretary-General Mark Rutte said Russia had no veto."], [("Mark Rutte", "NATO Secretary-General")]),
    (["“I talk to my friends,” said 18-year-old Dimitry Chernenko."], [("Dimitry Chernenko", None)]),
    (["“We sit all together,” said 16-year-old Lyudmila."], [("Lyudmila", None)]),
    # Transliterations are one person.
    (["Ukrainian President Volodymyr Zelenskiy spoke on Friday.", "Zelenskyy said he was ready."], [("Volodymyr Zelenskiy", "Ukrainian President")]),
])
def test_people_of_one_article(nlp, paragraphs, expected):
    assert people_of(nlp, *paragraphs) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # Scores, places and bare titles are not people (AFP, news benchmark corpus).
    (["Syria, together with Kyrgyzstan which tied with Tajikistan 2-2 earlier on Friday, is also able to stay in Doha as runner-up of Gruop B."], []),
    (["Turnout quickened throughout the day, with voting strong in the Shiite south and in Sunni Arab districts."], []),
    (["The Prime Minister said he expected Bulgaria to contribute to the security and stability of southeast Europe."], []),
    (["Israel Radio said the army had completed its withdrawal from the town."], []),
    # A regnal title makes a whole name: King Hussein is not a Hussein.
    (["Palestinian President Yasser Arafat headed for Jordan on Wednesday for talks with King Hussein on the stalemated peace process."],
     [("King Hussein", None), ("Yasser Arafat", "Palestinian President")]),
    # A name the model misses after a place's possessive (the seed WorldView article); "Putin", only ever at a
    # sentence start, is a person because he speaks ("says").
    (["Putin, who met with China’s Xi Jinping and North Korean leader Kim Jong Un this week, says the Russian military is advancing on all fronts in Ukraine."],
     [("Kim Jong Un", "North Korean leader"), ("Putin", None), ("Xi Jinping", None)]),
])
def test_people_are_people(nlp, paragraphs, expected):
    assert people_of(nlp, *paragraphs) == expected


def dated(file: str, published: str, *refs: EntityRef) -> Extraction:
    article = Article(file, "", file, None, None, date.fromisoformat(published), "front matter", None, ())
    return Extraction(article, (), (), (), refs)


def test_a_surname_alone_joins_the_namesake_its_context_agrees_with():
    people, where = index_people([
        dated("1997.md", "1997-04-01", EntityRef("King Hussein", ("Hussein",), None), EntityRef("Yasser Arafat", (), None)),
        dated("2005.md", "2005-12-01", EntityRef("Saddam Hussein", ("Hussein",), "ousted Iraqi president"), EntityRef("Raed Juhi", (), None)),
        dated("1997b.md", "1997-04-02", EntityRef("Hussein", (), None), EntityRef("Yasser Arafat", (), None)),
        dated("2006.md", "2006-01-10", EntityRef("Hussein", (), "Iraqi president")),
    ])
    assert sorted(p.name for p in people) == ["King Hussein", "Raed Juhi", "Saddam Hussein", "Yasser Arafat"]
    assert where[("1997b.md", "Hussein")] == where[("1997.md", "King Hussein")] == "king-hussein"
    assert where[("2006.md", "Hussein")] == where[("2005.md", "Saddam Hussein")] == "saddam-hussein"


def test_a_surname_alone_with_no_context_for_either_namesake_is_nobody_of_them():
    people, where = index_people([
        dated("a.md", "1997-04-01", EntityRef("King Hussein", (), None)),
        dated("b.md", "2005-12-01", EntityRef("Saddam Hussein", (), None)),
        dated("c.md", "2001-06-01", EntityRef("Hussein", (), None)),
    ])
    assert where[("c.md", "Hussein")] not in (where[("a.md", "King Hussein")], where[("b.md", "Saddam Hussein")])


def test_a_name_most_articles_found_an_organisation_is_one_everywhere():
    """"BP" (the BP oil spill topic of Timeline17): an organisation in most articles, a person in a few."""
    bp = EntityRef("BP", (), None)
    as_organisation = [replace(extraction(file), organisations=(bp,)) for file in ("a.md", "b.md")]
    extractions = [*as_organisation, extraction("c.md", bp)]
    entities = index_entities(extractions, Timeline(""))
    assert entities.people == [] and [o.name for o in entities.organisations] == ["BP"]
    assert entities.id_of("c.md", "BP") == entities.id_of("a.md", "BP", "organisation") == entities.organisations[0].id
