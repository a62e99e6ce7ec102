"""The PolNeAR benchmark's gold loader and scorer (benchmarks/polnear*.py), on a
hand-made article in tests/fixtures/polnear/ (no model, no shared data)."""
from __future__ import annotations

import sys

import pytest

from conftest import FIXTURES, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import polnear  # noqa: E402
import polnear_gold  # noqa: E402
from polnear_score import FoundQuote, score_article, totals  # noqa: E402
from speaker_kinds import Lexicon, Source, classify, resolve_sources  # noqa: E402
from speaker_match import same_organisation, same_person  # noqa: E402

FOLDER = FIXTURES / "polnear"
STEM = "quote_kinds_and_speakers"


@pytest.fixture(scope="module")
def article():
    [article] = polnear_gold.load_gold(FOLDER)
    return article


def _at(article, words):
    start = article.text.index(words)
    return start, start + len(words)


def test_the_first_annotator_is_read():
    assert polnear_gold.annotation_path(FOLDER, STEM).name == f"{STEM}_aaaa.ann"


def test_gold_quotes_kinds_and_speakers(article):
    got = [(article.text[q.start:q.end], q.kind, q.source_kind, q.speaker) for q in article.quotes]
    assert got == [
        ("We will win Ohio,", "whole", "person", "Hillary Clinton"),  # a family surname: the one the article names first
        ("And then we will win the country.", "whole", "person", "Hillary Clinton"),  # split quote: two whole stretches
        ("disaster", "partial", "pronoun", "Hillary Clinton"),  # quoted words in a paraphrase; "She" resolved
        ("more of the same.", "partial", "organisation", "Trump campaign"),
        ("Make America Great Again", "not_speech", "none", None),  # no attribution covers it
    ]
    assert article.quotes[0].family


@pytest.mark.parametrize("text, stretches", [
    ('He said “we “won” it” today.', ["we “won” it"]),  # double marks nested in a quote stay inside it
    ('“First,” he said,” second.”', ["First,", " second."]),  # an opening mark typed as a closing one
    ('“One paragraph\n\n“and the next.”', ["One paragraph", "and the next."]),  # a quote over paragraphs
    ('“Unclosed\n\nplain text', ["Unclosed"]),
    ("It's 6’2” tall.", []),
    # A straight mark spaced on both sides closes the quote open (Washington Post, 2015: PolNeAR, a development fold).
    ('"They search for something he might have said 30 years ago and treat it like, \'Oh, this is important,\' " Magel said at Monday\'s rally. "But you have Hillary and Obama lying their [expletive] off right now and no big deal."',
     ["They search for something he might have said 30 years ago and treat it like, 'Oh, this is important,' ",
      "But you have Hillary and Obama lying their [expletive] off right now and no big deal."]),
])
def test_quoted_stretches(text, stretches):
    found, _ = polnear_gold.find_stretches(text)
    assert [text[s:e] for s, e in found] == stretches


@pytest.mark.parametrize("source, expected", [
    ("he", ("pronoun", None)),
    ("the Clinton campaign", ("organisation", "Clinton campaign")),
    ("a Clinton spokesman", ("organisation", "Clinton spokesman")),
    ("the report", ("organisation", "report")),
    ("CNN", ("organisation", "CNN")),
    ("House Speaker Paul Ryan", ("person", "Paul Ryan")),
    ("Jeff Weaver, Sanders’ campaign manager,", ("person", "Jeff Weaver")),
    ("the GOP nominee, Donald Trump,", ("person", "Donald Trump")),
    ("a Trump supporter", ("other", None)),
    # A voice is an organisation's where its owner is written; with none, the text names nobody.
    ("one Clinton aide", ("organisation", "Clinton aide")),
    ("his campaign", ("organisation", "campaign")),
    ("Hillary Clinton’s aides", ("organisation", "Hillary Clinton’s aides")),
    ("one former campaign staffer", ("organisation", "former campaign staffer")),
    ("a State Department official", ("organisation", "State Department official")),
    ("a top aide", ("other", None)),
    ("One intelligence source", ("other", None)),
    ("Aides", ("other", None)),
    ("the source", ("other", None)),
    ("Her chief policy aide, Jake Sullivan,", ("person", "Jake Sullivan")),
    # A head ending in another common noun is someone described, whatever its capitals.
    ("the Senate minority leader", ("other", None)),
    ("a Pentagon readout", ("organisation", "Pentagon readout")),
    ("they", ("other", None)),
    (None, ("none", None)),
])
def test_source_kinds(source, expected):
    assert classify(source) == expected


@pytest.mark.parametrize("gold, found, same", [
    ("Hillary Clinton", "Hillary Clinton", True),
    ("Hillary Clinton", "Clinton", True),  # a surname alone is not refused
    ("Hillary Clinton", "Bill Clinton", False),
    ("Hillary Rodham Clinton", "Hillary Clinton", True),
    ("Spokeswoman Haley Morris", "Haley Morris", True),
    ("Staff Katie Walsh", "Katie Walsh", True),  # a word the title list misses
    ("Understated Perez", "Thomas Perez", False),
    ("Hillary Clinton", None, False),
])
def test_same_person(gold, found, same):
    assert same_person(gold, found) is same


