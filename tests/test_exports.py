"""The exports linked from the home page, read back with real parsers:
timeline.json as TimelineJS3 expects it, the calendar with the icalendar
library, the Atom feed with ElementTree."""
from __future__ import annotations

import json
import xml.etree.ElementTree as etree
from datetime import date

import pytest
from conftest import ROOT
from icalendar import Calendar
from site_fixtures import SITE_TIMELINE

from generator import pipeline
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
    assert day["group"] == "Mark Rutte"


def test_calendar_has_one_all_day_event_per_dated_event(files):
    calendar = Calendar.from_ical(files["timeline.ics"])
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 11
    month = events["2025-01-donald-trump-took-office-with-a-pledge-to@news-timeline"]
    assert month.decoded("dtstart") == date(2025, 1, 1) and month.decoded("dtend") == date(2025, 2, 1)
    day = events["2025-09-06-mark-rutte-reinforced-that-russia-has-no-veto@news-timeline"]
    assert day.decoded("dtend") == date(2025, 9, 7)
    assert "It's a sovereign country" in str(day["description"])
    assert str(day["location"]) == "Russia, Ukraine"
    assert all(line.endswith("\r") or not line for line in files["timeline.ics"].split("\n"))


def test_atom_feed_lists_the_latest_events_newest_first(files):
    feed = etree.fromstring(files["feed.xml"])
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 11
    links = [e.find(f"{ATOM}link").get("href") for e in entries]
    assert links[0].startswith("events/2025-09-06-") and links[-1] == "events/2025-01-donald-trump-took-office-with-a-pledge-to/"
    # Updated when the newest report came out: the Jan event was reported on 5 Sep.
    assert entries[-1].findtext(f"{ATOM}updated") == "2025-09-05T00:00:00Z"
    assert feed.findtext(f"{ATOM}updated") == "2025-09-06T00:00:00Z"
    assert len({e.findtext(f"{ATOM}id") for e in entries}) == 11
    assert all(e.findtext(f"{ATOM}id").startswith("urn:uuid:") for e in entries)


def test_rendering_twice_gives_the_same_files(files):
    timeline = pipeline.load_timeline(Project(SITE_TIMELINE, ROOT / "corpus"))
    assert render_site(timeline, pipeline.articles_of(timeline, ROOT / "corpus")) == files
