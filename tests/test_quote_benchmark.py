"""The hand-annotated quote set and the rules benchmarks/quotes.py scores by."""
from __future__ import annotations

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import quote_gold  # noqa: E402
from quotes import Found, score_article  # noqa: E402


def gold_problems(corpus: str) -> tuple[int, list[str]]:
    """How many articles of ``corpus`` ("dev" or "seeds") the gold set has,
    and the problems of their gold files."""
    articles = [a for a in quote_gold.load_gold() if a.corpus == corpus]
    return len(articles), [p for a in articles for p in quote_gold.check(a, quote_gold.body_of(a.path))]


def test_every_seed_gold_file_matches_its_article():
    assert gold_problems("seeds") == (2, [])


@pytest.mark.skipif(not quote_gold.NEWS.is_dir(), reason=f"the dev set's 51 articles are in the benchmark corpus, "
                    f"{quote_gold.NEWS}, which is not beside this clone")
def test_every_dev_gold_file_matches_its_article():
    assert gold_problems("dev") == (51, [])


BODY = '“We will win,” he said, “whatever it takes.” Critics called it a “farce”.'
SPLIT = ((1, 13), (24, 43))
GOLD = quote_gold.GoldArticle("a.md", "dev", ROOT, (
    quote_gold.GoldQuote("We will win, … whatever it takes.", SPLIT, "full", "Volodymyr Zelensky"),
    quote_gold.GoldQuote("farce", ((66, 71),), "not_speech", None),
))


@pytest.mark.parametrize("found, expected", [
    # (exact hits, overlap matches, speaker right, surname right, found)
    ([Found(SPLIT, "Volodymyr Zelenskiy")], (1, 1, 1, 1, 1)),  # spelling variants are one name
    ([Found(((0, 14), (23, 44)), "Zelensky")], (1, 1, 0, 1, 1)),  # marks trimmed; a surname alone is right only leniently
    ([Found(((24, 43),), "Zelensky"), Found(((1, 13),), None)], (0, 1, 0, 1, 2)),  # half of a split quote overlaps
    ([Found(SPLIT, "Mark Rutte")], (1, 1, 0, 0, 1)),
    ([Found(((66, 71),), None)], (0, 0, 0, 0, 1)),  # a scare quote taken for speech is a false positive
    ([], (0, 0, 0, 0, 0)),
])
def test_matching_rules(found, expected):
    assert BODY[1:13] == "We will win," and BODY[66:71] == "farce"
    assert score_article(GOLD, BODY, found) == expected