def test_same_organisation():
    assert same_organisation("a Clinton spokesman", "Clinton campaign")
    assert same_organisation("the report", "the report")
    assert not same_organisation("The Washington Post", "Washington Examiner")
    assert same_organisation("the DNC", "Democratic National Committee")  # an acronym is the name it abbreviates
    assert not same_organisation("the DNC", "Republican National Committee")
    # Words compared by name key on both sides ("network" folds to "netvork"), possessives and
    # sentence-initial determiners dropped, weekdays no names (PolNeAR Sources, folds 1-4).
    assert same_organisation("the network", "CNN network")
    assert same_organisation("Powell’s office", "Colin Powell office")
    assert not same_organisation("Powell’s office", "Hillary Clinton office")
    assert same_organisation("One Clinton spokesman", "Hillary Clinton spokesman")
    assert same_organisation("a Wednesday editorial in The Des Moines Register", "Des Moines Register editorial")
    assert not same_organisation("the newspaper", "Des Moines Register editorial")
    assert same_organisation("People's Daily newspaper", "People's Daily")  # a possessive dropped on both sides
    # An owner's name without the titles and offices before it, as a person's (PolNeAR, Politico 2016).
    assert same_organisation("New Hampshire Sen. Kelly Ayotte’s campaign", "Kelly Ayotte campaign")
    assert not same_organisation("New Hampshire Sen. Kelly Ayotte’s campaign", "Susan Collins campaign")
    assert not same_organisation("the White House's spokesman", "Obama spokesman")


@pytest.mark.parametrize("role, right", [("campaign", 1), (None, 0)])
def test_an_organisation_speaker_is_given_with_its_voice(role, right):
    """ "the campaign" said it: Hillary Clinton, role "campaign", names it; Hillary Clinton alone does not."""
    text = "Hillary Clinton spoke. \"We will win,\" the campaign said."
    start = text.index("We will")
    gold = polnear_gold.GoldQuote(start, start + len("We will win,"), "whole", "E1", "the campaign", "organisation", "campaign")
    found = FoundQuote(((start, start + len("We will win,")),), "Hillary Clinton", "full", role)
    counts, _ = score_article(polnear_gold.GoldArticle("a", text, (gold,)), [found])
    assert totals([counts]).rate("organisation") == (right, 1)


def test_scorer(article):
    text = article.text
    found = [
        FoundQuote((_at(article, "We will win Ohio,"), _at(article, "And then we will win the country")), "Hillary Clinton", "full"),
        FoundQuote((_at(article, "disaster"),), None, "not_speech"),  # counts as not found
        FoundQuote((_at(article, "the speech was “more of the same"),), "Trump campaign", "partial"),  # longer: overlap only
        FoundQuote((_at(article, "Make America Great Again"),), "Donald Trump", "full"),
    ]
    counts, errors = score_article(article, found)
    figures = totals([counts])
    # marks and end punctuation trimmed; the slogan taken for speech is a false positive of its own kind
    assert figures.prf("whole", "exact") == (pytest.approx(2 / 3), 1.0, pytest.approx(0.8))
    assert figures.prf("partial", "exact") == (0.0, 0.0, 0.0)
    assert figures.prf("partial", "matched") == (1.0, 0.5, pytest.approx(2 / 3))
    assert figures.person() == (1.0, 1.0, 1.0)
    assert figures.rate("pronoun") == (0, 1)
    assert figures.rate("organisation") == (1, 1)
    assert (counts["not speech taken as speech"], counts["not speech given a speaker"]) == (1, 1)
    assert sorted(e.category for e in errors) == [
        "missed quote: partial; found but labelled not_speech",
        "not-speech given a speaker",
        "span mismatch: partial; ours longer",
    ]
    assert text  # the scorer read the article's own text


def test_folds_are_stable_and_fold_zero_is_held_out():
    assert polnear.TEST_FOLD == 0
    assert polnear.fold_of(STEM) == polnear.fold_of(STEM) in range(polnear.FOLDS)



@pytest.mark.parametrize("headline, referent", [(False, "Thomas Perez"), (True, "Understated Perez")])
def test_names_of_the_title_are_no_people(headline, referent):
    """The first gold (``headline``) took "Understated Perez" of a title for a
    person, and for the one "Perez" and "he" stand for (Washington Post, 2016, PolNeAR)."""
    text = "Understated Perez Raises Political Profile\n\nLabor Secretary Thomas Perez spoke in Cleveland.\n\nPerez talks about growing up in Buffalo. \"It frankly breaks my heart,\" he says.\n"
    surname, pronoun = text.index("Perez talks"), text.index("he says")
    sources = [Source("E1", ((surname, surname + 5),)), Source("E2", ((pronoun, pronoun + 2),))]
    resolved = resolve_sources(text, sources, Lexicon(first_names=frozenset({"Thomas"})), headline)
    assert [(r.kind, r.speaker) for r in resolved.values()] == [("person", referent), ("pronoun", referent)]
