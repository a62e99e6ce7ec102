"""Temporal expressions: every written form, normalized against a publication
date (and the reference time), as TIMEX3 types, values and modifiers."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import SEED_REUTERS, SEED_WORLDVIEW

from generator.extract.article import extract_articles
from generator.extract.timex import REFERENCES, find_full_dates, tag
from generator.extract.timex.numbers import parse_number, parse_year_words
from generator.model import dates
from generator.read.corpus import parse_article

DCT = date(2025, 9, 6)  # a Saturday


def tagged(nlp, text: str, dct: date | None = DCT, reference: str | None = None):
    return [(t.text, t.value) for t in tag(nlp(text), dct, reference=reference)]


def one(nlp, text: str, dct: date | None = DCT):
    [timex] = tag(nlp(text), dct)
    return timex


@pytest.mark.parametrize("text, expected", [
    # absolute dates in every common written form
    ("It happened on 5 September, 2025 in Vladivostok.", [("5 September, 2025", "2025-09-05")]),
    ("It happened on September 5, 2025.", [("September 5, 2025", "2025-09-05")]),
    ("It happened on Friday, September 5, 2025.", [("Friday, September 5, 2025", "2025-09-05")]),
    ("It happened on Sept. 5 in Vladivostok.", [("Sept. 5", "2025-09-05")]),
    ("It happened on the 5th of September.", [("the 5th of September", "2025-09-05")]),
    ("The form was dated 09/05/2025.", [("09/05/2025", "2025-09-05")]),
    ("The form was dated 25/12/2024.", [("25/12/2024", "2024-12-25")]),
    ("The file is stamped 2025-09-05.", [("2025-09-05", "2025-09-05")]),
    ("Sales fell in September 2025.", [("September 2025", "2025-09")]),
    ("Sales fell in January this year.", [("January this year", "2025-01")]),
    ("Music changed in the 1990s.", [("the 1990s", "199")]),
    ("Music changed in the '80s.", [("the '80s", "198")]),
    ("Music changed in the nineties.", [("the nineties", "199")]),
    ("It was built in the 11th century.", [("the 11th century", "10")]),
    ("He was born in 1956.", [("1956", "1956")]),
    ("In nineteen ninety-six he left.", [("nineteen ninety-six", "1996")]),
    ("They promised it by the year two thousand.", [("the year two thousand", "2000")]),
    ("It was a cold spring 2024.", [("spring 2024", "2024-SP")]),
    ("Sales in fiscal 1989 rose.", [("fiscal 1989", "1989")]),
    ("Profit rose in the third quarter of 2024.", [("the third quarter of 2024", "2024-Q3")]),
    ("Profit rose in Q3 2024.", [("Q3 2024", "2024-Q3")]),
    ("Profit rose in the first half of 2024.", [("the first half of 2024", "2024-H1")]),
    # weekdays resolved by the tense of their verb
    ("Putin warned on Friday that troops would be targets.", [("Friday", "2025-09-05")]),
    ("Putin spoke on Monday.", [("Monday", "2025-09-01")]),
    ("The leaders will meet on Monday in Paris.", [("Monday", "2025-09-08")]),
    ("The leaders are meeting on Tuesday.", [("Tuesday", "2025-09-09")]),
    ("They met last Friday.", [("last Friday", "2025-09-05")]),
    ("They meet next Friday.", [("next Friday", "2025-09-12")]),
    ("The offer expired Friday evening.", [("Friday evening", "2025-09-05TEV")]),
    # relative to the publication date
    ("He left yesterday.", [("yesterday", "2025-09-05")]),
    ("He leaves today.", [("today", "2025-09-06")]),
    ("He leaves tomorrow.", [("tomorrow", "2025-09-07")]),
    ("He spoke this morning.", [("this morning", "2025-09-06TMO")]),
    ("He spoke last night.", [("last night", "2025-09-05TNI")]),
    ("They met last week.", [("last week", "2025-W35")]),
    ("Putin met Xi this week.", [("this week", "2025-W36")]),
    ("They meet next week.", [("next week", "2025-W37")]),
    ("They met in Alaska last month.", [("last month", "2025-08")]),
    ("Prices rose earlier this month.", [("earlier this month", "2025-09")]),
    ("Prices rose earlier this year.", [("earlier this year", "2025")]),
    ("Elections are due next year.", [("next year", "2026")]),
    ("Sales fell last year.", [("last year", "2024")]),
    ("Sales fell last quarter.", [("last quarter", "2025-Q2")]),
    ("Sales fell in the past decade.", [("the past decade", "201")]),
    ("They talked over the weekend.", [("the weekend", "2025-W36-WE")]),
    ("They talked last weekend.", [("last weekend", "2025-W35-WE")]),
    # months and days without a year: by tense, or ahead for a deadline
    ("Trump took office in January.", [("January", "2025-01")]),
    ("The talks will resume in January.", [("January", "2026-01")]),
    ("The offer was extended to Nov. 20.", [("Nov. 20", "2025-11-20")]),
    ("The dividend is payable Dec. 1.", [("Dec. 1", "2025-12-01")]),
    ("Profit rose in the third quarter.", [("the third quarter", "2025-Q3")]),
    ("Third-quarter profit rose.", [("Third-quarter", "2025-Q3")]),
    ("Profit fell in the latest quarter.", [("the latest quarter", "2025-Q2")]),
    # durations and sets, apart from points in time
    ("The war will go on for three months.", [("three months", "P3M")]),
    ("The ceasefire lasted a day.", [("a day", "P1D")]),
    ("Prices rose over the past two years.", [("the past two years", "P2Y")]),
    ("Talks lasted 24 hours.", [("24 hours", "PT24H")]),
    ("Prices rose in recent weeks.", [("recent weeks", "PXW")]),
    ("The region was ruled from Moscow for centuries.", [("centuries", "PXCE")]),
    ("The truce lasted nearly a decade.", [("nearly a decade", "P10Y")]),
    ("They meet every week.", [("every week", "P1W")]),
    ("They meet every Monday.", [("every Monday", "XXXX-WXX-1")]),
    ("They meet every two weeks.", [("every two weeks", "P2W")]),
    ("Orangemen march each July.", [("each July", "XXXX-07")]),
    ("They meet twice a year.", [("twice a year", "P1Y")]),
    ("Dividends are paid annually.", [("annually", "P1Y")]),
    # vague references
    ("Talks are currently stalled.", [("currently", "PRESENT_REF")]),
    ("Talks are stalled now.", [("now", "PRESENT_REF")]),
    ("Talks stalled recently.", [("recently", "PAST_REF")]),
    ("Talks may resume in the future.", [("the future", "FUTURE_REF")]),
    ("He was removed a few years ago.", [("a few years ago", "PAST_REF")]),
    # ranges: both ends
    ("He led the party from 2014 to 2022.", [("2014", "2014"), ("2022", "2022")]),
    ("He led the party between 2014 and 2022.", [("2014", "2014"), ("2022", "2022")]),
    ("He led the party in 2014-2022.", [("2014", "2014"), ("2022", "2022")]),
    ("He led the party in 2014–22.", [("2014", "2014"), ("22", "2022")]),
    ("The fair runs from March to May.", [("March", "2025-03"), ("May", "2025-05")]),
    # times of day
    ("The shop was robbed around 7:15 p.m.", [("around 7:15 p.m.", "2025-09-06T19:15")]),
    ("Negotiations broke off at noon Thursday.", [("noon Thursday", "2025-09-04T12")]),
])
def test_forms_normalize_to_timex3(nlp, text, expected):
    assert tagged(nlp, text) == expected


@pytest.mark.parametrize("text, value, type_", [
    ("The war will go on for three months.", "P3M", "DURATION"),
    ("They meet every week.", "P1W", "SET"),
    ("Talks are currently stalled.", "PRESENT_REF", "DATE"),
    ("He spoke this morning.", "2025-09-06TMO", "TIME"),
    ("It happened on Sept. 5.", "2025-09-05", "DATE"),
])
def test_types_keep_durations_and_sets_apart_from_points(nlp, text, value, type_):
    timex = one(nlp, text)
    assert (timex.value, timex.type) == (value, type_)
    assert dates.is_point(timex.value) == (type_ in ("DATE", "TIME") and value not in REFERENCES)


@pytest.mark.parametrize("text, value, mod", [
    ("The deal collapsed in late August 2025.", "2025-08", "END"),
    ("Prices rose in mid-2025.", "2025", "MID"),
    ("The plant opened in early 2014.", "2014", "START"),
    ("The plant opened around 2014.", "2014", "APPROX"),
    ("The plant opens at the end of the year.", "2025", "END"),
    ("The plant opens early next year.", "2026", "START"),
    ("The plant opened in the early 1990s.", "199", "START"),
    ("The talks lasted more than two years.", "P2Y", "MORE_THAN"),
    ("The talks lasted at least 30 days.", "P30D", "EQUAL_OR_MORE"),
])
def test_modifiers_are_kept_as_a_qualifier(nlp, text, value, mod):
    timex = one(nlp, text)
    assert (timex.value, timex.mod) == (value, mod)


@pytest.mark.parametrize("text, expected", [
    # "His remarks" were dated Friday in the sentence before.
    ("Putin spoke on Friday. His remarks came a day after Macron announced the plan.",
     [("Friday", "2025-09-05"), ("a day after", "2025-09-04")]),
    ("Putin spoke on Friday. Macron replied a day after.", [("Friday", "2025-09-05"), ("a day after", "2025-09-06")]),
    ("The talks opened on Sept. 1. Two weeks later, they collapsed.", [("Sept. 1", "2025-09-01"), ("Two weeks later", "2025-09-15")]),
    ("He was elected in 2014. The following year he resigned.", [("2014", "2014"), ("The following year", "2015")]),
    ("The summit was on Aug. 15. That day, troops withdrew.", [("Aug. 15", "2025-08-15"), ("That day", "2025-08-15")]),
    # a comparison period: the same quarter a year before, twice over still one year back
    ("Profit rose in the third quarter from $5 million a year earlier. Sales rose from a year earlier.",
     [("the third quarter", "2025-Q3"), ("a year earlier", "2024-Q3"), ("a year earlier", "2024-Q3")]),
    ("Profit rose in the third quarter. In the year-ago quarter, it fell.", [("the third quarter", "2025-Q3"), ("the year-ago quarter", "2024-Q3")]),
])
def test_anchored_relatives_take_the_date_stated_before(nlp, text, expected):
    assert tagged(nlp, text) == expected
    assert [t.anchored for t in tag(nlp(text), DCT)] == [False] + [True] * (len(expected) - 1)


@pytest.mark.parametrize("text, dct, phrase", [
    # real sentences (../shared/benchmarks/news/): the day counted from is a happening's the text has not dated,
    # not the date stated last (XIN_ENG_20061111.0084: 11 Nov 2006 gave 11 Sep 2006 for Hamas's January win)
    ("The Palestinians marked on Saturday the two-year anniversary of Arafat's decease. Two months after Arafat's death, "
     "the Islamic Resistance Movement (Hamas) defeated Arafat's Fatah movement and won the legislative elections in January.",
     date(2006, 11, 11), "Two months after"),
    # AFP_ENG_20051213.0091 (dev): a diary item, its first session a week after the polls' final round
    ("Egypt's ruling party won on Saturday. The new Egyptian parliament holds its first session a week after the final round "
     "of month-long polls.", date(2005, 12, 13), "a week after"),
    # XIN_ENG_20061109.0302: the expression opens its sentence; the clause it dates has its own day, Wednesday, not Nov. 1
    ("On Nov. 1, Israel launched a large-scale military operation in northern Gaza Strip. Only one day after Israel announced "
     "the end of the operation, the Israeli tank shells struck houses in Beit Hanoun on Wednesday.", date(2006, 11, 9), "one day after"),
])
def test_a_day_counted_from_an_undated_happening_is_not_guessed(nlp, text, dct, phrase):
    found = {t.text: t.value for t in tag(nlp(text), dct)}
    assert phrase in found and found[phrase] is None


def test_anchored_relative_takes_a_reference_from_an_earlier_block(nlp):
    found = tagged(nlp, "His remarks came a day after Macron announced the plan.", reference="2025-09-05")
    assert found == [("a day after", "2025-09-04")]


@pytest.mark.parametrize("text, dct, reference", [
    ("Two weeks later, they collapsed.", DCT, None),  # nothing to count from
    ("The talks opened in August. A day later they collapsed.", DCT, None),  # which day of August?
    ("Putin warned on Friday.", None, None),
    ("They met last month.", None, None),
    ("Trump took office in January.", None, None),
    ("It happened on Sept. 5.", None, None),
    ("He left yesterday.", None, None),
    ("Profit rose in the third quarter.", None, None),
    ("The city was founded 4,000 years ago.", DCT, None),  # before year 1: no calendar date
])
def test_unresolvable_dates_stay_unresolved(nlp, text, dct, reference):
    found = tag(nlp(text), dct, reference=reference)
    assert found and found[-1].value is None


def test_weekday_on_the_publication_day_is_that_day(nlp):
    assert tagged(nlp, "Putin warned on Friday.", dct=date(2025, 9, 5)) == [("Friday", "2025-09-05")]


@pytest.mark.parametrize("text", [
    "You may leave if you wish.",
    "May I ask a question?",
    "Shops opened early on Black Friday.",
    "Some 2,025 troops were deployed.",
    "Some 2025 troops were deployed.",
    "Mr. Smith, 52 years old, retired.",
    "The plan saves $2 million a year.",
    "The airline flies four flights a week.",
    "Iraq imports three-quarters of its food.",
    "He won a second term.",
    "After the fall of Kabul, they fled.",
    "They are in their forties.",
    "The chip is called the 80486.",
    "Protesters march on the capital.",
])
def test_negatives_are_not_dates(nlp, text):
    assert tagged(nlp, text) == []


def test_full_dates_are_found_in_free_text():
    assert find_full_dates("Vladivostok, Russia, 5 September, 2025.") == [date(2025, 9, 5)]
    assert find_full_dates("on Friday") == []
    assert find_full_dates("on Sept. 5") == []  # no year: not guessed


@pytest.mark.parametrize("text, number", [
    ("twenty four", 24), ("a hundred", 100), ("two thousand", 2000), ("one hundred and fifty", 150),
    ("1,500", 1500), ("2.5", 2.5), ("2 1/2", 2.5), ("a couple of", 2), ("several", None), ("banana", None),
])
def test_numbers_in_words_and_digits(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("text, year", [
    ("nineteen ninety-six", 1996), ("nineteen oh five", 1905), ("two thousand and eight", 2008),
    ("two thousand", 2000), ("twenty five", None),
])
def test_years_in_words(text, year):
    assert parse_year_words(text) == year


@pytest.mark.parametrize("value, shown", [
    ("2025-09-05", "5 Sep 2025"), ("2025-08", "Aug 2025"), ("2025-W36", "week of 1 Sep 2025"),
    ("2025-W36-WE", "weekend of 6 Sep 2025"), ("2025", "2025"), ("199", "1990s"), ("19", "20th century"),
    ("10", "11th century"), ("2025-Q3", "Q3 2025"), ("2025-H1", "H1 2025"), ("2025-SU", "summer 2025"),
    ("2025-09-05TMO", "5 Sep 2025 morning"), ("2025-09-05T14:30", "5 Sep 2025 14:30"), ("2025-09-05T17", "5 Sep 2025 17:00"),
    (None, "date unknown"),
])
def test_dates_are_shown_at_their_precision(value, shown):
    assert dates.display(value) == shown


def test_mixed_precisions_sort_by_start_then_precision():
    mixed = ["2025-09-05T14:30", "2025-09-05", "2025", "20", "2025-W36", "2025-09", None, "2025-08", "2025-Q3", "202"]
    assert sorted(mixed, key=dates.sort_key) == [
        "20", "202", "2025", "2025-Q3", "2025-08", "2025-09", "2025-W36", "2025-09-05", "2025-09-05T14:30", None,
    ]


@pytest.mark.parametrize("value, unit, amount, shifted", [
    ("1989-Q3", "Y", -1, "1988-Q3"), ("2025-09-05", "D", -1, "2025-09-04"), ("2025-09-05", "W", 2, "2025-09-19"),
    ("2025-W36", "W", -1, "2025-W35"), ("2025-08", "M", 1, "2025-09"), ("2025-SU", "Y", 1, "2026-SU"),
    ("2025-09-05TNI", "D", 1, "2025-09-06TNI"), ("2025-08", "D", 1, None), ("2025", "M", 1, None),
    ("PRESENT_REF", "D", 1, None),
])
def test_shifting_a_value_keeps_its_precision(value, unit, amount, shifted):
    assert dates.shift_value(value, unit, amount) == shifted


# --- events: which date governs a sentence -----------------------------------


def events_of(nlp, text: str, published: str | None = "2025-09-06"):
    front = f"---\ntitle: A test\n{f'published: {published}' if published else ''}\n---\n"
    [extraction] = extract_articles([parse_article("test.md", front + text)], nlp)
    return [(e.date, e.date_basis, e.title) for e in extraction.events]


@pytest.mark.parametrize("text, basis", [
    ("Russian President Vladimir Putin says the war will end.", "publication"),
    ("Russian President Vladimir Putin has said the war will end.", "reported"),  # said some time before: by then at the latest
    ("Russian President Vladimir Putin is warning that the war will go on.", "publication"),
])
def test_present_tense_reporting_falls_back_to_the_publication_date(nlp, text, basis):
    assert [(d, b) for d, b, _ in events_of(nlp, text)] == [("2025-09-06", basis)]


def test_past_tense_reporting_is_not_dated_by_publication(nlp):
    # Without a date of its own, a past statement stays undated …
    assert [(d, b) for d, b, _ in events_of(nlp, "Russian President Vladimir Putin said the war would end.")] == [(None, "text")]
    # … and, where its speaker has a dated event, elaborates that one.
    found = events_of(nlp, "Russian President Vladimir Putin warned on Friday that troops would be targets.\n\n"
                           "Putin said the war would end.")
    assert [(d, b) for d, b, _ in found] == [("2025-09-05", "text")]


def test_an_unresolved_date_leaves_its_event_undated(nlp):
    found = events_of(nlp, "Russian President Vladimir Putin warned on Friday that troops would be targets.", published=None)
    assert [(d, b) for d, b, _ in found] == [(None, "text")]


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin currently leads the talks.",
    "The war has gone on for three months.",
    "Officials meet every week.",
])
def test_vague_references_durations_and_sets_date_no_event(nlp, text):
    assert all(dates.is_point(d) or d is None for d, _, _ in events_of(nlp, text))
    assert not [d for d, b, _ in events_of(nlp, text) if b == "text" and d is not None]


def test_seed_events_carry_the_seed_dates(seed_extractions):
    reuters = seed_extractions[SEED_REUTERS]
    dates = {(t.text, t.value) for t in reuters.dates}
    assert {("Friday", "2025-09-05"), ("a day after", "2025-09-04"), ("last month", "2025-08"), ("January", "2025-01")} <= dates
    events = {(e.date, e.date_basis) for e in reuters.events}
    assert {("2025-09-05", "text"), ("2025-09-04", "anchor"), ("2025-08", "text"), ("2025-01", "text")} <= events
    worldview = seed_extractions[SEED_WORLDVIEW]
    assert {("last month", "2025-08"), ("this week", "2025-W36")} <= {(t.text, t.value) for t in worldview.dates}
    assert {("2025-08", "text"), ("2025-W36", "text")} <= {(e.date, e.date_basis) for e in worldview.events}


def test_a_date_the_parser_cuts_in_two_stays_inside_its_evidence(nlp):
    # Timeline17 bpoil, Fox News 2010-09-02: the parser ends the sentence after "p.m.", inside the date
    text = ("As the cap was slowly removed at 4:25 p.m. CDT, hours after a pipe latched to the top of it, "
            "there was no sight of anything spewing into the water.")
    article = parse_article("cap.md", f"---\ntitle: Cap removed\npublished: 2010-09-02\n---\n{text}\n")
    [extraction] = extract_articles([article], nlp)
    dated = [m for m in extraction.events if m.date_span]
    assert dated
    for mention in dated:
        assert mention.start <= mention.date_span[0] < mention.date_span[1] <= mention.end
        assert article.body[mention.start:mention.end] == mention.text
