"""Temporal expressions: every written form, normalized against a publication date."""
from __future__ import annotations

from datetime import date

import pytest

from generator.timex import find_full_dates, tag, values

DCT = date(2025, 9, 6)  # a Saturday


def tagged(nlp, text: str, dct: date | None = DCT, anchor: date | None = None):
    return [(t.text, t.value) for t in tag(nlp(text), dct, anchor=anchor)]


@pytest.mark.parametrize("text, expected", [
    ("It happened on 5 September, 2025 in Vladivostok.", [("5 September, 2025", "2025-09-05")]),
    ("It happened on Sept. 5 in Vladivostok.", [("Sept. 5", "2025-09-05")]),
    ("The form was dated 09/05/2025.", [("09/05/2025", "2025-09-05")]),
    ("The file is stamped 2025-09-05.", [("2025-09-05", "2025-09-05")]),
    ("Sales fell in September 2025.", [("September 2025", "2025-09")]),
    ("Music changed in the 1990s.", [("the 1990s", "199")]),
    ("Putin warned on Friday that troops would be targets.", [("Friday", "2025-09-05")]),
    ("The leaders will meet on Monday in Paris.", [("Monday", "2025-09-08")]),
    ("He left yesterday.", [("yesterday", "2025-09-05")]),
    ("They met last week.", [("last week", "2025-W35")]),
    ("Putin met Xi this week.", [("this week", "2025-W36")]),
    ("They met in Alaska last month.", [("last month", "2025-08")]),
    ("Elections are due next year.", [("next year", "2026")]),
    ("Trump took office in January.", [("January", "2025-01")]),
    ("The war will go on for three months.", [("three months", "P3M")]),
    ("Talks are currently stalled.", [("currently", "PRESENT_REF")]),
    ("Prices rose in mid-2025.", [("mid-2025", "2025")]),
])
def test_forms_normalize_to_timex3(nlp, text, expected):
    assert tagged(nlp, text) == expected


def test_anchored_relative_takes_the_date_before_it(nlp):
    # "His remarks" were dated Friday 5 September earlier in the article.
    found = tagged(nlp, "His remarks came a day after Macron announced the plan.", anchor=date(2025, 9, 5))
    assert found == [("a day after", "2025-09-04")]


def test_weekday_on_the_publication_day_is_that_day(nlp):
    assert tagged(nlp, "Putin warned on Friday.", dct=date(2025, 9, 5)) == [("Friday", "2025-09-05")]


def test_modifiers_are_kept_as_a_qualifier(nlp):
    [timex] = tag(nlp("The deal collapsed in late August 2025."), DCT)
    assert (timex.value, timex.mod) == ("2025-08", "END")


@pytest.mark.parametrize("text", [
    "You may leave now if you wish.",  # "may" the verb; "now" is a reference, tested apart
    "Shops opened early on Black Friday.",
    "Some 2,025 troops were deployed.",
])
def test_negatives_are_not_dates(nlp, text):
    assert [v for _, v in tagged(nlp, text) if v not in ("PRESENT_REF",)] == []


def test_without_publication_date_relative_dates_stay_unresolved(nlp):
    assert tagged(nlp, "Putin warned on Friday.", dct=None) == [("Friday", None)]
    assert tagged(nlp, "They met last month.", dct=None) == [("last month", None)]


def test_full_dates_are_found_in_free_text():
    assert find_full_dates("Vladivostok, Russia, 5 September, 2025.") == [date(2025, 9, 5)]
    assert find_full_dates("on Friday") == []


@pytest.mark.parametrize("value, shown", [
    ("2025-09-05", "5 Sep 2025"), ("2025-08", "Aug 2025"), ("2025-W36", "week of 1 Sep 2025"),
    ("2025", "2025"), ("199", "1990s"), ("2025-Q3", "Q3 2025"), (None, "date unknown"),
])
def test_dates_are_shown_at_their_precision(value, shown):
    assert values.display(value) == shown


def test_mixed_precisions_sort_by_start_then_precision():
    ordered = sorted(["2025-09-05", "2025", "2025-W36", "2025-09", None, "2025-08"], key=values.sort_key)
    assert ordered == ["2025", "2025-08", "2025-09", "2025-W36", "2025-09-05", None]
