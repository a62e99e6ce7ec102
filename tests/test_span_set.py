"""Span sets: whether an offset lies in a quotation, by bisection, answers as
reading every quotation would."""
from __future__ import annotations

from generator.extract.span_set import SpanSet

# Nested, overlapping, touching and empty spans, as well as apart ones.
AWKWARD = [(10, 20), (12, 15), (18, 25), (25, 30), (40, 40), (50, 51), (45, 44)]


def _agrees(spans: list[tuple[int, int]], positions: range) -> None:
    found = SpanSet(spans)
    for position in positions:
        assert (position in found) == any(s <= position < e for s, e in spans), position
        assert (position in found.widened(1, 1)) == any(s - 1 <= position <= e for s, e in spans), position
        assert (position in found.widened(-1, 0)) == any(s < position < e for s, e in spans), position


def test_awkward_spans_answer_as_a_scan_does():
    _agrees(AWKWARD, range(-2, 60))
    assert list(SpanSet(AWKWARD)) == AWKWARD


def test_seed_quotations_answer_as_a_scan_does(seed_extractions):
    for extraction in seed_extractions.values():
        spans = [part for quote in extraction.quotes for part in quote.spans]
        assert spans
        _agrees(spans, range(len(extraction.article.body) + 2))


def test_nothing_holds_no_offset():
    assert 0 not in SpanSet() and 5 not in SpanSet().widened(1, 1)
