"""The TempEval-3 benchmark's reading of TimeML and its scoring, on a small
hand-made document (the full run is benchmarks/tempeval.py)."""
from __future__ import annotations

import importlib.util
import sys
from datetime import date

import pytest
from conftest import FIXTURES, ROOT

_spec = importlib.util.spec_from_file_location("tempeval", ROOT / "benchmarks" / "tempeval.py")
tempeval = sys.modules["tempeval"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tempeval)

SAMPLE = FIXTURES / "timeml" / "dct_and_three_timexes.tml"


def test_timeml_is_read_as_plain_text_with_gold_offsets():
    doc = tempeval.read_timeml(SAMPLE)
    assert (doc.docid, doc.dct) == ("sample_0001", date(1989, 10, 27))
    assert doc.text.startswith("\nProfits & sales rose in the third quarter")  # tags removed, entities decoded
    assert [(doc.text[g.start:g.end], g.value) for g in doc.gold] == [
        ("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3"), ("yesterday", "1989-10-26"),
    ]


def span(doc, text: str, value: str | None, cut: int = 0):
    start = doc.text.index(text)
    return tempeval.Span(start + cut, start + len(text), text[cut:], "DATE", value)


@pytest.mark.parametrize("system, strict, relaxed, values", [
    # exact spans, right values
    (lambda d: [span(d, "the third quarter", "1989-Q3"), span(d, "a year earlier", "1988-Q3"), span(d, "yesterday", "1989-10-26")], 3, 3, 3),
    # "third quarter" without "the" overlaps: relaxed, not strict
    (lambda d: [span(d, "the third quarter", "1989-Q3", cut=4), span(d, "yesterday", "1989-10-26")], 1, 2, 2),
    # a wrong value and a false alarm ("Profits")
    (lambda d: [span(d, "a year earlier", "1988"), span(d, "Profits", None)], 1, 1, 0),
])
def test_scoring_counts_strict_relaxed_and_value_matches(system, strict, relaxed, values):
    doc = tempeval.read_timeml(SAMPLE)
    found = system(doc)
    tally, errors = tempeval.score([doc], {doc.docid: found})
    assert (tally.strict_gold, tally.relaxed_gold, tally.value_correct) == (strict, relaxed, values)
    assert tally.system == len(found) and tally.gold == 3
    assert len([e for e in errors if e.kind == "missed"]) == 3 - relaxed


def test_documents_are_fed_as_story_text_from_their_first_line():
    doc = tempeval.read_timeml(SAMPLE)
    article = tempeval.parse_article(doc.docid, tempeval.as_article(doc))
    assert article.published == doc.dct
    assert article.body == doc.text
    assert [(b.start, b.end) for b in article.text_blocks()] == [(1, len(doc.text) - 1)]
    assert tempeval.unread([doc]) == 0
