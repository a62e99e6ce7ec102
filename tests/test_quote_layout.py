"""Quotes that are speech by their layout, however short, and titles that are not (PolNeAR, folds 1-4)."""
from __future__ import annotations

import pytest
from test_quotes import quotes_of


@pytest.mark.parametrize("paragraphs, expected", [
    # A sentence-opening quote ending in , ! or ? with a reporting verb right after its closing mark.
    (["Retired nurse Gisela Grimm spoke in Las Vegas.", "\"Safety,\" said Grimm, a Donald Trump supporter. \"Safety for the whole country, everybody.\""],
     [("Safety,", "full", "Gisela Grimm"), ("Safety for the whole country, everybody.", "full", "Gisela Grimm")]),
    (["“Out!” the crowd yelled."], [("Out!", "full", None)]),
    # A quote that is a sentence of its own after another one of its paragraph.
    (["Todd questioned Mike Pence about that position, but Pence was adamant.", "“It is a tough charge,” Pence said. “But, come on.”"],
     [("It is a tough charge,", "full", "Mike Pence"), ("But, come on.", "full", "Mike Pence")]),
    # Titles of shows before a comma inside a sentence, a reporting verb after them: no speech (Breitbart, Huffington Post, 2016).
    (["Sunday on CNN’s “Fareed Zakaria GPS,” when asked about Republican presidential nominee Donald Trump, President Barack Obama said he expected that Americans will say “no” to Trump’s policy measures."],
     [("Fareed Zakaria GPS,", "not_speech", None), ("no", "partial", "Barack Obama")]),
    (["Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name that appeared in his book was inaccurate."],
     [("This Week,", "not_speech", None)]),
])
def test_quotes_laid_out_as_speech(nlp, paragraphs, expected):
    assert quotes_of(nlp, *paragraphs) == expected
