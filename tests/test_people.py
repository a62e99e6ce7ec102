"""People: one person however an outlet spells the name, namesakes kept apart."""
from __future__ import annotations

import pytest
from conftest import SEED_REUTERS, SEED_WORLDVIEW

from generator.combine.people import index_people
from generator.extract.mentions import collect_people
from generator.extract.people import name_key
from generator.model import Article, Block, Extraction, Paragraph, PersonRef


def test_transliterations_share_a_key():
    assert name_key("Zelensky") == name_key("Zelenskiy") == name_key("Zelenskyy")
    assert name_key("Volodymyr Zelensky") == name_key("Volodymyr Zelenskiy")
    assert name_key("Putin") != name_key("Zelensky")


def extraction(file: str, *refs: PersonRef) -> Extraction:
    article = Article(file, "", file, None, None, None, "none", None, ())
    return Extraction(article, (), (), (), refs)


def test_namesakes_with_different_given_names_stay_apart():
    people, where = index_people([
        extraction("a.md", PersonRef("John Smith", ("Smith",), None)),
        extraction("b.md", PersonRef("Jane Smith", (), "Mayor")),
    ], [])
    assert sorted(p.name for p in people) == ["Jane Smith", "John Smith"]
    assert where[("a.md", "John Smith")] != where[("b.md", "Jane Smith")]


def test_a_surname_alone_joins_the_one_full_name_it_can_mean():
    people, where = index_people([
        extraction("a.md", PersonRef("Zelenskyy", (), None)),
        extraction("b.md", PersonRef("Volodymyr Zelenskiy", ("Zelenskyy",), "Ukrainian President")),
    ], [])
    assert [(p.id, p.name, p.description) for p in people] == [("volodymyr-zelenskiy", "Volodymyr Zelenskiy", "Ukrainian President")]
    assert where[("a.md", "Zelenskyy")] == "volodymyr-zelenskiy"


def test_seed_people_are_one_record_each_with_titles(seed_extractions):
    people, _ = index_people([seed_extractions[SEED_WORLDVIEW], seed_extractions[SEED_REUTERS]], [])
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
