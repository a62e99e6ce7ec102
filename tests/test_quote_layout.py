"""Quotes by their layout: marks misplaced or doubled, short quotes laid out as speech, quoted words under a
reporting verb through a clause describing a noun; and titles that are not speech (PolNeAR, folds 1-4)."""
from __future__ import annotations

import pytest
from test_quotes import quotes_of

from generator.extract.quote_spans import scan_paragraph


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
    # Capitalised words are a title or slogan, whatever subject the parser finds in them, unless laid out as speech
    # (then the verb after the quote gives its speaker);
    # a quote never closed runs to its paragraph's end (Breitbart, Washington Post, West Journal, 2016).
    (["“The campaign goes on,” Kasich told a crowd in Berea, Ohio Tuesday night.",
      "Kasich’s speech was interrupted by a protester wearing clothes with Trump’s campaign logo — “Make America Great Again."],
     [("The campaign goes on,", "full", "Kasich"), ("Make America Great Again.", "not_speech", None)]),
    (["Jennifer Lopez's party anthem \"Let's Get Loud\" blared from the speakers."], [("Let's Get Loud", "not_speech", None)]),
    (["California Democratic Party chairman John Burton spoke in San Jose.",
      "“We’ve got a common enemy for almost anybody decent,” Burton told state delegates recently. “Donald Trump.”"],
     [("We’ve got a common enemy for almost anybody decent,", "full", "John Burton"), ("Donald Trump.", "full", "John Burton")]),
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


def test_quote_left_open_at_a_lines_end_continues_on_the_next_line_of_its_block(nlp):
    """Paragraphs one a line in one block (Huffington Post, 2016, PolNeAR fold 2): each line is a paragraph for the marks."""
    block = ("The worst of the rhetoric that circulates at Trump events can be divided into two general categories, Sexton said.\n"
             "“One I would describe as a casual country club-like hate,” Sexton said. “Trump events are outlets for people to come out "
             "and engage in hatred that society has kind of pushed aside — and they kind of revel in it.\n"
             "“There’s another side that’s kind of nihilistic — like wanting to burn everything down,” Sexton said. “I don’t know if it was "
             "cathartic or symptomatic. But it was obvious that so many were feeling it.”")
    assert [(text, kind) for text, kind, _ in quotes_of(nlp, block)] == [
        ("One I would describe as a casual country club-like hate,", "full"),
        ("Trump events are outlets for people to come out and engage in hatred that society has kind of pushed aside — and they kind of revel in it. … "
         "There’s another side that’s kind of nihilistic — like wanting to burn everything down,", "full"),
        ("I don’t know if it was cathartic or symptomatic. But it was obvious that so many were feeling it.", "full")]


@pytest.mark.parametrize("text, expected", [
    # A mark with nothing after it closes, whatever its glyph (Politico, 2015).
    ("“They can look at the polling data,” he said. “They see that. “", ["They can look at the polling data,", "They see that. "]),
    # A single mark left open was an apostrophe: the double quote after it stands (Breitbart, 2015).
    ("And how ‘bout this new headline from the Washington Post, which hits liberals where they live: “Surge in robberies on Capitol Hill alters residents’ routines, lifestyles.” The District will probably always be Donkey Party territory.",
     ["Surge in robberies on Capitol Hill alters residents’ routines, lifestyles."]),
    # An opening mark typed twice (Huffington Post, 2016); an empty straight-quoted value is no doubled mark.
    ("Hoff proposes similar language: ““Radical Islamic terrorism poses an existential threat to personal freedom.” He declined to comment.",
     ["Radical Islamic terrorism poses an existential threat to personal freedom."]),
    ('<tweet pic="" author="MartinOMalley" timestamp="1449075600">Enough is enough</tweet>.', ["", "MartinOMalley", "1449075600"]),
    # Single quotes that do close are quotes.
    ("She said ‘no’ and “yes ‘maybe’ there” ok", ["no", "yes ‘maybe’ there"]),
])
def test_misplaced_and_doubled_marks(text, expected):
    closed, open_quote, problems = scan_paragraph(text)
    assert [text[s:e] for s, e, _ in closed] == expected
    assert open_quote is None and problems == []
