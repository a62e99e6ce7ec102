"""Dates that are dates: ranges and approximations as one EDTF value beside
the TIMEX3 values (tests/fixtures/events/dates.yml, sentences from real
articles), numbers that are not years dating nothing, and the EDTF value
as the timeline file, `check`, the site's labels, sorting and the exports
take it."""
from __future__ import annotations

import json
from datetime import date, timedelta

import edtf
import pytest
import yaml
from conftest import FIXTURES

from generator.extract.article import extract_articles
from generator.model import Event, edtf_values
from generator.model.timeline import timeline_order
from generator.read.corpus import parse_article
from generator.render.elements import date_label
from generator.store.validate import edtf_problem

CASES = yaml.safe_load((FIXTURES / "events" / "dates.yml").read_text(encoding="utf-8"))


def extraction(nlp, case):
    front = f"---\ntitle: A test\npublished: {case['published']}\n---\n"
    [found] = extract_articles([parse_article(case["file"], front + case["text"])], nlp)
    return found


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_dates_of_real_sentences(nlp, case):
    found = extraction(nlp, case)
    values = [t.value for t in found.dates]
    for value in case.get("values", []):
        assert value in values, values  # inspect's dates stay TIMEX3
    if "edtf" in case:
        assert str(case["edtf"]) in {t.edtf for t in found.dates}, [(t.text, t.edtf) for t in found.dates]
    if "event_edtf" in case:
        assert str(case["event_edtf"]) in {e.edtf for e in found.events}, [(e.title, e.date, e.edtf) for e in found.events]
    for value in case.get("not_values", []):
        assert value not in values, [(t.text, t.value) for t in found.dates]
    for value in case.get("not_dates", []):
        assert value not in {e.date for e in found.events}, [(e.title, e.date) for e in found.events]
    for value in case.get("dates", []):
        assert value in {e.date for e in found.events}, [(e.title, e.date) for e in found.events]


@pytest.mark.parametrize("value, mod, expected, label", [
    ("2003", "APPROX", "2003~", "c. 2003"),
    ("2005-09", "START", "2005-09-01~/2005-09-10~", "early Sep 2005"),
    ("2005-11", "END", "2005-11-21~/2005-11-30~", "late Nov 2005"),
    ("199", "END", "1996~/1999~", "late 1990s"),
    ("2006", "MID", "2006-05~/2006-08~", "mid 2006"),
    ("2014", "AFTER", "2014/..", "since 2014"),
    ("2014", "BEFORE", "../2014", "until 2014"),
    ("2025-SU", "APPROX", "2025-06~/2025-08~", "c. Jun–Aug 2025"),
    # EDTF has no open interval of a quarter or a week: by months, from a week's first day
    ("2010-Q2", "AFTER", "2010-04/..", "since Apr 2010"),
    ("2010-Q2", "BEFORE", "../2010-06", "until Jun 2010"),
    ("2010-W10", "AFTER", "2010-03-08/..", "since 8 Mar 2010"),
    ("2005-11-09", None, None, "9 Nov 2005"),
    ("2005-11-09", "LESS_THAN", None, "9 Nov 2005"),
])
def test_a_timex3_value_and_its_mod_as_edtf(value, mod, expected, label):
    found = edtf_values.from_timex(value, mod)
    assert found == expected
    assert found is None or edtf_problem(found, value) is None  # what extraction writes, check reads
    assert edtf_values.display(value, found) == label


@pytest.mark.parametrize("first, last, expected, label", [
    ("2003", "2006", "2003/2006", "2003–2006"),
    ("2005-12-15", "2005-12-16", "2005-12-15/2005-12-16", "15–16 Dec 2005"),
    ("2005-11-30", "2005-12-02", "2005-11-30/2005-12-02", "30 Nov – 2 Dec 2005"),
    ("2006-01", "2006-03", "2006-01/2006-03", "Jan–Mar 2006"),
    ("2006", "2003", None, "2006"),
    ("2010-Q2", "2010-Q4", "2010-04/2010-12", "Apr–Dec 2010"),  # Timeline17 bpoil: no EDTF interval of quarters
])
def test_a_range_as_one_edtf_value(first, last, expected, label):
    found = edtf_values.between(first, last)
    assert found == expected
    assert found is None or edtf_problem(found, first) is None  # what extraction writes, check reads
    assert edtf_values.display(first, found) == label


def test_an_edtf_value_read_by_the_edtf_package():
    whole = edtf_values.span("2003/2006")
    assert (whole.first, whole.last) == (date(2003, 1, 1), date(2006, 12, 31))
    assert edtf_values.span("2014/..").last is None
    assert edtf_values.span("199X").first == date(1990, 1, 1)
    assert edtf_values.span("2003?").approximate
    assert edtf_values.span("2003-13-45") is None
    assert edtf_values.span("about 2003") is None


