"""The exports linked from the home page, read back with real parsers:
timeline.json as TimelineJS3 expects it, the calendar with the icalendar
library, the Atom feed with ElementTree."""
from __future__ import annotations

import html
import json
import xml.etree.ElementTree as etree
from datetime import date, timedelta

import pytest
from conftest import ROOT
from icalendar import Calendar
from site_fixtures import NEWSWIRE_CORPUS, NEWSWIRE_TIMELINE, SITE_TIMELINE

from generator import pipeline
from generator.model import dates
from generator.project import Project
from generator.render.site import render_site

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def files():
    timeline = pipeline.load_timeline(Project(SITE_TIMELINE, ROOT / "corpus"))
    return render_site(timeline, pipeline.articles_of(timeline, ROOT / "corpus"))


def test_timelinejs_keeps_every_event_at_its_precision(files):
    data = json.loads(files["timeline.json"])
    assert data["title"]["text"]["headline"] == "News timeline"
    events = {e["unique_id"]: e for e in data["events"]}
    assert len(events) == 11
    month = events["2025-01-donald-trump-took-office-with-a-pledge-to"]
    assert month["start_date"] == {"year": 2025, "month": 1} and "end_date" not in month
    week = events["2025-w36-vladimir-putin-met-with-chinas-xi-jinping-and"]
    assert week["start_date"] == {"year": 2025, "month": 9, "day": 1} and week["end_date"] == {"year": 2025, "month": 9, "day": 7}
    day = events["2025-09-06-mark-rutte-reinforced-that-russia-has-no-veto"]
    assert day["start_date"] == {"year": 2025, "month": 9, "day": 6} and day["display_date"] == "reported 6 Sep 2025"
    assert "It&#x27;s a sovereign country" in day["text"]["text"]  # HTML, escaped
    # Rows by major storyline (the seed has one, of three events); the rest in TimelineJS's own row.
    assert [e["group"] for e in events.values() if "group" in e] == ["Foreign troops entering Ukraine"] * 3


def test_calendar_has_one_all_day_event_per_event_dated_to_a_day(files):
    calendar = Calendar.from_ical(files["timeline.ics"])
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 8  # not the month, the week or the month-long meeting
    assert "2025-01-donald-trump-took-office-with-a-pledge-to@news-timeline" not in events
    assert str(calendar["x-wr-caldesc"]).startswith("8 events dated to a day. Left out: 3 events known only to")
    day = events["2025-09-06-mark-rutte-reinforced-that-russia-has-no-veto@news-timeline"]
    assert day.decoded("dtend") == date(2025, 9, 7)
    assert "It's a sovereign country" in str(day["description"])
    assert str(day["location"]) == "Russia, Ukraine"
    assert all(line.endswith("\r") or not line for line in files["timeline.ics"].split("\n"))


def test_atom_feed_lists_the_events_last_reported_first(files):
    feed = etree.fromstring(files["feed.xml"])
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 11
    published = [e.findtext(f"{ATOM}published") for e in entries]
    assert published == sorted(published, reverse=True)
    assert published[0] == "2025-09-06T00:00:00Z" and published[-1] == "2025-09-05T00:00:00Z"
    # The Jan event, dated before all others, was reported on 5 Sep: it is news of 5 Sep.
    january = next(e for e in entries if e.find(f"{ATOM}link").get("href") == "months/2025-01/#2025-01-donald-trump-took-office-with-a-pledge-to")
    assert january.findtext(f"{ATOM}published") == "2025-09-05T00:00:00Z"
    assert feed.findtext(f"{ATOM}updated") == "2025-09-06T00:00:00Z"
    assert len({e.findtext(f"{ATOM}id") for e in entries}) == 11
    assert all(e.findtext(f"{ATOM}id").startswith("urn:uuid:") for e in entries)


def test_rendering_twice_gives_the_same_files(files):
    timeline = pipeline.load_timeline(Project(SITE_TIMELINE, ROOT / "corpus"))
    assert render_site(timeline, pipeline.articles_of(timeline, ROOT / "corpus")) == files


@pytest.fixture(scope="module")
def newswire():
    """The frozen newswire timeline (every precision, 33 events with no date) and its files."""
    timeline = pipeline.load_timeline(Project(NEWSWIRE_TIMELINE, NEWSWIRE_CORPUS))
    return timeline, render_site(timeline, pipeline.articles_of(timeline, NEWSWIRE_CORPUS))


def test_timelinejs_title_slide_says_how_many_events_have_no_date(newswire):
    timeline, files = newswire
    data = json.loads(files["timeline.json"])
    assert len(data["events"]) == len(timeline.events) - 33
    assert "33 events whose date the reports do not state are not on this timeline" in data["title"]["text"]["text"]


def test_calendar_events_last_one_day_each(newswire):
    timeline, files = newswire
    entries = Calendar.from_ical(files["timeline.ics"]).walk("VEVENT")
    assert len(entries) == sum(1 for e in timeline.events if (p := dates.parse_point(e.date)) and p.precision in ("day", "time"))
    assert all(e.decoded("dtend") - e.decoded("dtstart") == timedelta(days=1) for e in entries)


def test_atom_feed_opens_with_the_last_reports_not_the_latest_dates(newswire):
    timeline, files = newswire
    entries = etree.fromstring(files["feed.xml"]).findall(f"{ATOM}entry")
    published = [e.findtext(f"{ATOM}published") for e in entries]
    assert published == sorted(published, reverse=True)
    assert published[0][:10] == max(s.published for s in timeline.sources)


def test_timelinejs_groups_are_the_major_storylines(newswire):
    from generator.rank import rank

    timeline, files = newswire
    groups = {html.unescape(e["group"]) for e in json.loads(files["timeline.json"])["events"] if "group" in e}  # HTML, escaped
    major = {s.title for s in rank(timeline).storylines if s.major}
    assert groups and groups <= major and len(groups) <= 10
