"""First names' genders (gender-guesser's list) and names the model labelled
an organisation's that start with a first name (PolNeAR, folds 1-4)."""
from __future__ import annotations

import pytest

from generator.extract.mentions import collect_people
from generator.extract.name_genders import NameGender, name_gender
from generator.model import Block, Paragraph


@pytest.mark.parametrize("first_name, expected", [
    ("Carly", NameGender("f", True)),
    ("Sean", NameGender("m", True)),
    ("Kim", NameGender("f", False)),
    ("Jan", None),  # male over all countries, female in Britain
    ("Bernie", None),  # mostly female over all, mostly male in the USA
    ("Goldman", None),
    ("Kellyanne", None),
])
def test_name_gender(first_name, expected):
    assert name_gender(first_name) == expected


def people_of(nlp, *paragraphs: str) -> list[str]:
    paras, offset = [], 0
    for text in paragraphs:
        paras.append(Paragraph(Block(offset, offset + len(text), "body"), nlp(text)))
        offset += len(text) + 2
    return [p.name for p in collect_people(paras).people]


@pytest.mark.parametrize("paragraphs, person, expected", [
    # The model labels "Sean Hannity" an organisation (Politico, 2016).
    (["Nearly six months after erupting on Florida Sen. Marco Rubio for going after his attacks on Donald Trump, Fox News host Sean Hannity indicated Tuesday night that any bad blood from the bruising Republican primary has largely abated."],
     "Sean Hannity", True),
    # "Goldman" is no first name (Huffington Post, 2016).
    (["The former secretary of state earned more than $11 million delivering 51 speeches in 2014 and the first three months of 2015, according to The Washington Post. Her three speeches to employees of investment bank Goldman Sachs earned her a total of $675,000, and are causing a particular uproar."],
     "Goldman Sachs", False),
])
def test_names_labelled_organisations_that_start_with_a_first_name(nlp, paragraphs, person, expected):
    assert (person in people_of(nlp, *paragraphs)) is expected
