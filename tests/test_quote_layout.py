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


@pytest.mark.parametrize("paragraphs, expected", [
    # Quoted words in a clause the parser hangs under a noun, below a reporting verb (PolNeAR, folds 1-4).
    (["Trump called the system “rigged” in a tweet Tuesday."], [("rigged", "partial", "Trump")]),
    (["Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month aimed at improving conditions in Central America, said in a statement that the "
      "announcements were “important preliminary steps to treating those escaping violence in Central America as the refugees they are.”"],
     [("important preliminary steps to treating those escaping violence in Central America as the refugees they are.", "partial", "Zoe Lofgren")]),
    # A to-clause describing a noun, holding a term: the noun's owner's words, not the reporting verb's subject (seed article).
    (["Russian President Vladimir Putin has firmly rejected Western proposals to deploy a “reassurance force” in Ukraine."],
     [("reassurance force", "not_speech", None)]),
])
def test_quoted_words_under_a_noun_clause(nlp, paragraphs, expected):
    assert quotes_of(nlp, *paragraphs) == expected