@pytest.mark.parametrize("value", [
    "2003", "2003~", "2003?", "2003%", "2025-09", "2024-02", "1900-02", "2025-09-01", "199X", "19XX",
    "2025-09-01/2025-09-05", "2003/2006", "2003~/2006~", "2025-09-01~/2025-09-10~", "1999-05~/1999-08~",
    "2025-09-01/2025-09", "2014/..", "../2014",
    # not read by the fast path: the package's answer stands
    "2025-22", "2025-02-30", "2025-13", "2003/2001", "../..", "2003?~", "0000", "2014/", "1990X", "2003-~05",
])
def test_the_plain_forms_are_read_as_the_edtf_package_reads_them(value):
    try:
        parsed = edtf.parse_edtf(value)
        expected = (edtf_values._day(parsed.lower_strict()), edtf_values._day(parsed.upper_strict()))
    except (edtf.EDTFParseException, ValueError, TypeError, AttributeError):
        expected = None
    found = edtf_values.span(value)
    assert (found and (found.first, found.last)) == expected


def test_events_sort_by_the_start_of_their_edtf_interval():
    late = Event("a", "2005-11", "Late November", edtf="2005-11-21~/2005-11-30~")
    mid = Event("b", "2005-11-15", "Mid November")
    month = Event("c", "2005-11", "November")
    ranged = Event("d", "2005-11-20", "A range ending on the 20th", edtf="2005-11-04/2005-11-20")
    assert [e.id for e in sorted([late, mid, month, ranged], key=timeline_order)] == ["c", "d", "b", "a"]


def test_the_site_label_says_the_range_and_how_it_was_dated():
    assert date_label(Event("a", "1987", "Intifada", edtf="1987/1990")) == "1987–1990"
    assert date_label(Event("a", "2005-11-04", "Summit", edtf="2005-11-04/2005-11-05", date_basis="publication")) == "reported 4–5 Nov 2005"


@pytest.mark.parametrize("edtf, date_value, problem", [
    ("2003/2006", "2003", None),
    ("2003~", "2003", None),
    ("2025-09-01/2025-09-05", "2025-09", None),
    ("2003-2006", "2003", "expected an EDTF date"),
    ("around 2003", "2003", "expected an EDTF date"),
    ("2007/2008", "2003", "share no day"),
])
def test_check_reads_an_edtf_value_against_the_date(edtf, date_value, problem):
    found = edtf_problem(edtf, date_value)
    assert (found is None) if problem is None else (problem in found), found


def test_an_editor_writes_edtf_check_reads_it_and_the_exports_span_it(project):
    """An editor states a range on an event dated to a day: re-extraction
    keeps it, the calendar and TimelineJS span its days, the site's label
    says it; a value that is no EDTF is reported with its line."""
    from icalendar import Calendar
    from test_timeline import edit

    from generator import pipeline
    from generator.model import dates
    from generator.project import Project
    from generator.render.site import render_site
    from generator.store.validate import check_file

    timeline, corpus = project / "timeline.yml", project / "corpus"
    events = pipeline.load_timeline(Project(timeline, corpus)).events
    chosen = next(e for e in events if dates.parse_point(e.date) and dates.parse_point(e.date).precision == dates.DAY)
    first = dates.parse_point(chosen.date).first
    ranged = edtf_values.between(chosen.date, dates.day(first + timedelta(days=2)))
    edit(timeline, lambda data: next(e for e in data["events"] if e["id"] == chosen.id).insert(2, "edtf", ranged))

    pipeline.extract(Project(timeline, corpus))
    loaded = pipeline.load_timeline(Project(timeline, corpus))
    event = next(e for e in loaded.events if e.id == chosen.id)
    assert event.edtf == ranged
    files = render_site(loaded, pipeline.articles_of(loaded, corpus))
    entry = next(e for e in Calendar.from_ical(files["timeline.ics"]).walk("VEVENT") if str(e["uid"]).startswith(chosen.id + "@"))
    assert (entry.decoded("dtstart"), entry.decoded("dtend")) == (first, first + timedelta(days=3))
    [row] = [e for e in json.loads(files["timeline.json"])["events"] if e["unique_id"] == chosen.id]
    assert row["end_date"] == {"year": (first + timedelta(days=2)).year, "month": (first + timedelta(days=2)).month, "day": (first + timedelta(days=2)).day}
    assert f'data-edtf="{ranged}"' in files[next(p for p in files if p.endswith(f"{chosen.id}.md"))]

    lines = timeline.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines) if text.strip() == f"edtf: {ranged}")
    lines[line] = "    edtf: from 1 to 5 September"
    timeline.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, problems = check_file(timeline, corpus)
    assert any(p.format("timeline.yml").startswith(f"timeline.yml:{line + 1}: events[") and "expected an EDTF date" in p.message for p in problems), problems
