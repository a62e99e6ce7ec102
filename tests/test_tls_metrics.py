"""The timeline summarization scores of benchmarks/keyevents.py, on tiny
timelines worked out by hand (the full run is `make bench-keyevents`)."""
from __future__ import annotations

import sys
from datetime import date

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import tls_metrics as m  # noqa: E402

D = {n: date(2011, 1, n) for n in range(1, 32)}


@pytest.mark.parametrize("text, expected", [
    ("Storm hits the coast", ("storm", "hit", "coast")),  # "the": ROUGE-1.5.5 stopword; "hits" stemmed
    ("The protesters protested in Cairo's Tahrir Square.", ("protest", "protest", "cairo", "tahrir", "squar")),
    ("BP's well-head was capped on 15 July", ("bp", "head", "cap", "15", "juli")),  # "well", "was", "on", "s": stopwords
    ("It is what it is.", ()),
])
def test_tokens_are_rouge_155_with_stemming_and_stopwords(text, expected):
    assert m.tokens(text) == expected


def test_date_prf_is_exact_day_match():
    prf = m.date_prf([D[1], D[2], D[3], D[4]], [D[2], D[4]])
    assert (prf.precision, prf.recall) == (0.5, 1.0)
    assert prf.f1 == pytest.approx(2 / 3)
    assert m.date_prf([], [D[1]]).f1 == 0.0


def test_same_day_same_text_scores_one():
    scores = m.align_rouge({D[1]: ["Storm hits coast."]}, {D[1]: ["The storm hit the coast."]})
    assert (scores[1].precision, scores[1].recall) == (1.0, 1.0)
    assert (scores[2].precision, scores[2].recall) == (1.0, 1.0)


def test_a_day_off_halves_the_matches_and_an_unmatched_gold_day_counts_in_recall():
    # pred 2 Jan -> gold 1 Jan (cost 0.5 * 0 = 0 beats 0.75 * 1), weight 1/2.
    # gold 1 Jan -> pred 2 Jan (weight 1/2), gold 5 Jan -> pred 2 Jan (weight 1/4, no match).
    pred = {D[2]: ["storm hit coast"]}
    gold = {D[1]: ["storm hit coast"], D[5]: ["flood"]}
    scores = m.align_rouge(pred, gold)
    assert scores[1].precision == pytest.approx(1.5 / 3)
    assert scores[1].recall == pytest.approx(1.5 / 4)
    assert scores[2].precision == pytest.approx(0.5 * 2 / 2)
    assert scores[2].recall == pytest.approx(0.5 * 2 / 2)  # "flood" has no bigram


def test_content_can_align_a_day_to_a_farther_day():
    # 3 Jan vs 2 Jan: (1 - 1/2) * (1 - 0) = 0.5; vs 5 Jan: (1 - 1/3) * (1 - 1) = 0.
    scores = m.align_rouge({D[3]: ["flood dam"]}, {D[2]: ["storm"], D[5]: ["flood dam"]})
    assert scores[1].precision == pytest.approx((2 / 3) / 2)


def test_many_predicted_days_may_align_to_one_gold_day():
    pred = {D[1]: ["a storm"], D[2]: ["storm"]}
    scores = m.align_rouge(pred, {D[1]: ["storm"]})
    assert scores[1].precision == pytest.approx((1 + 0.5) / 2)
    assert scores[1].recall == 1.0


def test_equal_costs_align_to_the_earlier_day():
    # Nothing shared: the cost is the date part only, 2 Jan and 4 Jan tie for 3 Jan.
    aligned = m.align_m1([D[3]], [D[2], D[4]], lambda a, b: 1 - 1 / (abs((a - b).days) + 1))
    assert aligned == {D[3]: D[2]}


def test_average_takes_f_of_the_averaged_p_and_r():
    avg = m.average([m.PRF(0.5, 1.0), m.PRF(1.0, 0.5)])
    assert (avg.precision, avg.recall, avg.f1) == (0.75, 0.75, 0.75)
