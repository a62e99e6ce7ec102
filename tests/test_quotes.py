"""Quotes: spans by their marks, kinds, and speakers, on table cases and the seeds."""
from __future__ import annotations

import pytest

from generator.model import Block
from generator.mentions import collect_people
from generator.quote_spans import find_quotes, scan_paragraph
from generator.quotes import Paragraph, extract_quotes

from conftest import SEED_REUTERS, SEED_WORLDVIEW


@pytest.mark.parametrize("text, expected", [
    ('He said "we will win" today.', ["we will win"]),
    ("He said “we will win” today.", ["we will win"]),
    ("Putin warns troops would be ‘legitimate targets’ in Ukraine", ["legitimate targets"]),
    ("“I simply don’t see the point in [foreign troops'] presence,” he told", ["I simply don’t see the point in [foreign troops'] presence,"]),
    ("She said “he called it ‘a farce’ twice” later.", ["he called it ‘a farce’ twice"]),
    ("The three countries’ leaders don’t agree.", []),
])
def test_quote_spans_by_marks(text, expected):
    closed, open_quote, _ = scan_paragraph(text)
    assert [text[s:e] for s, e, _ in closed] == expected
    assert open_quote is None


def test_quote_running_over_paragraphs_is_one_quote():
    first, second = "“We will not stop here.", "“We will go on until the end,” he said."
    quotes, problems = find_quotes([(0, first), (30, second)])
    assert problems == []
    assert [q.parts for q in quotes] == [((1, len(first)), (31, 30 + second.index("”")))]


def test_unbalanced_mark_is_reported_for_its_paragraph_only():
    quotes, problems = find_quotes([(0, "He said “this never closes."), (40, "Then “this one does” fine.")])
    assert len(quotes) == 1 and quotes[0].start == 46
    assert problems == ["paragraph at character 0: quotation mark '“' is never closed; skipped"]


def quotes_of(nlp, *paragraphs: str):
    paras, offset = [], 0
    for text in paragraphs:
        paras.append(Paragraph(Block(offset, offset + len(text), "body"), nlp(text)))
        offset += len(text) + 2
    people = collect_people(paras)
    found, _ = extract_quotes(paras, people)
    return [(q.text, q.kind, q.speaker) for q in found]


@pytest.mark.parametrize("paragraphs, expected", [
    (["“We are ready for talks,” Volodymyr Zelensky said on Friday."], [("We are ready for talks,", "full", "Volodymyr Zelensky")]),
    (["Mark Rutte said, “It is not for them to decide.”"], [("It is not for them to decide.", "full", "Mark Rutte")]),
    (["Emmanuel Macron spoke in Paris.", "“We will stand by Ukraine,” he said."], [("We will stand by Ukraine,", "full", "Emmanuel Macron")]),
    (["Vladimir Putin said troops would be “legitimate targets” in Ukraine."], [("legitimate targets", "partial", "Vladimir Putin")]),
    (["France and Britain co-chair a “coalition of the willing.”"], [("coalition of the willing.", "not_speech", None)]),
    (["The “Coalition of the Willing” met again."], [("Coalition of the Willing", "not_speech", None)]),
    (["Having “rolled out the red carpet” for Vladimir Putin, Donald Trump later accused him."], [("rolled out the red carpet", "not_speech", None)]),
    (["Burton thinks that cats are “cuties”."], [("cuties", "not_speech", None)]),
    (["“We will win,” Volodymyr Zelensky said, “whatever it takes.”"], [("We will win, … whatever it takes.", "full", "Volodymyr Zelensky")]),
])
def test_kinds_and_speakers(nlp, paragraphs, expected):
    assert quotes_of(nlp, *paragraphs) == expected


def test_worldview_seed_full_quotes_and_speakers(seed_extractions):
    quotes = seed_extractions[SEED_WORLDVIEW].quotes
    full = [(q.text[:30], q.speaker) for q in quotes if q.kind == "full"]
    assert full == [
        ("If decisions are reached that ", "Vladimir Putin"),  # "he told an economic forum"
        ("I do not see much point. Why? ", "Vladimir Putin"),
        ("Why are we interested in what ", "Mark Rutte"),
    ]
    not_speech = {q.text.rstrip(",.") for q in quotes if q.kind == "not_speech"}
    assert not_speech == {"reassurance force", "Coalition of the Willing"}
    assert all(q.speaker is None for q in quotes if q.kind == "not_speech")


def test_reuters_seed_full_quotes_and_speakers(seed_extractions):
    quotes = seed_extractions[SEED_REUTERS].quotes
    full = [(q.text[:30], q.speaker) for q in quotes if q.kind == "full"]
    assert full == [
        ("Therefore, if some troops appe", "Vladimir Putin"),
        ("And if decisions are reached t", "Vladimir Putin"),  # stands alone in its paragraph
        ("Of course, Russia will impleme", "Vladimir Putin"),
        ("it will be practically impossi", "Vladimir Putin"),
        ("We are ready for any kind of m", "Volodymyr Zelenskiy"),
    ]
    scare = [q for q in quotes if q.text.startswith(("rolled out the red carpet", "coalition of the willing"))]
    assert [q.kind for q in scare] == ["not_speech", "not_speech"]


def test_every_quote_span_points_at_its_text(seed_extractions):
    for x in seed_extractions.values():
        for quote in x.quotes:
            assert x.article.body[quote.spans[0][0]:quote.spans[0][1]] == quote.text.split(" … ")[0]
